import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerAppRequest, rendererUrl } from '../../src/main/appProtocol'
import { contentSecurityPolicy } from '../../src/main/csp'

describe('the app:// protocol', () => {
  let root: string
  let rendererDir: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'caravan-app-protocol-'))
    rendererDir = join(root, 'renderer')
    await mkdir(join(rendererDir, 'assets'), { recursive: true })
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Caravan</title>')
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(root, 'secret.caravan'), '{"secret":true}')
    await symlink(join(root, 'secret.caravan'), join(rendererDir, 'assets', 'link.js'))
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  const get = (url: string, method = 'GET') => answerAppRequest(rendererDir, url, method, contentSecurityPolicy)

  it('serves the renderer page and its assets with their types and the CSP', async () => {
    const page = await get(rendererUrl)
    expect(page.status).toBe(200)
    expect(page.headers['Content-Type']).toMatch(/^text\/html/)
    expect(page.headers['Content-Security-Policy']).toBe(contentSecurityPolicy)
    expect(String(page.body)).toContain('<title>Caravan</title>')
    expect((await get('app://caravan/')).status).toBe(200)
    const script = await get('app://caravan/assets/app.js?v=1')
    expect(script.headers['Content-Type']).toMatch(/^text\/javascript/)
    expect(String(script.body)).toBe('console.log(1)')
  })

  it('never leaves the renderer folder, whatever the path says', async () => {
    for (const url of [
      'app://caravan/../secret.caravan',
      'app://caravan/%2e%2e/secret.caravan',
      'app://caravan/assets/%2e%2e%2f%2e%2e%2fsecret.caravan',
      'app://caravan/assets/..%5c..%5csecret.caravan',
      'app://caravan/assets/link.js',
      'app://caravan/index.html%00.js',
      'app://caravan/missing.js',
      'app://caravan/assets',
      'app://elsewhere/index.html',
      'file:///etc/passwd',
    ]) {
      const answer = await get(url)
      expect(answer.status, url).toBe(404)
      expect(String(answer.body), url).not.toContain('"secret":true')
    }
  })

  it('answers only reads', async () => {
    expect((await get(rendererUrl, 'POST')).status).toBe(405)
    const head = await get(rendererUrl, 'HEAD')
    expect(head.status).toBe(200)
    expect(String(head.body)).toBe('')
  })
})

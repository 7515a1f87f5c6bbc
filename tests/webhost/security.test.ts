// Issue 8, items 3, 9 and 10: what a page (or another site) can make the web host do. Without
// --test-control no page chooses a file path; bodies are capped with answers in words; calls need
// the token in a header and a page of our own origin.
import { copyFile, mkdtemp, readFile, rm, symlink } from 'node:fs/promises'
import { request } from 'node:http'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../src/host/web/server'
import { fixture, raw, sampleFile } from './helpers'
import { englishIssue } from '../../src/locales/english'
import { versionWritesSettled } from '../../src/main/versionKeeper'

let files: Awaited<ReturnType<typeof fixture>>
let host: WebHost
let plan: string
let dataDir: string

beforeAll(async () => {
  files = await fixture()
})
afterAll(() => files.remove())
afterEach(async () => {
  await host?.close()
  await versionWritesSettled()
  await rm(dataDir, { recursive: true, force: true })
})

async function start(options: { testControl?: boolean; maxBodyBytes?: number } = {}): Promise<void> {
  dataDir = await mkdtemp(join(tmpdir(), 'caravan-webhost-security-'))
  plan = join(dataDir, 'tour.caravan')
  await copyFile(sampleFile, plan)
  host = await startWebHost({ file: plan, dataDir, rendererDir: files.rendererDir, bridgeFile: files.bridgeFile, ...options })
}

const call = (channel: string, args?: unknown, headers: Record<string, string> = {}) =>
  raw(host.origin, `/__caravan/invoke/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Caravan-Token': host.token, ...headers }, body: JSON.stringify({ args }) })
const resultOf = async (answer: Promise<{ body: string }>) => JSON.parse((await answer).body).result
const control = (path: string, body: unknown) => raw(host.origin, `/__caravan/test/${path}`, { method: 'POST', headers: { 'X-Caravan-Token': host.token }, body: JSON.stringify(body) })

describe('file paths chosen by the page (item 3)', () => {
  it('has no test control unless started with it: no scripted dialogs, no state', async () => {
    await start()
    expect((await control('dialogs', { open: ['/etc/passwd'] })).status).toBe(404)
    expect((await control('menu', { command: 'file.save' })).status).toBe(404)
    expect((await raw(host.origin, '/__caravan/test/state', { headers: { 'X-Caravan-Token': host.token } })).status).toBe(404)
  })

  it('answers Open… and Save As… in a plain browser with a failure that says why, never a silent cancel; Save still writes the served file', async () => {
    await start()
    const started = await resultOf(call('app:start'))
    const opened = await resultOf(call('project:open'))
    expect(opened).toMatchObject({ kind: 'failed', path: '', name: '' })
    expect(opened.errors.map(englishIssue)).toEqual([expect.stringMatching(/^Open… is not available in the web host: a plain browser cannot choose files/)])
    const saveAs = await resultOf(call('project:save', { project: started.project, saveAs: true, overwrite: false }))
    expect(saveAs).toMatchObject({ kind: 'failed', path: '', name: '' })
    expect(saveAs.errors.map(englishIssue)).toEqual([expect.stringMatching(/^Save As… is not available in the web host.*Save writes to the served file/)])
    const saved = await resultOf(call('project:save', { project: { ...started.project, title: 'Saved in the browser' }, saveAs: false, overwrite: false }))
    expect(saved).toMatchObject({ kind: 'saved', file: { path: plan } })
    expect(JSON.parse(await readFile(plan, 'utf8')).title).toBe('Saved in the browser')
  })

  it('with test control, takes scripted answers only inside the folders of the host', async () => {
    await start({ testControl: true })
    await symlink('/etc/passwd', join(dataDir, 'escape.caravan'))
    for (const outside of ['/etc/passwd', join(homedir(), '.profile'), join(dataDir, '..', 'elsewhere.caravan'), join(dataDir, 'escape.caravan')]) {
      const refused = await control('dialogs', { open: [outside], save: [] })
      expect(refused.status, outside).toBe(400)
      expect(JSON.parse(refused.body).error, outside).toMatch(/outside the folders of this web host/)
      expect((await control('dialogs', { save: [outside] })).status, outside).toBe(400)
    }
    expect(await resultOf(call('project:open'))).toEqual({ kind: 'canceled' })
    expect((await control('dialogs', { open: [plan], save: [join(dataDir, 'copy.caravan'), null] })).status).toBe(200)
    expect(await resultOf(call('project:open'))).toMatchObject({ kind: 'opened', file: { path: plan } })
  })
})

/** Starts a POST whose body is sent in parts; `finish` sends the rest and resolves with the answer. */
function slowPost(path: string, token: string, length: number): { send(bytes: Buffer): void; finish(rest: Buffer): void; answer: Promise<{ status: number; body: string }> } {
  const { hostname, port } = new URL(host.origin)
  let req!: ReturnType<typeof request>
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = request({ hostname, port, path, method: 'POST', headers: { 'X-Caravan-Token': token, 'Content-Length': String(length) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
  })
  return { send: (bytes) => void req.write(bytes), finish: (rest) => void req.end(rest), answer }
}

describe('large bodies (item 9)', () => {
  it('answers a body over the limit with 413 and words, whether its size is declared or not', async () => {
    await start({ maxBodyBytes: 2 ** 20 })
    const declared = await raw(host.origin, '/__caravan/invoke/app:start', { method: 'POST', headers: { 'X-Caravan-Token': host.token }, body: 'x'.repeat(2 ** 20 + 10) })
    expect(declared.status).toBe(413)
    expect(JSON.parse(declared.body).error).toMatch(/^The request is larger than 1 MiB, the most the web host accepts/)

    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const { hostname, port } = new URL(host.origin)
      const req = request({ hostname, port, path: '/__caravan/invoke/app:start', method: 'POST', headers: { 'X-Caravan-Token': host.token, 'Transfer-Encoding': 'chunked' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      })
      req.on('error', reject)
      for (let i = 0; i < 3; i++) req.write(Buffer.alloc(2 ** 19, 'x'))
      req.end()
    })
    expect(chunked.status).toBe(413)
    expect(JSON.parse(chunked.body).error).toMatch(/larger than 1 MiB/)
  })

  it('holds at most twice the limit in bodies at once; the others are told to try again, none is reset', async () => {
    await start({ maxBodyBytes: 2 ** 20 })
    const body = (n: number) => Buffer.from(JSON.stringify({ pad: 'x'.repeat(n) }))
    const whole = body(900 * 1024)
    const posts = Array.from({ length: 8 }, () => slowPost('/__caravan/invoke/app:start', host.token, whole.length))
    for (const post of posts) post.send(whole.subarray(0, whole.length - 2))
    const first = await Promise.race(posts.map((p) => p.answer))
    expect(first.status).toBe(503)
    expect(JSON.parse(first.body).error).toMatch(/busy receiving other large requests.*Try again in a moment/)
    for (const post of posts) post.finish(whole.subarray(whole.length - 2))
    const answers = await Promise.all(posts.map((p) => p.answer))
    const statuses = answers.map((a) => a.status)
    // Every sender got an answer: taken, or told to try again (no reset, no crash).
    expect(statuses).toContain(200)
    expect(statuses).toContain(503)
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true)
  })
})

describe('who may call (item 10)', () => {
  it('takes the token for calls from the header only, not from the address', async () => {
    await start()
    const inAddress = await raw(host.origin, `/__caravan/invoke/app:start?token=${host.token}`, { method: 'POST', body: '{}' })
    expect(inAddress.status).toBe(403)
    expect((await call('app:start')).status).toBe(200)
  })

  it('refuses calls from a page of another origin, and takes its own', async () => {
    await start()
    const evil = await call('project:forget', undefined, { Origin: 'http://evil.example' })
    expect(evil.status).toBe(403)
    expect(JSON.parse(evil.body).error).toMatch(/another site/)
    expect((await call('project:forget', undefined, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200)
    expect((await call('project:forget', undefined, { Origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403)
  })

  it('answers a broken %-escape in the call name with 400, not 500', async () => {
    await start()
    const broken = await raw(host.origin, '/__caravan/invoke/%E0%A4%A', { method: 'POST', headers: { 'X-Caravan-Token': host.token }, body: '{}' })
    expect(broken.status).toBe(400)
    expect(JSON.parse(broken.body).error).toMatch(/broken %-escape/)
  })
})

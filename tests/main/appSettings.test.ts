import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { removeTempFolders, startApp, win } from './helpers'

afterEach(removeTempFolders)

describe('the interface language in the app settings', () => {
  it('follows the system until chosen, is remembered across starts, and can follow the system again', async () => {
    const app = await startApp()
    expect(await app.handlers['settings:get'](undefined, win)).toEqual({ language: null, keepVersions: { recent: 50, days: 90 } })
    await app.handlers['settings:set']({ language: 'zh-CN' }, win)
    // A new start over the same user data reads it from disk.
    const again = await startApp({ root: app.root })
    expect(await again.handlers['settings:get'](undefined, win)).toEqual({ language: 'zh-CN', keepVersions: { recent: 50, days: 90 } })
    expect(JSON.parse(await readFile(join(app.userDataDir, 'settings.json'), 'utf8')).language).toBe('zh-CN')
    await again.handlers['settings:set']({ language: null }, win)
    expect(await app.handlers['settings:get'](undefined, win)).toEqual({ language: null, keepVersions: { recent: 50, days: 90 } })
  })

  it('keeps the recent plans when the language changes, and ignores a damaged language entry', async () => {
    const app = await startApp()
    await mkdir(app.userDataDir, { recursive: true })
    await writeFile(join(app.userDataDir, 'settings.json'), JSON.stringify({ recentFiles: ['/plans/a.caravan'], language: '<script>' }))
    expect(await app.handlers['settings:get'](undefined, win)).toEqual({ language: null, keepVersions: { recent: 50, days: 90 } })
    await app.handlers['settings:set']({ language: 'en' }, win)
    const written = JSON.parse(await readFile(join(app.userDataDir, 'settings.json'), 'utf8'))
    expect(written).toMatchObject({ recentFiles: ['/plans/a.caravan'], language: 'en' })
  })
})

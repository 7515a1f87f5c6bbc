// The packaging configuration, checked without packaging (that needs a connected machine):
// electron-builder's own schema validation, and the parts the app relies on.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const repo = resolve(__dirname, '../..')
const require = createRequire(import.meta.url)
const config = require(join(repo, 'electron-builder.config.cjs')) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string>; devDependencies: Record<string, string> }

describe('electron-builder configuration', () => {
  it("passes electron-builder's own validation, and a wrong key does not", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration(c: unknown, l: unknown): Promise<void> }
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    await expect(validateConfiguration({ ...config, electronFuses: { runAsNod: false } }, new DebugLogger(false))).rejects.toThrow(/electronFuses/)
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.config.cjs')
  })

  it('packages AppImage and deb, NSIS and dmg, with the .caravan association', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'caravan', role: 'Editor' })])
  })

  it('sets the fuses: no run-as-node, NODE_OPTIONS or inspect; cookies encrypted; only the checked ASAR', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })

  it('ships the built main, preload and renderer, the sample plan and one icon of 512 px or more', () => {
    const files = config.files as string[]
    for (const part of ['out/main/**', 'out/preload/**', 'out/renderer/**']) expect(files).toContain(part)
    expect(pkg.main.startsWith('out/main/')).toBe(true)
    // main.ts reads process.resourcesPath/sample.caravan when packaged (the smoke test runs that path).
    expect(config.extraResources).toEqual([{ from: 'resources/sample.caravan', to: 'sample.caravan' }])
    expect(existsSync(join(repo, 'resources/sample.caravan'))).toBe(true)

    const png = readFileSync(join(repo, config.icon as string))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    const width = png.readUInt32BE(16)
    const height = png.readUInt32BE(20)
    expect(width).toBe(height)
    expect(width).toBeGreaterThanOrEqual(512)
  })
})

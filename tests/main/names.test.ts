import { describe, expect, it } from 'vitest'
import { findProjectArg } from '../../src/main/commandLine'
import { suggestedFileName, withProjectExtension } from '../../src/main/fileNames'
import { isRendererUrl } from '../../src/main/trustedUrl'

describe('suggestedFileName', () => {
  it('keeps a readable title, in any language, as the file name', () => {
    expect(suggestedFileName('Liaoning culture along the Silk Road, 2027')).toBe('Liaoning culture along the Silk Road, 2027.caravan')
    expect(suggestedFileName('2027 辽宁文化丝路行')).toBe('2027 辽宁文化丝路行.caravan')
  })

  it('drops characters a file system refuses and never proposes an empty or hidden name', () => {
    expect(suggestedFileName('Forum: "Media / Culture" <2027>?')).toBe('Forum Media Culture 2027.caravan')
    expect(suggestedFileName('  ...  ')).toBe('Untitled plan.caravan')
    expect(suggestedFileName('.hidden.')).toBe('hidden.caravan')
    expect(suggestedFileName('CON')).toBe('CON plan.caravan')
    expect(suggestedFileName('Tour\tplan\n2027')).toBe('Tour plan 2027.caravan')
    expect(suggestedFileName(`${'y'.repeat(99)}.z`)).toBe(`${'y'.repeat(99)}.caravan`)
    expect(suggestedFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.caravan`)
  })

  it('adds the extension only when it is missing', () => {
    expect(withProjectExtension('/plans/tour')).toBe('/plans/tour.caravan')
    expect(withProjectExtension('/plans/tour.CARAVAN')).toBe('/plans/tour.CARAVAN')
  })
})

describe('findProjectArg', () => {
  it('finds the plan among Electron and Chromium switches, relative to the folder the app started in', () => {
    expect(findProjectArg(['/opt/Caravan/caravan', '--no-sandbox', 'plans/tour.caravan'], '/home/li')).toBe('/home/li/plans/tour.caravan')
    expect(findProjectArg(['electron', '.', '/abs/tour.caravan'], '/x')).toBe('/abs/tour.caravan')
    expect(findProjectArg(['caravan', '--flag=a.caravan'], '/x')).toBeUndefined()
    expect(findProjectArg(['caravan'], '/x')).toBeUndefined()
  })
})

describe('isRendererUrl', () => {
  const built = { kind: 'app', rendererDir: '/app/out/renderer' } as const
  it('accepts only the renderer page at app://caravan/, with or without query and fragment', () => {
    expect(isRendererUrl('app://caravan/index.html', built)).toBe(true)
    expect(isRendererUrl('app://caravan/index.html?x=1#top', built)).toBe(true)
    expect(isRendererUrl('app://caravan/other.html', built)).toBe(false)
    expect(isRendererUrl('app://other/index.html', built)).toBe(false)
    expect(isRendererUrl('app://user@caravan/index.html', built)).toBe(false)
    expect(isRendererUrl('file:///app/out/renderer/index.html', built)).toBe(false)
    expect(isRendererUrl('https://example.com/index.html', built)).toBe(false)
    expect(isRendererUrl('not a url', built)).toBe(false)
  })

  it('accepts the dev server origin only while developing', () => {
    const dev = { kind: 'dev', origin: 'http://localhost:5173' } as const
    expect(isRendererUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', dev)).toBe(false)
  })
})

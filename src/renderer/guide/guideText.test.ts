import { describe, expect, it } from 'vitest'
import readme from '../../../README.md?raw'
import { chineseSection, guideBlocks, sections, usageSections } from './guideText'

describe('the user guide shipped with the app', () => {
  const blocks = guideBlocks(sections(readme, usageSections))

  it('holds the README usage sections, in order, and none meant for developers', () => {
    const top = blocks.filter((b) => b.type === 'heading' && b.depth === 2).map((b) => (b.type === 'heading' ? b.text : ''))
    expect(top).toEqual([...usageSections])
    const all = JSON.stringify(blocks)
    expect(all).not.toContain('npm run bench')
    expect(all).toContain('Ctrl+S')
  })

  it('turns the markdown into plain text runs: bold, italics and code without their marks', () => {
    const text = blocks.flatMap((b) => (b.type === 'paragraph' ? b.inline : b.type === 'list' ? b.items.flat() : [])).map((i) => i.text).join('')
    expect(text).not.toMatch(/\*\*|&amp;|&#39;|<\w/)
    const runs = blocks.flatMap((b) => (b.type === 'paragraph' ? b.inline : []))
    expect(runs.some((r) => r.type === 'strong' && r.text === 'The timeline')).toBe(true)
    expect(runs.some((r) => r.type === 'code')).toBe(true)
  })

  it('has the Chinese getting-started section for the Chinese interface', () => {
    const zh = guideBlocks(sections(readme, [chineseSection]))
    expect(zh[0]).toMatchObject({ type: 'heading', text: chineseSection })
    expect(zh.some((b) => b.type === 'list')).toBe(true)
  })
})

// The Coverage view as a planner uses it: open it from the View menu, click a gap of the channels ×
// audiences matrix and see an empty timeline that says why, go back, click a cell with items and
// see exactly those items — the expected ones read straight from the plan file.
import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { samplePlan, soon, startCaravan, textOf } from './harness'

type Named = { id: string; name: string }
type Plan = {
  channels: Named[]
  audiences: Named[]
  events: { id: string; channelIds: string[]; audienceIds: string[] }[]
  coproductions: { id: string; channelIds: string[]; audienceIds: string[]; phases: { id: string }[]; releases: { id: string; channelId: string }[] }[]
}

/** The items of the plan on `channel` that reach `audience` (a co-production reaches its releases' channels too). */
function itemsOf(plan: Plan, channel: string, audience: string): string[] {
  const events = plan.events.filter((e) => e.channelIds.includes(channel) && e.audienceIds.includes(audience)).map((e) => e.id)
  const coproductions = plan.coproductions
    .filter((c) => (c.channelIds.includes(channel) || c.releases.some((r) => r.channelId === channel)) && c.audienceIds.includes(audience))
    .map((c) => c.id)
  return [...events, ...coproductions]
}

/** The events and co-productions the timeline shows (a co-production by any of its phases or releases). */
async function itemsOnTimeline(page: Page, plan: Plan): Promise<string[]> {
  const owner = new Map<string, string>()
  for (const c of plan.coproductions) for (const part of [...c.phases, ...c.releases]) owner.set(part.id, c.id)
  const ids = await page.locator('.tl-item[data-select-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-select-id') ?? ''))
  return [...new Set(ids.map((id) => owner.get(id) ?? id))].sort()
}

async function openCoverage(page: Page) {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'View' }).click()
  await page.getByRole('menu', { name: 'View' }).getByRole('menuitemcheckbox', { name: 'Coverage' }).click()
  await page.getByRole('region', { name: 'Coverage of the plan' }).waitFor()
}

describe('the Coverage view', () => {
  it('has no serious or critical accessibility violation, in English and in Chinese', async () => {
    for (const locale of ['en-GB', 'zh-CN']) {
      const { page, pressShortcut } = await startCaravan({ locale })
      await page.locator('#plan-title').waitFor()
      await pressShortcut('Mod+7')
      await page.locator('.cv-screen').waitFor()
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('.cv-screen').analyze()
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
      expect({ locale, serious }).toEqual({ locale, serious: [] })
    }
  })


  it('a gap of the matrix leads to an empty timeline, a cell to exactly its items, with a way back', async () => {
    const plan = JSON.parse(await readFile(samplePlan, 'utf8')) as Plan
    const pairs = plan.channels.flatMap((c) => plan.audiences.map((a) => ({ channel: c, audience: a, ids: itemsOf(plan, c.id, a.id) })))
    const gap = pairs.find((p) => p.ids.length === 0)!
    const full = pairs.reduce((best, p) => (p.ids.length > best.ids.length || (p.ids.length === best.ids.length && plan.coproductions.some((c) => p.ids.includes(c.id))) ? p : best))
    expect(gap).toBeDefined()
    const session = await startCaravan({ viewport: { width: 1600, height: 1400 } })
    const { page } = session
    await page.locator('.tl-item').first().waitFor()

    await openCoverage(page)
    const matrix = page.getByRole('region', { name: 'Coverage of the plan' }).getByRole('table').first()
    await page.getByText(`Nothing on ${gap.channel.name} reaches ${gap.audience.name}.`).waitFor()
    await matrix.getByRole('button', { name: `${gap.channel.name} × ${gap.audience.name}: a gap, no item` }).click()
    const notice = page.locator('.fl-notice')
    await soon(() => textOf(notice)).toContain(`Coverage: 0 items on ${gap.channel.name} reaching ${gap.audience.name}`)
    await page.getByRole('region', { name: 'Timeline' }).waitFor()
    await soon(() => page.locator('.tl-item').count()).toBe(0)

    await notice.getByRole('button', { name: 'Back to coverage' }).click()
    await page.getByRole('region', { name: 'Coverage of the plan' }).waitFor()
    // By keyboard this time: the cells are buttons with names that say what they count.
    await matrix.getByRole('button', { name: `${full.channel.name} × ${full.audience.name}: ${full.ids.length} items` }).focus()
    await page.keyboard.press('Enter')
    await soon(() => textOf(notice)).toContain(`Coverage: ${full.ids.length} items on ${full.channel.name} reaching ${full.audience.name}`)
    await page.locator('.tl-item').first().waitFor()
    await soon(() => itemsOnTimeline(page, plan)).toEqual([...full.ids].sort())

    // The filter is a view, not an edit: clearing it brings every item back.
    await notice.getByRole('button', { name: 'Clear filters' }).click()
    await soon(() => itemsOnTimeline(page, plan).then((ids) => ids.length)).toBeGreaterThan(full.ids.length)
    await session.close()
  })
})

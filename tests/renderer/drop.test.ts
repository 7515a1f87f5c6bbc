import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { maxDroppedBytes, pickDroppedPlan, readDroppedPlan, type DroppedFile } from '../../src/renderer/app/drop'

const sample = join(__dirname, '../../resources/sample.caravan')
const fileOf = (name: string, text: string, size = text.length): DroppedFile => ({ name, size, text: () => Promise.resolve(text) })

describe('a file dropped on the window', () => {
  it('opens the first plan among the dropped files and leaves other files alone', () => {
    const files = [{ name: 'photo.jpg' }, { name: 'Tour 2027.CARAVAN' }, { name: 'other.caravan' }]
    expect(pickDroppedPlan(files)?.name).toBe('Tour 2027.CARAVAN')
    expect(pickDroppedPlan([{ name: 'list.csv' }, { name: 'plan.caravan.bak' }])).toBeUndefined()
  })

  it('in the desktop app opens the file by its path, without reading it in the page', async () => {
    let read = false
    const file: DroppedFile = { name: 'tour.caravan', size: 10, text: () => ((read = true), Promise.resolve('')) }
    expect(await readDroppedPlan(file, '/home/aigerim/tour.caravan')).toEqual({ kind: 'path', path: '/home/aigerim/tour.caravan' })
    expect(read).toBe(false)
  })

  it('without a path (the web host) opens a valid plan as an untitled copy of its content', async () => {
    const text = await readFile(sample, 'utf8')
    const plan = await readDroppedPlan(fileOf('sample.caravan', text), '')
    expect(plan.kind).toBe('copy')
    expect(plan.kind === 'copy' && plan.project.title).toBe(JSON.parse(text).title)
  })

  it('says what is wrong with a dropped file that is not a valid plan, and opens nothing', async () => {
    const broken = await readDroppedPlan(fileOf('broken.caravan', '{"format": "caravan", '), undefined)
    expect(broken).toMatchObject({ kind: 'failed', name: 'broken.caravan' })
    expect(broken.kind === 'failed' && broken.errors.length).toBeGreaterThan(0)
    const huge = await readDroppedPlan(fileOf('huge.caravan', '{}', maxDroppedBytes + 1), undefined)
    expect(huge).toMatchObject({ kind: 'failed', errors: [{ code: 'store.tooLarge' }] })
  })
})

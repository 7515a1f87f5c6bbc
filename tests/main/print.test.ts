// Print and Export PDF in main: the Printer port prints the window, and the PDF it renders is
// written durably to the path the Dialogs port answers (real temp folders; only the printer and
// the dialogs are stand-ins, since they need a desktop).
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Printer } from '../../src/main/ports'
import { removeTempFolders, startApp } from './helpers'

afterEach(removeTempFolders)

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n% a printed agenda\n%%EOF\n')
const printer = (answers: { print?: boolean; fail?: string } = {}): Printer => ({
  print: async () => {
    if (answers.fail) throw new Error(answers.fail)
    return answers.print ?? true
  },
  printToPdf: async () => {
    if (answers.fail) throw new Error(answers.fail)
    return pdfBytes
  },
})

describe('print:pdf', () => {
  it('writes the rendered PDF where the user chose, offering the plan title as the name, and leaves no temp file', async () => {
    const app = await startApp({ printer: printer() })
    const target = join(app.root, 'exports', '..', 'agenda.pdf')
    app.dialogs.queueSave([target])
    const result = await app.handlers['print:pdf']({ suggestedName: 'Silk Road 2027 - agenda.pdf' }, { sender: 'w1' })
    expect(result).toEqual({ kind: 'saved', path: join(app.root, 'agenda.pdf'), name: 'agenda.pdf' })
    expect(await readFile(join(app.root, 'agenda.pdf'))).toEqual(Buffer.from(pdfBytes))
    expect(app.dialogs.requests().at(-1)).toEqual({ kind: 'savePdf', suggestedName: 'Silk Road 2027 - agenda.pdf' })
    expect((await readdir(app.root)).filter((name) => name.includes('agenda'))).toEqual(['agenda.pdf'])
  })

  it('writes nothing when the user cancels the save dialog', async () => {
    const app = await startApp({ printer: printer() })
    app.dialogs.queueSave([null])
    expect(await app.handlers['print:pdf']({ suggestedName: 'plan.pdf' }, { sender: 'w1' })).toEqual({ kind: 'canceled' })
  })

  it('says in words why a folder that does not exist cannot take the PDF', async () => {
    const app = await startApp({ printer: printer() })
    app.dialogs.queueSave([join(app.root, 'no such folder', 'plan.pdf')])
    const result = await app.handlers['print:pdf']({ suggestedName: 'plan.pdf' }, { sender: 'w1' })
    expect(result.kind).toBe('failed')
    expect(result.kind === 'failed' && result.errors[0]?.code).toMatch(/^store\.write/)
  })

  it('answers that this host cannot print when there is no printer (the web host prints in the browser)', async () => {
    const app = await startApp()
    expect(await app.handlers['print:pdf']({ suggestedName: 'plan.pdf' }, { sender: 'w1' })).toMatchObject({ kind: 'failed', errors: [{ code: 'host.printUnavailable' }] })
    expect(await app.handlers['print:print'](undefined, { sender: 'w1' })).toMatchObject({ kind: 'failed', errors: [{ code: 'host.printUnavailable' }] })
  })
})

describe('print:print', () => {
  it('reports printed, canceled in the system dialog, or the printer failure with its reason', async () => {
    expect(await (await startApp({ printer: printer() })).handlers['print:print'](undefined, { sender: 'w1' })).toEqual({ kind: 'printed' })
    expect(await (await startApp({ printer: printer({ print: false }) })).handlers['print:print'](undefined, { sender: 'w1' })).toEqual({ kind: 'canceled' })
    expect(await (await startApp({ printer: printer({ fail: 'no paper' }) })).handlers['print:print'](undefined, { sender: 'w1' })).toMatchObject({
      kind: 'failed',
      errors: [{ code: 'print.failed', values: { detail: 'no paper' } }],
    })
  })
})

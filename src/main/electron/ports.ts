// The real OS ports for the desktop app (see ../ports.ts).
import { app, BrowserWindow, dialog, shell, type FileFilter } from 'electron'
import { existsSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { withProjectExtension } from '../fileNames'
import type { Dialogs, PortContext, Printer, Shell } from '../ports'

const filters: FileFilter[] = [{ name: 'Caravan plan (*.caravan)', extensions: ['caravan'] }]

/** Dialogs shown modal to the asking window. */
export function electronDialogs(windowOf: (sender: string) => BrowserWindow | undefined): Dialogs {
  const parent = (context?: PortContext): BrowserWindow | undefined => (context ? windowOf(context.sender) : undefined)
  const folderFor = (context?: PortContext): string => (context?.currentPath ? dirname(context.currentPath) : app.getPath('documents'))
  return {
    async openProject(context) {
      const options = { title: 'Open plan', defaultPath: folderFor(context), filters, properties: ['openFile' as const] }
      const window = parent(context)
      const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return answer.canceled ? null : (answer.filePaths[0] ?? null)
    },
    async saveProject(suggestedName, context) {
      const options = {
        title: 'Save plan',
        defaultPath: join(folderFor(context), suggestedName),
        filters,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      }
      const window = parent(context)
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      if (answer.canceled || !answer.filePath) return null
      const path = withProjectExtension(answer.filePath)
      // The dialog asked about replacing the name as typed; with the extension added it is another file.
      if (path !== answer.filePath && existsSync(path)) {
        const confirm = {
          type: 'question' as const,
          buttons: ['Replace', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
          message: `“${basename(path)}” already exists. Replace it?`,
        }
        const { response } = window ? await dialog.showMessageBox(window, confirm) : await dialog.showMessageBox(confirm)
        if (response !== 0) return null
      }
      return path
    },
    async openExchange(kind, context) {
      const exchangeFilters: FileFilter[] = kind === 'calendar' ? [{ name: 'Calendar (*.ics)', extensions: ['ics', 'ical', 'ifb'] }] : [{ name: 'Spreadsheet (*.csv, *.xlsx)', extensions: ['csv', 'xlsx', 'txt'] }]
      const options = { title: kind === 'calendar' ? 'Import calendar' : 'Import spreadsheet', defaultPath: folderFor(context), filters: exchangeFilters, properties: ['openFile' as const] }
      const window = parent(context)
      const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return answer.canceled ? null : (answer.filePaths[0] ?? null)
    },
    async saveExchange(suggestedName, context) {
      const extension = extname(suggestedName).slice(1)
      const options = {
        title: 'Export',
        defaultPath: join(folderFor(context), suggestedName),
        filters: [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      }
      const window = parent(context)
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return answer.canceled || !answer.filePath ? null : answer.filePath
    },
    async savePdf(suggestedName, context) {
      const options = {
        title: 'Export PDF',
        defaultPath: join(folderFor(context), suggestedName),
        filters: [{ name: 'PDF (*.pdf)', extensions: ['pdf'] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      }
      const window = parent(context)
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return answer.canceled || !answer.filePath ? null : answer.filePath
    },
  }
}

/** Prints a window's print route: the system dialog, or a PDF with backgrounds and the page's own @page size. */
export function electronPrinter(windowOf: (sender: string) => BrowserWindow | undefined): Printer {
  const contentsOf = (context: PortContext) => {
    const window = windowOf(context.sender)
    if (!window || window.isDestroyed()) throw new Error('the window is closed')
    return window.webContents
  }
  return {
    print: (context) =>
      new Promise((resolve, reject) => {
        contentsOf(context).print({ silent: false, printBackground: true }, (success, failureReason) => {
          if (success) resolve(true)
          else if (failureReason === 'Print job canceled' || failureReason === 'cancelled') resolve(false)
          else reject(new Error(failureReason))
        })
      }),
    printToPdf: async (context) => new Uint8Array(await contentsOf(context).printToPDF({ printBackground: true, preferCSSPageSize: true })),
  }
}

/** The desktop shell. */
export const electronShell: Shell = {
  revealInFolder: (path) => shell.showItemInFolder(path),
}

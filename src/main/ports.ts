// What only a desktop can do, as small interfaces (DESIGN.md "Ports"). The Electron composition
// root wires the real ones; tests and the web host wire fakes (see queueDialogs.ts).

/** Which window a port call is for, so a dialog can be modal to it. */
export interface PortContext {
  /** The window's sender id (`ctx.sender` of the handler). */
  sender: string
  /** The window's current file, if any: save dialogs start in its folder. */
  currentPath?: string
}

/** The operating system's file dialogs. Each answers an absolute path, or null when the user cancels. */
export interface Dialogs {
  /** Asks for an existing `.caravan` file to open. */
  openProject(context?: PortContext): Promise<string | null>
  /** Asks where to save; `suggestedName` is a file name such as `Silk Road 2027.caravan`. */
  saveProject(suggestedName: string, context?: PortContext): Promise<string | null>
  /** Asks for a calendar (.ics) or spreadsheet (.csv, .xlsx) to import. */
  openExchange(kind: 'calendar' | 'spreadsheet', context?: PortContext): Promise<string | null>
  /** Asks where to export; `suggestedName` carries the extension (`.ics`, `.csv`, `.xlsx`). */
  saveExchange(suggestedName: string, context?: PortContext): Promise<string | null>
  /** Asks where to write an exported PDF; `suggestedName` ends in `.pdf`. */
  savePdf(suggestedName: string, context?: PortContext): Promise<string | null>
}

/** Thrown by a Dialogs port that cannot show a dialog at all (the web host in a plain browser); the message says so in words. */
export class DialogUnavailable extends Error {
  override name = 'DialogUnavailable'

  /** Which dialog this host cannot show. */
  constructor(readonly dialog: 'open' | 'saveAs' | 'savePdf') {
    super(`The ${dialog === 'open' ? 'open' : 'save'} dialog is not available here.`)
  }
}

/** The desktop shell: showing files to the user outside Caravan. */
export interface Shell {
  /** Opens the file manager with `path` selected. */
  revealInFolder(path: string): void
}

/** Printing the window's print route (the Print dialog's pages; paper and margins from their @page rule). */
export interface Printer {
  /** Shows the system print dialog for the window; resolves false when the user cancels. */
  print(context: PortContext): Promise<boolean>
  /** Renders the window to PDF bytes, backgrounds printed, paper from the page's CSS. */
  printToPdf(context: PortContext): Promise<Uint8Array>
}

/** Thrown by a Printer that this host does not have (the web host prints in the browser instead). */
export class PrinterUnavailable extends Error {
  override name = 'PrinterUnavailable'
  constructor() {
    super('Printing through main is not available here; the browser prints the page itself.')
  }
}

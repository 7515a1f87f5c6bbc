// The handlers of a window's own business beside its plan: Open Recent, remembered views and
// settings, menus, printing, import and export, and the window's title and closing.
import { basename, resolve } from 'node:path'
import type { RecentFile } from '../shared/ipc'
import { issue } from '../shared/messages'
import { ask, printIssue } from './dialogAnswers'
import { exportTo, readImportFile } from './exchange'
import { displayName } from './fileNames'
import type { HandlerDeps, Handlers } from './handlers'
import type { Sessions } from './session'
import { withLanguage, withView, type SettingsStore } from './settings'
import { defaultKeepVersions } from './versions'
import { fileExists, writeExportFile } from './store'

type WindowChannel = 'recent:list' | 'recent:forget' | 'view:get' | 'view:set' | 'exchange:export' | 'exchange:read' | 'settings:get' | 'settings:set' | 'menu:update' | 'print:print' | 'print:pdf' | 'window:state' | 'window:close'

/** The window's handlers, over the sessions and settings the file handlers share. */
export function createWindowHandlers(deps: HandlerDeps, sessions: Sessions, settings: SettingsStore): Pick<Handlers, WindowChannel> {
  const recentFiles = async (): Promise<string[]> => (await settings.read())?.recentFiles ?? []
  return {
    'recent:list': async () => {
      const paths = await recentFiles()
      return Promise.all(paths.map(async (path): Promise<RecentFile> => ({ path, name: displayName(path), exists: await fileExists(path) })))
    },

    'recent:forget': async (args) => {
      const paths = await recentFiles()
      const gone = 'missing' in args ? new Set((await Promise.all(paths.map(async (p) => ((await fileExists(p)) ? null : p)))).filter((p) => p !== null)) : new Set(args.paths)
      if (gone.size > 0) await settings.update((current) => ({ ...current, recentFiles: (current.recentFiles ?? []).filter((p) => !gone.has(p)) }))
      return undefined
    },

    'view:get': async ({ planId }) => {
      const views = (await settings.read())?.views
      const entry = views && Object.prototype.hasOwnProperty.call(views, planId) ? views[planId] : undefined
      return entry ? { view: entry.view, filter: entry.filter } : null
    },

    'view:set': async ({ planId, view, filter }) => {
      const at = (deps.now?.() ?? new Date()).toISOString()
      await settings.update((current) => withView(current, planId, { view, filter, at }))
      return undefined
    },

    'exchange:export': async (request, { sender }) => {
      const current = sessions.get(sender).path
      return exportTo(request, (suggested) => ask(() => deps.dialogs.saveExchange(suggested, { sender, ...(current === undefined ? {} : { currentPath: current }) })))
    },

    'exchange:read': async ({ kind }, { sender }) => {
      const current = sessions.get(sender).path
      const chosen = await ask(() => deps.dialogs.openExchange(kind, { sender, ...(current === undefined ? {} : { currentPath: current }) }))
      if (typeof chosen === 'object' && chosen !== null) return chosen
      if (chosen === null) return { kind: 'canceled' }
      return readImportFile(resolve(chosen), kind)
    },

    'settings:get': async () => {
      const current = await settings.read()
      return { language: current?.language ?? null, keepVersions: current?.keepVersions ?? defaultKeepVersions }
    },

    'settings:set': async ({ language, keepVersions: keep }) => {
      await settings.update((current) => {
        const next = withLanguage(current, language)
        return keep === undefined ? next : { ...next, keepVersions: { recent: keep.recent, days: keep.days } }
      })
      return undefined
    },

    'menu:update': async (menu, { sender }) => {
      deps.onMenu?.(sender, menu)
      return undefined
    },

    'print:print': async (_args, { sender }) => {
      if (!deps.printer) return { kind: 'failed', errors: [issue('', 'host.printUnavailable')] }
      try {
        return (await deps.printer.print({ sender })) ? { kind: 'printed' } : { kind: 'canceled' }
      } catch (error) {
        return { kind: 'failed', errors: [printIssue(error)] }
      }
    },

    'print:pdf': async ({ suggestedName }, { sender }) => {
      if (!deps.printer) return { kind: 'failed', errors: [issue('', 'host.printUnavailable')] }
      const current = sessions.get(sender).path
      const name = basename(suggestedName.endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`)
      const chosen = await ask(() => deps.dialogs.savePdf(name, { sender, ...(current === undefined ? {} : { currentPath: current }) }))
      if (typeof chosen === 'object' && chosen !== null) return { kind: 'failed', errors: chosen.errors }
      if (chosen === null) return { kind: 'canceled' }
      let bytes: Uint8Array
      try {
        bytes = await deps.printer.printToPdf({ sender })
      } catch (error) {
        return { kind: 'failed', errors: [printIssue(error)] }
      }
      const written = await writeExportFile(resolve(chosen), bytes)
      return written.ok ? { kind: 'saved', path: written.path, name: displayName(written.path) } : { kind: 'failed', errors: written.errors }
    },

    'window:state': async (state, { sender }) => {
      sessions.setWindowState(sender, state)
      deps.onWindowState?.(sender, state)
      return undefined
    },

    'window:close': async (_args, { sender }) => {
      deps.closeWindow?.(sender)
      return undefined
    },
  }
}

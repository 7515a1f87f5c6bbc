import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaravanApi, OpenResult } from '../shared/ipc'
import type { TimelineHandle } from './app/commands'
import { hasUnsavedChanges } from './app/document'
import { useEditCommands } from './app/editCommands'
import { useFileFlows } from './app/fileFlows'
import { anyDialogOpen, createWorkspaceStore, selectProject, useWorkspace, WorkspaceContext, type WorkspaceStore } from './app/store'
import { useAppCommands } from './app/useCommands'
import { useAutosave } from './app/autosave'
import { usePlanDrop } from './app/usePlanDrop'
import { RecoveryDialog } from './components/RecoveryDialog'
import { ContextMenu } from './components/ContextMenu'
import { EmptyView } from './components/EmptyView'
import { MenuBar } from './components/MenuBar'
import { NoticeBar } from './components/NoticeBar'
import { OpenErrorView } from './components/OpenErrorView'
// The import preview's stylesheets (its date fields' among them) keep their place in the cascade.
import 'react-day-picker/style.css'
import './editors/dateField.css'
import './components/importPreview.css'
import { ExportScopeDialog } from './components/ExportScopeDialog'
import './components/about.css'
import './guide/guide.css'
import { PlanPropertiesDialog } from './components/PlanPropertiesDialog'
import './merge/merge.css'
import './versions/versions.css'
import { PromptDialog } from './components/PromptDialog'
import { SettingsDialog } from './components/SettingsDialog'
import { StatusBar } from './components/StatusBar'
import { Toolbar } from './components/Toolbar'
import { EditingArea } from './editors/EditingArea'
import { PlanScreen } from './timeline/PlanScreen'
import './print/printCoverage.css'
import './print/printPages.css'
import './print/printTimeline.css'
import './print/printAgenda.css'
import './print/printDialog.css'
import { isolate } from './bidi'
import { HolidaysDialog } from './holidays/HolidaysDialog'
import { LazyDialog, lazyPart } from './components/Lazy'
import './components/frame.css'

// Dialogs that the first paint never shows (the print preview and its world map, the guide with
// marked and the README, the merge and version views, the import preview) are fetched when opened.
const ImportPreviewDialog = lazyPart(() => import('./components/ImportPreviewDialog').then((m) => m.ImportPreviewDialog))
const AboutDialog = lazyPart(() => import('./components/AboutDialog').then((m) => m.AboutDialog))
const GuideDialog = lazyPart(() => import('./guide/GuideDialog').then((m) => m.GuideDialog))
const MergeDialog = lazyPart(() => import('./merge/MergeDialog').then((m) => m.MergeDialog))
const ResolveDialog = lazyPart(() => import('./merge/ResolveDialog').then((m) => m.ResolveDialog))
const VersionsDialog = lazyPart(() => import('./versions/VersionsDialog').then((m) => m.VersionsDialog))
const PrintDialog = lazyPart(() => import('./print/PrintDialog').then((m) => m.PrintDialog))

/**
 * The window: one workspace store, its commands, and what it shows. `start`: the start plan's
 * opening into `store`, begun before this first render (openStart); without it the window opens it.
 */
export function App({ api = window.caravan, store: given, start }: { api?: CaravanApi; store?: WorkspaceStore; start?: Promise<OpenResult | null> }) {
  const [store] = useState(() => given ?? createWorkspaceStore())
  return (
    <WorkspaceContext.Provider value={store}>
      <Window api={api} store={store} start={start} />
    </WorkspaceContext.Provider>
  )
}

/** Menu and toolbar, the open plan (or why it could not be opened), the status bar and the dialogs. */
function Window({ api, store, start }: { api: CaravanApi; store: WorkspaceStore; start: Promise<OpenResult | null> | undefined }) {
  const { t } = useTranslation()
  const files = useFileFlows(api, store, start)
  const edits = useEditCommands(api, store)
  const timeline = useRef<TimelineHandle>(null)
  const dialogOpen = useWorkspace((s) => anyDialogOpen(s.dialogs))
  const modalOpen = files.prompt !== null || dialogOpen
  const { commands, menus } = useAppCommands(api, store, files, edits, timeline, !modalOpen)

  const starting = useWorkspace((s) => s.starting)
  const failure = useWorkspace((s) => s.failure)
  const project = useWorkspace(selectProject)
  const file = useWorkspace((s) => s.doc?.file ?? null)
  const migratedFrom = useWorkspace((s) => s.doc?.migratedFrom)
  const changedOnDisk = useWorkspace((s) => s.changedOnDisk)
  const dirty = useWorkspace(hasUnsavedChanges)
  const editingProperties = useWorkspace((s) => s.dialogs.properties)
  const recovering = useWorkspace((s) => s.dialogs.recovering)
  useAutosave(api, store)
  usePlanDrop(files.openDropped, !modalOpen)
  const merging = useWorkspace((s) => s.dialogs.merging)
  const printing = useWorkspace((s) => s.dialogs.printing !== null)
  const inSettings = useWorkspace((s) => s.dialogs.settings)
  const browsingVersions = useWorkspace((s) => s.dialogs.versions)
  const resolving = useWorkspace((s) => s.dialogs.resolving)
  const showingHolidays = useWorkspace((s) => s.dialogs.holidays)
  const importing = useWorkspace((s) => s.dialogs.importing !== null)
  const showingAbout = useWorkspace((s) => s.dialogs.about)
  const showingGuide = useWorkspace((s) => s.dialogs.guide)
  const screen = useWorkspace((s) => s.screen)
  const showingTimeline = project !== null && !failure && screen === 'timeline'

  // Main gets the plan's own title (for the close question and the native title bar); the page
  // title carries the full `● TITLE — Caravan`.
  const planTitle = project?.title ?? ''
  const readOnly = useWorkspace((s) => s.doc?.readOnly === true)
  const titleKey = readOnly ? (dirty ? 'windowTitleReadOnlyDirty' : 'windowTitleReadOnly') : dirty ? 'windowTitleDirty' : 'windowTitle'
  const windowTitle = project ? t(titleKey, { title: isolate(planTitle), app: t('appName') }) : t('appName')
  useEffect(() => {
    document.title = windowTitle
  }, [windowTitle])
  useEffect(() => {
    void api.invoke('window:state', { title: planTitle, dirty }).catch(() => undefined)
  }, [api, planTitle, dirty])

  // The desktop app asks through app:close-requested; a browser tab can only be warned.
  useEffect(() => {
    if (api.host !== 'web' || !dirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [api.host, dirty])

  const { dispatch, closeDialogs, apply } = store.getState()

  let content
  if (starting) content = <p className="loading">{t('loading')}</p>
  else if (failure)
    content = (
      <OpenErrorView
        failure={failure}
        onOpenAnother={commands['file.open'].run}
        onNewPlan={commands['file.new'].run}
        backTo={project?.title}
        onBack={() => apply({ type: 'dismissFailure' })}
      />
    )
  else if (project) content = <PlanScreen project={project} file={file} migratedFrom={migratedFrom} timelineRef={timeline} />
  else content = <EmptyView onNewPlan={commands['file.new'].run} onOpen={commands['file.open'].run} />

  return (
    <>
      <div className="app" inert={modalOpen}>
        <header className="app-bar">
          {api.host === 'web' && <MenuBar menus={menus} platform={api.platform} />}
          <Toolbar commands={commands} platform={api.platform} />
        </header>
        {changedOnDisk && file && (
          <NoticeBar name={file.name} dirty={dirty} onReload={() => void files.reload()} onSaveCopy={() => void files.save(true)} onDismiss={() => apply({ type: 'dismissNotice' })} onMerge={() => void files.mergeFromDisk()} />
        )}
        <main className={showingTimeline ? 'content is-timeline' : 'content'}>{content}</main>
        <StatusBar />
      </div>
      <EditingArea />
      <ContextMenu commands={commands} platform={api.platform} store={store} />
      {recovering && <RecoveryDialog api={api} onRecover={(id) => void files.recover(id)} onClose={() => store.getState().closeDialogs()} />}
      {files.prompt && <PromptDialog prompt={files.prompt} />}
      {merging && project && (
        <LazyDialog onClose={closeDialogs}>
          <MergeDialog
            project={project}
            target={merging}
            onApply={(choices) => {
              closeDialogs()
              dispatch({ id: 'plan.merge', args: { name: merging.name, base: merging.base, theirs: merging.theirs, choices } })
              if (merging.fromDisk !== undefined) files.adoptDisk(merging.fromDisk)
            }}
            onCancel={closeDialogs}
          />
        </LazyDialog>
      )}
      {browsingVersions && project && (
        <LazyDialog onClose={closeDialogs}>
          <VersionsDialog api={api} project={project} onRestore={files.restoreVersion} onOpenCopy={(version) => void files.openCopy(version)} onClose={closeDialogs} />
        </LazyDialog>
      )}
      {resolving && project && (
        <LazyDialog onClose={closeDialogs}>
          <ResolveDialog
            project={project}
            name={file?.name ?? project.title}
            onApply={(choices) => {
              closeDialogs()
              dispatch({ id: 'plan.resolveConflicts', args: { choices } })
            }}
            onLater={closeDialogs}
          />
        </LazyDialog>
      )}
      {importing && (
        <LazyDialog onClose={closeDialogs}>
          <ImportPreviewDialog />
        </LazyDialog>
      )}
      <ExportScopeDialog files={files} />
      {showingAbout && (
        <LazyDialog onClose={closeDialogs}>
          <AboutDialog api={api} />
        </LazyDialog>
      )}
      {showingGuide && (
        <LazyDialog onClose={closeDialogs}>
          <GuideDialog />
        </LazyDialog>
      )}
      {printing && (
        <LazyDialog onClose={closeDialogs}>
          <PrintDialog api={api} />
        </LazyDialog>
      )}
      {inSettings && <SettingsDialog api={api} onClose={closeDialogs} />}
      {showingHolidays && project && <HolidaysDialog project={project} onClose={closeDialogs} />}
      {editingProperties && project && (
        <PlanPropertiesDialog
          project={project}
          onApply={(properties) => {
            closeDialogs()
            dispatch({ id: 'plan.setProperties', args: properties })
          }}
          onCancel={closeDialogs}
        />
      )}
    </>
  )
}


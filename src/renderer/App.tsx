import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { renamePlan, type PlanProperties } from '../shared/commands'
import { useCommandInput, useCommands } from './useCommands'
import { useWorkspace } from './useWorkspace'
import { currentProject, hasUnsavedChanges } from './workspace'
import { EmptyView } from './components/EmptyView'
import { MenuBar } from './components/MenuBar'
import { NoticeBar } from './components/NoticeBar'
import { OpenErrorView } from './components/OpenErrorView'
import { PlanPropertiesDialog } from './components/PlanPropertiesDialog'
import { PromptDialog } from './components/PromptDialog'
import { StatusBar } from './components/StatusBar'
import { Toolbar } from './components/Toolbar'
import { PlanScreen, type PlanScreenView } from './timeline/PlanScreen'
import type { TimelineHandle } from './timeline/Timeline'
import { EditingArea, useEditingArea } from './editors/EditingArea'
import './components/frame.css'

/** The window: menu and toolbar, the open plan (or why it could not be opened), and the status bar. */
export function App() {
  const api = window.caravan
  const { t } = useTranslation()
  const workspace = useWorkspace(api)
  const { state, prompt } = workspace
  const [editingProperties, setEditingProperties] = useState(false)
  const project = currentProject(state)
  const dirty = hasUnsavedChanges(state)
  const editingArea = useEditingArea()
  const modalOpen = prompt !== null || editingProperties || editingArea.modalOpen

  const openProperties = useCallback(() => setEditingProperties(true), [])
  const timeline = useRef<TimelineHandle>(null)
  const [screen, setScreen] = useState<PlanScreenView>('timeline')
  const showingTimeline = project !== null && !state.failure && screen === 'timeline'
  const commands = useCommands(workspace, openProperties, { handle: timeline, active: showingTimeline }, editingArea.commands)
  useCommandInput(api, commands, !modalOpen)

  // Main gets the plan's own title (for the close question and the native title bar); the page
  // title carries the full `● TITLE — Caravan`.
  const planTitle = project?.title ?? ''
  const windowTitle = project ? t(dirty ? 'windowTitleDirty' : 'windowTitle', { title: planTitle, app: t('appName') }) : t('appName')
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

  const applyProperties = (properties: PlanProperties) => {
    setEditingProperties(false)
    if (project) workspace.edit(renamePlan(project, properties), { key: 'renamePlan' })
  }

  let content
  if (state.starting) content = <p className="loading">{t('loading')}</p>
  else if (state.failure)
    content = (
      <OpenErrorView
        failure={state.failure}
        onOpenAnother={commands['file.open'].run}
        onNewPlan={commands['file.new'].run}
        backTo={project?.title}
        onBack={workspace.dismissFailure}
      />
    )
  else if (project)
    content = (
      <PlanScreen
        project={project}
        file={state.doc?.file ?? null}
        migratedFrom={state.doc?.migratedFrom}
        view={screen}
        onView={setScreen}
        onEdit={workspace.edit}
        onChangeView={workspace.changeView}
        timelineRef={timeline}
      />
    )
  else content = <EmptyView onNewPlan={commands['file.new'].run} onOpen={commands['file.open'].run} />

  return (
    <EditingArea area={editingArea} project={state.failure ? null : project} commit={workspace.edit}>
      <div className="app" inert={modalOpen}>
        <header className="app-bar">
          {api.host === 'web' && <MenuBar commands={commands} platform={api.platform} />}
          <Toolbar commands={commands} platform={api.platform} />
        </header>
        {state.changedOnDisk && state.doc?.file && <NoticeBar name={state.doc.file.name} onDismiss={workspace.dismissNotice} />}
        <main className={showingTimeline ? 'content is-timeline' : 'content'}>{content}</main>
        <StatusBar state={state} dirty={dirty} />
      </div>
      {prompt && <PromptDialog prompt={prompt} />}
      {editingProperties && project && <PlanPropertiesDialog project={project} onApply={applyProperties} onCancel={() => setEditingProperties(false)} />}
    </EditingArea>
  )
}

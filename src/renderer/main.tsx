import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n'
import './theme/index.css'
import { App } from './App'
import { loadLanguage } from './app/language'
import { openStart } from './app/start'
import { createWorkspaceStore } from './app/store'
// After every feature's stylesheet, so the paper layout overrides them.
import './theme/print.css'

/**
 * How long, counted from this script's start, the first render waits for the start plan (it
 * always waits for the language): the plan's answers were asked as the bridge loaded
 * (earlyStart) and usually come within it, and the first render then draws the plan instead of
 * an empty window that the plan replaces a moment later. A big plan that takes longer is shown
 * when it comes, in a window drawn meanwhile.
 */
const waitForPlanMs = 400

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const store = createWorkspaceStore()
const start = openStart(window.caravan, store)
const planOrTimeout = Promise.race([start, new Promise((resolve) => setTimeout(resolve, waitForPlanMs))])
// The remembered language first, so the first render already speaks it.
void loadLanguage(window.caravan)
  .then(() => planOrTimeout)
  .catch(() => undefined)
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App store={store} start={start} />
      </StrictMode>,
    ),
  )

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n'
import './theme/index.css'
import { App } from './App'
import { loadLanguage } from './app/language'
// After every feature's stylesheet, so the paper layout overrides them.
import './theme/print.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// The remembered language first, so the first render already speaks it.
void loadLanguage(window.caravan).finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)

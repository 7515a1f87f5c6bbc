import { useId, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import readme from '../../../README.md?raw'
import { useWorkspace, useWorkspaceStore } from '../app/store'
import { Dialog } from '../components/Dialog'
import { chineseSection, guideBlocks, sections, usageSections, type GuideBlock, type Inline } from './guideText'
import './guide.css'

function Runs({ runs }: { runs: Inline[] }) {
  return runs.map((run, i) => (run.type === 'strong' ? <strong key={i}>{run.text}</strong> : run.type === 'em' ? <em key={i}>{run.text}</em> : run.type === 'code' ? <code key={i}>{run.text}</code> : run.text))
}

function Block({ block }: { block: GuideBlock }) {
  switch (block.type) {
    case 'heading': {
      const Tag = block.depth <= 2 ? 'h3' : 'h4'
      return <Tag id={block.id}>{block.text}</Tag>
    }
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.inline} />
        </p>
      )
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul'
      return (
        <Tag>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs runs={item} />
            </li>
          ))}
        </Tag>
      )
    }
    case 'code':
      return <pre>{block.text}</pre>
  }
}

/** Help ▸ User Guide: the README's usage part as it shipped with this build, with its contents. */
export function GuideDialog() {
  const open = useWorkspace((s) => s.dialogs.guide)
  const store = useWorkspaceStore()
  const { t, i18n } = useTranslation()
  const heading = useId()
  const close = useRef<HTMLButtonElement>(null)
  const chinese = i18n.language.startsWith('zh')
  const blocks = useMemo(() => guideBlocks(sections(readme, chinese ? [chineseSection, ...usageSections] : usageSections)), [chinese])
  if (!open) return null
  const { closeDialogs } = store.getState()
  const contents = blocks.filter((b): b is Extract<GuideBlock, { type: 'heading' }> => b.type === 'heading' && b.depth === 2)
  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={closeDialogs} initialFocus={close} className="dialog-guide">
      <h2 id={heading} className="dialog-title">
        {t('guide.heading')}
      </h2>
      <div className="guide-body">
        <nav className="guide-contents" aria-label={t('guide.contents')}>
          <ul>
            {contents.map((h) => (
              <li key={h.id}>
                <button type="button" className="link" onClick={() => document.getElementById(h.id)?.scrollIntoView({ block: 'start' })}>
                  {h.text}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <article className="guide-text" tabIndex={0} lang={chinese ? undefined : 'en'}>
          {chinese && <p className="field-hint">{t('guide.english')}</p>}
          {blocks.map((block, i) => (
            <Block key={i} block={block} />
          ))}
        </article>
      </div>
      <div className="dialog-buttons">
        <button ref={close} type="button" className="primary" onClick={closeDialogs}>
          {t('guide.close')}
        </button>
      </div>
    </Dialog>
  )
}

import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaravanApi } from '../../shared/ipc'
import { chooseLanguage, currentChoice, systemLanguage, type LanguageChoice } from '../app/language'
import { entryFormat, formatDay, formatTime } from '../editors/dateEntry'
import { languageNames, languages, pickLanguage, regionalTag } from '../i18n'
import { VersionSettings } from '../versions/VersionSettings'
import { Dialog } from './Dialog'

/** The app's settings: the interface language, which switches as it is chosen (no restart). */
export function SettingsDialog({ api, onClose }: { api: CaravanApi; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const heading = useId()
  const group = useId()
  const [choice, setChoice] = useState<LanguageChoice>(currentChoice)
  const choose = (next: LanguageChoice) => {
    setChoice(next)
    void chooseLanguage(api, next)
  }
  // As the date and time fields write them.
  const format = entryFormat(regionalTag(pickLanguage([i18n.language])))
  const example = `${formatDay('2027-04-15', format)} ${formatTime('20:00', format)}`
  const options: { value: LanguageChoice; label: string }[] = [
    { value: null, label: t('settings.system', { language: languageNames[systemLanguage()] }) },
    ...languages.map((language) => ({ value: language, label: languageNames[language] })),
  ]
  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={onClose} className="dialog-form settings-dialog">
      <h2 id={heading} className="dialog-title">
        {t('settings.heading')}
      </h2>
      <fieldset className="settings-choices" aria-describedby={`${group}-hint`} data-language={i18n.language}>
        <legend>{t('settings.language')}</legend>
        {options.map((option) => (
          <label key={option.value ?? 'system'} className="settings-choice" lang={option.value ?? undefined}>
            <input type="radio" name={group} checked={choice === option.value} onChange={() => choose(option.value)} />
            {option.label}
          </label>
        ))}
        <p id={`${group}-hint`} className="field-hint">
          {t('settings.languageHint', { example })}
        </p>
      </fieldset>
      <VersionSettings api={api} />
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </Dialog>
  )
}

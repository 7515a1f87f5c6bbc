// The interface language: the system's on first start, the user's choice (Settings) once made.
// The choice is kept in main's settings (settings:get / settings:set) and takes effect at once:
// every component, the menus and the native menu (menu:update) follow i18next's languageChanged.
import type { CaravanApi } from '../../shared/ipc'
import i18n, { languages, pickLanguage, type Language } from '../i18n'

/** What the user chose: a language, or `null` to follow the system. */
export type LanguageChoice = Language | null

const systemLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages)

/** The language the system asks for (`navigator.languages`). */
export function systemLanguage(): Language {
  return pickLanguage(systemLanguages())
}

let remembered: LanguageChoice = null

/** The choice as last loaded or made in this window. */
export function currentChoice(): LanguageChoice {
  return remembered
}

const known = (value: string | null | undefined): LanguageChoice => (value && (languages as string[]).includes(value) ? (value as Language) : null)

/** Shows the interface in the chosen language (or the system's). */
export async function applyLanguage(choice: LanguageChoice): Promise<void> {
  const language = choice ?? systemLanguage()
  if (i18n.language !== language) await i18n.changeLanguage(language)
}

/** The remembered choice, applied; the system's language when none is remembered or main cannot say. */
export async function loadLanguage(api: CaravanApi): Promise<LanguageChoice> {
  const choice = known(await api.invoke('settings:get', undefined).then((s) => s.language, () => null))
  remembered = choice
  await applyLanguage(choice)
  return choice
}

/** Switches the interface now and remembers the choice for the next start. */
export async function chooseLanguage(api: CaravanApi, choice: LanguageChoice): Promise<void> {
  remembered = choice
  await applyLanguage(choice)
  await api.invoke('settings:set', { language: choice }).catch(() => undefined)
}

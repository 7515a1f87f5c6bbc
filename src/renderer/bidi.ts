// Right-to-left names (Arabic, Persian, Hebrew) inside left-to-right sentences: in the DOM they sit
// in their own element with dir="auto" or <bdi> (both isolate); in plain text (the window title,
// aria labels, screen-reader announcements, menu labels) they are wrapped in FIRST STRONG ISOLATE
// … POP DIRECTIONAL ISOLATE, so "‘دار الأوبرا’ 3 events" keeps the 3 after the name. Only text with
// right-to-left letters is wrapped: the interface languages are left-to-right, where other text
// needs nothing and stays byte for byte as it was.
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/

/** U+2068 FSI and U+2069 PDI around text that holds right-to-left letters; other text unchanged. */
export function isolate(text: string): string {
  return rightToLeft.test(text) ? `\u2068${text}\u2069` : text
}

/** Every string value of an i18next values object isolated (numbers and other values as they are). */
export function isolateValues<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(values)) out[key] = typeof value === 'string' ? isolate(value) : value
  return out as T
}

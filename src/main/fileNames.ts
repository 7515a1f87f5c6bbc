// File names Caravan proposes: safe on Windows, macOS and Linux, readable, in the user's language.
import { basename } from 'node:path'

export const projectExtension = '.caravan'

const reservedOnWindows = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

/** A file name for a plan titled `title`, e.g. `Silk Road 2027.caravan`; never empty, at most ~100 characters. */
export function suggestedFileName(title: string): string {
  let stem = title
    .normalize('NFC')
    // Characters no file system accepts everywhere, and control characters.
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
    .replace(/^[.\s]+|[.\s]+$/g, '')
  stem = Array.from(stem).slice(0, 100).join('').replace(/[.\s]+$/, '')
  if (stem === '') stem = 'Untitled plan'
  if (reservedOnWindows.test(stem)) stem = `${stem} plan`
  return `${stem}${projectExtension}`
}

/** `path` with the `.caravan` extension added when it has none (a typed name without extension). */
export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(projectExtension) ? path : `${path}${projectExtension}`
}

/** The file name shown to the user: the last part of `path`. */
export function displayName(path: string): string {
  return basename(path)
}

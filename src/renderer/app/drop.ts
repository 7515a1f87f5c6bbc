// A plan dragged from the file manager onto the window. In the desktop app the preload tells the
// dropped file's path and main opens it like File ▸ Open (one window per plan). The web host has
// no paths: the file's text is read in the page, checked against the format like any file, and
// opened as an untitled copy (Save As makes it a file), so nothing on disk is named by the page.
import { parseProject, type Issue, type Project } from '../../shared/format'
import { issue } from '../../shared/messages'

/** The dropped file as the drop handler sees it (a DOM `File`). */
export interface DroppedFile {
  name: string
  size: number
  text(): Promise<string>
}

/** What a drop opens: a path for main, or a plan read from the file's content. */
export type DroppedPlan = { kind: 'path'; path: string } | { kind: 'copy'; name: string; project: Project } | { kind: 'failed'; name: string; errors: Issue[] }

/** A dropped plan larger than this is refused, as main refuses to open one (256 MB). */
export const maxDroppedBytes = 256 * 2 ** 20

/** True for a file name a drop opens. */
export const isPlanName = (name: string): boolean => name.toLowerCase().endsWith('.caravan')

/** The first plan among the dropped files; undefined when none is a `.caravan` file. */
export function pickDroppedPlan<F extends { name: string }>(files: readonly F[]): F | undefined {
  return files.find((f) => isPlanName(f.name))
}

/** Reads a dropped plan: by path where the host gives one, else by its content, validated. */
export async function readDroppedPlan(file: DroppedFile, path: string | undefined): Promise<DroppedPlan> {
  if (path) return { kind: 'path', path }
  if (file.size > maxDroppedBytes) return { kind: 'failed', name: file.name, errors: [issue('', 'store.tooLarge', { file: file.name, megabytes: maxDroppedBytes / 2 ** 20 })] }
  let text: string
  try {
    text = await file.text()
  } catch (error) {
    return { kind: 'failed', name: file.name, errors: [issue('', 'app.failed', { detail: error instanceof Error ? error.message : String(error) })] }
  }
  const parsed = parseProject(text)
  return parsed.ok ? { kind: 'copy', name: file.name, project: parsed.project } : { kind: 'failed', name: file.name, errors: parsed.errors }
}

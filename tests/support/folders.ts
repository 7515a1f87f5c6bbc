// A folder's files and their contents, to check that something "changed nothing" on disk.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Every file under `folder` (relative path → content). */
export async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[relative(folder, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name), 'utf8')
  }
  return out
}

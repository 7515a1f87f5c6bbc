// This build's name, version and licence, taken from package.json when the renderer is bundled.
import packageJson from '../../../package.json'

const fields: { version: string; license?: unknown } = packageJson

/** What Help ▸ About Caravan says of this build; `license` is absent while package.json names none. */
export const appInfo: { version: string; license?: string } = {
  version: fields.version,
  ...(typeof fields.license === 'string' ? { license: fields.license } : {}),
}

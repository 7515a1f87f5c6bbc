// New ids for entities created in the app. Web Crypto is on globalThis in Node 20, Electron and
// the browser, so src/shared needs no node:crypto.

/** A new random id such as `e-k3x9q2m7w1ab`: the prefix then 12 base-36 characters (about 62 bits). */
export function newId(prefix: string): string {
  const words = globalThis.crypto.getRandomValues(new Uint32Array(2))
  const high = (words[0]! % 36 ** 6).toString(36).padStart(6, '0')
  const low = (words[1]! % 36 ** 6).toString(36).padStart(6, '0')
  return `${prefix}${high}${low}`
}

// The text of an imported file: UTF-8 (with or without BOM) or UTF-16 with a BOM; a BOM-less
// file that is not UTF-8 is read as GB18030 when that decodes it into Chinese, else as
// Windows-1252 (what Excel writes on Chinese and Western Windows). The caller says which was assumed.
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncoding
  /** True when there was no BOM and the text was not UTF-8: the encoding is a guess. */
  assumed: boolean
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g

function decode(bytes: Uint8Array, label: string, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes)
  } catch {
    return undefined
  }
}

/** The bytes as text, and which encoding they were read in. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode(bytes.subarray(3), 'utf-8', false)!, encoding: 'utf-8', assumed: false }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes.subarray(2), 'utf-16le', false)!, encoding: 'utf-16le', assumed: false }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes.subarray(2), 'utf-16be', false)!, encoding: 'utf-16be', assumed: false }
  const utf8 = decode(bytes, 'utf-8', true)
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', assumed: false }
  const gb = decode(bytes, 'gb18030', true)
  if (gb !== undefined) {
    // Every high byte pair of GB text is one CJK character; Latin-1 accents decode to odd, rarer ones.
    let high = 0
    for (const b of bytes) if (b >= 0x80) high++
    const chinese = gb.match(cjk)?.length ?? 0
    if (high > 0 && chinese * 2 >= high * 0.9) return { text: gb, encoding: 'gb18030', assumed: true }
  }
  return { text: decode(bytes, 'windows-1252', false)!, encoding: 'windows-1252', assumed: true }
}

// Draws Caravan's one source icon, resources/icon.png (1024 × 1024, RGBA): a teal tile with a
// sun over sand dunes. electron-builder makes every platform's sizes (.icns, .ico, Linux PNGs)
// from it at packaging time. Run again only to change the picture: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const size = 1024
const colours = { tile: [31, 92, 91], sun: [244, 184, 96], far: [214, 160, 98], near: [238, 205, 150] }
const coverage = (inside, x, y) => {
  // 4 × 4 samples per pixel for smooth edges.
  let hits = 0
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++
  return hits / 16
}
const radius = 190
const inTile = (x, y) => {
  const m = 64
  const cx = Math.min(Math.max(x, m + radius), size - m - radius)
  const cy = Math.min(Math.max(y, m + radius), size - m - radius)
  return x >= m && x <= size - m && y >= m && y <= size - m && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
}
const inSun = (x, y) => (x - 640) ** 2 + (y - 400) ** 2 <= 150 ** 2
const inFar = (x, y) => y >= 640 - 90 * Math.sin(((x - 120) / 700) * Math.PI)
const inNear = (x, y) => y >= 760 - 70 * Math.sin(((x + 200) / 900) * Math.PI)

const rows = []
for (let y = 0; y < size; y++) {
  const row = Buffer.alloc(1 + size * 4)
  for (let x = 0; x < size; x++) {
    const tile = coverage(inTile, x, y)
    if (tile === 0) continue
    let rgb = colours.tile
    for (const [inside, colour] of [[inSun, colours.sun], [inFar, colours.far], [inNear, colours.near]]) {
      const c = coverage(inside, x, y)
      if (c > 0) rgb = rgb.map((v, k) => v * (1 - c) + colour[k] * c)
    }
    row.set([...rgb.map(Math.round), Math.round(tile * 255)], 1 + x * 4)
  }
  rows.push(row)
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc = (bytes) => {
  let c = 0xffffffff
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, tail])
}
const header = Buffer.alloc(13)
header.writeUInt32BE(size, 0)
header.writeUInt32BE(size, 4)
header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
])
writeFileSync(new URL('../resources/icon.png', import.meta.url), png)

// Byte mutations for fuzzing the reader, and a guard that turns a hang into a failed assertion.
import fc from 'fast-check'

/** Resolves with `work`, or rejects when it has not settled after `ms` (a hang, not a slow machine: keep `ms` generous). */
export function readsWithin<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`the reader did not answer within ${ms} ms`)), ms)))
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

type Mutation = (bytes: Buffer) => Buffer

const at = (bytes: Buffer, position: number): number => (bytes.length === 0 ? 0 : position % (bytes.length + 1))

/** Arbitrary sequences of byte edits of `sample`'s size range, as one function. */
export function mutations(sample: Buffer): fc.Arbitrary<Mutation> {
  const position = fc.nat({ max: sample.length * 2 })
  const edit: fc.Arbitrary<Mutation> = fc.oneof(
    fc.tuple(position, fc.integer({ min: 0, max: 255 })).map(([p, value]): Mutation => (b) => {
      const out = Buffer.from(b)
      if (out.length > 0) out[p % out.length] = value
      return out
    }),
    position.map((p): Mutation => (b) => b.subarray(0, at(b, p))),
    fc.tuple(position, fc.nat({ max: 400 })).map(([p, length]): Mutation => (b) => Buffer.concat([b.subarray(0, at(b, p)), b.subarray(at(b, p) + length)])),
    fc.tuple(position, position, fc.nat({ max: 400 })).map(([p, q, length]): Mutation => (b) => Buffer.concat([b.subarray(0, at(b, p)), b.subarray(at(b, q), at(b, q) + length), b.subarray(at(b, p))])),
    fc
      .tuple(position, fc.constantFrom('[', '{"a":', '\uFFFD', '"', '\\', '\u0000', '{"title":"x","title":"y"}', '\uFEFF', '1e999', '-'), fc.integer({ min: 1, max: 5000 }))
      .map(([p, piece, times]): Mutation => (b) => Buffer.concat([b.subarray(0, at(b, p)), Buffer.from(piece.repeat(times)), b.subarray(at(b, p))])),
    fc.tuple(position, fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80])).map(([p, bad]): Mutation => (b) =>
      Buffer.concat([b.subarray(0, at(b, p)), Buffer.from(bad), b.subarray(at(b, p))]),
    ),
  )
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => (b: Buffer) => edits.reduce((bytes, e) => e(bytes), b))
}

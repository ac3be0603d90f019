/**
 * Turns the bytes of an input file into the string the parsers read: strict UTF-8 (a BOM is kept, so
 * it comes back on output), refusing binary data and other encodings with a located message.
 */
import { InputError } from '../types.js'

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Decodes UTF-8 input; throws an InputError naming the line and column of a NUL byte or invalid UTF-8. */
export function decodeInput(bytes: Uint8Array, path?: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('expected UTF-8 text, found a UTF-16 byte-order mark (convert the file to UTF-8)', { path, line: 1, column: 1 })
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    throw new InputError('expected text, found a NUL byte (binary data)', { path, ...placeOf(bytes, nul) })
  }
  try {
    return decoder.decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    throw new InputError(`expected UTF-8 text, found the byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} (is the file in another encoding?)`, {
      path,
      ...placeOf(bytes, bad),
    })
  }
}

/** 1-based line and column (UTF-16 code units of the valid text before it) of a byte offset. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++
      lineStart = index + 1
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset))
  return { line, column: before.replace(/^\uFEFF/, '').length + 1 }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    let length: number
    let min = 0x80
    let max = 0xbf
    if (lead < 0x80) length = 1
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) min = 0xa0
      if (lead === 0xed) max = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) min = 0x90
      if (lead === 0xf4) max = 0x8f
    } else return index
    for (let k = 1; k < length; k++) {
      const byte = bytes[index + k]
      const low = k === 1 ? min : 0x80
      const high = k === 1 ? max : 0xbf
      if (byte === undefined || byte < low || byte > high) return index
    }
    index += length
  }
  return bytes.length
}

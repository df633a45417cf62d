/** Text encodings the importers read; names are WHATWG TextDecoder labels. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface DetectedEncoding {
  encoding: TextEncodingName
  /** Bytes of byte-order mark to skip. */
  bomLength: number
}

/**
 * Tells the encoding of a text file from its first bytes: a BOM wins (UTF-8, UTF-16 LE/BE); UTF-16
 * without BOM shows as NUL bytes in every other position; otherwise UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (the superset of GBK and GB2312 that Chinese Excel and tools export).
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 }
  const probe = head.subarray(0, Math.min(head.length, 4096))
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < probe.length; i++) {
    if (probe[i] !== 0) continue
    if (i % 2 === 0) evenNul++
    else oddNul++
  }
  if (probe.length >= 4 && oddNul > probe.length / 4 && evenNul === 0) return { encoding: 'utf-16le', bomLength: 0 }
  if (probe.length >= 4 && evenNul > probe.length / 4 && oddNul === 0) return { encoding: 'utf-16be', bomLength: 0 }
  return { encoding: isValidUtf8(head) ? 'utf-8' : 'gb18030', bomLength: 0 }
}

/** Strict UTF-8 validation; a multi-byte sequence cut at the end of the sample counts as valid. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i] as number
    if (b < 0x80) {
      i++
      continue
    }
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0
    if (length === 0 || b > 0xf4) return false
    for (let k = 1; k < length; k++) {
      if (i + k >= n) return true
      if (((bytes[i + k] as number) & 0xc0) !== 0x80) return false
    }
    i += length
  }
  return true
}

import { detectEncoding } from '../text/detectEncoding.js'

/** Decodes a whole text file's bytes: BOM, UTF-16 and GB18030 as the delimited reader does (detectEncoding). */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes.subarray(0, 64 * 1024))
  return new TextDecoder(encoding).decode(bytes.subarray(bomLength))
}

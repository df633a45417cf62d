import { describe, expect, it } from 'vitest'
import { detectEncoding, isValidUtf8 } from './detectEncoding.js'

const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff
    out[2 * i + 1] = text.charCodeAt(i) >> 8
  }
  return out
}

describe('detectEncoding', () => {
  it('honours byte-order marks', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ encoding: 'utf-8', bomLength: 3 })
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 2 })
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toEqual({ encoding: 'utf-16be', bomLength: 2 })
  })

  it('recognises UTF-16 without a BOM by its NUL bytes', () => {
    expect(detectEncoding(utf16le('lon,lat\n114.1,22.5\n'))).toEqual({ encoding: 'utf-16le', bomLength: 0 })
  })

  it('reads valid UTF-8 (Chinese headers included) as UTF-8', () => {
    expect(detectEncoding(new TextEncoder().encode('经度,纬度\n114.1,22.5\n')).encoding).toBe('utf-8')
  })

  it('falls back to GB18030 for bytes that are not UTF-8 (GBK exports)', () => {
    // 经度,纬度 in GBK: BE AD B6 C8 2C CE B3 B6 C8
    const gbk = new Uint8Array([0xbe, 0xad, 0xb6, 0xc8, 0x2c, 0xce, 0xb3, 0xb6, 0xc8, 0x0a])
    const { encoding } = detectEncoding(gbk)
    expect(encoding).toBe('gb18030')
    expect(new TextDecoder(encoding).decode(gbk)).toBe('经度,纬度\n')
  })

  it('accepts a multi-byte sequence cut at the end of the sample', () => {
    const bytes = new TextEncoder().encode('abc经')
    expect(isValidUtf8(bytes.subarray(0, bytes.length - 1))).toBe(true)
    expect(isValidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(false)
  })
})

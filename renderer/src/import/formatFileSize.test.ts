import { describe, expect, it } from 'vitest'
import { formatFileSize } from './formatFileSize.js'

describe('formatFileSize', () => {
  it('prints kB below 1 MB and MB above, in decimal units', () => {
    expect(formatFileSize(2_345, 'en')).toBe('2.3 kB')
    expect(formatFileSize(120_400, 'en')).toBe('120 kB')
    expect(formatFileSize(4_560_000, 'en')).toBe('4.6 MB')
    expect(formatFileSize(267_386_880, 'en')).toBe('267 MB')
  })
})

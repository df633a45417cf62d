import { describe, expect, it } from 'vitest'
import { isModulation, modulationOrder, modulations } from './modulation.js'

describe('modulationOrder', () => {
  it('is 2, 4, 6, 8 bits per symbol for QPSK, 16QAM, 64QAM, 256QAM', () => {
    expect(modulations.map((m) => modulationOrder[m])).toEqual([2, 4, 6, 8])
  })

  it('recognises only the listed names', () => {
    expect(isModulation('256qam')).toBe(true)
    expect(isModulation('1024qam')).toBe(false)
    expect(isModulation('toString')).toBe(false)
  })
})

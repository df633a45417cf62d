import { describe, expect, it } from 'vitest'
import { dbmToMw } from './decibels.js'
import { rsrqDb } from './rsrq.js'

describe('rsrqDb (TS 38.215 §5.1.3 approximation)', () => {
  it('reads 10·log10(1/12) = −10.79 dB for a lone cell without noise (tolerance 0.005 dB)', () => {
    expect(rsrqDb({ servingRsrpMw: dbmToMw(-60), interferenceRsrpMw: 0, noisePerReMw: 0, activity: 0.5 })).toBeCloseTo(-10.79, 2)
  })

  it('falls as interference or its activity rises', () => {
    const base = { servingRsrpMw: dbmToMw(-85), interferenceRsrpMw: dbmToMw(-90), noisePerReMw: dbmToMw(-122) }
    expect(rsrqDb({ ...base, activity: 1 })).toBeLessThan(rsrqDb({ ...base, activity: 0.3 }))
    expect(rsrqDb({ ...base, interferenceRsrpMw: dbmToMw(-85), activity: 1 })).toBeLessThan(rsrqDb({ ...base, activity: 1 }))
  })

  it('rejects activity outside 0…1 and a zero serving power', () => {
    expect(() => rsrqDb({ servingRsrpMw: 1, interferenceRsrpMw: 0, noisePerReMw: 0, activity: 2 })).toThrow('activity must be within 0…1')
    expect(() => rsrqDb({ servingRsrpMw: 0, interferenceRsrpMw: 0, noisePerReMw: 0, activity: 1 })).toThrow('servingRsrpMw must be a positive power')
  })
})

import { describe, expect, it } from 'vitest'
import { dbmToMw } from './decibels.js'
import { downlinkSinrDb, downlinkSinrDbKernel } from './downlinkSinr.js'
import { noisePerReDbm } from './noise.js'

// docs/radio-models.md §4.5: serving −85 dBm, interferers −95 and −98 dBm, NF 7 dB → N_RE = −122.23 dBm.
const example = {
  servingRsrpMw: dbmToMw(-85),
  interfererRsrpMw: [dbmToMw(-95), dbmToMw(-98)],
  noisePerReMw: dbmToMw(noisePerReDbm(30, 7)),
}

describe('downlinkSinrDb (tolerance 0.005 dB)', () => {
  it('is 8.23 dB with the interferers fully active (η = 1)', () => {
    expect(downlinkSinrDb({ ...example, activity: 1 })).toBeCloseTo(8.23, 2)
  })

  it('is 11.24 dB at η = 0.5', () => {
    expect(downlinkSinrDb({ ...example, activity: 0.5 })).toBeCloseTo(11.24, 2)
  })

  it('takes one activity per interferer', () => {
    expect(downlinkSinrDb({ ...example, activity: [0.5, 0.5] })).toBeCloseTo(11.24, 2)
    expect(downlinkSinrDb({ ...example, activity: [1, 0] })).toBeCloseTo(
      10 * Math.log10(example.servingRsrpMw / (dbmToMw(-95) + example.noisePerReMw)),
      9,
    )
  })

  it('sums interference in mW: the two interferers are worth −93.24 dBm, not −193 dBm', () => {
    const single = downlinkSinrDb({ ...example, interfererRsrpMw: [dbmToMw(-93.2391)], activity: 1 })
    expect(single).toBeCloseTo(8.23, 2)
  })

  it('is the SNR with no interferers, and falls as activity rises', () => {
    expect(downlinkSinrDb({ ...example, interfererRsrpMw: [], activity: 1 })).toBeCloseTo(-85 + 122.23, 2)
    expect(downlinkSinrDb({ ...example, activity: 0.2 })).toBeGreaterThan(downlinkSinrDb({ ...example, activity: 0.8 }))
  })

  it('rejects activity outside 0…1, a mismatched activity list and negative powers', () => {
    expect(() => downlinkSinrDb({ ...example, activity: 1.5 })).toThrow('activity must be within 0…1')
    expect(() => downlinkSinrDb({ ...example, activity: [1] })).toThrow('activity must be one number or one per interferer (2), not 1 values')
    expect(() => downlinkSinrDb({ ...example, servingRsrpMw: -1, activity: 1 })).toThrow('servingRsrpMw must be a non-negative finite power in mW')
  })
})

describe('downlinkSinrDbKernel', () => {
  it('equals the scalar form point by point (tolerance 1e-9 dB in Float64)', () => {
    const n = 200
    const serving = new Float64Array(n)
    const interference = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      serving[i] = dbmToMw(-120 + (i * 37) % 60)
      interference[i] = dbmToMw(-125 + (i * 53) % 50)
    }
    const out = new Float64Array(n)
    downlinkSinrDbKernel(serving, interference, example.noisePerReMw, 0.5, out)
    for (let i = 0; i < n; i++) {
      const scalar = downlinkSinrDb({ servingRsrpMw: serving[i] as number, interfererRsrpMw: [interference[i] as number], noisePerReMw: example.noisePerReMw, activity: 0.5 })
      expect(Math.abs((out[i] as number) - scalar)).toBeLessThan(1e-9)
    }
  })

  it('writes Float32 output (the §4.5 example, tolerance 1e-4 dB)', () => {
    const out = new Float32Array(1)
    downlinkSinrDbKernel([example.servingRsrpMw], [dbmToMw(-95) + dbmToMw(-98)], example.noisePerReMw, 1, out)
    expect(Math.abs((out[0] as number) - downlinkSinrDb({ ...example, activity: 1 }))).toBeLessThan(1e-4)
  })

  it('rejects arrays of different lengths', () => {
    expect(() => downlinkSinrDbKernel([1, 2], [1], 1e-12, 1, new Float32Array(2))).toThrow('must have one length')
  })
})

import { describe, expect, it } from 'vitest'
import { integrationQuality } from './integrationQuality.js'
import { stallingIndicator, type Stall } from './stallingIndicator.js'

/** The doc's 60 s session: O.21 = 4.8 and O.22 = 4.2 every second (sla-and-qoe-models.md §4.3). */
const session = (stalls: Stall[]) => integrationQuality({ audioMosPerSecond: Array<number>(60).fill(4.8), videoMosPerSecond: Array<number>(60).fill(4.2), stalls })

describe('integrationQuality, P.1203.3 on the golden 60 s session (O.21 4.8, O.22 4.2)', () => {
  it('gives O.46 = 4.84 without stalls (±0.01; the RF stand-in ceiling is calibrated on this value)', () => {
    const result = session([])
    expect(Math.abs(result.o46 - 4.84)).toBeLessThan(0.01)
    expect(result.o23).toBe(5)
  })

  it('gives O.23 = 4.52 (±0.01) and O.46 = 4.48 (±0.02; we reach 4.467) for one 2 s stall at 30 s', () => {
    const result = session([[30, 2]])
    expect(Math.abs(result.o23 - 4.52)).toBeLessThan(0.01)
    expect(Math.abs(result.o46 - 4.48)).toBeLessThan(0.02)
  })

  it('gives O.46 = 4.54 (±0.01; we reach 4.534) for a 60 ms stall: the count term dominates', () => {
    expect(Math.abs(session([[30, 0.06]]).o46 - 4.54)).toBeLessThan(0.01)
  })

  it('gives O.46 = 4.10 (±0.1; we reach 4.02) for two 1 s stalls at 20 s and 40 s: the trees penalise a second stall more than SI does, and the doc gives no positions', () => {
    const result = session([
      [20, 1],
      [40, 1],
    ])
    expect(Math.abs(result.o46 - 4.1)).toBeLessThan(0.1)
    expect(result.o46).toBeLessThan(session([[30, 2]]).o46)
  })

  it('clips O.34 at 5 (4.8 and 4.2 give 5.31 before clipping), so O.35 = 5 (±1e-9)', () => {
    const result = session([])
    expect(result.o34PerSecond.every((value) => value === 5)).toBe(true)
    expect(Math.abs(result.o35 - 5)).toBeLessThan(1e-9)
  })

  it('weights recent seconds more in O.35: a drop at the end costs more than at the start', () => {
    const good = Array<number>(30).fill(4.2)
    const bad = Array<number>(30).fill(2.5)
    const audio = Array<number>(60).fill(4.8)
    const dropAtEnd = integrationQuality({ audioMosPerSecond: audio, videoMosPerSecond: [...good, ...bad], stalls: [] }).o35
    const dropAtStart = integrationQuality({ audioMosPerSecond: audio, videoMosPerSecond: [...bad, ...good], stalls: [] }).o35
    expect(dropAtEnd).toBeLessThan(dropAtStart)
  })
})

describe('stallingIndicator, P.1203.3', () => {
  it('is 1 without stalls and e^(−1/9.3516)·e^(−(2·0.5486/60)/0.91891) for one 2 s stall at 30 s of 60 (±1e-4)', () => {
    expect(stallingIndicator([], 60).stallingIndicator).toBe(1)
    const weight = 0.4841 + 0.5159 * 0.5 ** 3
    const expected = Math.exp(-1 / 9.3516) * Math.exp(-((2 * weight) / 60) / 0.91891)
    expect(Math.abs(stallingIndicator([[30, 2]], 60).stallingIndicator - expected)).toBeLessThan(1e-4)
  })

  it('counts initial loading (media time 0) at a third of its length and not in N', () => {
    const summary = stallingIndicator([[0, 3]], 60)
    expect(summary.stallCount).toBe(0)
    expect(summary.weightedStallLengthS).toBeCloseTo(1, 12)
  })

  it('averages the intervals between consecutive stalls', () => {
    expect(
      stallingIndicator(
        [
          [40, 1],
          [10, 1],
          [20, 1],
        ],
        60,
      ).averageIntervalS,
    ).toBeCloseTo(15, 12)
  })
})

import { describe, expect, it } from 'vitest'
import { audioSegmentMos } from './audioQuality.js'
import { mosFromQuality } from './p1203Mos.js'

const audio = (codec: string, bitrateKbps: number) => ({ start: 0, duration: 5, bitrateKbps, codec })

describe('audioSegmentMos, P.1203.2 (tolerance ±1e-12)', () => {
  it('is MOS(100 − (100·e^(A2·br) + A3)) with AAC-LC (−0.05, 14.60) at 64 kbit/s', () => {
    expect(Math.abs(audioSegmentMos(audio('aaclc', 64)) - mosFromQuality(100 - (100 * Math.exp(-0.05 * 64) + 14.6)))).toBeLessThan(1e-12)
  })

  it('uses each codec its own coefficients: at 32 kbit/s HE-AAC beats AAC-LC, which beats AC3 and MP2', () => {
    const he = audioSegmentMos(audio('he-aac', 32))
    const lc = audioSegmentMos(audio('AAC-LC', 32))
    expect(he).toBeGreaterThan(lc)
    expect(lc).toBeGreaterThan(audioSegmentMos(audio('ac3', 32)))
    expect(audioSegmentMos(audio('ac3', 32))).toBeGreaterThan(audioSegmentMos(audio('mp2', 32)))
  })

  it('refuses an unknown codec, naming the valid ones', () => {
    expect(() => audioSegmentMos(audio('opus', 64), 'audio[0]')).toThrow('audio[0].codec must be one of mp2, ac3, aaclc, heaac for P.1203.2, not "opus"')
  })
})

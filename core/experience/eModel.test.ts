import { describe, expect, it } from 'vitest'
import { absoluteDelayImpairment, eModel, eModelDefaults, effectiveEquipmentImpairment, mosFromRFactor } from './eModel.js'
import { ExperienceInputError } from './experienceInputError.js'
import { speechCodecImpairment, speechCodecImpairments } from './speechCodecs.js'

/** The delay points of sla-and-qoe-models.md §4.1: T = Ta, Tr = 2T, echo defaults. */
const atDelay = (delayMs: number) => eModel({ meanOneWayDelayMs: delayMs, absoluteDelayMs: delayMs, roundTripDelayMs: 2 * delayMs })

describe('eModel with the G.107 default parameter set (sla-and-qoe-models.md §4.1)', () => {
  it('gives R = 93.2 (±0.05) and MOS 4.41 (±0.01)', () => {
    const result = eModel()
    expect(Math.abs(result.rFactor - 93.2)).toBeLessThan(0.05)
    expect(Math.abs(result.mos - 4.41)).toBeLessThan(0.01)
  })

  it('builds R from Ro ≈ 94.77, Is ≈ 1.41 and Id ≈ 0.15 (±0.01), Idd = 0 and Ie,eff = 0', () => {
    const result = eModel()
    expect(Math.abs(result.basicSignalToNoise - 94.77)).toBeLessThan(0.01)
    expect(Math.abs(result.simultaneousImpairment - 1.41)).toBeLessThan(0.015)
    expect(Math.abs(result.delayImpairment - 0.15)).toBeLessThan(0.01)
    expect(result.absoluteDelayImpairment).toBe(0)
    expect(result.effectiveEquipmentImpairment).toBe(0)
    expect(result.rFactor).toBeCloseTo(result.basicSignalToNoise - result.simultaneousImpairment - result.delayImpairment, 9)
  })

  it('gives R = 90.7, 85.8, 72.7 and 62.3 at 100, 200, 300 and 400 ms (T = Ta, Tr = 2T; ±0.3)', () => {
    for (const [delayMs, expected] of [
      [100, 90.7],
      [200, 85.8],
      [300, 72.7],
      [400, 62.3],
    ] as const) {
      expect(Math.abs(atDelay(delayMs).rFactor - expected), `${delayMs} ms`).toBeLessThan(0.3)
    }
  })

  it('falls monotonically with delay and with packet loss', () => {
    let previous = Infinity
    for (let delayMs = 0; delayMs <= 600; delayMs += 25) {
      const r = atDelay(delayMs).rFactor
      expect(r).toBeLessThanOrEqual(previous + 1e-9)
      previous = r
    }
    previous = Infinity
    for (let lossPct = 0; lossPct <= 20; lossPct += 1) {
      const r = eModel({ packetLossPct: lossPct }).rFactor
      expect(r).toBeLessThanOrEqual(previous + 1e-9)
      previous = r
    }
  })

  it('adds the advantage factor A one to one', () => {
    expect(eModel({ advantageFactor: 5 }).rFactor - eModel().rFactor).toBeCloseTo(5, 9)
  })
})

describe('absoluteDelayImpairment (G.107 §7.4 Idd, sT = 1, mT = 100 ms)', () => {
  it('is 0 up to 100 ms and 25·(2^(1/6) − 3·(1 + 1/729)^(1/6) + 2) ≈ 3.04 at 200 ms (±1e-9)', () => {
    expect(absoluteDelayImpairment(100)).toBe(0)
    const expected = 25 * (2 ** (1 / 6) - 3 * (1 + 1 / 729) ** (1 / 6) + 2)
    expect(Math.abs(absoluteDelayImpairment(200) - expected)).toBeLessThan(1e-9)
  })
})

describe('effectiveEquipmentImpairment (G.107 §7.5)', () => {
  it('is Ie without loss and 95·Ppl/(Ppl/BurstR + Bpl) for Ie = 0 (±1e-9)', () => {
    expect(effectiveEquipmentImpairment(11, 19, 0)).toBe(11)
    expect(Math.abs(effectiveEquipmentImpairment(0, 4.3, 1) - 95 / 5.3)).toBeLessThan(1e-9)
    expect(Math.abs(effectiveEquipmentImpairment(0, 4.3, 2, 2) - (95 * 2) / 5.3)).toBeLessThan(1e-9)
  })
})

describe('mosFromRFactor (G.107 Annex B)', () => {
  it('is 1 at R ≤ 0, 4.5 at R ≥ 100 and 1 + 0.035R + R(R − 60)(100 − R)·7e-6 between (±1e-12)', () => {
    expect(mosFromRFactor(-5)).toBe(1)
    expect(mosFromRFactor(120)).toBe(4.5)
    expect(Math.abs(mosFromRFactor(50) - (1 + 1.75 + 50 * -10 * 50 * 7e-6))).toBeLessThan(1e-12)
  })
})

describe('speech codecs (G.113 App. I values, tag S)', () => {
  it('names G.711 0/4.3, G.711 with PLC 0/25.1 and G.729A 11/19.0, each with its tag', () => {
    expect(speechCodecImpairment('g711')).toMatchObject({ equipmentImpairment: 0, packetLossRobustness: 4.3, tag: 'S' })
    expect(speechCodecImpairment('g711-plc')).toMatchObject({ equipmentImpairment: 0, packetLossRobustness: 25.1, tag: 'S' })
    expect(speechCodecImpairment('g729a')).toMatchObject({ equipmentImpairment: 11, packetLossRobustness: 19.0, tag: 'S' })
    expect(speechCodecImpairments.g711.packetLossRobustness).toBe(eModelDefaults.packetLossRobustness)
  })

  it('gives G.729A R = 93.2 − 11 without loss and more robustness with PLC at 2 % loss (±1e-9)', () => {
    const g729a = speechCodecImpairments.g729a
    expect(eModel({ equipmentImpairment: g729a.equipmentImpairment, packetLossRobustness: g729a.packetLossRobustness }).rFactor).toBeCloseTo(eModel().rFactor - 11, 9)
    const plain = eModel({ packetLossPct: 2 }).rFactor
    const withPlc = eModel({ packetLossPct: 2, packetLossRobustness: speechCodecImpairments['g711-plc'].packetLossRobustness }).rFactor
    expect(withPlc).toBeGreaterThan(plain + 10)
  })

  it('refuses an unknown codec, naming the valid ones', () => {
    expect(() => speechCodecImpairment('opus')).toThrow('codec must be one of g711, g711-plc, g729a, not "opus"')
  })
})

describe('eModel input validation', () => {
  it('names the argument and its range', () => {
    expect(() => eModel({ packetLossPct: 120 })).toThrow('packetLossPct must be within 0…100 % for the G.107 E-model, not 120')
    expect(() => eModel({ absoluteDelayMs: -1 })).toThrow('absoluteDelayMs must be within 0…10000 ms')
    expect(() => eModel({ burstRatio: Number.NaN })).toThrow('burstRatio must be a finite number')
    try {
      eModel({ quantisingDistortionUnits: 0 })
    } catch (error) {
      expect(error).toBeInstanceOf(ExperienceInputError)
      expect((error as ExperienceInputError).argument).toBe('quantisingDistortionUnits')
    }
  })
})

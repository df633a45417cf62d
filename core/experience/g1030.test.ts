import { describe, expect, it } from 'vitest'
import { iqxMos, webBrowsingDefaultParameters, webBrowsingMos, webBrowsingParametersFromAnchors } from './g1030.js'

describe('webBrowsingMos, G.1030 log model MOS = a − b·ln(T) (coefficients UNVERIFIED, sla-and-qoe-models.md §4.2)', () => {
  it('passes through its default anchors, 4.5 at 1 s and 1.5 at 20 s (±1e-9)', () => {
    expect(Math.abs(webBrowsingMos(1) - 4.5)).toBeLessThan(1e-9)
    expect(Math.abs(webBrowsingMos(20) - 1.5)).toBeLessThan(1e-9)
    expect(webBrowsingDefaultParameters.slope).toBeCloseTo(3 / Math.log(20), 12)
  })

  it('is linear in ln(T): each doubling costs b·ln 2 (±1e-9), and clips to 1…5', () => {
    const parameters = { intercept: 4, slope: 0.5 }
    expect(Math.abs(webBrowsingMos(2, parameters) - webBrowsingMos(4, parameters) - 0.5 * Math.log(2))).toBeLessThan(1e-9)
    expect(webBrowsingMos(0.01)).toBe(5)
    expect(webBrowsingMos(600)).toBe(1)
  })

  it('fits a and b to two anchors (±1e-9)', () => {
    const parameters = webBrowsingParametersFromAnchors({ sessionTimeS: 2, mos: 4 }, { sessionTimeS: 8, mos: 2 })
    expect(Math.abs(webBrowsingMos(2, parameters) - 4)).toBeLessThan(1e-9)
    expect(Math.abs(webBrowsingMos(4, parameters) - 3)).toBeLessThan(1e-9)
  })

  it('refuses a non-positive session time, naming it', () => {
    expect(() => webBrowsingMos(0)).toThrow('sessionTimeS must be within 0.001…3600 s for the G.1030 opinion model, not 0')
  })
})

describe('iqxMos, QoE = α·e^(−β·QoS) + γ', () => {
  it('is α + γ at QoS 0 and tends to γ (±1e-9)', () => {
    const parameters = { alpha: 3, beta: 0.5, gamma: 1.5 }
    expect(Math.abs(iqxMos(0, parameters) - 4.5)).toBeLessThan(1e-9)
    expect(Math.abs(iqxMos(2, parameters) - (3 * Math.exp(-1) + 1.5))).toBeLessThan(1e-9)
    expect(iqxMos(100, parameters)).toBeCloseTo(1.5, 9)
  })

  it('refuses a negative β, naming it', () => {
    expect(() => iqxMos(1, { alpha: 3, beta: -1, gamma: 1 })).toThrow('beta must be within')
  })
})

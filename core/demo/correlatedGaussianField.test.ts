import { describe, expect, it } from 'vitest'
import { createCorrelatedField, standardNormalCdf } from './correlatedGaussianField.js'
import { createSeededRandom } from './seededRandom.js'

/** Mean over many independent fields of z(p)·z(p + lag) at points spread over a few kilometres. */
function correlationAt(lagM: number): { variance: number; correlation: number } {
  let products = 0
  let squares = 0
  let count = 0
  for (let fieldIndex = 0; fieldIndex < 40; fieldIndex++) {
    const field = createCorrelatedField(createSeededRandom(fieldIndex), { decorrelationM: 50 })
    for (let i = 0; i < 200; i++) {
      const eastM = (i * 137) % 3000
      const northM = (i * 211) % 2000
      const here = field(eastM, northM)
      products += here * field(eastM + lagM, northM)
      squares += here * here
      count++
    }
  }
  return { variance: squares / count, correlation: products / squares }
}

describe('createCorrelatedField', () => {
  it('has unit variance', () => {
    expect(correlationAt(0).variance).toBeGreaterThan(0.85)
    expect(correlationAt(0).variance).toBeLessThan(1.15)
  })

  it('decorrelates like exp(−d/50 m): about 1/e at 50 m, near 0 at 500 m', () => {
    expect(correlationAt(50).correlation).toBeGreaterThan(0.22)
    expect(correlationAt(50).correlation).toBeLessThan(0.52)
    expect(Math.abs(correlationAt(500).correlation)).toBeLessThan(0.15)
  })

  it('is continuous: neighbouring points a metre apart are nearly equal', () => {
    expect(correlationAt(1).correlation).toBeGreaterThan(0.95)
  })

  it('refuses a non-positive decorrelation distance, naming it', () => {
    expect(() => createCorrelatedField(createSeededRandom(1), { decorrelationM: 0 })).toThrow(/decorrelationM/)
  })
})

describe('standardNormalCdf', () => {
  it('matches tabulated values to 1e-6', () => {
    expect(standardNormalCdf(0)).toBeCloseTo(0.5, 6)
    expect(standardNormalCdf(1)).toBeCloseTo(0.841345, 6)
    expect(standardNormalCdf(-1.959964)).toBeCloseTo(0.025, 6)
    expect(standardNormalCdf(3)).toBeCloseTo(0.99865, 5)
  })
})

import { describe, expect, it } from 'vitest'
import { baselineRmse, beatsBaseline, compareWithBaseline } from './baselineComparison.js'
import { modelSummary } from './testing/experienceFixtures.js'

describe('compareWithBaseline', () => {
  it('marks a metric better when R² and AUC are higher and MAE and RMSE lower than the baseline', () => {
    const rows = compareWithBaseline(modelSummary(1).metrics)
    expect(rows.map(({ metric, better }) => [metric, better])).toEqual([['r2', true], ['mae', true], ['rmse', true], ['auc', true]])
    expect(rows[1]).toMatchObject({ value: 60, baseline: 140 })
    expect(rows[3]).toMatchObject({ value: 0.91, baseline: 0.5 })
  })
  it('marks a model worse than the baseline as such, and leaves a missing AUC uncompared', () => {
    const metrics = { ...modelSummary(1).metrics, r2: -0.2, mae: 150, auc: null }
    const rows = compareWithBaseline(metrics)
    expect(rows.map((row) => row.better)).toEqual([false, false, false, null])
    expect(beatsBaseline(metrics)).toBe(false)
  })
})

describe('baselineRmse', () => {
  it('is RMSE·√((1 − R²_base)/(1 − R²)) (abs. 1e-9)', () => {
    // SST = 100 per row: R² = 0.75 → RMSE 5; the mean predictor R² = 0 → RMSE 10.
    expect(Math.abs((baselineRmse({ rmse: 5, r2: 0.75, baselineR2: 0 }) ?? 0) - 10)).toBeLessThan(1e-9)
  })
  it('is undefined for a perfect model', () => {
    expect(baselineRmse({ rmse: 0, r2: 1, baselineR2: 0 })).toBeNull()
  })
})

describe('beatsBaseline', () => {
  it('needs both a higher R² and a lower MAE', () => {
    expect(beatsBaseline(modelSummary(1).metrics)).toBe(true)
    expect(beatsBaseline({ ...modelSummary(1).metrics, mae: 140 })).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { coefficientOfDetermination, mean, meanAbsoluteError, median, rootMeanSquareError } from './regressionMetrics.js'

const actual = [1, 2, 3, 4]
const predicted = [1.5, 2, 2, 5]

describe('regression metrics', () => {
  it('MAE and RMSE of a worked example (errors 0.5, 0, 1, 1)', () => {
    expect(meanAbsoluteError(actual, predicted)).toBeCloseTo(0.625, 12)
    expect(rootMeanSquareError(actual, predicted)).toBeCloseTo(Math.sqrt(2.25 / 4), 12)
  })

  it('R² = 1 − SS_res/SS_tot around the actual values\' own mean (SS_tot 5, SS_res 2.25)', () => {
    expect(coefficientOfDetermination(actual, predicted)).toBeCloseTo(1 - 2.25 / 5, 12)
    expect(coefficientOfDetermination(actual, actual)).toBe(1)
  })

  it('scores a constant prediction ≤ 0: 0 at the actual mean, below 0 anywhere else', () => {
    expect(coefficientOfDetermination(actual, [2.5, 2.5, 2.5, 2.5])).toBeCloseTo(0, 12)
    expect(coefficientOfDetermination(actual, [3, 3, 3, 3])).toBeCloseTo(1 - 6 / 5, 12)
  })

  it('keeps R² finite for a constant actual (1 if exact, else 0, as scikit-learn)', () => {
    expect(coefficientOfDetermination([2, 2], [2, 2])).toBe(1)
    expect(coefficientOfDetermination([2, 2], [1, 3])).toBe(0)
  })

  it('median of odd and even counts; mean', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(Number.isNaN(median([]))).toBe(true)
    expect(mean([1, 2, 6])).toBe(3)
  })

  it('refuses arrays of different lengths or empty ones', () => {
    expect(() => meanAbsoluteError([1], [1, 2])).toThrow('actual and predicted must have the same length, not 1 and 2')
    expect(() => rootMeanSquareError([], [])).toThrow('actual must hold at least one value')
  })
})

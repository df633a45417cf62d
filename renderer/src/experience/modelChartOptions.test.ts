import { describe, expect, it } from 'vitest'
import { accuracyOption, accuracyRange, attributionLabel, attributionOption, importanceOption, type ModelChartText } from './modelChartOptions.js'
import { modelResult } from './testing/experienceFixtures.js'

const text: ModelChartText = {
  actualAxis: 'Actual dlMbps (Mbit/s)', predictedAxis: 'Predicted dlMbps (Mbit/s)', holdout: 'Held-out rows', identity: 'y = x',
  importanceAxis: 'MAE increase (Mbit/s)', importanceName: 'Importance', contributionAxis: 'Contribution (Mbit/s)', raises: 'Raises', lowers: 'Lowers',
  shareOf: (share) => `${share} of total`, format: String,
}
const series = (option: ReturnType<typeof accuracyOption>) => option.series as Record<string, unknown>[]

describe('accuracyRange', () => {
  it('spans both the actual and the predicted values, skipping non-finite ones, on round ends', () => {
    expect(accuracyRange({ actual: [10, 200, Number.NaN], predicted: [5, 250, 100] })).toEqual([0, 250])
    expect(accuracyRange({ actual: [], predicted: [] })).toEqual([0, 1])
  })
})

describe('accuracyOption', () => {
  const option = accuracyOption(modelResult(1).holdout, text)
  it('plots predicted (y) against actual (x) on equal axes', () => {
    const [points] = series(option)
    expect(points).toMatchObject({ type: 'scatter', name: 'Held-out rows' })
    expect(points?.data).toEqual([[10, 30], [200, 180], [400, 350]])
    expect(option.xAxis).toMatchObject({ name: 'Actual dlMbps (Mbit/s)', min: 0, max: 400 })
    expect(option.yAxis).toMatchObject({ name: 'Predicted dlMbps (Mbit/s)', min: 0, max: 400 })
  })
  it('draws the y = x line of a perfect model corner to corner', () => {
    const [, identity] = series(option)
    expect(identity).toMatchObject({ type: 'line', name: 'y = x' })
    expect(identity?.data).toEqual([[0, 0], [400, 400]])
  })
})

describe('importanceOption', () => {
  it('lists the features as horizontal bars, the most important on top (last on a category y axis)', () => {
    const option = importanceOption(modelResult(1).model.importance, text)
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['cqi', 'rsrpDbm', 'sinrDb'] })
    expect((option.series as Record<string, unknown>[])[0]?.data).toEqual([10, 20, 50])
    expect(option.xAxis).toMatchObject({ name: 'MAE increase (Mbit/s)' })
  })
})

describe('attributionOption', () => {
  const example = modelResult(1).examples[0]!
  const option = attributionOption(example, text)
  it('splits the contributions into a raising and a lowering series, the largest effect on top', () => {
    const [raises, lowers] = option.series as Record<string, unknown>[]
    expect(option.yAxis).toMatchObject({ data: ['technology = NR', 'rsrpDbm = -110', 'sinrDb = -2.5'] })
    expect(raises).toMatchObject({ name: 'Raises', data: [10, 0, 0] })
    expect(lowers).toMatchObject({ name: 'Lowers', data: [0, -60, -220] })
  })
  it('labels a missing feature value with a dash', () => {
    expect(attributionLabel('cqi', null, String)).toBe('cqi = –')
  })
})

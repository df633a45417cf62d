import { describe, expect, it } from 'vitest'
import { explainPredictions } from './explainPredictions.js'
import { encodeFeatures } from './kqiEncoding.js'
import { integratedGradients } from './integratedGradients.js'
import { permutationImportance } from './permutationImportance.js'
import { predictKqi } from './predictKqi.js'
import { syntheticKqiDataset } from './testing/syntheticKqiDataset.js'
import { withTf } from './tfBackend.js'
import { trainKqiModel, type TrainKqiModelOptions, type TrainedKqiModel } from './trainKqiModel.js'

const dataset = syntheticKqiDataset({ rows: 2000, groups: 20, seed: 5 })

function withTrained<T>(options: TrainKqiModelOptions, use: (trained: TrainedKqiModel) => T | Promise<T>): Promise<T> {
  return withTf({ backend: 'wasm' }, async (loaded) => {
    const trained = await trainKqiModel(loaded, dataset, { epochs: 40, seed: 4, ...options })
    try {
      return await use(trained)
    } finally {
      trained.network.dispose()
    }
  })
}

describe('integratedGradients', () => {
  it('is complete in the network\'s output space: Σ attributions = F(x) − F(reference) within 2 % of the largest |F(x) − F(0)|', async () => {
    await withTrained({ targetTransform: 'none' }, (t) => {
      const rows = t.split.test.subarray(0, 40)
      const ig = integratedGradients(t, encodeFeatures(t.encoding, dataset, rows))
      const width = t.encoding.inputs.length
      const gaps = Array.from(ig.outputs, (o) => o - ig.referenceOutput)
      const scale = Math.max(...gaps.map(Math.abs))
      gaps.forEach((gap, i) => {
        const sum = ig.attributions.subarray(i * width, (i + 1) * width).reduce((s, a) => s + a, 0)
        expect(Math.abs(sum - gap)).toBeLessThan(0.02 * scale)
      })
    })
  })
})

describe('explainPredictions', () => {
  for (const targetTransform of ['none', 'log1p'] as const) {
    it(`sums the contributions per source feature to predicted − baselinePrediction in the KQI's unit (target ${targetTransform}; 2 % of the largest gap)`, async () => {
      await withTrained({ targetTransform }, (t) => {
        const rows = Array.from(t.split.test.subarray(0, 30))
        const explained = explainPredictions(t, dataset, rows)
        const predicted = predictKqi(t, dataset, rows)
        const scale = Math.max(...explained.map((e) => Math.abs(e.predicted - e.baselinePrediction)))
        explained.forEach((e, i) => {
          expect(e.predicted).toBeCloseTo(predicted[i]!, 3)
          expect(e.rowId).toBe(dataset.rowId[rows[i]!])
          expect(e.actual).toBe(dataset.y[rows[i]!])
          expect(e.attributions.map((a) => a.feature).sort()).toEqual(['noise', 'rsrpDbm', 'sinrDb', 'technology'])
          const sum = e.attributions.reduce((s, a) => s + a.contribution, 0)
          expect(Math.abs(sum - (e.predicted - e.baselinePrediction))).toBeLessThan(0.02 * scale)
          for (let k = 1; k < e.attributions.length; k++) expect(Math.abs(e.attributions[k]!.contribution)).toBeLessThanOrEqual(Math.abs(e.attributions[k - 1]!.contribution))
        })
      })
    })
  }

  it('shows each feature\'s value: the number, null when missing, the one-hot level set', async () => {
    await withTrained({}, (t) => {
      const width = dataset.columns.length
      const missingRow = Array.from({ length: dataset.rowCount }, (_, r) => r).find((r) => Number.isNaN(dataset.x[r * width]!))!
      const [e] = explainPredictions(t, dataset, [missingRow])
      const value = (feature: string): unknown => e!.attributions.find((a) => a.feature === feature)!.value
      expect(value('sinrDb')).toBeNull()
      expect(value('rsrpDbm')).toBe(dataset.x[missingRow * width + 1])
      expect(value('technology')).toBe(dataset.x[missingRow * width + 4] === 1 ? '5G' : 'LTE')
    })
  })
})

describe('permutationImportance', () => {
  it('finds SINR and technology important and the noise column not, shares summing to 1, sorted', async () => {
    await withTrained({}, (t) => {
      const importance = permutationImportance(t, dataset, t.split.test, { seed: 1 })
      expect(importance.map((f) => f.feature).slice(0, 2).sort()).toEqual(['sinrDb', 'technology'])
      const noise = importance.find((f) => f.feature === 'noise')!
      expect(noise.share).toBeLessThan(0.05)
      expect(importance.reduce((s, f) => s + f.share, 0)).toBeCloseTo(1, 9)
      for (let k = 1; k < importance.length; k++) expect(importance[k]!.importance).toBeLessThanOrEqual(importance[k - 1]!.importance)
      expect(permutationImportance(t, dataset, t.split.test, { seed: 1 })).toEqual(importance)
    })
  })
})

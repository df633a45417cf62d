import { describe, expect, it } from 'vitest'
import { evaluateKqiModel } from './evaluateKqiModel.js'
import type { EpochProgress } from './fitKqiNetwork.js'
import { encodeFeatures, encodeTarget } from './kqiEncoding.js'
import { predictEncoded, predictKqi } from './predictKqi.js'
import { syntheticKqiDataset } from './testing/syntheticKqiDataset.js'
import { withTf } from './tfBackend.js'
import { trainKqiModel, type TrainKqiModelOptions, type TrainedKqiModel } from './trainKqiModel.js'

const dataset = syntheticKqiDataset({ rows: 3000, groups: 30 })

/** Trains on the wasm backend and hands the model to `use`, disposing it after. */
function withTrained<T>(options: TrainKqiModelOptions, use: (trained: TrainedKqiModel) => T | Promise<T>, hooks = {}): Promise<T> {
  return withTf({ backend: 'wasm' }, async (loaded) => {
    const trained = await trainKqiModel(loaded, dataset, options, hooks)
    try {
      return await use(trained)
    } finally {
      trained.network.dispose()
    }
  })
}

const fitRows = (t: TrainedKqiModel): number[] => [...t.split.train, ...t.split.validation]

describe('trainKqiModel on a synthetic rate (SINR, technology → Mbit/s, noise irrelevant)', () => {
  it('learns the relation: hold-out R² > 0.8, MAE under half the median baseline\'s, AUC of bad experience > 0.9', async () => {
    const metrics = await withTrained({ epochs: 60, seed: 3 }, (t) => {
      expect(t.backend).toBe('wasm')
      expect(t.fit.epochs).toBeLessThanOrEqual(60)
      return evaluateKqiModel(t, dataset, { fitRows: fitRows(t), test: t.split.test }).metrics
    })
    expect(metrics.r2).toBeGreaterThan(0.8)
    expect(metrics.baselineR2).toBeLessThanOrEqual(0)
    expect(metrics.mae).toBeLessThan(0.5 * metrics.baselineMae)
    expect(metrics.auc!).toBeGreaterThan(0.9)
  })

  it('gives the same model for the same seed (same split, epochs and predictions to the bit), another for another seed', async () => {
    const rows = Int32Array.from({ length: 50 }, (_, i) => i * 60)
    const run = (seed: number): Promise<{ test: number[]; epochs: number; predicted: number[] }> =>
      withTrained({ epochs: 15, seed }, (t) => ({ test: Array.from(t.split.test), epochs: t.fit.epochs, predicted: Array.from(predictKqi(t, dataset, rows)) }))
    const [a, b, c] = [await run(11), await run(11), await run(12)]
    expect(b).toEqual(a)
    expect(c.predicted).not.toEqual(a.predicted)
    expect(c.test).not.toEqual(a.test)
  })

  it('reports each epoch (epoch, epochs, loss, valLoss) and stops early, keeping the weights of the best validation loss', async () => {
    const progress: EpochProgress[] = []
    const result = await withTrained(
      { epochs: 300, patience: 3, seed: 2, loss: 'mse' },
      (t) => {
        const { validation } = t.split
        const predicted = predictEncoded(t, encodeFeatures(t.encoding, dataset, validation))
        const target = encodeTarget(t.encoding, dataset.y, validation)
        const mse = predicted.reduce((sum, p, i) => sum + (p - target[i]!) ** 2, 0) / predicted.length
        return { fit: t.fit, mse }
      },
      { onEpoch: (p: EpochProgress) => progress.push(p) },
    )
    expect(progress.map((p) => p.epoch)).toEqual(Array.from({ length: result.fit.epochs }, (_, i) => i + 1))
    expect(progress.every((p) => p.epochs === 300 && p.loss > 0 && p.valLoss > 0)).toBe(true)
    expect(result.fit.epochs).toBeLessThan(300)
    expect(result.fit.epochs - result.fit.bestEpoch).toBe(3)
    const best = Math.min(...result.fit.valLoss)
    expect(result.fit.valLoss[result.fit.bestEpoch - 1]).toBe(best)
    // The restored weights reproduce the best epoch's validation loss (float32 sums: 1e-4 relative).
    expect(Math.abs(result.mse - best) / best).toBeLessThan(1e-4)
  })

  it('stops at the next batch when cancelled, rejects with an AbortError and leaks no tensor', async () => {
    const controller = new AbortController()
    await withTf({ backend: 'wasm' }, async ({ tf }) => {
      const before = tf.memory().numTensors
      const training = trainKqiModel({ tf, backend: 'wasm' }, dataset, { epochs: 200, patience: 200, seed: 1 }, { signal: controller.signal, onEpoch: (p) => p.epoch === 2 && controller.abort() })
      await expect(training).rejects.toMatchObject({ name: 'AbortError' })
      expect(tf.memory().numTensors).toBe(before)
    })
  })

  it('lets a cancel through during a long epoch: the training yields to the event loop between batches', async () => {
    // One epoch of 60 000 rows in batches of 16 takes seconds; the abort comes from a timer, which
    // can only fire if the loop yields inside the epoch.
    const big = syntheticKqiDataset({ rows: 60_000, groups: 60 })
    const controller = new AbortController()
    const epochsEnded: number[] = []
    await withTf({ backend: 'wasm' }, async (loaded) => {
      const timer = setTimeout(() => controller.abort(), 150)
      const training = trainKqiModel(loaded, big, { epochs: 5, seed: 1, batchSize: 16 }, { signal: controller.signal, onEpoch: (p) => epochsEnded.push(p.epoch) })
      await expect(training).rejects.toMatchObject({ name: 'AbortError' })
      clearTimeout(timer)
    })
    expect(epochsEnded).toEqual([])
  })

  it('leaves no tensor behind across trainings once the network is disposed', async () => {
    await withTf({ backend: 'wasm' }, async (loaded) => {
      const before = loaded.tf.memory().numTensors
      for (const seed of [1, 2]) {
        const trained = await trainKqiModel(loaded, dataset, { epochs: 3, seed })
        evaluateKqiModel(trained, dataset, { fitRows: fitRows(trained), test: trained.split.test })
        trained.network.dispose()
      }
      expect(loaded.tf.memory().numTensors).toBe(before)
    })
  })
})

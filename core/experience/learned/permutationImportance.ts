import type { z } from 'zod'
import type { featureImportanceSchema } from '../../api/schemas/experienceModelSchemas.js'
import { createSeededRandom } from '../../demo/seededRandom.js'
import type { KqiDataset } from './kqiDataset.js'
import { decodeTarget, encodeFeatures } from './kqiEncoding.js'
import { predictEncoded, type KqiModelHandle } from './predictKqi.js'
import { meanAbsoluteError } from './regressionMetrics.js'
import { randomStreams, seededPermutation } from './seededPermutation.js'

export type FeatureImportance = z.infer<typeof featureImportanceSchema>

export interface PermutationImportanceOptions {
  /** Shuffles per feature, averaged: one shuffle of a few hundred rows is noisy. Default 3. */
  repeats?: number
  /** Seed of the shuffles. Default 1. */
  seed?: number
}

/**
 * Global importance of each source feature on `rows` (the hold-out set): the increase of the MAE,
 * in the KQI's unit, when the feature's values are shuffled across the rows, averaged over
 * `repeats` seeded shuffles (Breiman 2001; Fisher, Rudin & Dominici 2019, "model reliance"). All
 * inputs of a feature — its one-hot levels, its value and missing indicator — move together, so a
 * row keeps a valid encoding. Sorted by importance, largest first; `share` is the importance over
 * the sum of the positive ones (negative = shuffling helped = no reliance, share 0).
 */
export function permutationImportance(model: KqiModelHandle, dataset: KqiDataset, rows: Int32Array, options: PermutationImportanceOptions = {}): FeatureImportance[] {
  const repeats = options.repeats ?? 3
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`repeats must be a whole number ≥ 1, not ${repeats}`)
  if (rows.length < 2) throw new RangeError(`permutation importance needs at least 2 rows, not ${rows.length}`)
  const { encoding } = model
  const width = encoding.inputs.length
  const encoded = encodeFeatures(encoding, dataset, rows)
  const actual = Float64Array.from(rows, (row) => dataset.y[row]!)
  const maeOf = (inputs: Float32Array): number => meanAbsoluteError(actual, Float64Array.from(predictEncoded(model, inputs), (o) => decodeTarget(encoding, o)))
  const baseMae = maeOf(encoded)
  const random = createSeededRandom(options.seed ?? 1, randomStreams.permutation)
  const shuffledInputs = new Float32Array(encoded.length)
  const importances = encoding.sources.map((source) => {
    const columns = encoding.inputs.flatMap((input, k) => (input.source === source ? [k] : []))
    let increase = 0
    for (let r = 0; r < repeats; r++) {
      shuffledInputs.set(encoded)
      const order = seededPermutation(rows.length, random)
      for (let i = 0; i < rows.length; i++) for (const k of columns) shuffledInputs[i * width + k] = encoded[order[i]! * width + k]!
      increase += maeOf(shuffledInputs) - baseMae
    }
    return { feature: source, importance: increase / repeats }
  })
  const positiveSum = importances.reduce((sum, f) => sum + Math.max(0, f.importance), 0)
  return importances
    .map((f) => ({ ...f, share: positiveSum > 0 ? Math.max(0, f.importance) / positiveSum : 0 }))
    .sort((a, b) => b.importance - a.importance)
}

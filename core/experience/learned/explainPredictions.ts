import type { ExplainedPrediction } from '../../api/schemas/experienceModelSchemas.js'
import type { KqiDataset } from './kqiDataset.js'
import { decodeTarget, encodeFeatures, type KqiEncoding } from './kqiEncoding.js'
import { integratedGradients, type IntegratedGradientsOptions } from './integratedGradients.js'
import type { KqiModelHandle } from './predictKqi.js'

/**
 * Explains the model's predictions for dataset rows: integrated-gradients attributions summed per
 * source feature (one-hot levels and missing indicators into their feature), in the KQI's unit.
 * The network predicts a standardised (possibly log1p-transformed) KQI, so the attributions are
 * computed in that output space and scaled by one factor per row, (predicted − baseline) in the
 * unit over (output − reference output): the contributions keep their proportions and sum, like
 * the integrals, to predicted − baselinePrediction (to the integration error). Without a transform
 * the factor is the target's σ exactly. When the output barely moves the local slope replaces it.
 * Features sorted by |contribution|, largest first.
 */
export function explainPredictions(model: KqiModelHandle, dataset: KqiDataset, rows: ArrayLike<number>, options: IntegratedGradientsOptions = {}): ExplainedPrediction[] {
  const { encoding } = model
  const width = encoding.inputs.length
  const ig = integratedGradients(model, encodeFeatures(encoding, dataset, rows), options)
  const baselinePrediction = decodeTarget(encoding, ig.referenceOutput)
  return Array.from(rows, (row, i) => {
    const output = ig.outputs[i]!
    const predicted = decodeTarget(encoding, output)
    const factor = unitPerOutput(encoding, output, ig.referenceOutput, predicted - baselinePrediction)
    const bySource = new Map<string, number>(encoding.sources.map((s) => [s, 0]))
    encoding.inputs.forEach((input, k) => bySource.set(input.source, bySource.get(input.source)! + ig.attributions[i * width + k]!))
    const attributions = [...bySource].map(([feature, contribution]) => ({ feature, value: featureValue(dataset, row, feature), contribution: contribution * factor }))
    attributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    return { rowId: dataset.rowId[row]!, actual: dataset.y[row]!, predicted, baselinePrediction, attributions }
  })
}

/** KQI units per unit of network output between the reference and this row's output. */
function unitPerOutput(encoding: KqiEncoding, output: number, referenceOutput: number, deltaUnit: number): number {
  const deltaOutput = output - referenceOutput
  if (Math.abs(deltaOutput) > 1e-6) return deltaUnit / deltaOutput
  const { transform, mean, std } = encoding.target
  // d/dz of decodeTarget at the output: σ, times e^(zσ+μ) under log1p (0 where the floor at 0 holds).
  return transform === 'log1p' ? (decodeTarget(encoding, output) > 0 ? std * Math.exp(output * std + mean) : 0) : std
}

/** The row's value of a source feature: its number (null when missing), or the level set among its one-hot columns. */
function featureValue(dataset: KqiDataset, row: number, feature: string): number | string | null {
  const width = dataset.columns.length
  let level: string | null = null
  for (const [j, column] of dataset.columns.entries()) {
    if (column.source !== feature) continue
    const value = dataset.x[row * width + j]!
    if (column.kind === 'numeric') return Number.isNaN(value) ? null : value
    if (value === 1) level = column.level ?? column.name
  }
  return level
}

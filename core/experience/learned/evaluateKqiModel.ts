import type { KqiModelMetrics } from '../../api/schemas/experienceModelSchemas.js'
import { badExperienceAuc } from './badExperienceAuc.js'
import { isBadValue } from '../kqiBadThresholds.js'
import type { KqiDataset } from './kqiDataset.js'
import { predictKqi, type KqiModelHandle } from './predictKqi.js'
import { coefficientOfDetermination, mean, meanAbsoluteError, median, rootMeanSquareError } from './regressionMetrics.js'

/** The hold-out rows with their actual and predicted KQI, and the metrics over them. */
export interface KqiEvaluation {
  metrics: KqiModelMetrics
  /** Hold-out rows (dataset row indices) in the order of `actual` and `predicted`. */
  testRows: Int32Array
  actual: Float64Array
  predicted: Float64Array
}

export interface EvaluateKqiModelOptions {
  /** Bad-experience threshold for the AUC, in the KQI's unit. Default: the dataset's. */
  badThreshold?: number
}

/**
 * Hold-out accuracy of a model in the KQI's unit: R², MAE and RMSE on the test rows, against the
 * trivial baselines fitted on the training rows (`fitRows`, train and validation: everything but the
 * hold-out) — the training median for the MAE, the training mean for R² (≤ 0 on the hold-out by
 * construction, computed honestly there) — and the AUC of the prediction as a score for bad
 * experience (the baseline's constant prediction ranks nothing: 0.5).
 */
export function evaluateKqiModel(model: KqiModelHandle, dataset: KqiDataset, split: { fitRows: ArrayLike<number>; test: Int32Array }, options: EvaluateKqiModelOptions = {}): KqiEvaluation {
  const { test } = split
  if (test.length === 0) throw new RangeError('the hold-out set must hold at least one row')
  const badThreshold = options.badThreshold ?? dataset.badThreshold
  if (!Number.isFinite(badThreshold)) throw new RangeError(`badThreshold must be a finite number in ${dataset.unit}, not ${badThreshold}`)
  const direction = dataset.badDirection
  const actual = Float64Array.from(test, (row) => dataset.y[row]!)
  const predicted = predictKqi(model, dataset, test)
  const fitValues = Float64Array.from(split.fitRows, (row) => dataset.y[row]!)
  const trainingMedian = median(fitValues)
  const trainingMean = mean(fitValues)
  let bad = 0
  for (const value of actual) if (isBadValue(value, badThreshold, direction)) bad++
  const metrics: KqiModelMetrics = {
    r2: coefficientOfDetermination(actual, predicted),
    mae: meanAbsoluteError(actual, predicted),
    rmse: rootMeanSquareError(actual, predicted),
    baselineMae: meanAbsoluteError(actual, new Float64Array(actual.length).fill(trainingMedian)),
    baselineR2: coefficientOfDetermination(actual, new Float64Array(actual.length).fill(trainingMean)),
    auc: badExperienceAuc(actual, predicted, badThreshold, direction),
    baselineAuc: 0.5,
    badThreshold,
    badDirection: direction,
    badShareTest: bad / actual.length,
  }
  return { metrics, testRows: test, actual, predicted }
}

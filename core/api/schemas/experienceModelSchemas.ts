import { z } from 'zod'

/**
 * The learned KPI→KQI models and the KQI dashboards of the Experience view (issue 6): which KQIs a
 * project holds, their distributions and series, training a model for one of them, and the stored
 * models with their hold-out accuracy and feature attributions.
 */

/** Where a KQI's values live: drive-test sample columns (dlMbps, ulMbps) or app KQI rows (kqi_values). */
export const kqiSourceSchema = z.enum(['samples', 'kqi'])
export type KqiSource = z.infer<typeof kqiSourceSchema>

/** Which side of the threshold is bad experience: a rate is bad below, a delay above. */
export const badDirectionSchema = z.enum(['lower', 'higher'])
export type BadDirection = z.infer<typeof badDirectionSchema>

/** One KQI of the project: its name (as stored: sample column or kqi_values.kqi), unit and rows. */
export const kqiInfoSchema = z.object({
  name: z.string(),
  source: kqiSourceSchema,
  unit: z.string(),
  /** The app or test tool that produced it (kqi_values.app; 'drive test' for sample columns), or null. */
  app: z.string().nullable(),
  count: z.number().int().nonnegative(),
  /** Enough rows with features and more than one group for a held-out split; else `reason` says why not. */
  trainable: z.boolean(),
  reason: z.string().optional(),
  badThreshold: z.number(),
  badDirection: badDirectionSchema,
})
export type KqiInfo = z.infer<typeof kqiInfoSchema>

/** A KQI's dashboard: statistics, histogram, series (downsampled) and the median per group. */
export const kqiDashboardSchema = kqiInfoSchema.extend({
  meanValue: z.number().nullable(),
  p5: z.number().nullable(),
  p50: z.number().nullable(),
  p95: z.number().nullable(),
  /** Share of the values on the bad side of badThreshold, 0–1. */
  badShare: z.number().min(0).max(1),
  /** counts[i] values in [edges[i], edges[i+1]); edges.length = counts.length + 1. */
  histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.number().int().nonnegative()) }),
  /**
   * The values in order, at most maxSeriesPoints (bucket means when downsampled): x is epoch ms for
   * 'time', the row's sequence number for 'seq', the row index for 'index'.
   */
  series: z.object({ kind: z.enum(['time', 'seq', 'index']), x: z.array(z.number()), values: z.array(z.number()) }),
  /** Median and count per level of the most telling grouping (technology, radio_type, carrier…), at most 12 levels. */
  groups: z.object({
    by: z.string().nullable(),
    levels: z.array(z.object({ label: z.string(), count: z.number().int().nonnegative(), median: z.number() })),
  }),
})
export type KqiDashboard = z.infer<typeof kqiDashboardSchema>

export const experienceDashboardParamsSchema = z
  .object({
    /** Only this KQI; all of the project's KQIs when absent. */
    kqi: z.string().min(1).optional(),
    bins: z.number().int().min(5).max(200).optional(),
    maxSeriesPoints: z.number().int().min(10).max(5000).optional(),
  })
  .strict()

export const experienceDashboardResultSchema = z.object({ kqis: z.array(kqiDashboardSchema) })

export const experienceTrainParamsSchema = z
  .object({
    kqi: z.string().min(1),
    /** Maximum epochs (early stopping on a validation split ends sooner). Default 200. */
    epochs: z.number().int().min(1).max(2000).optional(),
    /** Seed of the split, the initial weights and the shuffles: the same seed gives the same model. Default 1. */
    seed: z.number().int().min(0).optional(),
    /** Share of the groups held out for the test metrics. Default 0.25. */
    testFraction: z.number().min(0.05).max(0.5).optional(),
    /** Bad-experience threshold for the AUC, in the KQI's unit; the KQI's default otherwise. */
    badThreshold: z.number().optional(),
    /** Force a TensorFlow.js backend (benchmarks, `certus experience train --backend`); by default tfjs-node when installed, else wasm. */
    backend: z.enum(['wasm', 'cpu']).optional(),
  })
  .strict()

/** Importance of one source feature (one-hot levels summed back): permutation ΔMAE on the hold-out set. */
export const featureImportanceSchema = z.object({
  feature: z.string(),
  /** Increase of the hold-out MAE, in the KQI's unit, when the feature is shuffled. */
  importance: z.number(),
  /** importance / Σ importance (negatives as 0), 0–1. */
  share: z.number(),
})

export const kqiModelMetricsSchema = z.object({
  /** Hold-out coefficient of determination; the trivial model (training mean) scores ≤ 0 here. */
  r2: z.number(),
  /** Hold-out mean absolute and root-mean-square errors, in the KQI's unit. */
  mae: z.number(),
  rmse: z.number(),
  /** The trivial baseline: predict the training median (MAE) / mean (R²) for every row. */
  baselineMae: z.number(),
  baselineR2: z.number(),
  /** AUC of the prediction as a score for "bad experience" (badDirection of badThreshold); null if the hold-out has one class only. */
  auc: z.number().nullable(),
  baselineAuc: z.number(),
  badThreshold: z.number(),
  badDirection: badDirectionSchema,
  /** Share of hold-out rows that are bad. */
  badShareTest: z.number(),
})
export type KqiModelMetrics = z.infer<typeof kqiModelMetricsSchema>

/** A trained, stored KPI→KQI model: what it predicts, from what, how well. */
export const kqiModelSummarySchema = z.object({
  id: z.number().int().positive(),
  kqi: z.string(),
  source: kqiSourceSchema,
  unit: z.string(),
  createdAt: z.string(),
  /** The TensorFlow.js backend it was trained on: 'tensorflow' (tfjs-node), 'wasm' or 'cpu'. */
  backend: z.string(),
  /** Source features (before one-hot encoding), in input order. */
  features: z.array(z.string()),
  rows: z.object({ train: z.number().int(), test: z.number().int() }),
  /** Split groups (import × contiguous block) on each side: no group is on both. */
  groups: z.object({ train: z.number().int(), test: z.number().int() }),
  epochs: z.number().int(),
  durationMs: z.number(),
  metrics: kqiModelMetricsSchema,
  importance: z.array(featureImportanceSchema),
})
export type KqiModelSummary = z.infer<typeof kqiModelSummarySchema>

/** A prediction explained: integrated-gradients attributions per source feature, summing to predicted − baselinePrediction. */
export const explainedPredictionSchema = z.object({
  rowId: z.number(),
  actual: z.number(),
  predicted: z.number(),
  /** The model's output at the reference input (the training means). */
  baselinePrediction: z.number(),
  attributions: z.array(
    z.object({ feature: z.string(), value: z.union([z.number(), z.string()]).nullable(), contribution: z.number() }),
  ),
})
export type ExplainedPrediction = z.infer<typeof explainedPredictionSchema>

export const experienceModelParamsSchema = z.object({ id: z.number().int().positive() }).strict()

export const experienceModelResultSchema = z.object({
  model: kqiModelSummarySchema,
  /** Hold-out actual and predicted values (at most 2000, evenly thinned) for the accuracy scatter. */
  holdout: z.object({ actual: z.array(z.number()), predicted: z.array(z.number()) }),
  /** Explained hold-out predictions: the worst-predicted and some typical ones, at most 20. */
  examples: z.array(explainedPredictionSchema),
})
export type ExperienceModelResult = z.infer<typeof experienceModelResultSchema>

import type { KqiModelMetrics } from '../../../core/api/schemas/experienceModelSchemas.js'

/** The hold-out metrics a model is judged by. */
export const modelMetricNames = ['r2', 'mae', 'rmse', 'auc'] as const
export type ModelMetricName = (typeof modelMetricNames)[number]

/** One metric of a model beside the trivial baseline's: better is null when there is nothing to compare. */
export interface MetricComparison {
  metric: ModelMetricName
  value: number | null
  baseline: number | null
  /** True when the model beats the baseline on this metric (higher R² and AUC, lower MAE and RMSE). */
  better: boolean | null
}

/**
 * The RMSE of the trivial model (the training mean everywhere) on the hold-out set, from the two R²:
 * R² = 1 − SSE/SST on the same rows, so RMSE_base = RMSE · √((1 − R²_base) / (1 − R²)). Null when the
 * model is perfect (R² = 1) and the ratio is undefined.
 */
export function baselineRmse(metrics: Pick<KqiModelMetrics, 'rmse' | 'r2' | 'baselineR2'>): number | null {
  const unexplained = 1 - metrics.r2
  if (!(unexplained > 0)) return null
  return metrics.rmse * Math.sqrt((1 - metrics.baselineR2) / unexplained)
}

const compare = (metric: ModelMetricName, value: number | null, baseline: number | null, higherIsBetter: boolean): MetricComparison => ({
  metric,
  value,
  baseline,
  better: value === null || baseline === null ? null : higherIsBetter ? value > baseline : value < baseline,
})

/** R², MAE, RMSE and AUC of a model, each beside the trivial baseline's, and whether it beats it. */
export function compareWithBaseline(metrics: KqiModelMetrics): MetricComparison[] {
  return [
    compare('r2', metrics.r2, metrics.baselineR2, true),
    compare('mae', metrics.mae, metrics.baselineMae, false),
    compare('rmse', metrics.rmse, baselineRmse(metrics), false),
    compare('auc', metrics.auc, metrics.baselineAuc, true),
  ]
}

/** A model is worth using when it beats the trivial baseline on both R² and MAE. */
export const beatsBaseline = (metrics: KqiModelMetrics): boolean => metrics.r2 > metrics.baselineR2 && metrics.mae < metrics.baselineMae

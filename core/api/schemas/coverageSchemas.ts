import { z } from 'zod'
import { float32ArraySchema, float64ArraySchema, int32ArraySchema } from './typedArrays.js'

/** Metrics of a coverage layer, each name with its unit. */
export const coverageMetrics = ['rsrpDbm', 'dlSinrDb', 'ulSinrDb', 'dlMbps', 'ulMbps', 'coverageProbability', 'bestBeam'] as const
export const coverageMetricSchema = z.enum(coverageMetrics)
export type CoverageMetric = z.infer<typeof coverageMetricSchema>

export const propagationEnvironments = ['uma', 'umi', 'rma'] as const

/**
 * What a prediction assumes, every field optional (core/coverage/coverageParameters.ts documents the
 * defaults and their sources). Aerial layers use the TR 36.777 variant of the environment's model.
 */
export const coverageParametersSchema = z
  .object({
    environment: z.enum(propagationEnvironments),
    /** Threshold of "covered" for the coverage probability, dBm of SS-RSRP. */
    rsrpThresholdDbm: z.number().min(-156).max(-31),
    /** Share of neighbour resource elements carrying data (η of the DL SINR), 0…1. */
    neighbourLoad: z.number().min(0).max(1),
    ueNoiseFigureDb: z.number().min(0).max(20),
    gnbNoiseFigureDb: z.number().min(0).max(20),
    ueAntennaGainDbi: z.number().min(-20).max(20),
    /** Feeder, body, foliage or other losses in dB on every link. */
    otherLossesDb: z.number().min(0).max(60),
    /** Uplink fractional power control, TS 38.213 §7.1.1. */
    ueMaxPowerDbm: z.number().min(-10).max(33),
    p0NominalDbm: z.number().min(-202).max(24),
    pathLossCompensation: z.number().min(0).max(1),
    /** PRBs of the uplink allocation the UL SINR and rate are computed for. */
    ulPrbs: z.number().int().min(1).max(275),
    /** Interference over thermal at the gNB, dB: for ground UEs and for UEs in the aerial regime. */
    iotDb: z.number().min(0).max(40),
    aerialIotDb: z.number().min(0).max(40),
    dlLayers: z.number().int().min(1).max(8),
    ulLayers: z.number().int().min(1).max(4),
    /** Cells beyond this ground distance are not evaluated for a point. */
    maxDistanceM: z.number().min(100).max(100_000),
  })
  .partial()
  .strict()
export type CoverageParametersInput = z.infer<typeof coverageParametersSchema>

export const coverageTargetSchema = z.object({ kind: z.enum(['area', 'route']), name: z.string().min(1) }).strict()

export const coveragePredictParamsSchema = z
  .object({
    target: coverageTargetSchema,
    /** Heights above ground of the layers, metres (1.5 for handsets; drones fly at 30–300). */
    altitudesM: z.array(z.number().min(1).max(500)).min(1, 'give at least one altitude').max(12, 'at most 12 altitudes per prediction'),
    /** Grid cell size (areas) or spacing along the route, metres. Default 50 m for areas, 10 m for routes. */
    resolutionM: z.number().min(1).max(5000).optional(),
    parameters: coverageParametersSchema.optional(),
    /** Apply the project's latest calibration (default true when one exists). */
    applyCalibration: z.boolean().optional(),
  })
  .strict()
export type CoveragePredictParams = z.infer<typeof coveragePredictParamsSchema>

/** Figures of one altitude layer, for tables and reports. */
export const coverageLayerSummarySchema = z.object({
  altitudeM: z.number(),
  points: z.number().int().nonnegative(),
  /** Share of points whose predicted RSRP reaches the threshold. */
  coveredShare: z.number(),
  meanCoverageProbability: z.number(),
  rsrpDbm: z.object({ p5: z.number(), median: z.number(), p95: z.number() }),
  dlSinrDb: z.object({ p5: z.number(), median: z.number() }),
  ulSinrDb: z.object({ p5: z.number(), median: z.number() }),
  dlMbps: z.object({ p5: z.number(), median: z.number() }),
  ulMbps: z.object({ p5: z.number(), median: z.number() }),
  /** Cells that serve at least one point, most points first (id, name, points). */
  servingCells: z.array(z.object({ cellId: z.number().int(), name: z.string(), points: z.number().int() })),
})
export type CoverageLayerSummary = z.infer<typeof coverageLayerSummarySchema>

export const coverageRunSchema = z.object({
  runId: z.number().int(),
  createdAt: z.string(),
  target: coverageTargetSchema,
  resolutionM: z.number(),
  altitudesM: z.array(z.number()),
  cells: z.number().int(),
  linkEvaluations: z.number().int(),
  seconds: z.number(),
  calibrated: z.boolean(),
  layers: z.array(coverageLayerSummarySchema),
})
export type CoverageRun = z.infer<typeof coverageRunSchema>

export const coverageLayerParamsSchema = z.object({ runId: z.number().int(), altitudeM: z.number() }).strict()

/** One altitude layer as column buffers: positions are lon, lat pairs; NaN where no cell is in range. */
export const coverageLayerSchema = z.object({
  runId: z.number().int(),
  altitudeM: z.number(),
  targetKind: z.enum(['area', 'route']),
  resolutionM: z.number(),
  count: z.number().int().nonnegative(),
  positions: float64ArraySchema,
  alongM: float64ArraySchema.nullable(),
  bestCellId: int32ArraySchema,
  bestBeam: int32ArraySchema,
  rsrpDbm: float32ArraySchema,
  dlSinrDb: float32ArraySchema,
  ulSinrDb: float32ArraySchema,
  dlMbps: float32ArraySchema,
  ulMbps: float32ArraySchema,
  coverageProbability: float32ArraySchema,
})
export type CoverageLayer = z.infer<typeof coverageLayerSchema>

/** A path-loss calibration layer: the fit (ΔPL = offset + slope · log10(d3D / 1 km)) and the RSRP errors before and after. */
export const calibrationLayerSchema = z.object({
  /** Layer height AGL, metres; null for one fit over every altitude. */
  altitudeM: z.number().nullable(),
  samples: z.number().int().nonnegative(),
  offsetDb: z.number(),
  slopeDbPerDecade: z.number(),
  meBeforeDb: z.number(),
  rmseBeforeDb: z.number(),
  sigmaBeforeDb: z.number(),
  meAfterDb: z.number(),
  rmseAfterDb: z.number(),
  sigmaAfterDb: z.number(),
})
export type CalibrationLayerResult = z.infer<typeof calibrationLayerSchema>

export const calibrationRunParamsSchema = z
  .object({
    /** One fit per altitude layer (samples binned to the nearest layer) instead of one over all. */
    byAltitude: z.boolean().optional(),
    parameters: coverageParametersSchema.optional(),
  })
  .strict()

/** A calibration with its residual map: measured − predicted RSRP per sample, before and after. */
export const calibrationResultSchema = z.object({
  calibrationId: z.number().int(),
  createdAt: z.string(),
  byAltitude: z.boolean(),
  layers: z.array(calibrationLayerSchema),
  residuals: z.object({
    count: z.number().int().nonnegative(),
    positions: float64ArraySchema,
    altitudesM: float32ArraySchema,
    beforeDb: float32ArraySchema,
    afterDb: float32ArraySchema,
  }),
})
export type CalibrationResult = z.infer<typeof calibrationResultSchema>

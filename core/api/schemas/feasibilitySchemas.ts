import { z } from 'zod'
import { coverageParametersSchema, coverageTargetSchema } from './coverageSchemas.js'
import { float32ArraySchema, float64ArraySchema, int32ArraySchema, uint8ArraySchema } from './typedArrays.js'

/**
 * Verdict of a point or a segment against the SLA's network targets: `pass` every checkable target
 * holds; `marginal` every one holds but at least one within the margin (core/sla/feasibility/pointChecks.ts);
 * `fail` at least one does not hold; `no-data` neither a measurement nor a prediction exists there.
 */
export const feasibilityVerdicts = ['pass', 'marginal', 'fail', 'no-data'] as const
export const feasibilityVerdictSchema = z.enum(feasibilityVerdicts)
export type FeasibilityVerdict = z.infer<typeof feasibilityVerdictSchema>
/** `points.verdict` holds the index of the verdict in feasibilityVerdicts: 0 pass, 1 marginal, 2 fail, 3 no data. */
export const verdictCodes = { pass: 0, marginal: 1, fail: 2, 'no-data': 3 } as const satisfies Record<FeasibilityVerdict, number>

/** Where a point's values come from; `points.source` holds the index: 0 measured, 1 predicted, 2 none. */
export const pointSources = ['measured', 'predicted', 'none'] as const
export const pointSourceSchema = z.enum(pointSources)
export type PointSource = z.infer<typeof pointSourceSchema>
export const sourceCodes = { measured: 0, predicted: 1, none: 2 } as const satisfies Record<PointSource, number>

/** When a measured sample stands for a point: within this ground distance, altitude difference and age. */
export const feasibilityTolerancesSchema = z
  .object({
    distanceM: z.number().min(0).max(1000),
    altitudeM: z.number().min(0).max(500),
    maxAgeDays: z.number().min(0).max(36_500),
  })
  .partial()
  .strict()
export type FeasibilityTolerancesInput = z.infer<typeof feasibilityTolerancesSchema>

/** What to check and how (everything but the targets); each default is documented in core/sla/feasibility/feasibilityDefaults.ts. */
export const feasibilityRequestSchema = z
  .object({
    target: coverageTargetSchema,
    /** Heights above ground, metres, each checked as its own flight. */
    altitudesM: z.array(z.number().min(1).max(500)).min(1, 'give at least one altitude').max(12, 'at most 12 altitudes per check'),
    /** Distance between points along a route, or the grid cell of an area, metres (default 10 for routes, 50 for areas). */
    spacingM: z.number().min(1).max(5000).optional(),
    /** Length of a route segment, or the side of an area block, metres (default 100 for routes, 200 for areas). */
    segmentLengthM: z.number().min(10).max(10_000).optional(),
    tolerances: feasibilityTolerancesSchema.optional(),
    parameters: coverageParametersSchema.optional(),
    /** Apply the project's latest path-loss calibration to predictions (default true when one exists). */
    applyCalibration: z.boolean().optional(),
    /** Ground speed of the drone along the route, m/s (default 10), for the interruption model. */
    droneSpeedMps: z.number().min(0.1).max(150).optional(),
    /** Time the video needs to heal after the link recovers, s (default 0.2, intra refresh). */
    recoveryS: z.number().min(0).max(60).optional(),
  })
  .strict()
export type FeasibilityRequestInput = z.infer<typeof feasibilityRequestSchema>

/** Term overrides of a scenario (`--set term=value`), by term id. */
export const scenarioOverridesSchema = z.record(z.string().min(1), z.union([z.number(), z.string(), z.boolean()]))

/** sla.check: a scenario of the catalogue (or saved in the project), its overrides, and where to check it. */
export const slaCheckParamsSchema = feasibilityRequestSchema
  .extend({ scenario: z.string().min(1, 'name a scenario id'), overrides: scenarioOverridesSchema.optional() })
  .strict()
export type SlaCheckParams = z.infer<typeof slaCheckParamsSchema>

const verdictCountsSchema = z.object({
  pass: z.number().int().nonnegative(),
  marginal: z.number().int().nonnegative(),
  fail: z.number().int().nonnegative(),
  noData: z.number().int().nonnegative(),
})

/** A cell serving (some of) a segment's points, with the SSB beams that served them. */
export const segmentCellSchema = z.object({
  cellId: z.number().int(),
  name: z.string(),
  /** SSB beam indexes (TS 38.213 §4.1), ascending; empty where only measurements named the cell. */
  beams: z.array(z.number().int()),
  points: z.number().int().positive(),
})

/** A stretch of a route (~segmentLengthM) or a block of an area grid, at one altitude; its verdict is its worst point's. */
export const feasibilitySegmentSchema = z.object({
  index: z.number().int().nonnegative(),
  altitudeM: z.number(),
  verdict: feasibilityVerdictSchema,
  /** Routes: metres from the start where the segment begins and ends; null for areas. */
  fromM: z.number().nullable(),
  toM: z.number().nullable(),
  /** Areas: block column and row (of segmentLengthM squares from the grid's south-west corner); null for routes. */
  block: z.object({ column: z.number().int(), row: z.number().int() }).nullable(),
  /** Mean position of its points, [lon, lat] degrees. */
  centre: z.tuple([z.number(), z.number()]),
  points: z.number().int().positive(),
  measuredPoints: z.number().int().nonnegative(),
  counts: verdictCountsSchema,
  /** Targets that fail at some of its points, with how many, most first. */
  failing: z.array(z.object({ targetId: z.string(), points: z.number().int().positive() })),
  /** Cells serving its offending (fail, marginal, no-data) points, or all its points when none offends; most points first. */
  servingCells: z.array(segmentCellSchema),
})
export type FeasibilitySegment = z.infer<typeof feasibilitySegmentSchema>

/** How one target fared over all points where it could be checked. */
export const targetOutcomeSchema = z.object({
  value: z.number(),
  unit: z.string(),
  bound: z.enum(['min', 'max']),
  checkedPoints: z.number().int().nonnegative(),
  metPoints: z.number().int().nonnegative(),
  /** 100 · met / checked, or null when no point could check it. */
  metPct: z.number().nullable(),
})

const altitudeSummarySchema = z.object({
  altitudeM: z.number(),
  points: z.number().int().nonnegative(),
  measuredPoints: z.number().int().nonnegative(),
  routeCoveragePct: z.number(),
  interruptionSecondsPerHour: z.number(),
  verdict: z.enum(['pass', 'fail']),
})

export const feasibilitySummarySchema = z.object({
  /** Share of points (all altitudes) that meet every checkable target (pass or marginal), %. */
  routeCoveragePct: z.number(),
  /** Expected seconds of interruption per flight hour (mean over the altitudes); the model is in `model.interruption`. */
  interruptionSecondsPerHour: z.number(),
  /** pass when every altitude meets the coverage target and the interruption target (those the SLA gives). */
  verdict: z.enum(['pass', 'fail']),
  targetKind: z.enum(['route', 'area']),
  coverageTargetPct: z.number().nullable(),
  interruptionTargetSecondsPerHour: z.number().nullable(),
  points: z.number().int().nonnegative(),
  counts: verdictCountsSchema,
  measuredPct: z.number(),
  perTarget: z.record(z.string(), targetOutcomeSchema),
  byAltitude: z.array(altitudeSummarySchema),
  /** Offending segments, worst first (fail, then no data, then marginal; more offending points first). */
  worstSegments: z.array(feasibilitySegmentSchema),
  /** The assumptions the verdict rests on. */
  model: z.object({
    spacingM: z.number(),
    segmentLengthM: z.number(),
    tolerances: z.object({ distanceM: z.number(), altitudeM: z.number(), maxAgeDays: z.number() }),
    margins: z.object({ levelDb: z.number(), rateFraction: z.number(), outageShare: z.number() }),
    rsrpThresholdDbm: z.number(),
    droneSpeedMps: z.number(),
    recoveryS: z.number(),
    calibrated: z.boolean(),
    cells: z.number().int().nonnegative(),
    interruption: z.string(),
  }),
})
export type FeasibilitySummary = z.infer<typeof feasibilitySummarySchema>

/**
 * Every point of every altitude as column buffers for the map (deck.gl binary attributes): positions
 * are lon, lat pairs; verdict and source hold verdictCodes and sourceCodes; segment indexes `segments`;
 * NaN where a metric is unknown, −1 where no cell or beam is known.
 */
export const feasibilityPointsSchema = z.object({
  count: z.number().int().nonnegative(),
  positions: float64ArraySchema,
  altitudesM: float32ArraySchema,
  /** Routes: metres from the start; null for areas. */
  alongM: float64ArraySchema.nullable(),
  verdict: uint8ArraySchema,
  source: uint8ArraySchema,
  segment: int32ArraySchema,
  servingCellId: int32ArraySchema,
  beam: int32ArraySchema,
  rsrpDbm: float32ArraySchema,
  dlSinrDb: float32ArraySchema,
  ulSinrDb: float32ArraySchema,
  dlMbps: float32ArraySchema,
  ulMbps: float32ArraySchema,
  coverageProbability: float32ArraySchema,
})
export type FeasibilityPoints = z.infer<typeof feasibilityPointsSchema>

export const feasibilityResultSchema = z.object({
  target: coverageTargetSchema,
  altitudesM: z.array(z.number()),
  segments: z.array(feasibilitySegmentSchema),
  points: feasibilityPointsSchema,
  summary: feasibilitySummarySchema,
})
export type FeasibilityResult = z.infer<typeof feasibilityResultSchema>

/** sla.check's result: the scenario and its version, the targets' warnings, and the feasibility. */
export const slaCheckResultSchema = feasibilityResultSchema.extend({
  scenario: z.string(),
  version: z.number().int(),
  warnings: z.array(z.string()),
})
export type SlaCheckResult = z.infer<typeof slaCheckResultSchema>

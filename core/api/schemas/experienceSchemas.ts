import { z } from 'zod'

/**
 * One video segment of a P.1203 mode-0 session (input I.13): media time `start` and `duration` in s,
 * `bitrateKbps` in kbit/s, coded `width` × `height` in pixels, `fps` in frames/s, `codec` (mode 0 is
 * defined for H.264: 'h264').
 */
export const p1203VideoSegmentSchema = z
  .object({
    start: z.number().nonnegative(),
    duration: z.number().positive(),
    bitrateKbps: z.number().positive(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    fps: z.number().positive(),
    codec: z.string().min(1),
  })
  .strict()

/** One audio segment (input I.11): `codec` one of 'aaclc', 'heaac', 'mp2', 'ac3'. */
export const p1203AudioSegmentSchema = z
  .object({
    start: z.number().nonnegative(),
    duration: z.number().positive(),
    bitrateKbps: z.number().positive(),
    codec: z.string().min(1),
  })
  .strict()

/**
 * A P.1203 mode-0 session, the file `certus experience score --model p1203 --input FILE.json` reads:
 * `{ segments: [{ start, duration, bitrateKbps, width, height, fps, codec }], stalls: [[mediaTimeS,
 * durationS], …], displayWidth?, displayHeight?, device?: 'pc' | 'mobile', audio?: [{ start, duration,
 * bitrateKbps, codec }] }`. Segments in media-time order and contiguous; a stall at media time 0 is
 * initial loading. Display defaults to 1920 × 1080, device to 'pc'; without audio, O.21 is taken as 4.8.
 */
export const p1203SessionSchema = z
  .object({
    segments: z.array(p1203VideoSegmentSchema).min(1),
    stalls: z.array(z.tuple([z.number().nonnegative(), z.number().positive()])).default([]),
    displayWidth: z.number().int().positive().optional(),
    displayHeight: z.number().int().positive().optional(),
    device: z.enum(['pc', 'mobile']).optional(),
    audio: z.array(p1203AudioSegmentSchema).optional(),
  })
  .strict()
export type P1203Session = z.infer<typeof p1203SessionSchema>

/** What `experience score --model g107` reports: at least the rating and the MOS. */
export const speechScoreSchema = z.object({ rFactor: z.number(), mos: z.number() })

/** What `experience score --model p1203` reports: at least O.46, O.23 and O.35. */
export const streamingScoreSchema = z.object({ O46: z.number(), O23: z.number(), O35: z.number() })

/** `experience.top`: the worst cells and areas by experience impact under a priority, demarcated and placed, with the three rankings. */
export const experiencePrioritySchema = z.enum(['rate', 'stall', 'latency'])

export const experienceThresholdsSchema = z
  .object({
    rateThresholdMbps: z.number().positive(),
    stallVideoRateMbps: z.number().positive(),
    latencyThresholdMs: z.number().positive(),
  })
  .strict()

/** Which problems to rank: 'cells', 'areas' (task areas, else geohash squares) or 'both' (the default). */
export const experienceScopeSchema = z.enum(['cells', 'areas', 'both'])

export const experienceTopParamsSchema = z
  .object({
    priority: experiencePrioritySchema.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    thresholds: experienceThresholdsSchema.partial().optional(),
    scope: experienceScopeSchema.optional(),
    /** Geohash characters of the area grid, 4…8; default 6 (about 1.2 × 0.6 km at the equator). */
    geohashPrecision: z.number().int().min(4).max(8).optional(),
    /** Whether the project's task areas are areas (default true); measurements outside them use the grid. */
    taskAreas: z.boolean().optional(),
  })
  .strict()

/**
 * A fault domain's share of a problem and the evidence behind it: `evidence` in English, `evidenceZh`
 * the same lines in Chinese (same length, order and numbers).
 */
const experienceCauseSchema = z.object({
  domain: z.enum(['radio', 'transport', 'core', 'server', 'terminal', 'unknown']),
  share: z.number(),
  evidence: z.array(z.string()),
  evidenceZh: z.array(z.string()),
})

/** [west, south, east, north] of the affected measurements, degrees; null when none has a position. */
const boundingBoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable()

/** What cell and area problems share: impact, causes, and where the map flies to (lon/lat, degrees). */
const problemBaseShape = {
  affected: z.number().int().nonnegative(),
  severity: z.number(),
  impact: z.number(),
  causes: z.array(experienceCauseSchema),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  bbox: boundingBoxSchema,
}

/**
 * A period when one of a cell's own series got worse (change detection): `metric` 'dlMbps' (the
 * drive-test DL rate of the samples it served, Mbit/s) or a KQI's name; `worse` 'lower' (a drop) or
 * 'higher' (a rise: RTT, times, losses). Times in ms since the epoch; baselineMedian in the metric's
 * unit. No maxCellsReporting: the series is one cell's.
 */
export const cellDegradationPeriodSchema = z.object({
  metric: z.string(),
  worse: z.enum(['lower', 'higher']),
  startTimeMs: z.number(),
  endTimeMs: z.number(),
  baselineMedian: z.number(),
  worstZ: z.number(),
})

/**
 * A cell problem; positionFrom: 'site' (cells table), 'samples' (centroid of the cell's samples) or
 * null (no position); degradations: its own series' drops and rises, in time order.
 */
export const cellExperienceProblemSchema = z.object({
  kind: z.literal('cell'),
  cell: z.string(),
  ...problemBaseShape,
  positionFrom: z.enum(['site', 'samples']).nullable(),
  degradations: z.array(cellDegradationPeriodSchema),
})

/** A DL-rate drop of an area, all its cells together (change detection); times in ms since the epoch. */
export const areaDegradationPeriodSchema = z.object({
  metric: z.string(),
  startTimeMs: z.number(),
  endTimeMs: z.number(),
  baselineMedian: z.number(),
  worstZ: z.number(),
  maxCellsReporting: z.number().int().nonnegative(),
})

/** An area problem: a task area or geohash square, its centre as lon/lat, its outline, serving cells and DL-rate drops. */
export const areaExperienceProblemSchema = z.object({
  kind: z.literal('area'),
  area: z.string(),
  areaUnit: z.enum(['task-area', 'geohash']),
  ...problemBaseShape,
  lon: z.number(),
  lat: z.number(),
  ring: z.array(z.tuple([z.number(), z.number()])),
  cells: z.array(z.string()),
  degradations: z.array(areaDegradationPeriodSchema),
})

const rankingsSchema = z.object({ rate: z.array(z.string()), stall: z.array(z.string()), latency: z.array(z.string()) })

export const experienceTopResultSchema = z.object({
  priority: experiencePrioritySchema,
  thresholds: experienceThresholdsSchema,
  scope: experienceScopeSchema,
  /** Cell problems, worst first. */
  problems: z.array(cellExperienceProblemSchema),
  /** Cell names per priority, worst first. */
  rankings: rankingsSchema,
  /** Area problems, worst first. */
  areaProblems: z.array(areaExperienceProblemSchema),
  /** Area ids (task area names or geohashes) per priority, worst first. */
  areaRankings: rankingsSchema,
  areaUnits: z.object({ taskAreas: z.array(z.string()), geohashPrecision: z.number().int() }),
  cellsScored: z.number().int().nonnegative(),
  areasScored: z.number().int().nonnegative(),
  measurementsScored: z.number().int().nonnegative(),
})

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

/** `experience.top`: the worst cells by experience impact under a priority, demarcated, with the three rankings. */
export const experiencePrioritySchema = z.enum(['rate', 'stall', 'latency'])

export const experienceThresholdsSchema = z
  .object({
    rateThresholdMbps: z.number().positive(),
    stallVideoRateMbps: z.number().positive(),
    latencyThresholdMs: z.number().positive(),
  })
  .strict()

export const experienceTopParamsSchema = z
  .object({
    priority: experiencePrioritySchema.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    thresholds: experienceThresholdsSchema.partial().optional(),
  })
  .strict()

export const experienceTopResultSchema = z.object({
  priority: experiencePrioritySchema,
  thresholds: experienceThresholdsSchema,
  problems: z.array(
    z.object({
      cell: z.string(),
      affected: z.number().int().nonnegative(),
      severity: z.number(),
      impact: z.number(),
      causes: z.array(
        z.object({
          domain: z.enum(['radio', 'transport', 'core', 'server', 'terminal', 'unknown']),
          share: z.number(),
          evidence: z.array(z.string()),
        }),
      ),
    }),
  ),
  rankings: z.object({ rate: z.array(z.string()), stall: z.array(z.string()), latency: z.array(z.string()) }),
  cellsScored: z.number().int().nonnegative(),
  measurementsScored: z.number().int().nonnegative(),
})

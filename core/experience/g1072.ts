import { ExperienceInputError, requireInRange } from './experienceInputError.js'

/** Interaction sensitivity class of a game (G.1072). */
export type InteractionSensitivity = 'low' | 'medium' | 'high'
export const interactionSensitivities: readonly InteractionSensitivity[] = ['low', 'medium', 'high']

/**
 * Impairments on the R scale (0…100) the reference doc does not give formulas for: the coding
 * impairment I_VQ,cod (a G.1071 refit driven by bits per pixel and the video complexity class), the
 * transmission impairment I_VQ,trans and the interaction frame impairment I_IPQ,frames (both driven by
 * the frame-loss rate, which `cloudGamingQuality` reports), and the temporal impairment I_TVQ (frame
 * rate). Each defaults to 0, i.e. the best case: supply them from a fit to G.1072 before citing a score.
 */
export interface CloudGamingImpairments {
  videoCoding?: number
  videoTransmission?: number
  temporalVideo?: number
  interactionFrames?: number
}

/** Inputs of the G.1072 planning model (ranges of G.1072 as in sla-and-qoe-models.md §4.4). */
export interface CloudGamingInput {
  /** Video bitrate, Mbit/s (0.0003…50). */
  bitrateMbps: number
  /** Frame rate, fps (10…60). */
  frameRateFps: number
  /** Round-trip (input-to-display) delay, ms (0…400). */
  delayMs: number
  /** Packet loss leading to frame loss, % (0…5). */
  packetLossPct?: number
  /** Interaction sensitivity class (default 'medium'). */
  interactionSensitivity?: InteractionSensitivity
  impairments?: CloudGamingImpairments
}

/** The overall quality and the diagnostic parts. */
export interface CloudGamingQuality {
  /** Overall MOS (1.3…4.64). */
  mos: number
  /** Overall R (0…100). */
  rFactor: number
  /** I_IPQ,delay, the delay impairment (R scale). */
  delayImpairment: number
  /** Diagnostic "input quality" of the delay alone: MOS(100 − I_IPQ,delay). */
  delayInputQualityMos: number
  /** Average frame rate left after frame loss, fps, and the frame-loss rate, %. */
  averageFrameRateFps: number
  frameLossRatePct: number
}

/**
 * Delay-term coefficients (c0, c1, c2, c3) of I_IPQ,delay = c0/(1 + e^(c1 − c2·delay)) + c3 and its cap
 * (sla-and-qoe-models.md §4.4 [S], from the contributors' implementation).
 */
export const cloudGamingDelayCoefficients = Object.freeze({
  low: [47.97, 2.097, 0.01073, -4.567] as const,
  mediumOrHigh: [90, 1.191, 0.009775, -18.73] as const,
  capR: 68.98,
})

/** Weights of R = 100 − 0.788·I_VQ,cod − 0.896·I_VQ,trans − 0.227·I_TVQ − 0.625·I_IPQ,frames − 0.848·I_IPQ,delay. */
export const cloudGamingWeights = Object.freeze({ videoCoding: 0.788, videoTransmission: 0.896, temporalVideo: 0.227, interactionFrames: 0.625, delay: 0.848 })

const context = 'the G.1072 cloud-gaming model'

/**
 * ITU-T G.1072 cloud-gaming planning model (structure as in sla-and-qoe-models.md §4.4 [S]): the
 * weighted sum of impairments, R clipped to 0…100, MOS = 1.3 + 3.34·R/100 + R(R − 60)(100 − R)·7·10⁻⁶
 * clipped to 1.3…4.64. The delay term and the frame-loss rate are computed; the other impairments are
 * parameters (see CloudGamingImpairments). README example (2 Mbit/s, 60 fps, 1080p, 200 ms, high):
 * delay input quality 3.17.
 */
export function cloudGamingQuality(input: CloudGamingInput): CloudGamingQuality {
  requireInRange('bitrateMbps', input.bitrateMbps, { minimum: 0.0003, maximum: 50, unit: 'Mbit/s' }, context)
  requireInRange('frameRateFps', input.frameRateFps, { minimum: 10, maximum: 60, unit: 'fps' }, context)
  requireInRange('delayMs', input.delayMs, { minimum: 0, maximum: 400, unit: 'ms' }, context)
  const packetLossPct = requireInRange('packetLossPct', input.packetLossPct ?? 0, { minimum: 0, maximum: 5, unit: '%' }, context)
  const sensitivity = input.interactionSensitivity ?? 'medium'
  if (!interactionSensitivities.includes(sensitivity)) {
    throw new ExperienceInputError('interactionSensitivity', `interactionSensitivity must be one of ${interactionSensitivities.join(', ')}, not ${JSON.stringify(sensitivity)}`)
  }
  const impairments = input.impairments ?? {}
  for (const [name, value] of Object.entries(impairments)) requireInRange(`impairments.${name}`, value, { minimum: 0, maximum: 100, unit: '' }, context)
  const delayImpairment = cloudGamingDelayImpairment(input.delayMs, sensitivity)
  const averageFrameRateFps = averageFrameRateAfterLoss(input.frameRateFps, input.bitrateMbps, input.delayMs, packetLossPct)
  const w = cloudGamingWeights
  const rFactor = Math.min(
    100,
    Math.max(
      0,
      100 -
        w.videoCoding * (impairments.videoCoding ?? 0) -
        w.videoTransmission * (impairments.videoTransmission ?? 0) -
        w.temporalVideo * (impairments.temporalVideo ?? 0) -
        w.interactionFrames * (impairments.interactionFrames ?? 0) -
        w.delay * delayImpairment,
    ),
  )
  return {
    mos: cloudGamingMosFromR(rFactor),
    rFactor,
    delayImpairment,
    delayInputQualityMos: cloudGamingMosFromR(100 - delayImpairment),
    averageFrameRateFps,
    frameLossRatePct: 100 * (1 - averageFrameRateFps / input.frameRateFps),
  }
}

/** I_IPQ,delay = c0/(1 + e^(c1 − c2·delay)) + c3 by sensitivity class, limited to 0…68.98. */
export function cloudGamingDelayImpairment(delayMs: number, sensitivity: InteractionSensitivity): number {
  const [c0, c1, c2, c3] = sensitivity === 'low' ? cloudGamingDelayCoefficients.low : cloudGamingDelayCoefficients.mediumOrHigh
  return Math.min(cloudGamingDelayCoefficients.capR, Math.max(0, c0 / (1 + Math.exp(c1 - c2 * delayMs)) + c3))
}

/**
 * Average frame rate after packet loss: fps·exp(−(0.08526 + 0.00073·fps + 1.425·10⁻⁴·br·fps)·
 * (0.09656·delay − 1.5)·loss), br in Mbit/s, delay in ms, loss in %. The formula holds for delay ≥ 16 ms;
 * below, we evaluate it at 16 ms (our choice; the doc gives no branch). The 1.425·10⁻⁴ coefficient has a
 * pending correction in the source.
 */
export function averageFrameRateAfterLoss(frameRateFps: number, bitrateMbps: number, delayMs: number, packetLossPct: number): number {
  const effectiveDelayMs = Math.max(16, delayMs)
  const rate = 0.08526 + 0.00073 * frameRateFps + 1.425e-4 * bitrateMbps * frameRateFps
  return frameRateFps * Math.exp(-rate * (0.09656 * effectiveDelayMs - 1.5) * packetLossPct)
}

/** G.1072 MOS from R: 1.3 + 3.34·R/100 + R(R − 60)(100 − R)·7·10⁻⁶, clipped to 1.3…4.64. */
export function cloudGamingMosFromR(rFactor: number): number {
  const r = Math.min(100, Math.max(0, rFactor))
  return Math.min(4.64, Math.max(1.3, 1.3 + (3.34 * r) / 100 + r * (r - 60) * (100 - r) * 7e-6))
}

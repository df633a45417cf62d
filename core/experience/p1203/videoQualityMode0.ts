import { ExperienceInputError, requireInRange } from '../experienceInputError.js'
import { mosFromQuality, qualityFromMos } from './p1203Mos.js'

/** One video segment of P.1203 input I.13 (mode 0: metadata only). */
export interface VideoSegment {
  /** Media time the segment starts at, s. */
  start: number
  /** Segment duration, s. */
  duration: number
  /** Video bitrate, kbit/s. */
  bitrateKbps: number
  /** Coded width and height, pixels. */
  width: number
  height: number
  /** Frame rate, frames/s. */
  fps: number
  /** Video codec: mode 0 of P.1203.1 is defined for H.264 only. */
  codec: string
}

/** The display the video is watched on, and the device class (P.1203 input I.GEN). */
export interface VideoDisplay {
  /** Display width and height, pixels (default 1920 × 1080). */
  displayWidth?: number
  displayHeight?: number
  /** 'pc' (also TV) or 'mobile' (handheld); default 'pc'. */
  device?: 'pc' | 'mobile'
}

/** P.1203.1 mode-0 coefficients (../shared/docs/sla-and-qoe-models.md §4.3 [V]). */
export const videoMode0Coefficients = Object.freeze({
  a1: 11.99835,
  a2: -2.99992,
  a3: 41.24751,
  a4: 0.13183,
  q1: 4.66,
  q2: -0.07,
  q3: 4.06,
  u1: 72.61,
  u2: 0.32,
  t1: 30.98,
  t2: 1.29,
  t3: 64.65,
})

/** Codec names accepted as H.264. */
const h264Names = ['h264', 'avc', 'avc1', 'h.264']
const context = 'P.1203.1 mode 0'

/**
 * O.22, the video quality of one segment (ITU-T P.1203.1 mode 0, clauses on the coding, upscaling and
 * frame-rate degradations and the handheld mapping): quant from bitrate, pixels and frame rate;
 * MOS_cod = q1 + q2·e^(q3·quant); D_cod = 100 − Q(MOS_cod); D_scal = u1·log10(u2·(display/coded pixels − 1) + 1);
 * D_fr below 24 fps; O.22 = MOS(100 − clip(D_cod + D_scal + D_fr)); handheld compensation for 'mobile'.
 * `argument` names the segment in error messages (e.g. `segments[3]`).
 */
export function videoSegmentMos(segment: VideoSegment, display: VideoDisplay = {}, argument = 'segment'): number {
  validateSegment(segment, argument)
  const c = videoMode0Coefficients
  const codedPixels = segment.width * segment.height
  const displayPixels = (display.displayWidth ?? 1920) * (display.displayHeight ?? 1080)
  const br = segment.bitrateKbps
  const quant = c.a1 + c.a2 * Math.log(c.a3 + Math.log(br) + Math.log((br * br) / (codedPixels * segment.fps) + c.a4))
  const mosCoding = Math.min(5, Math.max(1, c.q1 + c.q2 * Math.exp(c.q3 * quant)))
  const codingDegradation = 100 - qualityFromMos(mosCoding)
  const scaleFactor = Math.max(displayPixels / codedPixels, 1)
  const scalingDegradation = Math.max(0, c.u1 * Math.log10(c.u2 * (scaleFactor - 1) + 1))
  const frameRateDegradation =
    segment.fps < 24 ? Math.max(0, ((100 - codingDegradation - scalingDegradation) * (c.t1 - c.t2 * segment.fps)) / (c.t3 + segment.fps)) : 0
  const degradation = Math.min(100, Math.max(0, codingDegradation + scalingDegradation + frameRateDegradation))
  const pcMos = mosFromQuality(100 - degradation)
  return display.device === 'mobile' ? handheldMos(pcMos) : pcMos
}

/** Handheld compensation of P.1203.1: −0.60293 + 2.12382s − 0.36936s² + 0.03409s³, clipped 1…5. */
export function handheldMos(pcMos: number): number {
  const s = pcMos
  return Math.min(5, Math.max(1, -0.60293 + 2.12382 * s - 0.36936 * s ** 2 + 0.03409 * s ** 3))
}

function validateSegment(segment: VideoSegment, argument: string): void {
  requireInRange(`${argument}.start`, segment.start, { minimum: 0, maximum: 86_400, unit: 's' }, context)
  requireInRange(`${argument}.duration`, segment.duration, { minimum: 0.001, maximum: 86_400, unit: 's' }, context)
  requireInRange(`${argument}.bitrateKbps`, segment.bitrateKbps, { minimum: 1, maximum: 1_000_000, unit: 'kbit/s' }, context)
  requireInRange(`${argument}.width`, segment.width, { minimum: 16, maximum: 16_384, unit: 'px' }, context)
  requireInRange(`${argument}.height`, segment.height, { minimum: 16, maximum: 16_384, unit: 'px' }, context)
  requireInRange(`${argument}.fps`, segment.fps, { minimum: 1, maximum: 240, unit: 'fps' }, context)
  if (!h264Names.includes(segment.codec.toLowerCase())) {
    throw new ExperienceInputError(
      `${argument}.codec`,
      `${argument}.codec must be h264 for P.1203.1 mode 0 (the standard model is defined for H.264 only), not ${JSON.stringify(segment.codec)}`,
    )
  }
}

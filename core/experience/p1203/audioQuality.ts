import { ExperienceInputError, requireInRange } from '../experienceInputError.js'
import { mosFromQuality } from './p1203Mos.js'

/** Audio codecs of P.1203.2 with their (A2, A3) coefficients; A1 = 100 (sla-and-qoe-models.md §4.3 [V]). */
export const audioCodecCoefficients = Object.freeze({
  mp2: { a2: -0.02, a3: 15.48 },
  ac3: { a2: -0.03, a3: 15.7 },
  aaclc: { a2: -0.05, a3: 14.6 },
  heaac: { a2: -0.11, a3: 20.06 },
})
export type AudioCodec = keyof typeof audioCodecCoefficients
export const audioCodecs = Object.keys(audioCodecCoefficients) as AudioCodec[]

/** One audio segment of P.1203 input I.11. */
export interface AudioSegment {
  /** Media time the segment starts at, s. */
  start: number
  /** Segment duration, s. */
  duration: number
  /** Audio bitrate, kbit/s. */
  bitrateKbps: number
  /** 'aaclc', 'heaac', 'mp2' or 'ac3'. */
  codec: string
}

/**
 * O.21, the audio quality of one segment (ITU-T P.1203.2): q_cod = A1·e^(A2·br) + A3 with br in kbit/s,
 * O.21 = MOS(100 − q_cod). `argument` names the segment in error messages.
 */
export function audioSegmentMos(segment: AudioSegment, argument = 'audio segment'): number {
  requireInRange(`${argument}.bitrateKbps`, segment.bitrateKbps, { minimum: 1, maximum: 10_000, unit: 'kbit/s' }, 'P.1203.2')
  const codec = segment.codec.toLowerCase().replace(/[^a-z0-9]/g, '')
  if (!(codec in audioCodecCoefficients)) {
    throw new ExperienceInputError(`${argument}.codec`, `${argument}.codec must be one of ${audioCodecs.join(', ')} for P.1203.2, not ${JSON.stringify(segment.codec)}`)
  }
  const { a2, a3 } = audioCodecCoefficients[codec as AudioCodec]
  const codingDegradation = 100 * Math.exp(a2 * segment.bitrateKbps) + a3
  return mosFromQuality(100 - codingDegradation)
}

import { ExperienceInputError, requireInRange } from '../experienceInputError.js'
import { audioSegmentMos, type AudioSegment } from './audioQuality.js'
import { integrationQuality, type IntegrationResult } from './integrationQuality.js'
import type { Stall } from './stallingIndicator.js'
import { videoSegmentMos, type VideoSegment } from './videoQualityMode0.js'

/**
 * A P.1203 mode-0 session (schema: core/api/schemas/experienceSchemas.ts): video segments in media-time
 * order, stalls as [media time s, duration s], the display and device, optional audio segments.
 */
export interface P1203Mode0Input {
  segments: readonly VideoSegment[]
  stalls?: readonly Stall[]
  displayWidth?: number
  displayHeight?: number
  device?: 'pc' | 'mobile'
  /** Audio segments; absent → constant audio quality `assumedAudioMos`. */
  audio?: readonly AudioSegment[]
}

/**
 * O.21 assumed when a session has no audio: P.1203 assumes constant high audio quality; 4.8 is the value
 * of the reference doc's golden 60 s session (our choice, not a P.1203 constant).
 */
export const assumedAudioMos = 4.8

/** P.1203 mode-0 outputs: per-second O.21 and O.22 and the P.1203.3 integration. */
export interface P1203Mode0Result extends IntegrationResult {
  o21PerSecond: number[]
  o22PerSecond: number[]
  /** Media duration scored, s (whole seconds). */
  sessionDurationS: number
}

/** Largest gap or overlap between consecutive segments accepted as contiguous, s. */
const contiguityToleranceS = 0.1

/**
 * ITU-T P.1203 mode 0 (P.1203.1 video, P.1203.2 audio, P.1203.3 integration) from segment metadata:
 * each media second takes the score of the segment playing at its middle. Throws an
 * ExperienceInputError naming the field (`segments[2].fps`, `stalls[0]`) for bad input.
 */
export function p1203Mode0(input: P1203Mode0Input): P1203Mode0Result {
  const display = { displayWidth: input.displayWidth, displayHeight: input.displayHeight, device: input.device }
  if (input.displayWidth !== undefined) requireInRange('displayWidth', input.displayWidth, { minimum: 16, maximum: 16_384, unit: 'px' }, 'P.1203')
  if (input.displayHeight !== undefined) requireInRange('displayHeight', input.displayHeight, { minimum: 16, maximum: 16_384, unit: 'px' }, 'P.1203')
  const videoScores = input.segments.map((segment, index) => videoSegmentMos(segment, display, `segments[${index}]`))
  const { startS, endS } = checkTimeline(input.segments, 'segments')
  const sessionDurationS = Math.max(1, Math.round(endS - startS))
  const o22PerSecond = perSecond(input.segments, videoScores, startS, sessionDurationS)
  let o21PerSecond: number[]
  if (input.audio === undefined || input.audio.length === 0) o21PerSecond = o22PerSecond.map(() => assumedAudioMos)
  else {
    const audioScores = input.audio.map((segment, index) => audioSegmentMos(segment, `audio[${index}]`))
    checkTimeline(input.audio, 'audio')
    o21PerSecond = perSecond(input.audio, audioScores, startS, sessionDurationS)
  }
  const stalls = (input.stalls ?? []).map((stall, index) => checkStall(stall, index, sessionDurationS))
  return { ...integrationQuality({ audioMosPerSecond: o21PerSecond, videoMosPerSecond: o22PerSecond, stalls }), o21PerSecond, o22PerSecond, sessionDurationS }
}

/** Checks that segments are in order and contiguous; returns the media time they span. */
function checkTimeline(segments: readonly { start: number; duration: number }[], name: string): { startS: number; endS: number } {
  const first = segments[0]
  if (first === undefined) throw new ExperienceInputError(name, `${name} must hold at least one segment for P.1203 mode 0`)
  let endS = first.start + first.duration
  segments.slice(1).forEach((segment, offset) => {
    if (Math.abs(segment.start - endS) > contiguityToleranceS) {
      throw new ExperienceInputError(
        `${name}[${offset + 1}].start`,
        `${name}[${offset + 1}].start must follow the previous segment (at ${endS} s ± ${contiguityToleranceS} s), not ${segment.start}`,
      )
    }
    endS = segment.start + segment.duration
  })
  return { startS: first.start, endS }
}

/** The score of the segment playing at the middle of each media second (the last one at or before it). */
function perSecond(segments: readonly { start: number }[], scores: readonly number[], startS: number, seconds: number): number[] {
  const result: number[] = []
  let index = 0
  for (let second = 0; second < seconds; second += 1) {
    const middleS = startS + second + 0.5
    while (index + 1 < segments.length && (segments[index + 1]?.start ?? Infinity) <= middleS) index += 1
    result.push(scores[index] ?? scores[scores.length - 1] ?? 1)
  }
  return result
}

function checkStall(stall: Stall, index: number, sessionDurationS: number): Stall {
  const [mediaTimeS, durationS] = stall
  requireInRange(`stalls[${index}][0]`, mediaTimeS, { minimum: 0, maximum: sessionDurationS, unit: 's (media time)' }, 'P.1203.3')
  requireInRange(`stalls[${index}][1]`, durationS, { minimum: 0.001, maximum: 86_400, unit: 's' }, 'P.1203.3')
  return [mediaTimeS, durationS]
}

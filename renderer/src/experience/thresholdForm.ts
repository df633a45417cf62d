import type { Params } from '../../../core/api/methods.js'

/** The thresholds experience.top judges a measurement by (rate and video rate in Mbit/s, RTT in ms). */
export const thresholdNames = ['rateThresholdMbps', 'stallVideoRateMbps', 'latencyThresholdMs'] as const
export type ThresholdName = (typeof thresholdNames)[number]
export type ThresholdTexts = Record<ThresholdName, string>
export type TopThresholds = NonNullable<Params<'experience.top'>['thresholds']>

export const emptyThresholdTexts = (): ThresholdTexts => ({ rateThresholdMbps: '', stallVideoRateMbps: '', latencyThresholdMs: '' })

/** A threshold as typed: a positive number (a decimal comma taken as a point), or null when it is not one. */
export function parseThreshold(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'))
  return text.trim() !== '' && Number.isFinite(value) && value > 0 ? value : null
}

/** The thresholds typed that are not a positive number (an empty one means "the core's default" and is fine). */
export function thresholdProblems(texts: ThresholdTexts): ThresholdName[] {
  return thresholdNames.filter((name) => texts[name].trim() !== '' && parseThreshold(texts[name]) === null)
}

/** The experience.top thresholds from what was typed: only the ones given and valid. */
export function thresholdsOf(texts: ThresholdTexts): TopThresholds {
  const out: TopThresholds = {}
  for (const name of thresholdNames) {
    const value = parseThreshold(texts[name])
    if (value !== null) out[name] = value
  }
  return out
}

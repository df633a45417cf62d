import type { DroppedFeature, FeatureCandidate } from './assembleFeatureMatrix.js'

/** A KQI row's test conditions as stored in kqi_values.context_json. */
export type KqiContext = Readonly<Record<string, unknown>>

/**
 * Context keys that identify a row or its place in a sequence rather than a test condition: run and
 * sequence numbers, record and probe numbers, ids (`record_id`, `cellId`, `anonymized_mCid`). A model
 * would memorise them (run 37 was slow) and they mean nothing for a new measurement.
 */
export const identifierKeyPattern = /^(run|seq|record|probe|index|row|line|sample)(_?(num|number|no|nr|id|index))?$|(^|_)(id|uuid|guid|imsi|imei|msisdn)$|[a-z](Id|ID|Cid|CID)$/

/**
 * Context keys left out for another reason: a timestamp places the row in time (the split groups
 * already do, and a model must not learn "Tuesday was slow"); a position learns one route's map; a
 * key spelt `*_as_published` repeats another key in the publisher's spelling.
 */
export const nonFeatureKeyPattern = /^(time|timestamp|date|datetime|time_ms|epoch|lon|lat|lng|longitude|latitude)$|_as_published$/i

/**
 * An integer field with a distinct value on at least this share of its rows is taken as an
 * identifier (a record number under another name), not a measurement.
 */
export const uniqueIntegerShare = 0.9

/** Context keys not to use as features, with why: identifiers, times, positions, re-spellings. */
export function isNonFeatureContextKey(key: string): boolean {
  return identifierKeyPattern.test(key) || nonFeatureKeyPattern.test(key)
}

interface KeyStats {
  present: number
  numbers: number
  integers: Set<number>
  allInteger: boolean
}

/**
 * Candidate features from the rows' contexts: keys whose every present value is a number (or boolean,
 * as 0/1) are numeric, the others categorical (their text; the category step drops them above 20
 * levels). Identifiers, sequence numbers, times and positions are left out (isNonFeatureContextKey),
 * as is an integer field unique on nearly every row (uniqueIntegerShare) — an id under another name.
 * The importer's `layout` (which file format the row came from) is a category like any other: constant,
 * and so dropped, when the KQI comes from one kind of file; kept when it mixes several, where it tells
 * apart test set-ups that no other field names (a mmWave panel test from a carrier-wide drive).
 */
export function contextFeatures(contexts: readonly KqiContext[]): { candidates: FeatureCandidate[]; dropped: DroppedFeature[] } {
  const stats = new Map<string, KeyStats>()
  for (const context of contexts) {
    for (const [key, value] of Object.entries(context)) {
      if (value === null || value === undefined || value === '') continue
      let s = stats.get(key)
      if (s === undefined) stats.set(key, (s = { present: 0, numbers: 0, integers: new Set(), allInteger: true }))
      s.present++
      const number = numberOf(value)
      if (number === null) continue
      s.numbers++
      if (Number.isInteger(number)) s.integers.add(number)
      else s.allInteger = false
    }
  }
  const candidates: FeatureCandidate[] = []
  const dropped: DroppedFeature[] = []
  for (const [key, s] of [...stats.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (identifierKeyPattern.test(key)) {
      dropped.push({ name: key, reason: 'an identifier or sequence number, not a test condition' })
      continue
    }
    if (nonFeatureKeyPattern.test(key)) {
      dropped.push({ name: key, reason: /_as_published$/.test(key) ? 'repeats another field as published' : 'a time or position, not a test condition' })
      continue
    }
    const numeric = s.numbers === s.present
    if (numeric && s.allInteger && s.present >= 20 && s.integers.size >= uniqueIntegerShare * s.present) {
      dropped.push({ name: key, reason: `unique on ${s.integers.size} of ${s.present} rows: an identifier` })
      continue
    }
    if (numeric) {
      const values = new Float64Array(contexts.length)
      contexts.forEach((context, i) => {
        values[i] = numberOf(context[key]) ?? Number.NaN
      })
      candidates.push({ kind: 'numeric', name: key, unit: unitOfKey(key), values })
    } else {
      candidates.push({ kind: 'category', name: key, levels: contexts.map((context) => levelOf(context[key])) })
    }
  }
  return { candidates, dropped }
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'boolean') return value ? 1 : 0
  return null
}

function levelOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The unit a published field name states (`distance_in_meters`, `orientation_angle_in_degrees`), else null. */
export function unitOfKey(key: string): string | null {
  const units: [RegExp, string][] = [
    [/(_in)?_(meters|metres|m)$/i, 'm'], [/(_in)?_degrees?$|_deg$/i, '°'], [/(_in)?_(ms|milliseconds)$/i, 'ms'],
    [/(_in)?_(sec|seconds|s)$/i, 's'], [/(_in)?_mbps$/i, 'Mbit/s'], [/(_in)?_bytes$/i, 'B'], [/_dbm$/i, 'dBm'], [/_db$/i, 'dB'],
    [/_kmh$/i, 'km/h'], [/^num_|_count$/i, 'count'],
  ]
  return units.find(([pattern]) => pattern.test(key))?.[1] ?? null
}

import { isMissing, parseOptionalNumber } from '../parseValues.js'

/** A KPI cell's value (null: the OSS reported none) and the unit its text implied (`95.3%` → `%`). */
export interface KpiValue {
  value: number | null
  unitHint: string | null
}

/** Excel error values (`#DIV/0!`, `#N/A`, `#VALUE!`…) and OSS placeholders: no value, not a bad row. */
const noValue = /^(#[A-Z0-9/]+[!?]?|NIL|NULL|\/)$/i

/**
 * Reads one KPI value: a number, a percentage (`95.3%`), or one of the texts OSS exports and
 * spreadsheets use for "no value", which reads as null. Anything else throws FieldError.
 */
export function parseKpiValue(text: string | undefined, decimalComma: boolean): KpiValue {
  if (isMissing(text) || noValue.test((text as string).trim())) return { value: null, unitHint: null }
  const trimmed = (text as string).trim()
  if (trimmed.endsWith('%')) return { value: parseOptionalNumber(trimmed.slice(0, -1), { decimalComma }), unitHint: '%' }
  return { value: parseOptionalNumber(trimmed, { decimalComma }), unitHint: null }
}

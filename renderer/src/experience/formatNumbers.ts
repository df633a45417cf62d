import { formatValue } from '../sla/formatValue.js'

/** A KQI value or a metric in the UI language: three significant digits ("321", "0.0421", "1,480"); "–" for none. */
export function formatKqiValue(value: number | null, locale: string, digits = 3): string {
  return value === null || !Number.isFinite(value) ? '–' : formatValue(value, locale, digits)
}

/** A share 0–1 as a percentage in the UI language, one decimal at most ("12.3 %" reads "12.3%"). */
export function formatShare(share: number | null, locale: string): string {
  if (share === null || !Number.isFinite(share)) return '–'
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share)
}

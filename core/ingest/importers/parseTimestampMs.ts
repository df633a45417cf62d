import { FieldError, isMissing } from '../parseValues.js'

const excelEpochMs = Date.UTC(1899, 11, 30)

const dateTimePattern =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i
const chinesePattern = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[:时](\d{2})(?:[:分](\d{2})秒?)?)?$/

/**
 * Reads a time as ms since the epoch. Accepts ISO 8601 (`2024-03-01T10:15:00Z`, with or without
 * zone), `YYYY-MM-DD hh:mm(:ss(.fff))` with `-`, `/` or `.` separators, `2024年3月1日 10:15`, Unix
 * epoch seconds (9–10 digits, decimals allowed) or milliseconds (12–13 digits), and Excel serial
 * day numbers (how the xlsx reader hands out date cells). A time without zone is read as UTC, which
 * keeps the wall-clock time an OSS exported (its local time) unchanged.
 */
export function parseTimestampMs(text: string | undefined): number {
  if (isMissing(text)) throw new FieldError('no time')
  const t = (text as string).trim()
  if (/^\d{12,13}$/.test(t)) return Number(t)
  if (/^\d{9,10}(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000)
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const days = Number(t)
    // Serial days 20000–80000 are 1954–2119; whole seconds, as the float carries noise below that.
    if (days >= 20_000 && days <= 80_000) return excelEpochMs + Math.round(days * 86_400) * 1000
  }
  const m = dateTimePattern.exec(t) ?? chinesePattern.exec(t)
  if (m === null) throw new FieldError(`not a time (ISO 8601, YYYY-MM-DD hh:mm:ss, epoch or Excel serial): ${JSON.stringify(t)}`)
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number]
  const fraction = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000)
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    throw new FieldError(`not a valid date or time: ${JSON.stringify(t)}`)
  }
  const wallClockMs = Date.UTC(year, month - 1, day, hour, minute, second) + fraction
  if (new Date(wallClockMs).getUTCDate() !== day) throw new FieldError(`no such date: ${JSON.stringify(t)}`)
  return wallClockMs - zoneOffsetMs(m[8])
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
}

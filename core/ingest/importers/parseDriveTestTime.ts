import { FieldError, isMissing } from '../parseValues.js'

/** A parsed sample time: epoch milliseconds, or milliseconds since midnight when the source gave no date. */
export interface DriveTestTime {
  timeMs: number
  /** True when the text held a time of day only (`13:53:20.015`, an Excel fraction below 1). */
  timeOfDayOnly: boolean
}

export interface DriveTestTimeOptions {
  /** A user format with the tokens YYYY MM DD hh mm ss fff; other characters match themselves. */
  timeFormat?: string
  /** Accept Excel serial day numbers (days since 1899-12-30): only for cells read from a spreadsheet. */
  excelSerial?: boolean
}

const msPerDay = 86_400_000
/** Days from Excel's epoch 1899-12-30 to 1970-01-01 (ECMA-376 §18.17.4.1, 1900 date system). */
const excelEpochOffsetDays = 25_569
/** Serial of 9999-12-31, the last day Excel represents. */
const excelMaxSerial = 2_958_465

const timeOfDay = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/
const dateTime = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
const plainNumber = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/

const fractionMs = (digits: string | undefined): number => (digits === undefined ? 0 : Math.round(Number(`0.${digits}`) * 1000))

/** Milliseconds since midnight of `h:mm[:ss[.fff]]`, or null when the text is not a time of day. */
export function parseTimeOfDayMs(text: string): number | null {
  const m = timeOfDay.exec(text.trim())
  if (m === null) return null
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)]
  if (h > 23 || mi > 59 || s > 60) return null
  return ((h * 60 + mi) * 60 + s) * 1000 + fractionMs(m[4])
}

/** Epoch ms of a calendar date and wall-clock time, checking every part (Feb 30 is refused). */
function utcMs(parts: { y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number }, text: string): number {
  const { y, mo, d, h, mi, s, ms } = parts
  const value = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  const check = new Date(value)
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) throw new FieldError(`not a valid date and time: ${JSON.stringify(text)}`)
  return value
}

/**
 * Reads a drive-test time. Understood, in order: the user's `timeFormat`; ISO 8601 and its common
 * variants (`YYYY-MM-DD hh:mm:ss(.fff)`, `YYYY/MM/DD hh:mm:ss`, with `Z` or `±hh:mm`); a time of day
 * alone (`h:mm:ss.fff`, → ms since midnight); plain numbers by magnitude — epoch milliseconds from
 * 1e11 (1973) up, epoch seconds from 1e8 (1973) up, and with `excelSerial` Excel serial days below
 * that (a fraction below 1 being a time of day). Times without a zone are wall-clock times stored as
 * if UTC, as the G-NetTrack importer does. Null for a missing value; FieldError for anything else.
 */
export function parseDriveTestTime(text: string | undefined, options: DriveTestTimeOptions = {}): DriveTestTime | null {
  if (options.timeFormat === undefined && text !== undefined) {
    const fast = parseIsoTimestampFast(text)
    if (fast !== undefined) return { timeMs: fast, timeOfDayOnly: false }
  }
  if (isMissing(text)) return null
  const t = (text as string).trim()
  if (options.timeFormat !== undefined) return compileTimeFormat(options.timeFormat)(t)
  const m = dateTime.exec(t)
  if (m !== null) {
    const [y, mo, d, h, mi, s] = [m[1], m[3], m[4], m[5], m[6], m[7]].map((v) => Number(v ?? 0)) as [number, number, number, number, number, number]
    const local = utcMs({ y, mo, d, h, mi, s, ms: fractionMs(m[8]) }, t)
    return { timeMs: local - zoneOffsetMs(m[9]), timeOfDayOnly: false }
  }
  const ofDay = parseTimeOfDayMs(t)
  if (ofDay !== null) return { timeMs: ofDay, timeOfDayOnly: true }
  if (plainNumber.test(t)) return numericTime(Number(t), t, options.excelSerial === true)
  throw new FieldError(`not a time: ${JSON.stringify(text)}`)
}

const zero = 48

/** Value of the `count` decimal digits at `at`, or −1 when any is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - zero
    if (d < 0 || d > 9) return -1
    value = value * 10 + d
  }
  return value
}

/** Days of each month in a common year. */
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * The one shape nearly every large export writes, `YYYY-MM-DD[T ]hh:mm:ss[.f…][Z]`, read from its
 * character codes: the general regular-expression path costs more than the rest of a row. Undefined
 * for any other shape (or an invalid date), which then takes the general path and its error message.
 */
export function parseIsoTimestampFast(text: string): number | undefined {
  const n = text.length
  if (n < 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined
  const separator = text.charCodeAt(10)
  if (separator !== 84 && separator !== 32) return undefined
  const y = digitsAt(text, 0, 4)
  const mo = digitsAt(text, 5, 2)
  const d = digitsAt(text, 8, 2)
  const h = digitsAt(text, 11, 2)
  const mi = digitsAt(text, 14, 2)
  const s = digitsAt(text, 17, 2)
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return undefined
  if (d > (mo === 2 && isLeapYear(y) ? 29 : (monthDays[mo - 1] as number))) return undefined
  let i = 19
  let ms = 0
  if (i < n && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44)) {
    // A fraction of any length, rounded to the millisecond as fractionMs does.
    let scale = 100
    let rest = 0
    let restScale = 1
    i++
    const start = i
    for (; i < n; i++) {
      const digit = text.charCodeAt(i) - zero
      if (digit < 0 || digit > 9) break
      if (scale >= 1) {
        ms += digit * scale
        scale /= 10
      } else {
        restScale /= 10
        rest += digit * restScale
      }
    }
    if (i === start) return undefined
    if (rest >= 0.5) ms++
  }
  if (i < n && text.charCodeAt(i) === 90) i++
  if (i !== n) return undefined
  return Date.UTC(y, mo - 1, d, h, mi, s, ms)
}

function numericTime(value: number, text: string, excelSerial: boolean): DriveTestTime {
  if (value >= 1e11 && value < 1e14) return { timeMs: Math.round(value), timeOfDayOnly: false }
  if (value >= 1e8 && value < 1e11) return { timeMs: Math.round(value * 1000), timeOfDayOnly: false }
  if (excelSerial && value >= 0 && value <= excelMaxSerial) {
    if (value < 1) return { timeMs: Math.round(value * msPerDay), timeOfDayOnly: true }
    return { timeMs: Math.round((value - excelEpochOffsetDays) * msPerDay), timeOfDayOnly: false }
  }
  throw new FieldError(`the number ${text} is no epoch time in seconds (from 1e8) or milliseconds (from 1e11)${excelSerial ? ' nor an Excel date' : ''}`)
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0
  const digits = zone.replace(':', '')
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0)
  return (zone.startsWith('-') ? -1 : 1) * minutes * 60_000
}

const formatTokens = ['YYYY', 'MM', 'DD', 'hh', 'mm', 'ss', 'fff'] as const
type FormatToken = (typeof formatTokens)[number]
const compiled = new Map<string, (text: string) => DriveTestTime>()

/**
 * A parser for a user time format such as `DD.MM.YYYY hh:mm:ss` or `YYYYMMDDhhmmssfff`. A format
 * without YYYY, MM and DD reads a time of day. Compiled once per format.
 */
export function compileTimeFormat(format: string): (text: string) => DriveTestTime {
  const cached = compiled.get(format)
  if (cached !== undefined) return cached
  const order: FormatToken[] = []
  let pattern = ''
  for (let i = 0; i < format.length; ) {
    const token = formatTokens.find((k) => format.startsWith(k, i))
    if (token === undefined) {
      pattern += (format[i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      i++
      continue
    }
    order.push(token)
    pattern += token === 'YYYY' ? '(\\d{4})' : token === 'fff' ? '(\\d{1,9})' : '(\\d{1,2})'
    i += token.length
  }
  const regex = new RegExp(`^${pattern}$`)
  const hasDate = order.includes('YYYY') && order.includes('MM') && order.includes('DD')
  const parse = (text: string): DriveTestTime => {
    const m = regex.exec(text)
    if (m === null) throw new FieldError(`${JSON.stringify(text)} does not match the time format ${JSON.stringify(format)}`)
    const v = (token: FormatToken): string | undefined => (order.includes(token) ? m[order.indexOf(token) + 1] : undefined)
    const n = (token: FormatToken): number => Number(v(token) ?? 0)
    const ms = fractionMs(v('fff'))
    if (!hasDate) {
      if (n('hh') > 23 || n('mm') > 59 || n('ss') > 59) throw new FieldError(`not a valid time of day: ${JSON.stringify(text)}`)
      return { timeMs: ((n('hh') * 60 + n('mm')) * 60 + n('ss')) * 1000 + ms, timeOfDayOnly: true }
    }
    return { timeMs: utcMs({ y: n('YYYY'), mo: n('MM'), d: n('DD'), h: n('hh'), mi: n('mm'), s: n('ss'), ms }, text), timeOfDayOnly: false }
  }
  compiled.set(format, parse)
  return parse
}

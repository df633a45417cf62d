import { describe, expect, it } from 'vitest'
import { FieldError } from '../parseValues.js'
import { parseTimestampMs } from './parseTimestampMs.js'

const utc = (text: string): number => Date.parse(text)

describe('parseTimestampMs', () => {
  it('reads ISO 8601 with and without zone, a time without zone as UTC wall clock', () => {
    expect(parseTimestampMs('2024-03-01T10:15:00Z')).toBe(utc('2024-03-01T10:15:00Z'))
    expect(parseTimestampMs('2024-03-01T10:15:00+08:00')).toBe(utc('2024-03-01T02:15:00Z'))
    expect(parseTimestampMs('2024-03-01T10:15:00.250')).toBe(utc('2024-03-01T10:15:00.250Z'))
  })

  it('reads YYYY-MM-DD hh:mm(:ss) with -, / or . separators, and dates alone', () => {
    expect(parseTimestampMs('2024-03-01 10:15')).toBe(utc('2024-03-01T10:15:00Z'))
    expect(parseTimestampMs('2024/3/1 09:05:30')).toBe(utc('2024-03-01T09:05:30Z'))
    expect(parseTimestampMs('2024.03.01')).toBe(utc('2024-03-01T00:00:00Z'))
  })

  it('reads Chinese dates', () => {
    expect(parseTimestampMs('2024年3月1日 10:15')).toBe(utc('2024-03-01T10:15:00Z'))
  })

  it('reads epoch seconds and milliseconds, and Excel serial days', () => {
    expect(parseTimestampMs('1709288100')).toBe(utc('2024-03-01T10:15:00Z'))
    expect(parseTimestampMs('1709288100.5')).toBe(utc('2024-03-01T10:15:00.500Z'))
    expect(parseTimestampMs('1709288100000')).toBe(utc('2024-03-01T10:15:00Z'))
    // 45352 is 2024-03-01 in Excel's 1900 date system; .4270833… is 10:15.
    expect(parseTimestampMs('45352.427083333336')).toBe(utc('2024-03-01T10:15:00Z'))
  })

  it('refuses what is not a time, naming the text', () => {
    expect(() => parseTimestampMs('yesterday')).toThrow(FieldError)
    expect(() => parseTimestampMs('2024-02-30 10:00')).toThrow(/no such date/)
    expect(() => parseTimestampMs('2024-13-01')).toThrow(/not a valid date/)
    expect(() => parseTimestampMs('')).toThrow(/no time/)
  })
})

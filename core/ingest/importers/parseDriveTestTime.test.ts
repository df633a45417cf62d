import { describe, expect, it } from 'vitest'
import { FieldError } from '../parseValues.js'
import { compileTimeFormat, parseDriveTestTime, parseIsoTimestampFast, parseTimeOfDayMs } from './parseDriveTestTime.js'

const t = Date.UTC(2024, 4, 1, 10, 0, 0)

describe('parseDriveTestTime', () => {
  it.each([
    ['2024-05-01T10:00:00Z', t],
    ['2024-05-01T12:00:00+02:00', t],
    ['2024-05-01T05:30:00-0430', t],
    ['2024-05-01 10:00:00', t],
    ['2024-05-01 10:00:00.250', t + 250],
    ['2024-05-01T10:00:00,5', t + 500],
    ['2024/05/01 10:00:00', t],
    ['2024/5/1 10:00', t],
    ['2024-05-01', Date.UTC(2024, 4, 1)],
    ['1714557600', t],
    ['1714557600.5', t + 500],
    ['1714557600000', t],
  ])('%s → %i (epoch ms, wall-clock times read as UTC)', (text, timeMs) => {
    expect(parseDriveTestTime(text)).toEqual({ timeMs, timeOfDayOnly: false })
  })

  it('reads a time of day alone as milliseconds since midnight, flagged', () => {
    expect(parseDriveTestTime(' 9:27:56.797')).toEqual({ timeMs: 34_076_797, timeOfDayOnly: true })
    expect(parseDriveTestTime('13:53:20.015')).toEqual({ timeMs: 50_000_015, timeOfDayOnly: true })
  })

  it('reads Excel serial days (since 1899-12-30) only when asked, a fraction below 1 being a time of day', () => {
    expect(parseDriveTestTime('45413.4166666667', { excelSerial: true })).toEqual({ timeMs: t, timeOfDayOnly: false })
    expect(parseDriveTestTime('0.55018528935185185', { excelSerial: true })).toEqual({ timeMs: 47_536_009, timeOfDayOnly: true })
    expect(() => parseDriveTestTime('45413.5')).toThrow('the number 45413.5 is no epoch time in seconds (from 1e8) or milliseconds (from 1e11)')
  })

  it('is null for a missing value and throws FieldError for anything else', () => {
    expect(parseDriveTestTime('')).toBeNull()
    expect(parseDriveTestTime('n/a')).toBeNull()
    expect(() => parseDriveTestTime('yesterday')).toThrow(FieldError)
    expect(() => parseDriveTestTime('2024-02-30 10:00:00')).toThrow('not a valid date and time: "2024-02-30 10:00:00"')
    expect(() => parseDriveTestTime('2024-05-01 24:00:00')).toThrow(FieldError)
  })

  it('follows a user format with the tokens YYYY MM DD hh mm ss fff', () => {
    expect(parseDriveTestTime('01.05.2024 10:00:00', { timeFormat: 'DD.MM.YYYY hh:mm:ss' })).toEqual({ timeMs: t, timeOfDayOnly: false })
    expect(compileTimeFormat('YYYYMMDDhhmmssfff')('20240501100000042')).toEqual({ timeMs: t + 42, timeOfDayOnly: false })
    expect(compileTimeFormat('hh.mm.ss')('10.00.01')).toEqual({ timeMs: 36_001_000, timeOfDayOnly: true })
    expect(() => compileTimeFormat('DD/MM/YYYY')('2024-05-01')).toThrow('"2024-05-01" does not match the time format "DD/MM/YYYY"')
  })
})

describe('parseTimeOfDayMs', () => {
  it('reads h:mm, h:mm:ss and h:mm:ss.fff, and nothing else', () => {
    expect(parseTimeOfDayMs('0:01')).toBe(60_000)
    expect(parseTimeOfDayMs('23:59:59.999')).toBe(86_399_999)
    expect(parseTimeOfDayMs('24:00:00')).toBeNull()
    expect(parseTimeOfDayMs('12:60')).toBeNull()
    expect(parseTimeOfDayMs('noon')).toBeNull()
  })
})

describe('parseIsoTimestampFast', () => {
  it('agrees with the general path on the shapes it takes, and declines every other', () => {
    for (const text of ['2024-05-01T10:00:00Z', '2024-05-01 10:00:00', '2024-05-01T10:00:00.25', '2024-05-01T10:00:00.2496', '2024-05-01T10:00:00.9996Z', '2024-02-29 23:59:59,5', '2026-11-30T00:00:00.000Z']) {
      const general = parseDriveTestTime(` ${text}`)
      expect(parseIsoTimestampFast(text), text).toBe(general?.timeMs)
    }
    for (const text of ['2023-02-29 10:00:00', '2024-05-01T10:00:00+02:00', '2024-05-01 24:00:00', '2024-05-01T10:00', '2024/05/01 10:00:00', '2024-05-01T10:00:00.', ' 2024-05-01T10:00:00', '2024-13-01T10:00:00']) {
      expect(parseIsoTimestampFast(text), text).toBeUndefined()
    }
  })
})

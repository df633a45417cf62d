import { describe, expect, it } from 'vitest'
import { parseSpecialSlotSplit, parseTddPattern, tddFraction, tddPeriodMs } from './tddPattern.js'

describe('parseTddPattern (docs/radio-models.md §5.5 table, exact fractions)', () => {
  it('DDDSU with 10:2:2: f_DL = 52/70, f_UL = 16/70, period 2.5 ms at 30 kHz', () => {
    const tdd = parseTddPattern('DDDSU')
    expect(tdd).toMatchObject({ slots: 5, dlSymbols: 52, ulSymbols: 16, guardSymbols: 2, totalSymbols: 70 })
    expect(tdd.dlFraction).toBe(52 / 70)
    expect(tdd.ulFraction).toBe(16 / 70)
    expect(tdd.dlFraction).toBeCloseTo(0.7429, 4)
    expect(tdd.ulFraction).toBeCloseTo(0.2286, 4)
    expect(tddPeriodMs(tdd, 30)).toBe(2.5)
  })

  it('DDDDDDDSUU with 6:4:4: f_DL = 104/140, f_UL = 32/140, period 5 ms', () => {
    const tdd = parseTddPattern('DDDDDDDSUU', parseSpecialSlotSplit('6:4:4'))
    expect(tdd.dlFraction).toBe(104 / 140)
    expect(tdd.ulFraction).toBe(32 / 140)
    expect(tddPeriodMs(tdd, 30)).toBe(5)
  })

  it('DDDSUDDSUU ("7:3") with 10:2:2 twice: f_DL = 90/140 = 0.6429, f_UL = 46/140 = 0.3286', () => {
    const tdd = parseTddPattern('DDDSUDDSUU')
    expect(tdd.dlFraction).toBe(90 / 140)
    expect(tdd.ulFraction).toBe(46 / 140)
    expect(tdd.guardSymbols).toBe(4)
    expect(tddFraction(tdd, 'dl')).toBeCloseTo(0.6429, 4)
    expect(tddFraction(tdd, 'ul')).toBeCloseTo(0.3286, 4)
  })

  it('counts guard symbols for neither direction: f_DL + f_UL + guard share = 1', () => {
    for (const pattern of ['DDDSU', 'DDDDDDDSUU', 'DDDSUDDSUU', 'DSUSU']) {
      const tdd = parseTddPattern(pattern, { dlSymbols: 6, guardSymbols: 4, ulSymbols: 4 })
      expect(tdd.dlFraction + tdd.ulFraction + tdd.guardSymbols / tdd.totalSymbols).toBeCloseTo(1, 12)
    }
  })

  it('accepts lower case and reports the pattern upper case', () => {
    expect(parseTddPattern('dddsu').pattern).toBe('DDDSU')
  })

  it('rejects letters other than D, S, U and an empty pattern', () => {
    expect(() => parseTddPattern('DDXSU')).toThrow('tdd pattern may hold only D, S and U slots (e.g. DDDSU); "DDXSU" has "X" at position 3')
    expect(() => parseTddPattern('')).toThrow('tdd pattern must list at least one slot')
  })
})

describe('parseSpecialSlotSplit', () => {
  it('reads D:G:U', () => {
    expect(parseSpecialSlotSplit('10:2:2')).toEqual({ dlSymbols: 10, guardSymbols: 2, ulSymbols: 2 })
    expect(parseSpecialSlotSplit(' 6 : 4 : 4 ')).toEqual({ dlSymbols: 6, guardSymbols: 4, ulSymbols: 4 })
  })

  it('rejects other forms and splits that do not fill 14 symbols', () => {
    expect(() => parseSpecialSlotSplit('10-2-2')).toThrow('S-slot split must be written D:G:U (e.g. 10:2:2), not "10-2-2"')
    expect(() => parseSpecialSlotSplit('10:2:3')).toThrow('S-slot split D:G:U must be non-negative integers summing to 14 symbols, not 10:2:3')
  })
})

import { RadioInputError } from '../radioInputError.js'
import type { LinkDirection } from './linkDirection.js'
import { slotDurationMs, symbolsPerSlot } from './numerology.js'

/** How the 14 symbols of a special (S) slot divide into downlink, guard and uplink symbols. */
export interface SpecialSlotSplit {
  dlSymbols: number
  guardSymbols: number
  ulSymbols: number
}

/**
 * Default S-slot split 10:2:2. The split is operator configuration; 10:2:2 is a common example,
 * UNVERIFIED as a "standard" (docs/radio-models.md §5.5; ranbits.com shows 6:4:4 on an n78 cell).
 */
export const defaultSpecialSlotSplit: SpecialSlotSplit = Object.freeze({ dlSymbols: 10, guardSymbols: 2, ulSymbols: 2 })

/** A TDD slot pattern with its symbol counts per direction over one period. */
export interface TddPattern {
  /** Slot letters, upper case, e.g. `DDDSU`. */
  pattern: string
  slots: number
  specialSlotSplit: SpecialSlotSplit
  /** Downlink symbols over the period: 14·n_D + s_D·n_S. */
  dlSymbols: number
  /** Uplink symbols over the period: 14·n_U + s_U·n_S. */
  ulSymbols: number
  guardSymbols: number
  /** 14 · slots. */
  totalSymbols: number
  /** f_DL = dlSymbols / totalSymbols (DDDSU 10:2:2 → 52/70). */
  dlFraction: number
  /** f_UL = ulSymbols / totalSymbols (DDDSU 10:2:2 → 16/70). */
  ulFraction: number
}

/**
 * Parses an S-slot split written `D:G:U`, e.g. `10:2:2`; the three counts must be non-negative
 * integers summing to 14 (normal CP).
 */
export function parseSpecialSlotSplit(text: string): SpecialSlotSplit {
  const match = /^\s*(\d+)\s*:\s*(\d+)\s*:\s*(\d+)\s*$/.exec(text)
  if (match === null) throw new RadioInputError('split', `S-slot split must be written D:G:U (e.g. 10:2:2), not ${JSON.stringify(text)}`)
  const split = { dlSymbols: Number(match[1]), guardSymbols: Number(match[2]), ulSymbols: Number(match[3]) }
  checkSplit(split)
  return split
}

/**
 * Parses a TDD pattern of D (downlink), S (special) and U (uplink) slots, such as `DDDSU`,
 * `DDDDDDDSUU` or `DDDSUDDSUU`, and counts its symbols per direction (docs/radio-models.md §5.5):
 * f_DL = (14·n_D + s_D·n_S)/(14·n_slots), f_UL = (14·n_U + s_U·n_S)/(14·n_slots); guard symbols
 * count for neither. Letters are case-insensitive.
 * @param split S-slot split, default 10:2:2
 */
export function parseTddPattern(pattern: string, split: SpecialSlotSplit = defaultSpecialSlotSplit): TddPattern {
  checkSplit(split)
  const letters = pattern.trim().toUpperCase()
  if (letters.length === 0) throw new RadioInputError('pattern', 'tdd pattern must list at least one slot (D, S or U), e.g. DDDSU')
  const invalid = /[^DSU]/.exec(letters)
  if (invalid !== null) {
    throw new RadioInputError('pattern', `tdd pattern may hold only D, S and U slots (e.g. DDDSU); ${JSON.stringify(pattern)} has ${JSON.stringify(invalid[0])} at position ${invalid.index + 1}`)
  }
  const count = (slot: string): number => letters.split('').filter((letter) => letter === slot).length
  const [d, s, u] = [count('D'), count('S'), count('U')]
  const dlSymbols = symbolsPerSlot * d + split.dlSymbols * s
  const ulSymbols = symbolsPerSlot * u + split.ulSymbols * s
  const totalSymbols = symbolsPerSlot * letters.length
  return {
    pattern: letters,
    slots: letters.length,
    specialSlotSplit: { ...split },
    dlSymbols,
    ulSymbols,
    guardSymbols: split.guardSymbols * s,
    totalSymbols,
    dlFraction: dlSymbols / totalSymbols,
    ulFraction: ulSymbols / totalSymbols,
  }
}

/** f_DL or f_UL of a parsed pattern. */
export function tddFraction(tdd: TddPattern, direction: LinkDirection): number {
  return direction === 'dl' ? tdd.dlFraction : tdd.ulFraction
}

/** Pattern period in ms at `scsKhz`: slots · 2^−μ ms (DDDSU at 30 kHz → 2.5 ms). */
export function tddPeriodMs(tdd: TddPattern, scsKhz: number): number {
  return tdd.slots * slotDurationMs(scsKhz)
}

function checkSplit(split: SpecialSlotSplit): void {
  const counts = [split.dlSymbols, split.guardSymbols, split.ulSymbols]
  if (counts.some((n) => !Number.isInteger(n) || n < 0) || split.dlSymbols + split.guardSymbols + split.ulSymbols !== symbolsPerSlot) {
    throw new RadioInputError('split', `S-slot split D:G:U must be non-negative integers summing to ${symbolsPerSlot} symbols, not ${counts.join(':')}`)
  }
}

import { RadioInputError } from '../radioInputError.js'

/** Frequency range: FR1 (410 MHz – 7.125 GHz, TS 38.101-1) or FR2 (24.25 – 52.6 GHz, TS 38.101-2). */
export type FrequencyRange = 'fr1' | 'fr2'

export const frequencyRanges: readonly FrequencyRange[] = Object.freeze(['fr1', 'fr2'])

type PrbTable = Readonly<Record<number, Readonly<Record<number, number>>>>

/**
 * Maximum transmission bandwidth N_RB per channel bandwidth (MHz) and SCS (kHz), FR1:
 * TS 38.101-1 Table 5.3.2-1 (docs/radio-models.md §5.4, five public copies agree). 15 kHz has no
 * 60/80/100 MHz configuration.
 */
const fr1Prbs: PrbTable = {
  15: { 5: 25, 10: 52, 15: 79, 20: 106, 25: 133, 30: 160, 35: 188, 40: 216, 45: 242, 50: 270 },
  30: { 5: 11, 10: 24, 15: 38, 20: 51, 25: 65, 30: 78, 35: 92, 40: 106, 45: 119, 50: 133, 60: 162, 70: 189, 80: 217, 90: 245, 100: 273 },
  60: { 10: 11, 15: 18, 20: 24, 25: 31, 30: 38, 35: 44, 40: 51, 45: 58, 50: 65, 60: 79, 70: 93, 80: 107, 90: 121, 100: 135 },
}

/** FR2: TS 38.101-2 Table 5.3.2-1 (docs/radio-models.md §5.4). */
const fr2Prbs: PrbTable = {
  60: { 50: 66, 100: 132, 200: 264 },
  120: { 50: 32, 100: 66, 200: 132, 400: 264 },
}

const tables: Readonly<Record<FrequencyRange, PrbTable>> = { fr1: fr1Prbs, fr2: fr2Prbs }
const tableNames: Readonly<Record<FrequencyRange, string>> = { fr1: 'TS 38.101-1 Table 5.3.2-1', fr2: 'TS 38.101-2 Table 5.3.2-1' }

/** Subcarrier spacings in kHz that have an N_RB table in `fr`. */
export function supportedScsKhz(fr: FrequencyRange): number[] {
  return Object.keys(tableFor(fr)).map(Number)
}

/** Channel bandwidths in MHz defined for `scsKhz` in `fr`, ascending; empty when the SCS has no table there. */
export function supportedBandwidthsMhz(scsKhz: number, fr: FrequencyRange = 'fr1'): number[] {
  const row = tableFor(fr)[scsKhz]
  return row === undefined ? [] : Object.keys(row).map(Number).sort((a, b) => a - b)
}

/**
 * Number of resource blocks N_PRB of a carrier (maximum transmission bandwidth configuration).
 * 100 MHz at 30 kHz in FR1 → 273. An undefined combination throws, naming the valid choices.
 * @param bandwidthMhz channel bandwidth, MHz
 * @param scsKhz subcarrier spacing, kHz
 * @param fr frequency range, default `'fr1'`
 */
export function transmissionBandwidthPrbs(bandwidthMhz: number, scsKhz: number, fr: FrequencyRange = 'fr1'): number {
  const row = tableFor(fr)[scsKhz]
  if (row === undefined) {
    throw new RadioInputError('scsKhz', `scsKhz must be one of ${supportedScsKhz(fr).join(', ')} kHz in ${fr.toUpperCase()} (${tableNames[fr]}), not ${scsKhz}`)
  }
  const prbs = row[bandwidthMhz]
  if (prbs === undefined) {
    throw new RadioInputError(
      'bandwidthMhz',
      `bandwidthMhz ${bandwidthMhz} is not defined at ${scsKhz} kHz in ${fr.toUpperCase()} (${tableNames[fr]}); ` +
        `valid bandwidths: ${supportedBandwidthsMhz(scsKhz, fr).join(', ')} MHz`,
    )
  }
  return prbs
}

function tableFor(fr: FrequencyRange): PrbTable {
  if (!Object.hasOwn(tables, fr)) throw new RadioInputError('fr', `fr must be one of ${frequencyRanges.join(', ')}, not ${JSON.stringify(fr)}`)
  return tables[fr]
}

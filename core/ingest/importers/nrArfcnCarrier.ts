import { nrArfcnToFrequencyMhz } from '../../radio/nrArfcn.js'

/** An NR carrier read from its NR-ARFCN: DL frequency and, when it is unambiguous enough, the band. */
export interface NrCarrier {
  /** `n78`, `n41`…; null when the frequency lies in none of the bands below. */
  band: string | null
  fcMhz: number
}

/**
 * DL ranges in MHz of common NR bands (TS 38.101-1 Table 5.2-1, FR1; TS 38.101-2 Table 5.2-1, FR2).
 * Several overlap (n78 ⊂ n77, n38 ⊂ n41, n261 ⊂ n257…): the first match wins, in an order that favours
 * the band most deployed at that frequency (n78 over n77, n41 over n38 and n7). A band column in the
 * sheet always overrides this guess.
 */
const bands: readonly { band: string; lowMhz: number; highMhz: number }[] = [
  { band: 'n78', lowMhz: 3300, highMhz: 3800 },
  { band: 'n77', lowMhz: 3300, highMhz: 4200 },
  { band: 'n79', lowMhz: 4400, highMhz: 5000 },
  { band: 'n41', lowMhz: 2496, highMhz: 2690 },
  { band: 'n38', lowMhz: 2570, highMhz: 2620 },
  { band: 'n7', lowMhz: 2620, highMhz: 2690 },
  { band: 'n40', lowMhz: 2300, highMhz: 2400 },
  { band: 'n1', lowMhz: 2110, highMhz: 2170 },
  { band: 'n66', lowMhz: 2110, highMhz: 2200 },
  { band: 'n3', lowMhz: 1805, highMhz: 1880 },
  { band: 'n2', lowMhz: 1930, highMhz: 1990 },
  { band: 'n25', lowMhz: 1930, highMhz: 1995 },
  { band: 'n8', lowMhz: 925, highMhz: 960 },
  { band: 'n5', lowMhz: 869, highMhz: 894 },
  { band: 'n20', lowMhz: 791, highMhz: 821 },
  { band: 'n28', lowMhz: 758, highMhz: 803 },
  { band: 'n12', lowMhz: 729, highMhz: 746 },
  { band: 'n71', lowMhz: 617, highMhz: 652 },
  { band: 'n261', lowMhz: 27500, highMhz: 28350 },
  { band: 'n257', lowMhz: 26500, highMhz: 29500 },
  { band: 'n258', lowMhz: 24250, highMhz: 27500 },
  { band: 'n260', lowMhz: 37000, highMhz: 40000 },
]

/**
 * Frequency (TS 38.104 §5.4.2.1 global raster) and likely band of an NR-ARFCN; undefined when the
 * number is outside the raster (0…3279165).
 */
export function nrArfcnCarrier(arfcn: number): NrCarrier | undefined {
  if (!Number.isInteger(arfcn) || arfcn < 0 || arfcn > 3_279_165) return undefined
  const fcMhz = nrArfcnToFrequencyMhz(arfcn)
  const row = bands.find((b) => fcMhz >= b.lowMhz && fcMhz <= b.highMhz)
  return { band: row?.band ?? null, fcMhz }
}

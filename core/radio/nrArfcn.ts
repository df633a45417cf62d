import { RadioInputError } from './radioInputError.js'

/** Rows of TS 38.104 Table 5.4.2.1-1 (NR-ARFCN parameters for the global frequency raster), frequencies in kHz. */
const globalRaster = [
  { firstArfcn: 0, lastArfcn: 599_999, stepKhz: 5, offsetKhz: 0 },
  { firstArfcn: 600_000, lastArfcn: 2_016_666, stepKhz: 15, offsetKhz: 3_000_000 },
  { firstArfcn: 2_016_667, lastArfcn: 3_279_165, stepKhz: 60, offsetKhz: 24_250_080 },
] as const

/**
 * RF reference frequency in MHz of an NR-ARFCN: F_REF = F_REF-Offs + ΔF_Global · (N_REF − N_REF-Offs)
 * (TS 38.104 §5.4.2.1). Worked in whole kHz so that e.g. 630000 gives exactly 3450 MHz.
 */
export function nrArfcnToFrequencyMhz(arfcn: number): number {
  const row = globalRaster.find((r) => Number.isInteger(arfcn) && arfcn >= r.firstArfcn && arfcn <= r.lastArfcn)
  if (row === undefined) throw new RadioInputError('arfcn', `arfcn must be a whole number in 0…3279165 (TS 38.104 §5.4.2.1), not ${String(arfcn)}`)
  return (row.offsetKhz + row.stepKhz * (arfcn - row.firstArfcn)) / 1000
}

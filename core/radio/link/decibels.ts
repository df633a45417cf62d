/** Power in mW of a level in dBm: 10^(dBm/10). Sum powers in mW, never in dB (docs/radio-models.md §6 trap 8). */
export function dbmToMw(dbm: number): number {
  return 10 ** (dbm / 10)
}

/** Level in dBm of a power in mW: 10·log10(mW). */
export function mwToDbm(mw: number): number {
  return 10 * Math.log10(mw)
}

/** Level in dBm of a power in W: 10·log10(W) + 30 (200 W → 53.0 dBm). */
export function wattsToDbm(watts: number): number {
  return 10 * Math.log10(watts) + 30
}

/** An E-UTRA downlink carrier: operating band, DL centre frequency and duplex mode. */
export interface LteCarrier {
  /** `B20`, `B3`, `B40`… */
  band: string
  fcMhz: number
  duplex: 'FDD' | 'TDD' | 'SDL'
}

/**
 * Rows of TS 36.101 Table 5.7.3-1 (E-UTRA channel numbers), downlink side: band, F_DL_low in MHz and
 * the band's N_DL range, whose first value is N_Offs-DL. Bands 33–53 are TDD (Table 5.5-1); 29, 32,
 * 46, 67, 75 and 76 are downlink-only. Includes every band of the shared NSG and OpenCelliD lists
 * (1, 3, 8, 20, 28, 40) and the usual European, American and Asian ones.
 */
const bands: readonly { band: number; fDlLowMhz: number; firstEarfcn: number; lastEarfcn: number }[] = [
  { band: 1, fDlLowMhz: 2110, firstEarfcn: 0, lastEarfcn: 599 },
  { band: 2, fDlLowMhz: 1930, firstEarfcn: 600, lastEarfcn: 1199 },
  { band: 3, fDlLowMhz: 1805, firstEarfcn: 1200, lastEarfcn: 1949 },
  { band: 4, fDlLowMhz: 2110, firstEarfcn: 1950, lastEarfcn: 2399 },
  { band: 5, fDlLowMhz: 869, firstEarfcn: 2400, lastEarfcn: 2649 },
  { band: 7, fDlLowMhz: 2620, firstEarfcn: 2750, lastEarfcn: 3449 },
  { band: 8, fDlLowMhz: 925, firstEarfcn: 3450, lastEarfcn: 3799 },
  { band: 9, fDlLowMhz: 1844.9, firstEarfcn: 3800, lastEarfcn: 4149 },
  { band: 10, fDlLowMhz: 2110, firstEarfcn: 4150, lastEarfcn: 4749 },
  { band: 11, fDlLowMhz: 1475.9, firstEarfcn: 4750, lastEarfcn: 4949 },
  { band: 12, fDlLowMhz: 729, firstEarfcn: 5010, lastEarfcn: 5179 },
  { band: 13, fDlLowMhz: 746, firstEarfcn: 5180, lastEarfcn: 5279 },
  { band: 14, fDlLowMhz: 758, firstEarfcn: 5280, lastEarfcn: 5379 },
  { band: 17, fDlLowMhz: 734, firstEarfcn: 5730, lastEarfcn: 5849 },
  { band: 18, fDlLowMhz: 860, firstEarfcn: 5850, lastEarfcn: 5999 },
  { band: 19, fDlLowMhz: 875, firstEarfcn: 6000, lastEarfcn: 6149 },
  { band: 20, fDlLowMhz: 791, firstEarfcn: 6150, lastEarfcn: 6449 },
  { band: 21, fDlLowMhz: 1495.9, firstEarfcn: 6450, lastEarfcn: 6599 },
  { band: 25, fDlLowMhz: 1930, firstEarfcn: 8040, lastEarfcn: 8689 },
  { band: 26, fDlLowMhz: 859, firstEarfcn: 8690, lastEarfcn: 9039 },
  { band: 28, fDlLowMhz: 758, firstEarfcn: 9210, lastEarfcn: 9659 },
  { band: 29, fDlLowMhz: 717, firstEarfcn: 9660, lastEarfcn: 9769 },
  { band: 30, fDlLowMhz: 2350, firstEarfcn: 9770, lastEarfcn: 9869 },
  { band: 32, fDlLowMhz: 1452, firstEarfcn: 9920, lastEarfcn: 10359 },
  { band: 33, fDlLowMhz: 1900, firstEarfcn: 36000, lastEarfcn: 36199 },
  { band: 34, fDlLowMhz: 2010, firstEarfcn: 36200, lastEarfcn: 36349 },
  { band: 35, fDlLowMhz: 1850, firstEarfcn: 36350, lastEarfcn: 36949 },
  { band: 36, fDlLowMhz: 1930, firstEarfcn: 36950, lastEarfcn: 37549 },
  { band: 37, fDlLowMhz: 1910, firstEarfcn: 37550, lastEarfcn: 37749 },
  { band: 38, fDlLowMhz: 2570, firstEarfcn: 37750, lastEarfcn: 38249 },
  { band: 39, fDlLowMhz: 1880, firstEarfcn: 38250, lastEarfcn: 38649 },
  { band: 40, fDlLowMhz: 2300, firstEarfcn: 38650, lastEarfcn: 39649 },
  { band: 41, fDlLowMhz: 2496, firstEarfcn: 39650, lastEarfcn: 41589 },
  { band: 42, fDlLowMhz: 3400, firstEarfcn: 41590, lastEarfcn: 43589 },
  { band: 43, fDlLowMhz: 3600, firstEarfcn: 43590, lastEarfcn: 45589 },
  { band: 46, fDlLowMhz: 5150, firstEarfcn: 46790, lastEarfcn: 54539 },
  { band: 48, fDlLowMhz: 3550, firstEarfcn: 55240, lastEarfcn: 56739 },
  { band: 66, fDlLowMhz: 2110, firstEarfcn: 66436, lastEarfcn: 67335 },
  { band: 67, fDlLowMhz: 738, firstEarfcn: 67336, lastEarfcn: 67535 },
  { band: 71, fDlLowMhz: 617, firstEarfcn: 68586, lastEarfcn: 68935 },
]

const downlinkOnly = new Set([29, 32, 46, 67])

/** Highest EARFCN of the table (band 71); above it a channel number can only be an NR-ARFCN. */
export const maxKnownEarfcn = 68935

/**
 * Band and DL centre frequency of a downlink EARFCN: F_DL = F_DL_low + 0.1 · (N_DL − N_Offs-DL)
 * (TS 36.101 §5.7.3). Undefined for a number outside the bands above. Rounded to 0.1 MHz, the
 * 100 kHz channel raster (§5.7.2), so that 6400 gives exactly 816 MHz.
 */
export function earfcnCarrier(earfcn: number): LteCarrier | undefined {
  if (!Number.isInteger(earfcn)) return undefined
  const row = bands.find((b) => earfcn >= b.firstEarfcn && earfcn <= b.lastEarfcn)
  if (row === undefined) return undefined
  const fcMhz = Math.round(10 * row.fDlLowMhz + (earfcn - row.firstEarfcn)) / 10
  const duplex = downlinkOnly.has(row.band) ? 'SDL' : row.band >= 33 && row.band <= 53 ? 'TDD' : 'FDD'
  return { band: `B${row.band}`, fcMhz, duplex }
}

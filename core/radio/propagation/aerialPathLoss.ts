import { distance3dM, type LinkGeometry } from './propagationLink.js'

// TR 36.777 Table B-2, path loss of aerial UTs in the aerial regime only (radio-models.md §3.3);
// below it the aerial models use TR 38.901 unchanged (see propagationModels.ts). fc in GHz, m, dB.

/** 20·log10(40π·fc/3): the 1-m free-space term for fc in GHz (the "40π" of §3.6 item 1). */
function freeSpaceOneMetreDb(fcGhz: number): number {
  return 20 * Math.log10((40 * Math.PI * fcGhz) / 3)
}

/** Free-space path loss 20·log10(40π·d3D·fc/3), dB (≈ 32.44 + 20·log10(d3D) + 20·log10(fc)). */
export function freeSpacePathLossDb(link: LinkGeometry): number {
  return 20 * Math.log10(distance3dM(link)) + freeSpaceOneMetreDb(link.fcGhz)
}

/** RMa-AV LOS, dB (TR 36.777 Table B-2): max(23.9 − 1.8·log10(hUT), 20)·log10(d3D) + 20·log10(40π·fc/3). */
export function rmaAvAerialLosPathLossDb(link: LinkGeometry): number {
  return Math.max(23.9 - 1.8 * Math.log10(link.utHeightM), 20) * Math.log10(distance3dM(link)) + freeSpaceOneMetreDb(link.fcGhz)
}

/**
 * RMa-AV NLOS, dB (TR 36.777 Table B-2): max(PL_LOS, −12 + (35 − 5.3·log10(hUT))·log10(d3D) + 20·log10(40π·fc/3)).
 * 40π, not av-nist's 4π (radio-models.md §3.6 item 1).
 */
export function rmaAvAerialNlosPathLossDb(link: LinkGeometry): number {
  const primeDb = -12 + (35 - 5.3 * Math.log10(link.utHeightM)) * Math.log10(distance3dM(link)) + freeSpaceOneMetreDb(link.fcGhz)
  return Math.max(rmaAvAerialLosPathLossDb(link), primeDb)
}

/** UMa-AV LOS, dB (TR 36.777 Table B-2): 28.0 + 22·log10(d3D) + 20·log10(fc), no breakpoint. */
export function umaAvAerialLosPathLossDb(link: LinkGeometry): number {
  return 28.0 + 22 * Math.log10(distance3dM(link)) + 20 * Math.log10(link.fcGhz)
}

/**
 * UMa-AV NLOS, dB (TR 36.777 Table B-2): −17.5 + (46 − 7·log10(hUT))·log10(d3D) + 20·log10(40π·fc/3),
 * here taken as max(PL_LOS, ·). The table is recalled without the max (UNVERIFIED) and 4 of 6
 * implementations omit it; it is applied defensively so NLOS never beats LOS, which changes nothing
 * where NLOS can occur (NLOS ≥ LOS for hUT ≤ 100 m, radio-models.md §3.6 item 3).
 */
export function umaAvAerialNlosPathLossDb(link: LinkGeometry): number {
  const primeDb = -17.5 + (46 - 7 * Math.log10(link.utHeightM)) * Math.log10(distance3dM(link)) + freeSpaceOneMetreDb(link.fcGhz)
  return Math.max(umaAvAerialLosPathLossDb(link), primeDb)
}

/** UMi-AV LOS, dB (TR 36.777 Table B-2): max(PL_FS, 30.9 + (22.25 − 0.5·log10(hUT))·log10(d3D) + 20·log10(fc)). */
export function umiAvAerialLosPathLossDb(link: LinkGeometry): number {
  const fittedDb = 30.9 + (22.25 - 0.5 * Math.log10(link.utHeightM)) * Math.log10(distance3dM(link)) + 20 * Math.log10(link.fcGhz)
  return Math.max(freeSpacePathLossDb(link), fittedDb)
}

/** UMi-AV NLOS, dB (TR 36.777 Table B-2): max(PL_LOS, 32.4 + (43.2 − 7.6·log10(hUT))·log10(d3D) + 20·log10(fc)). */
export function umiAvAerialNlosPathLossDb(link: LinkGeometry): number {
  const primeDb = 32.4 + (43.2 - 7.6 * Math.log10(link.utHeightM)) * Math.log10(distance3dM(link)) + 20 * Math.log10(link.fcGhz)
  return Math.max(umiAvAerialLosPathLossDb(link), primeDb)
}

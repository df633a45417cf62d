import { rmaBreakpointDistanceM } from './breakpointDistance.js'
import { distance3dM, type LinkGeometry, type PropagationLink } from './propagationLink.js'

/** Default average building height h of RMa, m (TR 38.901 Table 7.4.1-1). */
export const rmaDefaultBuildingHeightM = 5

/** Default average street width W of RMa, m (TR 38.901 Table 7.4.1-1). */
export const rmaDefaultStreetWidthM = 20

/**
 * RMa PL1(d), dB (TR 38.901 Table 7.4.1-1, RMa LOS), d in m, fc in GHz, h in m:
 * 20·log10(40π·d·fc/3) + min(0.03·h^1.72, 10)·log10(d) − min(0.044·h^1.72, 14.77) + 0.002·log10(h)·d.
 */
function rmaPl1Db(distanceM: number, fcGhz: number, buildingHeightM: number): number {
  const heightPower = buildingHeightM ** 1.72
  return (
    20 * Math.log10((40 * Math.PI * distanceM * fcGhz) / 3) +
    Math.min(0.03 * heightPower, 10) * Math.log10(distanceM) -
    Math.min(0.044 * heightPower, 14.77) +
    0.002 * Math.log10(buildingHeightM) * distanceM
  )
}

/**
 * RMa LOS path loss, dB (TR 38.901 Table 7.4.1-1, RMa LOS): PL1(d3D) for d2D ≤ dBP, else
 * PL1(dBP) + 40·log10(d3D/dBP) (PL1 evaluated at dBP as the distance, radio-models.md §6 trap 2).
 * Specified for 10 m ≤ d2D ≤ 10 km (NLOS only to 5 km).
 */
export function rmaLosPathLossDb(link: LinkGeometry & Pick<PropagationLink, 'buildingHeightM'>): number {
  const d3dM = distance3dM(link)
  const breakpointM = rmaBreakpointDistanceM(link.bsHeightM, link.utHeightM, link.fcGhz)
  if (link.distance2dM <= breakpointM) return rmaPl1Db(d3dM, link.fcGhz, link.buildingHeightM)
  return rmaPl1Db(breakpointM, link.fcGhz, link.buildingHeightM) + 40 * Math.log10(d3dM / breakpointM)
}

/**
 * RMa NLOS path loss, dB (TR 38.901 Table 7.4.1-1, RMa NLOS): max(PL_RMa-LOS, PL'),
 * PL' = 161.04 − 7.1·log10(W) + 7.5·log10(h) − (24.37 − 3.7·(h/hBS)²)·log10(hBS)
 *       + (43.42 − 3.1·log10(hBS))·(log10(d3D) − 3) + 20·log10(fc) − (3.2·(log10(11.75·hUT))² − 4.97).
 */
export function rmaNlosPathLossDb(link: PropagationLink): number {
  const { bsHeightM, buildingHeightM } = link
  const primeDb =
    161.04 -
    7.1 * Math.log10(link.streetWidthM) +
    7.5 * Math.log10(buildingHeightM) -
    (24.37 - 3.7 * (buildingHeightM / bsHeightM) ** 2) * Math.log10(bsHeightM) +
    (43.42 - 3.1 * Math.log10(bsHeightM)) * (Math.log10(distance3dM(link)) - 3) +
    20 * Math.log10(link.fcGhz) -
    (3.2 * Math.log10(11.75 * link.utHeightM) ** 2 - 4.97)
  return Math.max(rmaLosPathLossDb(link), primeDb)
}

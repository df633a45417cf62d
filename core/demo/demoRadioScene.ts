import type { NewCell } from '../db/cellsTable.js'
import type { LocalFrame } from './localFrame.js'
import type { SeededRandom } from './seededRandom.js'
import { patternAttenuationDb } from '../radio/antenna/elementPattern.js'
import { bearingToLcs } from '../radio/antenna/orientation.js'
import { carrierPrbs, cqiFromSinr, downlinkThroughputMbps, uplinkThroughputMbps } from './demoThroughputModel.js'
import {
  clampToRange, dbmToMw, energyPerReDbm, gnbNoiseFigureDb, noisePerReDbm, reportingRange, rsrqDb, sinrDb, ueNoiseFigureDb,
} from './demoLinkModel.js'
import { createCorrelatedField, standardNormalCdf, type CorrelatedField } from './correlatedGaussianField.js'
import { umaLosProbability, umaLosStateDecorrelationM } from '../radio/propagation/losProbability.js'
import type { LinkGeometry } from '../radio/propagation/propagationLink.js'
import { shadowFadingDecorrelationM, umaShadowFadingSigmaDb } from '../radio/propagation/shadowFading.js'
import { umaLosPathLossDb, umaNlosPathLossDb } from '../radio/propagation/umaPathLoss.js'

/** What a drive-test UE logs at one point; the serving cell is the strongest by RSRP. */
export interface DemoMeasurement {
  servingCellIndex: number
  rsrpDbm: number
  rsrqDb: number
  sinrDb: number
  cqi: number
  dlMbps: number
  ulMbps: number
}

/** Measures the network at a point given in local metres and a UE height above ground; null when nothing is receivable. */
export type DemoRadioScene = (eastM: number, northM: number, ueHeightM: number, jitter: SeededRandom) => DemoMeasurement | null

/**
 * Spread of the fast-fading residual left in a layer-3 filtered RSRP, dB per sample: a planning
 * assumption that gives the log its sample-to-sample ripple.
 */
const residualFadingSigmaDb = 1

/**
 * Correlation of the shadowing towards different sites: 0.5, the value of TR 36.942-style system
 * simulations (a planning assumption; TR 38.901 leaves links to different sites uncorrelated).
 * Obstacles near the UE shadow every site alike, which damps best-server flicker at cell borders.
 */
const interSiteShadowCorrelation = 0.5

/**
 * Mean in-car penetration loss for a test UE inside the vehicle (TR 38.901 §7.4.3.2: N(9 dB, 5 dB));
 * the mean only, as one vehicle is used for the whole drive.
 */
const carPenetrationLossDb = 9

/** UE transmit power for UL, power class 2 (TS 38.101-1 Table 6.2.1-1). */
const uePowerDbm = 26

/** Uplink interference over thermal at the gNB, dB: a planning margin for a 50 %-loaded network. */
const uplinkInterferenceOverThermalDb = 3

interface SceneSite {
  eastM: number
  northM: number
  heightM: number
  /** Standard-normal field deciding the LOS state. */
  losState: CorrelatedField
  /** Standard-normal shadowing towards this site alone; mixed with the common field, scaled by the state's σ. */
  ownShadowing: CorrelatedField
}

/**
 * The demo's radio environment, per site: TR 38.901 UMa path loss (Table 7.4.1-1) with the LOS
 * state drawn per point, spatially consistent: LOS where Φ(z(x, y)) < P_LOS(d2D) of Table 7.4.2-1,
 * z a standard-normal field with the 50 m LOS-state correlation distance (the procedure of
 * §7.6.3.3). A linear-domain LOS/NLOS blend was rejected: it is the mean received power, dominated
 * by rare LOS even at 300 m, and put this drive's median RSRP about 10 dB above the per-point draw.
 * Shadowing mixes a field common to all sites with one per site (correlation 0.5), scaled by
 * σ = 4 dB LOS / 6 dB NLOS (Table 7.4.1-1), d_corr = 50 m (Table 7.5-6, NLOS); co-sited cells share
 * their site's fields. Each cell's RSRP is its best SSB beam (TS 38.304 §5.2.1 cell quality without
 * consolidation), per RE, UE antenna 0 dBi, inside the car. All cells share one carrier.
 */
export function createDemoRadioScene(cells: readonly NewCell[], frame: LocalFrame, random: SeededRandom): DemoRadioScene {
  const sites: SceneSite[] = []
  const commonShadowing = createCorrelatedField(random, { decorrelationM: shadowFadingDecorrelationM.uma.nlos })
  const commonWeight = Math.sqrt(interSiteShadowCorrelation)
  const ownWeight = Math.sqrt(1 - interSiteShadowCorrelation)
  const siteIndexByName = new Map<string, number>()
  const cellSiteIndex = cells.map((cell) => {
    const known = siteIndexByName.get(cell.site)
    if (known !== undefined) return known
    const [eastM, northM] = frame.toLocalM(cell.lon, cell.lat)
    const losState = createCorrelatedField(random, { decorrelationM: umaLosStateDecorrelationM })
    const ownShadowing = createCorrelatedField(random, { decorrelationM: shadowFadingDecorrelationM.uma.nlos })
    siteIndexByName.set(cell.site, sites.length)
    return sites.push({ eastM, northM, heightM: cell.heightM, losState, ownShadowing }) - 1
  })
  const cellEnergyPerReDbm = cells.map((cell) => energyPerReDbm(requireNumber(cell, 'txPowerDbm'), carrierPrbs * 12))
  const fcGhz = cells.length === 0 ? 0 : requireNumber(cells[0] as NewCell, 'fcMhz') / 1000
  for (const cell of cells) {
    if (requireNumber(cell, 'fcMhz') !== fcGhz * 1000) throw new Error(`cell ${cell.name}: the demo scene models one carrier, ${fcGhz * 1000} MHz`)
  }
  const siteLossDb = new Float64Array(sites.length)
  const siteBearingDeg = new Float64Array(sites.length)
  const siteZenithDeg = new Float64Array(sites.length)
  const received = new Float64Array(cells.length)

  return (eastM, northM, ueHeightM, jitter) => {
    const commonPart = commonWeight * commonShadowing(eastM, northM)
    sites.forEach((site, s) => {
      const dEastM = eastM - site.eastM
      const dNorthM = northM - site.northM
      const distance2dM = Math.hypot(dEastM, dNorthM)
      const shadowing = commonPart + ownWeight * site.ownShadowing(eastM, northM)
      // d2D below the 10 m validity limit of Table 7.4.1-1 is evaluated at 10 m.
      const link = { distance2dM: Math.max(distance2dM, 10), bsHeightM: site.heightM, utHeightM: ueHeightM, fcGhz }
      siteLossDb[s] = siteLossAt(site, link, eastM, northM, shadowing)
      siteBearingDeg[s] = (Math.atan2(dEastM, dNorthM) * 180) / Math.PI
      siteZenithDeg[s] = 90 + (Math.atan2(site.heightM - ueHeightM, distance2dM) * 180) / Math.PI
    })
    cells.forEach((cell, c) => {
      const s = cellSiteIndex[c] as number
      const gainDbi = bestBeamGainDbi(cell, siteZenithDeg[s] as number, siteBearingDeg[s] as number)
      received[c] = (cellEnergyPerReDbm[c] as number) + gainDbi - (siteLossDb[s] as number)
    })
    return measure(cells, cellEnergyPerReDbm, received, residualFadingSigmaDb * jitter.normal())
  }
}

/** Path loss plus shadowing (`shadowing` a standard-normal value) and car loss in dB from a site to a point, in the point's LOS state. */
function siteLossAt(site: SceneSite, link: LinkGeometry, eastM: number, northM: number, shadowing: number): number {
  const isLos = standardNormalCdf(site.losState(eastM, northM)) < umaLosProbability(link.distance2dM, link.utHeightM)
  const pathLossDb = isLos ? umaLosPathLossDb(link) : umaNlosPathLossDb(link)
  const sigmaDb = isLos ? umaShadowFadingSigmaDb.los : umaShadowFadingSigmaDb.nlos
  return pathLossDb + sigmaDb * shadowing + carPenetrationLossDb
}

function requireNumber(cell: NewCell, field: 'txPowerDbm' | 'fcMhz'): number {
  const value = cell[field]
  if (value === null) throw new Error(`cell ${cell.name}: ${field} is needed to predict its signal`)
  return value
}

/**
 * Gain in dBi of the cell's strongest SSB beam towards a direction given as global zenith and bearing
 * from the site: each beam is the Table 7.3-1 shape with the beam's own widths around its pointing,
 * scaled to its stored gain (the demo's planning stand-in for the array model of core/radio/antenna).
 */
export function bestBeamGainDbi(cell: NewCell, zenithDeg: number, bearingDeg: number): number {
  const local = bearingToLcs(zenithDeg, bearingDeg, cell.azimuthDeg, cell.mechanicalTiltDeg)
  // The LCS azimuth is counter-clockwise (TR 38.901), the stored beam offsets clockwise: negate it.
  const clockwiseAzimuthDeg = -local.azimuthDeg
  let bestDbi = -Infinity
  for (const beam of cell.beams) {
    const beamZenithDeg = 90 - beam.elevationDeg
    const gainDbi = beam.gainDbi + patternAttenuationDb(local.zenithDeg - beamZenithDeg, clockwiseAzimuthDeg - beam.azimuthOffsetDeg, beam)
    if (gainDbi > bestDbi) bestDbi = gainDbi
  }
  return bestDbi
}

/**
 * Picks the strongest cell, then adds the fast-fading residual to the serving RSRP only: selection
 * stays on the filtered level, as a UE's does, while the log still ripples from sample to sample.
 */
function measure(
  cells: readonly NewCell[],
  cellEnergyPerReDbm: readonly number[],
  received: Float64Array,
  residualDb: number,
): DemoMeasurement | null {
  let servingCellIndex = 0
  let totalMw = 0
  for (let i = 0; i < received.length; i++) {
    totalMw += dbmToMw(received[i] as number)
    if ((received[i] as number) > (received[servingCellIndex] as number)) servingCellIndex = i
  }
  const othersMw = Math.max(0, totalMw - dbmToMw(received[servingCellIndex] as number))
  const servingDbm = (received[servingCellIndex] as number) + residualDb
  if (servingDbm < reportingRange.rsrpDbm.min) return null
  const serving = cells[servingCellIndex] as NewCell
  const scsKhz = serving.scsKhz ?? 30
  const powers = { servingDbm, othersMw, noiseDbm: noisePerReDbm(scsKhz, ueNoiseFigureDb) }
  const sinr = sinrDb(powers)
  const couplingGainDb = servingDbm - (cellEnergyPerReDbm[servingCellIndex] as number)
  return {
    servingCellIndex,
    rsrpDbm: clampToRange(servingDbm, reportingRange.rsrpDbm),
    rsrqDb: clampToRange(rsrqDb(powers), reportingRange.rsrqDb),
    sinrDb: clampToRange(sinr, reportingRange.sinrDb),
    cqi: cqiFromSinr(sinr),
    dlMbps: downlinkThroughputMbps(sinr),
    ulMbps: uplinkThroughputMbps({
      uePowerDbm,
      couplingGainDb,
      noisePerReDbm: noisePerReDbm(scsKhz, gnbNoiseFigureDb),
      interferenceOverThermalDb: uplinkInterferenceOverThermalDb,
    }),
  }
}

import { broadcastBeam, cellAntennaFromBeamwidths, type CellAntenna } from '../radio/antenna/cellBeamGain.js'
import type { SsbBeamPointing } from '../radio/antenna/ssbBeams.js'
import { noiseOverPrbsDbm, noisePerReDbm } from '../radio/link/noise.js'
import type { PathLossModelName } from '../radio/propagation/pathLossModelName.js'
import { numerologyForScs } from '../radio/rate/numerology.js'
import type { CoverageParameters } from './coverageParameters.js'
import type { CoverageScene, SceneCell } from './coverageScene.js'

/** A cell as the tile kernels use it: its antenna, its SSB beams (or the broadcast beam) and its site. */
export interface TileCell {
  cell: SceneCell
  antenna: CellAntenna
  beams: SsbBeamPointing[]
  /** Index into TileScene.sites. */
  site: number
}

/** Cells at one position, height and carrier share their path loss: computed once per site and tile. */
export interface TileSite {
  eastM: number
  northM: number
  heightM: number
  fcGhz: number
}

/** Per-cell constants of the per-point link budget after the best server is known. */
export interface LinkConstants {
  noisePerReMw: number
  /** P0 + 10·log10(2^μ · M_RB), dBm: the open-loop PUSCH power before α·PL (TS 38.213 §7.1.1). */
  puschOpenLoopDbm: number
  noisePlusInterferenceDbm: number
  aerialNoisePlusInterferenceDbm: number
  ulShare: number
}

/** What every tile of a scene shares, computed once per scene and thread. */
export interface TileScene {
  scene: CoverageScene
  /** The environment's TR 36.777 model (its TR 38.901 model below the aerial regime). */
  model: PathLossModelName
  cells: TileCell[]
  sites: TileSite[]
  links: LinkConstants[]
}

/** 10^(x/10) as e^(x·ln10/10): V8's Math.exp is markedly cheaper than a general power. */
export const dbmToMw = (dbm: number): number => Math.exp(dbm * (Math.LN10 / 10))

/** The last prepared scene of this thread, with a copy of the scene it was prepared from. */
let last: { snapshot: CoverageScene; prepared: TileScene } | undefined

/**
 * The per-scene part of computeCoverageTile. Worker threads receive a structured clone of the same
 * scene with every tile, so the last one is kept and reused while the next scene holds the same
 * data: a field-by-field comparison with a private copy (so a scene changed in place is noticed),
 * far cheaper than the antennas and beams it saves.
 */
export function prepareTileScene(scene: CoverageScene): TileScene {
  if (last !== undefined && sameSceneData(last.snapshot, scene)) return last.prepared
  const snapshot = structuredClone(scene)
  const sites: TileSite[] = []
  const siteIndex = new Map<string, number>()
  const cells = snapshot.cells.map((cell): TileCell => {
    const key = `${cell.eastM},${cell.northM},${cell.heightM},${cell.fcGhz}`
    let site = siteIndex.get(key)
    if (site === undefined) {
      site = sites.push({ eastM: cell.eastM, northM: cell.northM, heightM: cell.heightM, fcGhz: cell.fcGhz }) - 1
      siteIndex.set(key, site)
    }
    const beams = cell.beams.length > 0 ? cell.beams : [broadcastBeam(cell)]
    return { cell, antenna: cellAntennaFromBeamwidths(cell, cell.beamWidths), beams, site }
  })
  const prepared: TileScene = {
    scene: snapshot,
    model: `${snapshot.parameters.environment}-av` as PathLossModelName,
    cells,
    sites,
    links: snapshot.cells.map((cell) => linkConstants(cell, snapshot)),
  }
  last = { snapshot, prepared }
  return prepared
}

/**
 * How two cells compare for prepareTileScene: 'number' fields with ===, the beam lists entry by
 * entry, 'ignored' fields not at all (no kernel reads them). Typed against SceneCell, so a new field
 * does not compile until it is listed here.
 */
const cellFields = {
  id: 'number', name: 'ignored', eastM: 'number', northM: 'number', heightM: 'number', azimuthDeg: 'number',
  mechanicalTiltDeg: 'number', electricalTiltDeg: 'number', hBeamwidthDeg: 'number', vBeamwidthDeg: 'number',
  beams: 'beams', beamWidths: 'beamWidths', fcGhz: 'number', scsKhz: 'number', prbs: 'number', ssbEpreDbm: 'number',
  dlMbpsPerBitPerRe: 'number', ulMbpsPerBitPerRe: 'number', assumed: 'ignored',
} as const satisfies Record<keyof SceneCell, 'number' | 'beams' | 'beamWidths' | 'ignored'>
const numberFields = (Object.keys(cellFields) as (keyof SceneCell)[]).filter((key) => cellFields[key] === 'number') as ('id' | 'eastM')[]

/** Whether two scenes hold the same data for the tile kernels (field by field, no allocation). */
function sameSceneData(a: CoverageScene, b: CoverageScene): boolean {
  if (a.lon0 !== b.lon0 || a.lat0 !== b.lat0 || a.cells.length !== b.cells.length) return false
  let keys = 0
  for (const key in a.parameters) {
    if (a.parameters[key as keyof CoverageParameters] !== b.parameters[key as keyof CoverageParameters]) return false
    keys++
  }
  for (const _key in b.parameters) keys--
  if (keys !== 0) return false
  for (let c = 0; c < a.cells.length; c++) {
    const x = a.cells[c] as SceneCell
    const y = b.cells[c] as SceneCell
    for (const field of numberFields) if (x[field] !== y[field]) return false
    if (x.beams.length !== y.beams.length || x.beamWidths.length !== y.beamWidths.length) return false
    for (let k = 0; k < x.beams.length; k++) {
      const u = x.beams[k] as SsbBeamPointing
      const v = y.beams[k] as SsbBeamPointing
      if (u.azimuthOffsetDeg !== v.azimuthOffsetDeg || u.elevationDeg !== v.elevationDeg) return false
    }
    for (let k = 0; k < x.beamWidths.length; k++) {
      const u = x.beamWidths[k] as SceneCell['beamWidths'][number]
      const v = y.beamWidths[k] as SceneCell['beamWidths'][number]
      if (u.hBeamwidthDeg !== v.hBeamwidthDeg || u.vBeamwidthDeg !== v.vBeamwidthDeg) return false
    }
  }
  return true
}

function linkConstants(cell: SceneCell, scene: CoverageScene): LinkConstants {
  const p = scene.parameters
  const ulPrbs = Math.min(p.ulPrbs, cell.prbs)
  const noiseDbm = noiseOverPrbsDbm(ulPrbs, cell.scsKhz, p.gnbNoiseFigureDb)
  return {
    noisePerReMw: dbmToMw(noisePerReDbm(cell.scsKhz, p.ueNoiseFigureDb)),
    puschOpenLoopDbm: p.p0NominalDbm + 10 * Math.log10(2 ** numerologyForScs(cell.scsKhz) * ulPrbs),
    // IoT = (I + N)/N, so I + N = N + IoT in dB.
    noisePlusInterferenceDbm: noiseDbm + p.iotDb,
    aerialNoisePlusInterferenceDbm: noiseDbm + p.aerialIotDb,
    ulShare: ulPrbs / cell.prbs,
  }
}

import type { ProjectDb } from '../../db/openProjectDb.js'
import type { AffectedRecord } from './demarcateProblem.js'
import type { AreaLocator, ExperienceArea } from './experienceAreas.js'
import { latencySeverity, throughputSeverities, type DimensionSeverities, type ExperienceThresholds } from './experienceSeverity.js'
import { CellValuesAtTime } from '../cellValuesAtTime.js'
import { forEachSample, readCellKqis, serverKqiThresholds, type CellMeasurement } from './readCellExperience.js'

/** A measurement with bad experience in some dimension, with its severities and position. */
export interface ScoredRecord extends AffectedRecord {
  severities: DimensionSeverities
  /** Degrees; null for KQI values. */
  lon: number | null
  lat: number | null
}

/** What a cell's problem is built from: its bad records and the evidence beside them. */
export interface CellAccumulator {
  affected: ScoredRecord[]
  rttMs: number[]
  segmentsMs: Map<string, number[]>
  server: Map<string, number[]>
  devices: Map<string, number>
  /** Σ lon, Σ lat and count of the cell's positioned samples (good and bad): their centroid. */
  lonSum: number
  latSum: number
  positioned: number
}

/** What an area's problem is built from: its bad samples and the cells that served its samples. */
export interface AreaAccumulator {
  area: ExperienceArea
  affected: ScoredRecord[]
  /** Samples per serving cell, good and bad. */
  cells: Map<string, number>
}

export interface AccumulatedExperience {
  cells: Map<string, CellAccumulator>
  areas: Map<ExperienceArea, AreaAccumulator>
  /** Measurements with an experience value that were placed in a cell or an area. */
  scored: number
}

function severitiesOf(m: CellMeasurement, t: ExperienceThresholds): DimensionSeverities {
  const s: DimensionSeverities = m.throughputMbps === null ? {} : throughputSeverities(m.throughputMbps, t)
  if (m.rttMs !== null) s.latency = latencySeverity(m.rttMs, t.latencyThresholdMs)
  return s
}

const newCell = (): CellAccumulator => ({ affected: [], rttMs: [], segmentsMs: new Map(), server: new Map(), devices: new Map(), lonSum: 0, latSum: 0, positioned: 0 })

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/**
 * Reads every measurement once, keeping the bad ones (by cell, and by area when a locator is given)
 * and the evidence: drive-test samples (with or without a serving cell: a sample without one still
 * counts for its area) and KQI values that name their cell (throughput and RTT are scored; RTT
 * segments and server-side KQIs are evidence). KQI values carry no position, so areas hold samples;
 * a timed KQI takes its cell's radio at that time (CellValuesAtTime) for the demarcation.
 */
export function accumulateExperience(db: ProjectDb, t: ExperienceThresholds, locator: AreaLocator | null): AccumulatedExperience {
  const cells = new Map<string, CellAccumulator>()
  const areas = new Map<ExperienceArea, AreaAccumulator>()
  let scored = 0
  const cellOf = (cell: string): CellAccumulator => {
    let a = cells.get(cell)
    if (a === undefined) cells.set(cell, (a = newCell()))
    return a
  }
  const areaOf = (area: ExperienceArea | null): AreaAccumulator | null => {
    if (area === null) return null
    let a = areas.get(area)
    if (a === undefined) areas.set(area, (a = { area, affected: [], cells: new Map() }))
    return a
  }
  const score = (cell: string | null, m: CellMeasurement): void => {
    const c = cell === null ? undefined : cellOf(cell)
    if (c !== undefined && m.device !== null) c.devices.set(m.device, (c.devices.get(m.device) ?? 0) + 1)
    const area = locator === null || m.lon === null || m.lat === null ? null : areaOf(locator.locate(m.lon, m.lat))
    if (c !== undefined && m.lon !== null && m.lat !== null) {
      c.lonSum += m.lon
      c.latSum += m.lat
      c.positioned++
    }
    if (area !== null && cell !== null) area.cells.set(cell, (area.cells.get(cell) ?? 0) + 1)
    const severities = severitiesOf(m, t)
    if (Object.keys(severities).length === 0 || (c === undefined && area === null)) return
    scored++
    if (!Object.values(severities).some((s) => s > 0)) return
    const { source, timeMs, rsrpDbm, sinrDb, cqi, device, lon, lat } = m
    const record: ScoredRecord = { source, badness: 0, timeMs, rsrpDbm, sinrDb, cqi, device, cell, severities, lon, lat }
    c?.affected.push(record)
    area?.affected.push(record)
  }
  const kqis = readCellKqis(db)
  // A KQI carries no radio of its own: it takes its cell's drive-test radio at the time it was measured.
  const radioAt = new CellValuesAtTime<Pick<CellMeasurement, 'rsrpDbm' | 'sinrDb' | 'cqi'>>(new Set(kqis.filter((k) => k.timeMs !== null).map((k) => k.cell)))
  forEachSample(db, (cell, m) => {
    if (m.rsrpDbm !== null || m.sinrDb !== null || m.cqi !== null) radioAt.add(cell, m.timeMs, { rsrpDbm: m.rsrpDbm, sinrDb: m.sinrDb, cqi: m.cqi })
    score(cell, m)
  })
  for (const k of kqis) {
    const radio = radioAt.at(k.cell, k.timeMs)
    const base = { timeMs: k.timeMs, rsrpDbm: radio?.rsrpDbm ?? null, sinrDb: radio?.sinrDb ?? null, cqi: radio?.cqi ?? null, device: k.device, lon: null, lat: null }
    if (k.kqi === 'throughputMbps') score(k.cell, { ...base, source: k.kqi, throughputMbps: k.value, rttMs: null })
    else if (k.kqi === 'rttMs') {
      cellOf(k.cell).rttMs.push(k.value)
      score(k.cell, { ...base, source: k.kqi, throughputMbps: null, rttMs: k.value })
    } else if (/^rtt.+Ms$/.test(k.kqi)) pushTo(cellOf(k.cell).segmentsMs, k.kqi, k.value)
    else if (serverKqiThresholds[k.kqi] !== undefined) pushTo(cellOf(k.cell).server, k.kqi, k.value)
  }
  return { cells, areas, scored }
}

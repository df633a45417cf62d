import type { ProjectDb } from './openProjectDb.js'
import type { Cell, SsbBeam } from '../api/schemas/networkSchemas.js'

export interface NewSite {
  name: string
  lon: number
  lat: number
  groundAltitudeM: number | null
}

/**
 * A cell as stored; `site` names a site inserted in the same call or before. `label` is the source's
 * free-text name (the unique `name` is a stable key), `cellIdentity` the ECI/NCI as published, and
 * `defaulted` lists the fields that took a documented default because the source had no value.
 */
export type NewCell = Omit<Cell, 'id' | 'label' | 'cellIdentity' | 'technology' | 'defaulted'> & {
  vBeamwidthDeg: number
  label?: string | null
  cellIdentity?: string | null
  technology?: string | null
  defaulted?: readonly string[]
}

/** Inserts sites, then cells and their SSB beams; returns the id of each cell by name. */
export function insertNetwork(db: ProjectDb, importId: number, sites: readonly NewSite[], cells: readonly NewCell[]): Map<string, number> {
  const insertSite = db.prepare('INSERT INTO sites (name, lon, lat, ground_altitude_m, import_id) VALUES (?, ?, ?, ?, ?)')
  const siteIds = new Map<string, number>()
  for (const s of sites) siteIds.set(s.name, Number(insertSite.run(s.name, s.lon, s.lat, s.groundAltitudeM, importId).lastInsertRowid))
  const siteByName = db.prepare('SELECT id FROM sites WHERE name = ?')

  const insertCell = db.prepare(
    `INSERT INTO cells (site_id, name, lon, lat, height_m, azimuth_deg, mechanical_tilt_deg, electrical_tilt_deg,
       pci, arfcn, band, fc_mhz, bandwidth_mhz, scs_khz, tx_power_dbm, h_beamwidth_deg, v_beamwidth_deg, tdd_pattern, import_id,
       label, cell_identity, technology, defaulted_json)
     VALUES (@siteId, @name, @lon, @lat, @heightM, @azimuthDeg, @mechanicalTiltDeg, @electricalTiltDeg,
       @pci, @arfcn, @band, @fcMhz, @bandwidthMhz, @scsKhz, @txPowerDbm, @hBeamwidthDeg, @vBeamwidthDeg, @tddPattern, @importId,
       @label, @cellIdentity, @technology, @defaultedJson)`,
  )
  const insertBeam = db.prepare(
    `INSERT INTO ssb_beams (cell_id, beam_index, azimuth_offset_deg, elevation_deg, h_beamwidth_deg, v_beamwidth_deg, gain_dbi)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const cellIds = new Map<string, number>()
  for (const c of cells) {
    const siteId = siteIds.get(c.site) ?? (siteByName.get(c.site) as { id: number } | undefined)?.id
    if (siteId === undefined) throw new Error(`cell ${c.name}: site ${c.site} is not in the project`)
    const { beams, site: _site, label, cellIdentity, technology, defaulted, ...fields } = c
    const cellId = Number(
      insertCell.run({
        ...fields, siteId, importId,
        label: label ?? null, cellIdentity: cellIdentity ?? null, technology: technology ?? null, defaultedJson: JSON.stringify(defaulted ?? []),
      }).lastInsertRowid,
    )
    cellIds.set(c.name, cellId)
    for (const b of beams) insertBeam.run(cellId, b.index, b.azimuthOffsetDeg, b.elevationDeg, b.hBeamwidthDeg, b.vBeamwidthDeg, b.gainDbi)
  }
  return cellIds
}

interface CellRow {
  id: number
  name: string
  site: string
  lon: number
  lat: number
  height_m: number
  azimuth_deg: number
  mechanical_tilt_deg: number
  electrical_tilt_deg: number
  pci: number | null
  arfcn: number | null
  band: string | null
  fc_mhz: number | null
  bandwidth_mhz: number | null
  scs_khz: number | null
  tx_power_dbm: number | null
  h_beamwidth_deg: number
  tdd_pattern: string | null
  label: string | null
  cell_identity: string | null
  technology: string | null
  defaulted_json: string
}

interface BeamRow {
  cell_id: number
  beam_index: number
  azimuth_offset_deg: number
  elevation_deg: number
  h_beamwidth_deg: number
  v_beamwidth_deg: number
  gain_dbi: number
}

/** All cells with their beams, ordered by site then cell name. */
export function listCells(db: ProjectDb): Cell[] {
  const beamsByCell = new Map<number, SsbBeam[]>()
  for (const b of db.prepare('SELECT * FROM ssb_beams ORDER BY cell_id, beam_index').all() as BeamRow[]) {
    const list = beamsByCell.get(b.cell_id) ?? []
    list.push({
      index: b.beam_index,
      azimuthOffsetDeg: b.azimuth_offset_deg,
      elevationDeg: b.elevation_deg,
      hBeamwidthDeg: b.h_beamwidth_deg,
      vBeamwidthDeg: b.v_beamwidth_deg,
      gainDbi: b.gain_dbi,
    })
    beamsByCell.set(b.cell_id, list)
  }
  const rows = db
    .prepare('SELECT c.*, s.name AS site FROM cells c JOIN sites s ON s.id = c.site_id ORDER BY s.name, c.name')
    .all() as CellRow[]
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    site: r.site,
    lon: r.lon,
    lat: r.lat,
    heightM: r.height_m,
    azimuthDeg: r.azimuth_deg,
    mechanicalTiltDeg: r.mechanical_tilt_deg,
    electricalTiltDeg: r.electrical_tilt_deg,
    pci: r.pci,
    arfcn: r.arfcn,
    band: r.band,
    fcMhz: r.fc_mhz,
    bandwidthMhz: r.bandwidth_mhz,
    scsKhz: r.scs_khz,
    txPowerDbm: r.tx_power_dbm,
    hBeamwidthDeg: r.h_beamwidth_deg,
    tddPattern: r.tdd_pattern,
    label: r.label,
    cellIdentity: r.cell_identity,
    technology: r.technology,
    defaulted: JSON.parse(r.defaulted_json) as string[],
    beams: beamsByCell.get(r.id) ?? [],
  }))
}

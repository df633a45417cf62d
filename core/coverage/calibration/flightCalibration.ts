import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { openProjectDb } from '../../db/openProjectDb.js'
import { importFile } from '../../ingest/importFile.js'
import { parseDriveTestTime } from '../../ingest/importers/parseDriveTestTime.js'
import { openXlsxWorkbook } from '../../ingest/xlsx/openXlsxWorkbook.js'
import { readXlsxTable } from '../../ingest/xlsx/readXlsxTable.js'
import type { PathLossModelName } from '../../radio/propagation/pathLossModelName.js'
import { estimateServingSite, type ServingSiteEstimate, type SiteGeometryRow } from './estimateServingSite.js'
import { fitFlightPathLoss, type FlightLayerFit, type FlightSample } from './fitFlightPathLoss.js'

/**
 * Calibration of the TR 36.777 aerial path-loss models against the real UAV flights of the
 * `uav-lte-a2g-nemo` dataset (Nemo exports of LTE flights at 20–150 m over a live network; see its
 * README and docs/calibration.md). The dataset does not give the serving site; the authors' table
 * gives per sample the 2D and 3D distance, elevation and azimuth towards it, from which
 * estimateServingSite recovers its position and height. Each flight is imported as Certus imports it
 * (a temporary project); the samples served by the site's cells are then compared with the models.
 * This module reads files; the models and fits it calls are pure.
 */

/** The flight exports, one CSV per altitude (`120m.csv`), inside the dataset folder. */
export const flightFolderName = 'Measured Data'

/** The authors' filtered table with the geometry towards the serving antenna. */
export const authorsTableFileName = 'DronePaper_Final_Dataset_filtered6 (1).xlsx'

/**
 * Carrier of the flights, GHz: 1.8, LTE band 3. An ASSUMPTION (UNVERIFIED): the export has no
 * EARFCN column and the dataset names no band; band 3 is the most widely deployed LTE band in
 * Malaysia. The TR 36.777 aerial formulas depend on fc only through 20·log10(fc), so another
 * carrier shifts every ME before by 20·log10(fc / 1.8 GHz) and changes no RMSE after (except at
 * 20 m, in the terrestrial UMa regime, whose LOS breakpoint depends on fc).
 */
export const assumedFlightCarrierGhz = 1.8

/** The models compared: UMa-AV (reported), RMa-AV and UMi-AV. */
export const flightModels = ['uma-av', 'rma-av', 'umi-av'] as const satisfies readonly PathLossModelName[]

/** What the dataset holds for the calibration. */
export interface FlightCampaign {
  /** Rows of the authors' table, with the flight altitude where the row matches a flight sample. */
  siteRows: SiteGeometryRow[]
  /** The cells (PCIs) the authors' table names: the serving site's cells. */
  siteCellPcis: number[]
  /** Samples of the flights served by one of those cells, with a measured path loss. */
  samples: FlightSample[]
  flights: { file: string; altitudeM: number; samples: number; servedBySite: number }[]
}

export interface FlightCalibrationReport {
  site: ServingSiteEstimate
  fcGhz: number
  siteCellPcis: number[]
  /** Rows of the authors' table, and how many of them match a sample of the shared flights (time and position). */
  tableRows: number
  tableRowsOnFlights: number
  flights: FlightCampaign['flights']
  /** Per model, one fit per flight altitude. */
  models: { model: PathLossModelName; layers: FlightLayerFit[] }[]
}

/**
 * Estimates the site from the authors' table and fits each model per flight altitude
 * (fitFlightPathLoss) at the site's estimated position and height.
 * @param folder the dataset folder (…/uav-lte-a2g-nemo)
 */
export async function runFlightCalibration(
  folder: string,
  options: { fcGhz?: number; models?: readonly PathLossModelName[] } = {},
): Promise<FlightCalibrationReport> {
  const campaign = await loadFlightCampaign(folder)
  const site = estimateServingSite(campaign.siteRows)
  if (site.heightM === null) throw new Error(`${authorsTableFileName}: no row matches a flight sample steeply enough to give the antenna height`)
  const fcGhz = options.fcGhz ?? assumedFlightCarrierGhz
  const where = { lon: site.lon, lat: site.lat, heightM: site.heightM }
  const models = (options.models ?? flightModels).map((model) => ({ model, layers: fitFlightPathLoss(campaign.samples, where, { model, fcGhz }) }))
  const tableRowsOnFlights = campaign.siteRows.filter((r) => r.altitudeM !== null).length
  return { site, fcGhz, siteCellPcis: campaign.siteCellPcis, tableRows: campaign.siteRows.length, tableRowsOnFlights, flights: campaign.flights, models }
}

interface StoredSample {
  time_ms: number | null
  lon: number
  lat: number
  altitude_m: number
  pci: number | null
  path_loss_db: number | null
  file_name: string
}

/** Imports every flight into a temporary project, reads the authors' table, and ties its rows to the flights. */
export async function loadFlightCampaign(folder: string): Promise<FlightCampaign> {
  const stored = await importFlights(join(folder, flightFolderName))
  const table = await readAuthorsTable(join(folder, authorsTableFileName))
  // A table row is a flight sample when time of day and position agree to the millisecond and 1e-6°.
  const key = (timeMs: number, lon: number, lat: number): string => `${timeMs % 86_400_000}|${Math.round(lon * 1e6)}|${Math.round(lat * 1e6)}`
  const altitudeByKey = new Map(stored.filter((s) => s.time_ms !== null).map((s) => [key(s.time_ms as number, s.lon, s.lat), s.altitude_m]))
  const siteRows = table.map(({ timeMs, row }) => ({ ...row, altitudeM: timeMs === null ? null : (altitudeByKey.get(key(timeMs, row.lon, row.lat)) ?? null) }))
  const siteCellPcis = [...new Set(siteRows.flatMap((r) => (r.cellId === null ? [] : [r.cellId])))].sort((a, b) => a - b)
  const served = stored.filter((s) => s.pci !== null && siteCellPcis.includes(s.pci) && s.path_loss_db !== null)
  const files = [...new Set(stored.map((s) => s.file_name))]
  const flights = files.map((file) => {
    const ofFile = stored.filter((s) => s.file_name === file)
    return { file, altitudeM: ofFile[0]?.altitude_m ?? Number.NaN, samples: ofFile.length, servedBySite: served.filter((s) => s.file_name === file).length }
  })
  return {
    siteRows,
    siteCellPcis,
    samples: served.map((s) => ({ lon: s.lon, lat: s.lat, altitudeM: s.altitude_m, pathLossDb: s.path_loss_db as number })),
    flights: flights.sort((a, b) => a.altitudeM - b.altitudeM),
  }
}

/** Every `*.csv` of the folder through importFile (the Nemo importer, altitude from the file name), in a throw-away project. */
async function importFlights(csvFolder: string): Promise<StoredSample[]> {
  const dir = mkdtempSync(join(tmpdir(), 'certus-flights-'))
  const db = openProjectDb(join(dir, 'flights.certus'))
  try {
    for (const file of readdirSync(csvFolder).filter((f) => f.toLowerCase().endsWith('.csv')).sort()) {
      const outcome = await importFile(db, join(csvFolder, file), {}, { now: new Date(0), label: file })
      if (outcome.status !== 'imported') throw new Error(`${file}: ${outcome.message ?? outcome.status}`)
    }
    return db
      .prepare(
        `SELECT s.time_ms, s.lon, s.lat, s.altitude_m, s.pci, s.path_loss_db, i.file_name FROM samples s JOIN imports i ON i.id = s.import_id
         WHERE s.altitude_m IS NOT NULL ORDER BY s.id`,
      )
      .all() as StoredSample[]
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const tableColumns = ['Time', 'Latitude', 'Longitude', 'Cell_id', '2D_Distance', '3D_Distance', 'Elevation_Angle', 'Azimuth_Angle'] as const

/** Every sheet of the authors' table (training and test rows), with each row's time of day (ms) when it has one. */
async function readAuthorsTable(path: string): Promise<{ timeMs: number | null; row: Omit<SiteGeometryRow, 'altitudeM'> }[]> {
  const workbook = await openXlsxWorkbook(path)
  const out: { timeMs: number | null; row: Omit<SiteGeometryRow, 'altitudeM'> }[] = []
  for (const sheet of workbook.sheets) {
    const table = await readXlsxTable(path, { sheet: sheet.name })
    const at = tableColumns.map((name) => table.header.indexOf(name))
    const missing = tableColumns.filter((_, k) => (at[k] as number) < 0)
    if (missing.length > 0) throw new Error(`${basename(path)}, sheet ${sheet.name}: no column ${missing.join(', ')}`)
    const [time, lat, lon, cell, d2, d3, elevation, azimuth] = at as [number, number, number, number, number, number, number, number]
    for await (const batch of table.batches) {
      for (const cells of batch.rows) {
        const number = (k: number): number => Number(cells[k])
        // Times are Excel day fractions, some written as text with a leading space (" 9:27:56.797").
        const parsed = parseDriveTestTime(cells[time], { excelSerial: true })
        out.push({
          timeMs: parsed === null ? null : Math.round(parsed.timeMs),
          row: {
            lon: number(lon), lat: number(lat), distance2dM: number(d2), distance3dM: number(d3), elevationDeg: number(elevation), azimuthDeg: number(azimuth),
            cellId: Number.isInteger(number(cell)) ? number(cell) : null,
          },
        })
      }
    }
  }
  return out
}

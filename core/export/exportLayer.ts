import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import type { ExportFormat, ExportLayerName, ExportResult } from '../api/schemas/exportSchemas.js'
import type { ProjectDb } from '../db/openProjectDb.js'
import { fileSink, TextWriter, zipEntrySink } from './byteSink.js'
import { ExportProgress, type ExportServices } from './exportProgress.js'
import type { ExportLayer } from './exportTable.js'
import { readExportLayer } from './readExportLayer.js'
import { writeCsv } from './writeCsv.js'
import { writeGeoJson } from './writeGeoJson.js'
import { writeGeoPackage } from './writeGeoPackage.js'
import { writeKml } from './writeKml.js'

export interface ExportRequest {
  layer: ExportLayerName
  format: ExportFormat
  /** Absolute path of the file to write. */
  out: string
}

export interface ExportOptions extends ExportServices {
  now: Date
  /** The open project's file, which an export must never overwrite. */
  projectPath?: string
  nativeBinding?: string
}

/** An export that cannot be done as asked (bad path): the message names the path and the reason. */
export class ExportRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExportRefusal'
  }
}

/**
 * Exports one layer of the project to a file. The file appears atomically: it is written beside the
 * target as `.NAME.partial`, synced, then renamed over the target (an existing file is replaced), so
 * a cancel, a crash or a kill never leaves a half-written file at `out`. An empty layer writes a
 * valid empty file (a CSV header, an empty FeatureCollection, a KML with an empty folder, a GeoPackage
 * with an empty table) and reports 0 features.
 */
export async function exportLayer(db: ProjectDb, request: ExportRequest, options: ExportOptions): Promise<ExportResult> {
  const out = checkTarget(request.out, options.projectPath)
  // One connection serves the host: an import in progress holds an open transaction on it.
  if (db.inTransaction) throw new ExportRefusal('an import is writing to the project: export when it has finished')
  const layer = readExportLayer(db, request.layer)
  const temporary = join(dirname(out), `.${basename(out)}.partial`)
  removeFile(temporary)
  const progress = new ExportProgress(layer.features, options)
  try {
    await writeFormat(layer, request.format, temporary, progress, options)
    renameSync(temporary, out)
  } catch (error) {
    // A full disk or a read-only folder is the user's to fix: say which file and why.
    const code = (error as NodeJS.ErrnoException).code
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new ExportRefusal(`${out}: cannot write: ${(error as Error).message}`)
    throw error
  } finally {
    removeFile(temporary)
  }
  options.onProgress?.(layer.features, layer.features, 'done')
  return { path: out, features: layer.features }
}

async function writeFormat(layer: ExportLayer, format: ExportFormat, path: string, progress: ExportProgress, options: ExportOptions): Promise<void> {
  if (format === 'gpkg') {
    await writeGeoPackage(layer.tables, path, progress, { now: options.now, ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }) })
    return
  }
  const file = fileSink(path)
  const out = new TextWriter(format === 'kmz' ? zipEntrySink(file, 'doc.kml') : file)
  let completed = false
  try {
    const title = `Certus ${layer.layer}`
    if (format === 'csv') await writeCsv(layer.csv, out, progress)
    else if (format === 'geojson') await writeGeoJson(layer.tables, layer.layer, out, progress)
    else await writeKml(layer.tables, title, out, progress)
    out.close()
    completed = true
  } finally {
    if (!completed) {
      try {
        file.close()
      } catch {
        // The write already failed; that error is the one to report.
      }
    }
  }
}

function checkTarget(out: string, projectPath: string | undefined): string {
  if (!isAbsolute(out)) throw new ExportRefusal(`${out}: the output path must be absolute`)
  const folder = dirname(out)
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ExportRefusal(`${out}: the folder ${folder} does not exist`)
  if (existsSync(out) && statSync(out).isDirectory()) throw new ExportRefusal(`${out}: is a folder, not a file`)
  if (projectPath !== undefined && resolve(projectPath) === resolve(out)) throw new ExportRefusal(`${out}: is the open project; choose another file`)
  return out
}

function removeFile(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(path + suffix, { force: true })
}

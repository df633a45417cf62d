import { stat } from 'node:fs/promises'
import { deleteImport, insertImport } from '../db/importsTable.js'
import { createSampleWriter, type SampleWriter } from '../db/sampleWriter.js'
import type { ProjectDb } from '../db/openProjectDb.js'
import { chooseImporter } from './chooseImporter.js'
import { FileRefusal, isSampleImporter, type DataKind, type ImportOptions, type ImportRunContext } from './importer.js'
import { parallelImportMinBytes, runSampleImportInWorker } from './parallel/runSampleImportInWorker.js'
import { probeFile } from './probeFile.js'
import { unsupportedFormatReason } from './unsupportedFormats.js'
import { RowErrorLog } from './rowErrors.js'
import type { FileImportOutcome } from '../api/schemas/importSchemas.js'
import { sha256File } from './sha256File.js'

export type { FileImportOutcome }

export interface ImportFileServices {
  now: Date
  /** How the file is named in the project and the outcome when its path is not its name (an upload's temporary copy). */
  label?: string
  signal?: AbortSignal
  /** Bytes of this file read so far, and its size. */
  onProgress?: (bytesRead: number, sizeBytes: number, phase: string) => void
  /**
   * Parse in a worker thread while this one writes: by default for sample files from
   * parallelImportMinBytes; tests force either way to compare them.
   */
  parallel?: boolean
}

export const defaultRejectThreshold = 0.05

const abortError = (): Error => Object.assign(new Error('the import was cancelled'), { name: 'AbortError' })

/**
 * Imports one file into the project in ONE transaction: everything it stores commits together, or
 * nothing does (a refusal, an error, a cancel or a killed process leaves the project as it was).
 * A file with the same SHA-256 as an earlier import is skipped unless `force`, which replaces it.
 */
export async function importFile(db: ProjectDb, path: string, options: ImportOptions, services: ImportFileServices): Promise<FileImportOutcome> {
  const outcome: FileImportOutcome = {
    file: services.label ?? path, kind: null, format: null, status: 'refused', rows: 0, rejected: 0, errors: [], errorsTotal: 0, warnings: [], sha256: null,
  }
  const refuse = (message: string): FileImportOutcome => ({ ...outcome, status: 'refused', message, rows: 0 })
  try {
    if (!(await stat(path)).isFile()) return refuse(`${path}: not a file`)
  } catch {
    return refuse(`${path}: no such file`)
  }
  services.onProgress?.(0, 1, 'checking')
  outcome.sha256 = await sha256File(path)
  const earlier = db.prepare('SELECT id FROM imports WHERE sha256 = ? ORDER BY id').pluck().all(outcome.sha256) as number[]
  if (earlier.length > 0 && !options.force) {
    const previous = db.prepare('SELECT kind, format, rows FROM imports WHERE id = ?').get(earlier[0]) as { kind: DataKind; format: string | null; rows: number }
    return { ...outcome, status: 'skipped', kind: previous.kind, format: previous.format, message: `${path}: already imported (same SHA-256); pass --force to import it again` }
  }

  const probe = await probeFile(path)
  const unsupported = unsupportedFormatReason(probe.extension)
  if (unsupported !== undefined) return refuse(`${probe.fileName}: ${unsupported}`)
  const importer = chooseImporter(probe, options)
  if (importer === undefined) {
    return refuse(
      options.kind === undefined
        ? `${probe.fileName}: cannot tell what this file holds; pass --kind drivetest|cells|kpi|kqi|route|area`
        : `${probe.fileName}: not readable as ${options.kind} data`,
    )
  }
  outcome.kind = importer.kind
  outcome.format = importer.format

  const errors = new RowErrorLog()
  const warnings: string[] = []
  let lastYield = Date.now()
  db.exec('BEGIN IMMEDIATE')
  try {
    // --force replaces the earlier import of the same bytes; its rows go with it (ON DELETE CASCADE).
    for (const id of earlier) deleteImport(db, id)
    const importId = insertImport(db, { fileName: services.label ?? path, sha256: outcome.sha256, kind: importer.kind, rows: 0, rejected: 0, importedAt: services.now })
    let samples: SampleWriter | undefined
    const sampleWriter = (): SampleWriter => (samples ??= createSampleWriter(db, importId))
    const context: ImportRunContext = {
      db, importId, probe, options, now: services.now,
      get samples() {
        return sampleWriter()
      },
      reject: (line, field, message) => errors.add(line, field, message),
      warn: (message) => warnings.push(message),
      checkpoint: async (bytesRead) => {
        if (services.signal?.aborted) throw abortError()
        // Yield at most every 50 ms: often enough for cancel and progress, rarely enough to cost nothing.
        if (Date.now() - lastYield < 50) return
        services.onProgress?.(bytesRead, probe.sizeBytes, 'importing')
        await new Promise<void>((resolve) => setImmediate(resolve))
        lastYield = Date.now()
        if (services.signal?.aborted) throw abortError()
      },
    }
    const parallel = isSampleImporter(importer) && (services.parallel ?? probe.sizeBytes >= parallelImportMinBytes)
    const { rows } = parallel
      ? await runSampleImportInWorker(importer, context, { writer: sampleWriter(), errors, ...(services.signal === undefined ? {} : { signal: services.signal }) })
      : await importer.run(context)
    samples?.flush()
    const threshold = options.rejectThreshold ?? defaultRejectThreshold
    const considered = rows + errors.total
    if (considered === 0) throw new FileRefusal(`${probe.fileName}: no data rows`)
    if (errors.total / considered > threshold) {
      throw new FileRefusal(
        `${probe.fileName}: ${errors.total} of ${considered} rows rejected (${((100 * errors.total) / considered).toFixed(1)} %), above the ${(100 * threshold).toFixed(1)} % threshold`,
      )
    }
    db.prepare('UPDATE imports SET rows = ?, rejected = ?, errors_json = ?, format = ?, warnings_json = ? WHERE id = ?').run(
      rows, errors.total, JSON.stringify(errors.listed), importer.format, JSON.stringify(warnings), importId,
    )
    db.exec('COMMIT')
    services.onProgress?.(probe.sizeBytes, probe.sizeBytes, 'done')
    return { ...outcome, status: 'imported', rows, rejected: errors.total, errors: errors.listed, errorsTotal: errors.total, warnings }
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    if ((error as Error).name === 'AbortError') throw error
    const message = error instanceof FileRefusal ? error.message : `${probe.fileName}: ${(error as Error).message}`
    return { ...refuse(message), rejected: errors.total, errors: errors.listed, errorsTotal: errors.total, warnings }
  }
}

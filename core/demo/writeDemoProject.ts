import { createHash } from 'node:crypto'
import type { ProjectDb } from '../db/openProjectDb.js'
import { radioPartOf, type DemoNetwork } from './demoNetwork.js'
import { insertNetwork } from '../db/cellsTable.js'
import { insertArea, insertRoute } from '../db/geometryTables.js'
import { insertImport, updateImportCounts } from '../db/importsTable.js'
import { createKpiWriter, createKqiWriter } from '../db/kpiKqiTables.js'
import { setProjectName } from '../db/projectSummary.js'
import { createSampleWriter } from '../db/samplesTable.js'
import { canonicalJson } from './canonicalJson.js'

export interface WriteDemoOptions {
  /** Time recorded as the import time of the demo's provenance row. */
  now: Date
  /**
   * Checked before, during (every `progressInterval` samples) and after the writing; aborting rolls
   * everything back. At each checkpoint the writer yields to the event loop, so a cancel request or a
   * progress event can pass through the host while the transaction is open.
   */
  signal?: AbortSignal
  /** Called with records written so far, records in all, and the phase: 'network', 'samples', 'routes and areas', 'app KQIs', 'KPIs', then 'done'. */
  onProgress?: (done: number, total: number, phase: string) => void
}

/** Samples written between progress reports and cancellation checks. */
const progressInterval = 500

/** KQI and KPI values written between progress reports and cancellation checks (they are cheaper than samples). */
const valueProgressInterval = 5000

/** The importer format recorded on the demo's KQI and KPI import rows (as an import records its importer's). */
export const demoImportFormat = 'demo'

/**
 * Writes a generated demo network into an empty project in one transaction (BEGIN IMMEDIATE … COMMIT,
 * rolled back on any error): a provenance row of
 * kind 'demo' (file name `demo:<seed>`, SHA-256 of the canonical JSON of the network's radio part),
 * the project name, sites, cells with their SSB beams, the drive-test samples, the drone routes and
 * the task area; then, as an import of each would, a row of kind 'kqi' (`demo:<seed>:app-kqis`) with
 * the app KQIs and one of kind 'kpi' (`demo:<seed>:kpis`) with the KPI counters, both of format
 * 'demo' with the SHA-256 of their records' canonical JSON.
 * Throws if the project already holds cells. Cancelling through `signal` throws an Error named
 * 'AbortError' at the next checkpoint and the transaction rolls back, leaving the project as it was.
 */
export async function writeDemoProject(db: ProjectDb, network: DemoNetwork, options: WriteDemoOptions): Promise<void> {
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) throw new Error('options.now must be a valid Date')
  const sha256 = sha256Of(radioPartOf(network))
  const radioTotal = network.sites.length + network.cells.length + network.samples.length + network.routes.length + network.areas.length
  const total = radioTotal + network.kqis.length + network.kpis.length
  const report = (done: number, phase: string): void => options.onProgress?.(done, total, phase)
  const checkpoint = async (): Promise<void> => {
    throwIfAborted(options.signal)
    await new Promise<void>((resolve) => setImmediate(resolve))
    throwIfAborted(options.signal)
  }

  // better-sqlite3's db.transaction() cannot span an await, so the transaction is opened by hand.
  db.exec('BEGIN IMMEDIATE')
  try {
    await checkpoint()
    const existingCells = (db.prepare('SELECT count(*) AS n FROM cells').get() as { n: number }).n
    if (existingCells > 0) {
      throw new Error(`the project already holds ${existingCells} cells; the demo is written only into an empty project`)
    }
    report(0, 'network')
    const importId = insertImport(db, { fileName: `demo:${network.seed}`, sha256, kind: 'demo', rows: 0, rejected: 0, importedAt: options.now })
    setProjectName(db, network.name)
    const cellIds = insertNetwork(db, importId, network.sites, network.cells)
    let done = network.sites.length + network.cells.length
    report(done, 'samples')
    await checkpoint()

    const writeSample = createSampleWriter(db, importId)
    for (const { cellName, ...sample } of network.samples) {
      const cellId = cellName === null ? null : cellIds.get(cellName)
      if (cellId === undefined) throw new Error(`bug: demo sample at ${sample.lon}, ${sample.lat} names cell ${cellName ?? ''}, which is not in the network`)
      writeSample({ ...sample, cellId })
      done++
      if ((done - network.sites.length - network.cells.length) % progressInterval === 0) {
        report(done, 'samples')
        await checkpoint()
      }
    }
    writeSample.flush()
    report(done, 'routes and areas')

    for (const route of network.routes) insertRoute(db, importId, route)
    for (const area of network.areas) insertArea(db, importId, area)
    done += network.routes.length + network.areas.length
    updateImportCounts(db, importId, radioTotal, 0)
    await checkpoint()

    done = await writeValues(db, network, options.now, { done, report, checkpoint })
    db.exec('COMMIT')
    report(done, 'done')
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    throw error
  }
}

const sha256Of = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex')

interface Progress {
  done: number
  report: (done: number, phase: string) => void
  checkpoint: () => Promise<void>
}

/** The app KQIs and the KPI counters, each under its own import row; returns the records done in all. */
async function writeValues(db: ProjectDb, network: DemoNetwork, now: Date, progress: Progress): Promise<number> {
  let { done } = progress
  const step = async (phase: string): Promise<void> => {
    done++
    if (done % valueProgressInterval === 0) {
      progress.report(done, phase)
      await progress.checkpoint()
    }
  }
  const importOf = (suffix: string, kind: 'kqi' | 'kpi', records: unknown[]): number => {
    return insertImport(db, { fileName: `demo:${network.seed}:${suffix}`, sha256: sha256Of(records), kind, rows: records.length, rejected: 0, importedAt: now, format: demoImportFormat })
  }
  progress.report(done, 'app KQIs')
  const writeKqi = createKqiWriter(db, importOf('app-kqis', 'kqi', network.kqis))
  for (const record of network.kqis) {
    writeKqi(record)
    await step('app KQIs')
  }
  progress.report(done, 'KPIs')
  const kpiWriter = createKpiWriter(db, importOf('kpis', 'kpi', network.kpis))
  for (const record of network.kpis) {
    kpiWriter.write(record)
    await step('KPIs')
  }
  await progress.checkpoint()
  return done
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted !== true) return
  const error = new Error('writing the demo project was cancelled')
  error.name = 'AbortError'
  throw error
}

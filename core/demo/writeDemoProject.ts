import { createHash } from 'node:crypto'
import type { ProjectDb } from '../db/openProjectDb.js'
import type { DemoNetwork } from './demoNetwork.js'
import { insertNetwork } from '../db/cellsTable.js'
import { insertArea, insertRoute } from '../db/geometryTables.js'
import { insertImport, updateImportCounts } from '../db/importsTable.js'
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
  /** Called with records written so far, records in all, and the phase: 'network', 'samples', 'routes and areas', then 'done'. */
  onProgress?: (done: number, total: number, phase: string) => void
}

/** Samples written between progress reports and cancellation checks. */
const progressInterval = 500

/**
 * Writes a generated demo network into an empty project in one transaction (BEGIN IMMEDIATE … COMMIT,
 * rolled back on any error): a provenance row of
 * kind 'demo' (file name `demo:<seed>`, SHA-256 of the network's canonical JSON), the project name,
 * sites, cells with their SSB beams, the drive-test samples, the drone routes and the task area.
 * Throws if the project already holds cells. Cancelling through `signal` throws an Error named
 * 'AbortError' at the next checkpoint and the transaction rolls back, leaving the project as it was.
 */
export async function writeDemoProject(db: ProjectDb, network: DemoNetwork, options: WriteDemoOptions): Promise<void> {
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) throw new Error('options.now must be a valid Date')
  const sha256 = createHash('sha256').update(canonicalJson(network)).digest('hex')
  const total = network.sites.length + network.cells.length + network.samples.length + network.routes.length + network.areas.length
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
    updateImportCounts(db, importId, done, 0)
    await checkpoint()
    db.exec('COMMIT')
    report(done, 'done')
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    throw error
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted !== true) return
  const error = new Error('writing the demo project was cancelled')
  error.name = 'AbortError'
  throw error
}

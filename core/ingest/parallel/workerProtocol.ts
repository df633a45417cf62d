import type { SampleColumns } from '../../db/sampleColumns.js'
import type { FileProbe, ImportOptions } from '../importer.js'
import type { RowError } from '../rowErrors.js'

/** What the parsing worker is asked to do (its `workerData.task`). */
export interface ImportWorkerTask {
  format: string
  probe: FileProbe
  options: ImportOptions
  nowMs: number
  /** Samples per batch posted to the writing thread. */
  batchRows: number
  /** Batches posted and not yet acknowledged before the worker waits: bounds memory whatever the file's size. */
  maxBatchesInFlight: number
  /** Rejected rows sent in full; later ones are only counted (the import keeps 100 anyway). */
  maxListedRejects: number
}

/** Rejected rows since the last message: listed in full up to the task's cap, then only counted. */
export interface RejectReport {
  listed: RowError[]
  unlisted: number
}

export type WorkerToImport =
  | { type: 'batch'; columns: SampleColumns; rejects: RejectReport; bytesRead: number }
  | { type: 'progress'; rejects: RejectReport; bytesRead: number }
  | { type: 'done'; rows: number; rejects: RejectReport; warnings: string[] }
  | { type: 'failed'; refusal: boolean; message: string; stack?: string }

/** The writing thread acknowledges each batch once it is written. */
export type ImportToWorker = { type: 'ack' }

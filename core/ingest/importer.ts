import type { ProjectDb } from '../db/openProjectDb.js'
import type { ColumnMapping } from './columnMapping.js'
import type { NeighbourRecord, SampleRecord } from '../db/samplesTable.js'

/** What an imported file holds; `--kind` names one of these. */
export const dataKinds = ['drivetest', 'cells', 'kpi', 'kqi', 'route', 'area'] as const
export type DataKind = (typeof dataKinds)[number]

export interface ImportOptions {
  /** Overrides detection: only importers of this kind are considered. */
  kind?: DataKind
  /** Altitude of every sample in metres AGL, for flight logs whose altitude is only in the file name. */
  altitudeM?: number
  /** Column mapping for generic files (header name → field). */
  mapping?: ColumnMapping
  /** Import again even when a file with the same SHA-256 was imported before (replacing that import). */
  force?: boolean
  /** Refuse the file when more than this share of its rows is rejected. Default 0.05. */
  rejectThreshold?: number
}

/** What detection sees of a file: its name, first bytes and, for delimited text, its header. */
export interface FileProbe {
  path: string
  fileName: string
  /** Lower-case extension without the dot: `csv`, `kml`, `xlsx`… */
  extension: string
  sizeBytes: number
  /** Decoded text of the first 64 KiB (empty for binary containers such as xlsx or kmz). */
  headText: string
  /** Header of a delimited text file, trimmed; empty when the file is not delimited text. */
  header: string[]
}

/** Stores one sample (with its neighbours, in the order the source listed them). */
export type SampleSink = (sample: SampleRecord, neighbours?: readonly NeighbourRecord[]) => void

/**
 * What an importer that only produces samples uses. It needs no database, so it can run in a parsing
 * worker thread while the import's thread writes (parallel/runSampleImportInWorker.ts).
 */
export interface SampleImportContext {
  probe: FileProbe
  options: ImportOptions
  now: Date
  /** Records a rejected row: `file:line:field: reason`. The import goes on. */
  reject(line: number, field: string, message: string): void
  /** A remark about the whole file (defaults applied, columns ignored…). */
  warn(message: string): void
  /** Reports progress, yields to the event loop and throws AbortError when cancelled. Call every batch. */
  checkpoint(bytesRead: number): Promise<void>
  /**
   * The import's samples (batched; the import flushes them and completes the spatial index before it
   * commits: importers just write).
   */
  readonly samples: SampleSink
}

/** The services an importer uses while it runs inside the file's transaction. */
export interface ImportRunContext extends SampleImportContext {
  db: ProjectDb
  importId: number
}

export interface ImportRunResult {
  /** Records stored (samples, cells, KPI values, KQI values, routes or areas). */
  rows: number
}

/** One source format: how to recognise it and how to read it into the project. */
export interface Importer {
  readonly format: string
  readonly kind: DataKind
  readonly description: string
  /** Confidence from 0 (not this format) to 1 (certainly this format). */
  detect(probe: FileProbe): number
  run(context: ImportRunContext): Promise<ImportRunResult>
}

/** An importer of samples only: it may run in a parsing worker (see SampleImportContext). */
export interface SampleImporter extends Importer {
  readonly samplesOnly: true
  run(context: SampleImportContext): Promise<ImportRunResult>
}

export const isSampleImporter = (importer: Importer): importer is SampleImporter => (importer as Partial<SampleImporter>).samplesOnly === true

/** Thrown by an importer for a file it cannot read at all: the file is refused with this message. */
export class FileRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FileRefusal'
  }
}

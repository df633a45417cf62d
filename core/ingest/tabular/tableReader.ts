/** A batch of records with the physical line each starts on (1-based; a sheet's row number for xlsx). */
export interface TableBatch {
  rows: string[][]
  lines: number[]
  /** Bytes of the source consumed so far, for progress. */
  bytesRead: number
}

/**
 * A table from a delimited text file or a spreadsheet: the header, then the records in batches.
 * Importers work on this, so each format's logic serves CSV, TSV and xlsx alike.
 */
export interface TableReader {
  header: string[]
  headerLine: number
  encoding: string
  delimiter: string
  sizeBytes: number
  batches: AsyncGenerator<TableBatch>
  close(): Promise<void>
}

import type { FileImportOutcome } from '../../../core/api/schemas/importSchemas.js'

/** One line of the import log: a rejected row (with line and field), a whole-file refusal or a warning. */
export interface ImportLogEntry {
  /** Row id of the file in the import list, so that entries of two files with the same name stay apart. */
  readonly rowId: number
  readonly file: string
  readonly severity: 'refusal' | 'error' | 'warning'
  /** 1-based line of the file; null for whole-file remarks. */
  readonly line: number | null
  readonly field: string | null
  readonly message: string
}

/** What the log needs of an import-list row. */
export interface LoggedImport {
  readonly id: number
  readonly name: string
  readonly status: string
  readonly outcome: FileImportOutcome | null
  /** Why the file was refused or failed, when it was. */
  readonly message: string | null
}

/** Rows of a file that were rejected but not listed (the core lists the first hundred of each file). */
export interface UnlistedErrors {
  readonly rowId: number
  readonly file: string
  readonly count: number
}

/**
 * The import log of a session: for every file in import order, its refusal (or failure) message, every
 * rejected row the core listed (line, field, reason), then its warnings.
 */
export function importLogEntries(imports: readonly LoggedImport[]): ImportLogEntry[] {
  return imports.flatMap((item): ImportLogEntry[] => {
    const base = { rowId: item.id, file: item.name }
    const refusal: ImportLogEntry[] =
      (item.status === 'refused' || item.status === 'failed' || item.status === 'tooLarge') && item.message !== null
        ? [{ ...base, severity: 'refusal', line: null, field: null, message: item.message }]
        : []
    const errors = (item.outcome?.errors ?? []).map(
      (error): ImportLogEntry => ({ ...base, severity: 'error', line: error.line, field: error.field, message: error.message }),
    )
    const warnings = (item.outcome?.warnings ?? []).map(
      (message): ImportLogEntry => ({ ...base, severity: 'warning', line: null, field: null, message }),
    )
    return [...refusal, ...errors, ...warnings]
  })
}

/** Files whose rejected rows are more than the core listed, and how many are missing from the log. */
export function unlistedErrors(imports: readonly LoggedImport[]): UnlistedErrors[] {
  return imports.flatMap((item) => {
    const count = item.outcome === null ? 0 : item.outcome.errorsTotal - item.outcome.errors.length
    return count > 0 ? [{ rowId: item.id, file: item.name, count }] : []
  })
}

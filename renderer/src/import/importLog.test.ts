import { describe, expect, it } from 'vitest'
import type { FileImportOutcome } from '../../../core/api/schemas/importSchemas.js'
import { importLogEntries, unlistedErrors, type LoggedImport } from './importLog.js'

const outcome = (over: Partial<FileImportOutcome>): FileImportOutcome => ({
  file: 'x', kind: 'drivetest', format: 'gnettrack', status: 'imported', rows: 0, rejected: 0, errors: [], errorsTotal: 0, warnings: [], sha256: null, ...over,
})

describe('importLogEntries', () => {
  it('lists per file its refusal, every listed rejected row with line and field, then its warnings', () => {
    const imports: LoggedImport[] = [
      {
        id: 1, name: 'bad.csv', status: 'refused', message: 'bad.csv: 9 of 10 rows rejected',
        outcome: outcome({ status: 'refused', errors: [{ line: 2, field: 'Latitude', message: 'not a number' }], errorsTotal: 9, warnings: ['no GPS fix in 3 rows'] }),
      },
      { id: 2, name: 'good.csv', status: 'imported', message: null, outcome: outcome({ warnings: ['defaults applied'] }) },
      { id: 3, name: 'wait.csv', status: 'queued', message: null, outcome: null },
    ]
    expect(importLogEntries(imports)).toEqual([
      { rowId: 1, file: 'bad.csv', severity: 'refusal', line: null, field: null, message: 'bad.csv: 9 of 10 rows rejected' },
      { rowId: 1, file: 'bad.csv', severity: 'error', line: 2, field: 'Latitude', message: 'not a number' },
      { rowId: 1, file: 'bad.csv', severity: 'warning', line: null, field: null, message: 'no GPS fix in 3 rows' },
      { rowId: 2, file: 'good.csv', severity: 'warning', line: null, field: null, message: 'defaults applied' },
    ])
  })
  it('logs a failed call with its message but not a skipped file', () => {
    const entries = importLogEntries([
      { id: 1, name: 'a', status: 'failed', message: 'server gone', outcome: null },
      { id: 2, name: 'b', status: 'skipped', message: 'b: already imported', outcome: outcome({ status: 'skipped' }) },
    ])
    expect(entries.map((entry) => [entry.file, entry.severity])).toEqual([['a', 'refusal']])
  })
})

describe('unlistedErrors', () => {
  it('counts the rejected rows the core did not list (it lists the first hundred)', () => {
    const errors = Array.from({ length: 100 }, (_, i) => ({ line: i + 2, field: 'RSRP', message: 'out of range' }))
    expect(unlistedErrors([{ id: 4, name: 'big.csv', status: 'imported', message: null, outcome: outcome({ errors, errorsTotal: 250 }) }])).toEqual([
      { rowId: 4, file: 'big.csv', count: 150 },
    ])
  })
})

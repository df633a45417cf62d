import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FileImportOutcome } from '../../api/schemas/importSchemas.js'
import { openProjectDb, type ProjectDb } from '../../db/openProjectDb.js'
import { importFile } from '../importFile.js'
import type { ImportOptions } from '../importer.js'

/** The clock every import test records, so that stored rows compare exactly. */
export const testNow = new Date('2026-11-30T00:00:00Z')

export interface ImportHarness {
  /** A private temporary folder for the suite. */
  readonly dir: string
  /** A new, empty project file; closed by `closeProjects`. */
  project(): ProjectDb
  /** Writes a fixture under its own name (each in a folder of its own, so names may repeat) and returns its path. */
  write(name: string, content: string | Uint8Array): string
  importInto(db: ProjectDb, path: string, options?: ImportOptions): Promise<FileImportOutcome>
  /** Closes every project opened since the last call: pass it to `afterEach`. */
  closeProjects(): void
}

/** Shared set-up of the importer suites: temporary projects and fixture files, imports at a fixed clock. */
export function createImportHarness(prefix: string): ImportHarness {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const opened: ProjectDb[] = []
  return {
    dir,
    project() {
      const db = openProjectDb(join(mkdtempSync(join(dir, 'p-')), 'p.certus'))
      opened.push(db)
      return db
    },
    write(name, content) {
      const path = join(mkdtempSync(join(dir, 'f-')), name)
      writeFileSync(path, content)
      return path
    },
    importInto: (db, path, options = {}) => importFile(db, path, options, { now: testNow }),
    closeProjects() {
      for (const db of opened.splice(0)) if (db.open) db.close()
    },
  }
}

import Database from 'better-sqlite3'
import { existsSync, statSync } from 'node:fs'
import { latestSchemaVersion, migrations } from './migrations.js'

export type ProjectDb = Database.Database

/** `PRAGMA application_id` of a Certus project file: "CRTS" in ASCII, so `file(1)` and we can tell it apart. */
export const certusApplicationId = 0x43525453

export interface OpenProjectOptions {
  /**
   * Path of a better-sqlite3 addon built for the running runtime. The Electron host passes its
   * Electron-ABI build here; the CLI and tests leave it out and use the Node build in node_modules.
   */
  nativeBinding?: string
  /** Refuse to create a file that does not exist. Default false: a missing project is created. */
  mustExist?: boolean
}

/** A project file that cannot be opened: names the path and the reason. */
export class ProjectFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`)
    this.name = 'ProjectFileError'
  }
}

/**
 * Opens a project file, creating and migrating it as needed. WAL journal with synchronous=NORMAL:
 * a crash or kill at any moment leaves the last committed transaction intact (SQLite WAL guarantees).
 */
export function openProjectDb(path: string, options: OpenProjectOptions = {}): ProjectDb {
  const exists = existsSync(path)
  if (!exists && options.mustExist) throw new ProjectFileError(path, 'no such project file')
  if (exists && statSync(path).isDirectory()) throw new ProjectFileError(path, 'is a folder, not a project file')

  let db: ProjectDb
  try {
    db = new Database(path, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding })
  } catch (error) {
    throw new ProjectFileError(path, `cannot open: ${(error as Error).message}`)
  }
  try {
    checkIdentity(db, path, exists)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db, path)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function checkIdentity(db: ProjectDb, path: string, existed: boolean): void {
  let applicationId: number
  let userVersion: number
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number
    userVersion = db.pragma('user_version', { simple: true }) as number
  } catch (error) {
    throw new ProjectFileError(path, `not a Certus project (${(error as Error).message})`)
  }
  const tableCount = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n
  if (applicationId !== certusApplicationId && (userVersion !== 0 || tableCount > 0)) {
    throw new ProjectFileError(path, 'not a Certus project: it is an SQLite database of another application')
  }
  if (userVersion > latestSchemaVersion) {
    throw new ProjectFileError(
      path,
      `was written by a newer Certus (schema ${userVersion}; this version reads up to ${latestSchemaVersion})`,
    )
  }
  if (!existed || tableCount === 0) db.pragma(`application_id = ${certusApplicationId}`)
}

function migrate(db: ProjectDb, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number
  for (const migration of migrations) {
    if (migration.version <= current) continue
    try {
      db.transaction(() => {
        db.exec(migration.sql)
        db.pragma(`user_version = ${migration.version}`)
      })()
    } catch (error) {
      throw new ProjectFileError(path, `migration ${migration.version} (${migration.description}) failed: ${(error as Error).message}`)
    }
  }
}

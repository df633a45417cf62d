import Database from 'better-sqlite3'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { latestSchemaVersion, migrations } from './migrations.js'
import { certusApplicationId, openProjectDb, type ProjectDb } from './openProjectDb.js'

const opened: ProjectDb[] = []
const freshDir = (): string => mkdtempSync(join(tmpdir(), 'certus-db-'))
const open = (path: string, options?: Parameters<typeof openProjectDb>[1]): ProjectDb => {
  const db = openProjectDb(path, options)
  opened.push(db)
  return db
}

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close()
})

describe('project file', () => {
  it('is created at the latest schema, in WAL mode, marked as a Certus project', () => {
    const db = open(join(freshDir(), 'new.certus'))
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
    expect(db.pragma('application_id', { simple: true })).toBe(certusApplicationId)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['imports', 'sites', 'cells', 'ssb_beams', 'samples', 'samples_rtree', 'routes', 'route_points', 'areas']))
  })

  it('migrates a schema-2 project: each import gets its sample id range and the import_id index goes', () => {
    const path = join(freshDir(), 'v2.certus')
    const old = new Database(path)
    old.pragma(`application_id = ${certusApplicationId}`)
    for (const m of migrations.filter((m) => m.version <= 2)) old.exec(m.sql)
    old.pragma('user_version = 2')
    const addImport = old.prepare("INSERT INTO imports (file_name, sha256, kind, rows, rejected, errors_json, imported_at) VALUES (?, ?, 'drivetest', 2, 0, '[]', '2026-11-30')")
    const addSample = old.prepare('INSERT INTO samples (id, import_id, lon, lat) VALUES (?, ?, 114, 22)')
    addImport.run('a.csv', 'a')
    addImport.run('b.csv', 'b')
    addImport.run('empty.csv', 'c')
    for (const [id, importId] of [[1, 1], [2, 1], [3, 2], [4, 2]]) addSample.run(id, importId)
    old.close()

    const db = open(path)
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
    expect(db.prepare('SELECT id, first_sample_id, last_sample_id FROM imports ORDER BY id').raw().all()).toEqual([[1, 1, 2], [2, 3, 4], [3, null, null]])
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'samples_import'").pluck().get()).toBe(0)
  })

  it('opens again without re-running migrations', () => {
    const path = join(freshDir(), 'again.certus')
    open(path).prepare("INSERT INTO meta (key, value) VALUES ('name', 'kept')").run()
    opened.pop()?.close()
    expect(open(path).prepare("SELECT value FROM meta WHERE key = 'name'").pluck().get()).toBe('kept')
  })

  it('refuses a missing file when it must exist, naming the path', () => {
    const path = join(freshDir(), 'missing.certus')
    expect(() => open(path, { mustExist: true })).toThrow(`${path}: no such project file`)
  })

  it('refuses a file that is not a database, naming the path', () => {
    const path = join(freshDir(), 'notes.certus')
    writeFileSync(path, 'these are not the droids you are looking for, and certainly not SQLite\n'.repeat(50))
    expect(() => open(path)).toThrow(new RegExp(`^${path}: not a Certus project`))
  })

  it("refuses another application's SQLite database instead of adding tables to it", () => {
    const path = join(freshDir(), 'other.sqlite')
    const other = new Database(path)
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)')
    other.close()
    expect(() => open(path)).toThrow(/not a Certus project: it is an SQLite database of another application/)
  })

  it('refuses a project written by a newer Certus', () => {
    const path = join(freshDir(), 'future.certus')
    open(path).pragma(`user_version = ${latestSchemaVersion + 1}`)
    opened.pop()?.close()
    expect(() => open(path)).toThrow(/written by a newer Certus/)
  })

  it('uses the better-sqlite3 addon it is given (the Electron host passes its own build)', () => {
    const path = join(freshDir(), 'binding.certus')
    expect(() => open(path, { nativeBinding: join(freshDir(), 'no-such-addon.node') })).toThrow(/cannot open/)
  })
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCertus } from './cliProcess.js'

const dir = mkdtempSync(join(tmpdir(), 'certus-mapping-'))

/** A vendor export whose column names no synonym knows: only a mapping can read it. */
function writeVendorFile(name: string, rows: number): string {
  const lines = ['Stamp;X;Y;Signal;Thru']
  for (let i = 0; i < rows; i++) lines.push(`2026-11-30 10:00:${String(i % 60).padStart(2, '0')};114,05${i};22,54${i};-8${i % 10};${1500 + i}`)
  const path = join(dir, name)
  writeFileSync(path, `${lines.join('\r\n')}\r\n`)
  return path
}

describe('certus import with a column mapping', () => {
  const mappingFile = join(dir, 'vendor-mapping.json')
  writeFileSync(
    mappingFile,
    JSON.stringify({ kind: 'drivetest', columns: { time: 'Stamp', lon: 'X', lat: 'Y', rsrpDbm: 'Signal', dlMbps: 'Thru' }, scale: { dlMbps: 0.001 } }),
  )
  const project = join(dir, 'p.certus')

  it('refuses the file without a mapping, saying how to name its kind', () => {
    const run = runCertus(['import', project, writeVendorFile('plain.csv', 20), '--json'])
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout).imports[0].message).toMatch(/cannot tell what this file holds/)
  })

  it('reads it with a mapping file and saves the mapping in the project', () => {
    const run = runCertus(['import', project, writeVendorFile('first.csv', 30), '--mapping', mappingFile, '--save-mapping', 'vendor-x', '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).imports[0]).toMatchObject({ status: 'imported', kind: 'drivetest', rows: 30, rejected: 0 })
  })

  it('reuses the saved mapping by name on the next file of that layout, with its unit scale', async () => {
    const run = runCertus(['import', project, writeVendorFile('second.csv', 12), '--mapping', 'vendor-x', '--json'])
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).imports[0]).toMatchObject({ status: 'imported', rows: 12 })
    const Database = (await import('better-sqlite3')).default
    const db = new Database(project, { readonly: true })
    expect(db.prepare('SELECT max(dl_mbps) FROM samples').pluck().get()).toBeCloseTo(1.529, 3)
    expect(db.prepare('SELECT name, kind FROM mappings').all()).toEqual([{ name: 'vendor-x', kind: 'drivetest' }])
    db.close()
  })

  it('names an unknown saved mapping in its refusal', () => {
    const run = runCertus(['import', project, writeVendorFile('third.csv', 5), '--mapping', 'nope'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('no mapping named "nope" is saved in this project')
  })
})

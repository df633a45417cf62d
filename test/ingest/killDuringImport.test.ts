import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { repoRoot, runCertus } from '../cli/cliProcess.js'
import { writeGnettrackFile } from './gnettrackFiles.js'

const walBytes = (project: string): number => (existsSync(`${project}-wal`) ? statSync(`${project}-wal`).size : 0)

describe('an import killed half-way', () => {
  it('leaves the project consistent and without any of the file, and the file imports afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'certus-kill-import-'))
    const project = join(dir, 'p.certus')
    const file = join(dir, 'big.csv')
    writeGnettrackFile(file, 300_000)
    expect(runCertus(['demo', project]).status).toBe(0)
    const before = JSON.parse(runCertus(['info', project, '--json']).stdout) as { samples: number; imports: unknown[] }

    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'certus.mjs'), 'import', project, file, '--json'], { stdio: 'ignore' })
    const walAtStart = walBytes(project)
    // Kill once the import has written a good part of its transaction into the WAL.
    const deadline = Date.now() + 60_000
    while (walBytes(project) < walAtStart + 8_000_000 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 10))
    expect(child.exitCode).toBeNull()
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))

    const db = new Database(project)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
    const after = JSON.parse(runCertus(['info', project, '--json']).stdout) as { samples: number; imports: unknown[] }
    expect(after.samples).toBe(before.samples)
    expect(after.imports).toEqual(before.imports)

    const retry = runCertus(['import', project, file, '--json'])
    expect(retry.status).toBe(0)
    expect(JSON.parse(retry.stdout).imports[0]).toMatchObject({ status: 'imported', rows: 300_000 })
  })
})

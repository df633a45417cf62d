import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, runCertus } from './cliProcess.js'

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
const dir = mkdtempSync(join(tmpdir(), 'certus-cli-'))

describe('certus CLI', () => {
  it('--version prints the package version', () => {
    const run = runCertus(['--version'])
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe(version)
  })

  it('--help lists the commands and exits 0', () => {
    const run = runCertus(['--help'])
    expect(run.status).toBe(0)
    for (const command of ['certus info', 'certus demo', 'certus serve']) expect(run.stdout).toContain(command)
  })

  it('is reachable as `npx certus` from the package folder', () => {
    const run = spawnSync('npx', ['--no-install', 'certus', '--version'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 })
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe(version)
  })

  it('writes the demo project, then reports its counts with info --json', () => {
    const path = join(dir, 'demo.certus')
    const demo = runCertus(['demo', path, '--json'])
    expect(demo.stderr).toBe('')
    expect(demo.status).toBe(0)
    expect(existsSync(path)).toBe(true)

    const info = runCertus(['info', path, '--json'])
    expect(info.status).toBe(0)
    const parsed = JSON.parse(info.stdout) as Record<string, unknown>
    // The app KQIs and hourly KPIs of the demo's experience story (core/demo/demoAppKqis.ts, demoKpiSeries.ts).
    expect(parsed).toMatchObject({ kpiRows: 21600, kqiRows: 3560, routes: 2, areas: 1 })
    expect(parsed.cells).toBeGreaterThanOrEqual(84)
    expect(parsed.samples).toBeGreaterThan(500)
    expect(parsed.routeNames).toHaveLength(2)
    expect(parsed.areaNames).toHaveLength(1)
    const sha256 = expect.stringMatching(/^[0-9a-f]{64}$/)
    expect(parsed.imports).toEqual([
      { file: expect.stringMatching(/^demo:\d+$/), kind: 'demo', rows: expect.any(Number), sha256 },
      { file: expect.stringMatching(/^demo:\d+:app-kqis$/), kind: 'kqi', rows: 3560, sha256 },
      { file: expect.stringMatching(/^demo:\d+:kpis$/), kind: 'kpi', rows: 21600, sha256 },
    ])
  })

  it('writes the same demo for the same seed', () => {
    const a = join(dir, 'a.certus')
    const b = join(dir, 'b.certus')
    expect(runCertus(['demo', a, '--seed', '7']).status).toBe(0)
    expect(runCertus(['demo', b, '--seed', '7']).status).toBe(0)
    const sha = (p: string): unknown => (JSON.parse(runCertus(['info', p, '--json']).stdout) as { imports: { sha256: string }[] }).imports[0]?.sha256
    expect(sha(a)).toBe(sha(b))
  })

  it('refuses to overwrite a project unless --force', () => {
    const path = join(dir, 'twice.certus')
    expect(runCertus(['demo', path]).status).toBe(0)
    const again = runCertus(['demo', path])
    expect(again.status).toBe(1)
    expect(again.stderr).toContain(`${path} exists: pass --force`)
    expect(runCertus(['demo', path, '--force']).status).toBe(0)
  })

  it('info on a missing project fails with the path in the message and exit 1', () => {
    const path = join(dir, 'nowhere.certus')
    const run = runCertus(['info', path, '--json'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`${path}: no such project file`)
    expect(existsSync(path)).toBe(false)
  })

  it('a wrong command or option is a usage error, exit 2', () => {
    expect(runCertus(['frobnicate']).status).toBe(2)
    const bad = runCertus(['info', '--colour'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain("Unknown option '--colour'")
  })
})

describe('certus demo killed half-way', () => {
  it('leaves no project at the target path, and the next attempt succeeds', async () => {
    const { spawn } = await import('node:child_process')
    const { readdirSync } = await import('node:fs')
    const folder = mkdtempSync(join(tmpdir(), 'certus-kill-'))
    const path = join(folder, 'killed.certus')
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'certus.mjs'), 'demo', path], { stdio: 'ignore' })
    // Kill as soon as the partial file is being written.
    const deadline = Date.now() + 60_000
    while (!readdirSync(folder).some((f) => f.includes('.partial')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5))
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    expect(existsSync(path)).toBe(false)
    const retry = runCertus(['demo', path, '--json'])
    expect(retry.status).toBe(0)
    expect(readdirSync(folder).filter((f) => f.includes('.partial'))).toEqual([])
  })
})

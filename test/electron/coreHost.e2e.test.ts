import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The built core host (out/main/coreHost.js) served over a stand-in for Electron's parent port, in
 * plain Node with the Node build of better-sqlite3: the closest this machine gets to the utility
 * process, which needs the Electron binary.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const coreHost = join(root, 'out', 'main', 'coreHost.js')
const harness = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'parentPortHarness.mjs')
const work = mkdtempSync(join(tmpdir(), 'certus-core-host-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

type Message = { id?: number; ok?: boolean; result?: Record<string, unknown>; error?: { code: string; message: string }; notice?: string }

function runHost(requests: ({ method: string; params: unknown } | { awaitEvent: string[] })[], args: string[]): { status: number | null; messages: Message[]; stderr: string } {
  const run = spawnSync(process.execPath, [harness, coreHost, JSON.stringify(requests), ...args], { encoding: 'utf8', timeout: 120_000 })
  const messages = run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Message)
  return { status: run.status, messages, stderr: run.stderr }
}

describe.skipIf(!existsSync(coreHost))('built core host over the parent port (skipped: no out/, run `npm run build`)', () => {
  it('writes the demo project when missing, answers calls with typed arrays, errors as data, and exits 0 on shutdown', () => {
    const project = join(work, 'demo.certus')
    const { status, messages, stderr } = runHost(
      [
        { method: 'app.info', params: {} },
        { method: 'samples.layer', params: { metric: 'rsrpDbm' } },
        { method: 'fs.readFile', params: {} },
        { method: 'project.open', params: { path: 42 } },
      ],
      ['--app-version=9.9.9', `--project=${project}`, '--demo-if-missing'],
    )
    expect(status, stderr).toBe(0)
    expect(messages[0]).toEqual({ id: 1, ok: true, result: { name: 'Certus', version: '9.9.9', mode: 'desktop', projectPath: project } })
    expect(messages[1]).toMatchObject({ id: 2, ok: true, result: { metric: 'rsrpDbm' } })
    expect(Object.values(messages[1]?.result ?? {})).toContainEqual(expect.objectContaining({ $typed: expect.stringMatching(/^Float(32|64)Array$/) }))
    expect(messages[2]).toMatchObject({ id: 3, ok: false, error: { code: 'unknown-method' } })
    expect(messages[3]).toMatchObject({ id: 4, ok: false, error: { code: 'bad-input' } })
    // A clean shutdown closed the project: no WAL or partial file is left beside it.
    expect(readdirSync(work).filter((f) => f.startsWith('demo') || f.startsWith('.demo'))).toEqual(['demo.certus'])
  })

  it('imports a large file with its parsing worker started from the built importWorker.js', () => {
    const project = join(work, 'big.certus')
    const file = join(work, 'big-drive.csv')
    // Above parallelImportMinBytes (8 MiB), so the import parses in a worker thread.
    const rows = Array.from({ length: 160_000 }, (_, i) => `2026-11-30T10:00:${String(i % 60).padStart(2, '0')}Z,${(114 + i * 1e-6).toFixed(6)},22.500000,${-70 - (i % 50)},${(i % 30) - 5}.5,cell-${i % 9}`)
    writeFileSync(file, `time,longitude,latitude,rsrp,sinr,cell_id\n${rows.join('\n')}\n`)
    const { status, messages, stderr } = runHost(
      [
        { method: 'project.open', params: { path: project, create: true } },
        { method: 'import.run', params: { paths: [file] } },
        { awaitEvent: ['job.done', 'job.failed', 'job.cancelled'] },
        { method: 'project.summary', params: {} },
      ],
      ['--app-version=1.0.0'],
    )
    expect(status, stderr).toBe(0)
    expect(messages.filter((m) => 'event' in m).map((m) => (m as { event: { type: string } }).event.type)).toContain('job.done')
    expect(messages.find((m) => m.id === 3)).toMatchObject({ ok: true, result: { samples: 160_000 } })
  })

  it('predicts coverage with its worker pool started from the built coverageWorker.js', () => {
    const project = join(work, 'coverage-demo.certus')
    const { status, messages, stderr } = runHost(
      [
        { method: 'coverage.predict', params: { target: { kind: 'area', name: 'Task area A' }, altitudesM: [1.5, 120], resolutionM: 200 } },
        { awaitEvent: ['job.done', 'job.failed', 'job.cancelled'] },
        { method: 'coverage.runs', params: {} },
      ],
      ['--app-version=1.0.0', `--project=${project}`, '--demo-if-missing'],
    )
    expect(status, stderr).toBe(0)
    expect(messages.filter((m) => 'event' in m).map((m) => (m as { event: { type: string } }).event.type)).toContain('job.done')
    const runs = messages.find((m) => m.id === 2)?.result as { runs: { altitudesM: number[]; cells: number }[] } | undefined
    expect(runs?.runs[0]).toMatchObject({ altitudesM: [1.5, 120], cells: 90 })
  })

  it('trains a KPI→KQI model with TensorFlow.js loaded from node_modules (kept out of the bundle) on its wasm backend', () => {
    const project = join(work, 'experience-demo.certus')
    const { status, messages, stderr } = runHost(
      [
        { method: 'experience.train', params: { kqi: 'dlMbps', epochs: 5 } },
        { awaitEvent: ['job.done', 'job.failed', 'job.cancelled'] },
        { method: 'experience.models', params: {} },
      ],
      ['--app-version=1.0.0', `--project=${project}`, '--demo-if-missing'],
    )
    expect(status, stderr).toBe(0)
    expect(messages.filter((m) => 'event' in m).map((m) => (m as { event: { type: string } }).event.type)).toContain('job.done')
    const models = messages.find((m) => m.id === 2)?.result as { models: { kqi: string; backend: string; metrics: { r2: number } }[] } | undefined
    expect(models?.models[0]).toMatchObject({ kqi: 'dlMbps', backend: 'wasm' })
    expect(models?.models[0]?.metrics.r2).toBeGreaterThan(0)
  })

  it('writes the SLA report in Chinese with the fonts found beside the built core host', () => {
    const project = join(work, 'report-demo.certus')
    const out = join(work, 'report-zh.pdf')
    const { status, stderr } = runHost(
      [
        { method: 'report.write', params: { scenario: 'drone-4k-backhaul', target: { kind: 'route', name: 'Drone patrol 120 m' }, altitudesM: [120], spacingM: 100, out, lang: 'zh' } },
        { awaitEvent: ['job.done', 'job.failed', 'job.cancelled'] },
      ],
      ['--app-version=1.0.0', `--project=${project}`, '--demo-if-missing'],
    )
    expect(status, stderr).toBe(0)
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' })
    expect(text.stdout).toMatch(/可行性结论[\s\S]*(未通过|通过)/)
  })

  it('starts without a project, and says why, when the named project cannot be opened', () => {
    const notCertus = join(work, 'notes.certus')
    writeFileSync(notCertus, 'this is not an SQLite database, just text that happens to be long enough to look like a header')
    const { status, messages } = runHost([{ method: 'app.info', params: {} }], ['--app-version=1.0.0', `--project=${notCertus}`])
    expect(status).toBe(0)
    expect(messages[0]?.notice).toContain(`Certus could not open ${notCertus}`)
    expect(messages[1]).toEqual({ id: 1, ok: true, result: { name: 'Certus', version: '1.0.0', mode: 'desktop', projectPath: null } })
  })

  it('answers with the reason, rather than dying, when the SQLite addon cannot be loaded', () => {
    const { status, messages } = runHost(
      [{ method: 'project.open', params: { path: join(work, 'new.certus') } }],
      ['--app-version=1.0.0', `--native-binding=${join(work, 'missing', 'better_sqlite3.node')}`],
    )
    expect(status).toBe(0)
    expect(messages.at(-1)).toMatchObject({ id: 1, ok: false, error: { message: expect.stringContaining('better_sqlite3.node') } })
  })
})

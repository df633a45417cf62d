import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../../core/api/apiError.js'
import { createClient, type CertusClient, type JobProgress } from '../../core/api/client.js'
import { createHttpTransport } from '../../core/api/httpTransport.js'
import type { Transport } from '../../core/api/transport.js'
import type { CoreHost } from '../../core/host/coreHost.js'
import { createCoreHost } from '../../core/host/createCoreHost.js'
import { createInProcessTransport } from '../../core/host/inProcessTransport.js'
import { startHttpServer } from '../../core/server/httpServer.js'
import { writeGnettrackFile } from '../ingest/gnettrackFiles.js'

interface TransportFixture {
  name: string
  connect(host: CoreHost): Promise<{ transport: Transport; close(): Promise<void> }>
}

/** The same contract, over every transport that can run in plain Node. */
const fixtures: TransportFixture[] = [
  {
    name: 'in-process',
    connect: async (host) => ({ transport: createInProcessTransport(host), close: async () => undefined }),
  },
  {
    name: 'HTTP on 127.0.0.1',
    connect: async (host) => {
      const server = await startHttpServer({ host, port: 0 })
      return { transport: createHttpTransport({ baseUrl: server.url, reconnectMs: 50 }), close: () => server.close() }
    },
  },
]

const expectApiError = async (promise: Promise<unknown>, code: string, message?: RegExp): Promise<ApiError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  expect((error as ApiError).code).toBe(code)
  if (message) expect((error as ApiError).message).toMatch(message)
  return error as ApiError
}

describe.each(fixtures)('API contract over $name', (fixture) => {
  let host: CoreHost
  let client: CertusClient
  let close: () => Promise<void>
  const dir = mkdtempSync(join(tmpdir(), 'certus-contract-'))
  const demoPath = join(dir, 'demo.certus')
  const progress: JobProgress[] = []

  beforeAll(async () => {
    host = await createCoreHost({ mode: 'in-process', version: '9.9.9', now: () => new Date('2026-11-30T00:00:00Z') })
    const connection = await fixture.connect(host)
    client = createClient(connection.transport)
    close = connection.close
  })

  afterAll(async () => {
    client.close()
    await close()
    await host.close()
  })

  it('app.info names the app, its version and that no project is open yet', async () => {
    expect(await client.call('app.info', {})).toEqual({ name: 'Certus', version: '9.9.9', mode: 'in-process', projectPath: null })
  })

  it('asks for a project before answering questions about one', async () => {
    await expectApiError(client.call('project.summary', {}), 'no-project', /open or create a project/)
  })

  it('refuses a method that is not in the table', async () => {
    await expectApiError((client.call as (m: string, p: unknown) => Promise<unknown>)('project.delete', {}), 'unknown-method', /project\.delete/)
  })

  it('refuses params that do not match the schema, naming the field', async () => {
    const error = await expectApiError(client.call('samples.layer', { metric: 'loudness' as 'rsrpDbm' }), 'bad-input', /^samples\.layer: metric:/)
    expect(error.details).toMatchObject({ issues: [{ path: 'metric' }] })
    await expectApiError(client.call('project.open', { path: '' }), 'bad-input', /path must name a project file/)
  })

  it('refuses to open a file that is not a project, naming it', async () => {
    const junk = join(dir, 'junk.certus')
    writeFileSync(junk, 'x'.repeat(4096))
    await expectApiError(client.call('project.open', { path: junk }), 'bad-input', new RegExp(`${junk}: not a Certus project`))
    await expectApiError(client.call('project.open', { path: join(dir, 'absent.certus'), create: false }), 'bad-input', /no such project file/)
  })

  it('writes the demo project as a job with progress, then opens it', async () => {
    const summary = await client.runJob('project.createDemo', { path: demoPath }, { onProgress: (p) => progress.push(p) })
    expect(summary.path).toBe(demoPath)
    expect(summary.sites).toBeGreaterThanOrEqual(28)
    expect(summary.cells).toBeGreaterThanOrEqual(84)
    expect(summary.samples).toBeGreaterThan(500)
    expect(summary.routeNames).toHaveLength(2)
    expect(summary.areas).toBe(1)
    // The provenance row of the radio part counts its records: sites, cells, samples, routes and areas;
    // the drive day's app KQIs and KPI counters come under their own rows (data/demo/README.md).
    expect(summary.imports).toEqual([
      expect.objectContaining({ kind: 'demo', rows: summary.sites + summary.cells + summary.samples + summary.routes + summary.areas }),
      expect.objectContaining({ kind: 'kqi', format: 'demo', rows: summary.kqiRows }),
      expect.objectContaining({ kind: 'kpi', format: 'demo', rows: summary.kpiRows }),
    ])
    expect(summary.bbox).not.toBeNull()
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total)
    expect((await client.call('app.info', {})).projectPath).toBe(demoPath)
  })

  it('lists cells with their eight SSB beams', async () => {
    const { cells } = await client.call('cells.list', {})
    expect(cells.length).toBeGreaterThanOrEqual(84)
    for (const cell of cells) {
      expect(cell.beams).toHaveLength(8)
      expect(cell.fcMhz).toBeGreaterThan(3300)
      expect(cell.fcMhz).toBeLessThan(3800)
    }
    expect(new Set(cells.map((c) => c.pci)).size).toBe(cells.length)
  })

  it('delivers drive-test samples as typed column buffers', async () => {
    const summary = await client.call('project.summary', {})
    const layer = await client.call('samples.layer', { metric: 'rsrpDbm' })
    expect(layer.count).toBe(summary.samples)
    expect(layer.positions).toBeInstanceOf(Float64Array)
    expect(layer.positions).toHaveLength(2 * layer.count)
    expect(layer.values).toBeInstanceOf(Float32Array)
    expect(layer.altitudesM).toBeInstanceOf(Float32Array)
    const bbox = summary.bbox!
    for (let i = 0; i < layer.count; i += 97) {
      expect(layer.positions[2 * i]).toBeGreaterThanOrEqual(bbox.minLon)
      expect(layer.positions[2 * i + 1]).toBeLessThanOrEqual(bbox.maxLat)
      expect(layer.values[i]).toBeLessThan(-30)
      expect(layer.values[i]).toBeGreaterThan(-157)
    }
  })

  it('delivers only the samples in a box, found through the block R*Tree', async () => {
    const all = await client.call('samples.layer', { metric: 'rsrpDbm' })
    const bbox = { minLon: 114.03, maxLon: 114.04, minLat: 22.54, maxLat: 22.55 }
    const inside: number[] = []
    for (let i = 0; i < all.count; i++) {
      const lon = all.positions[2 * i] as number
      const lat = all.positions[2 * i + 1] as number
      if (lon >= bbox.minLon && lon <= bbox.maxLon && lat >= bbox.minLat && lat <= bbox.maxLat) inside.push(i)
    }
    expect(inside.length).toBeGreaterThan(10)
    expect(inside.length).toBeLessThan(all.count)
    const boxed = await client.call('samples.layer', { metric: 'rsrpDbm', bbox })
    expect({ count: boxed.count, total: boxed.total, stride: boxed.stride }).toEqual({ count: inside.length, total: inside.length, stride: 1 })
    expect(Array.from(boxed.values)).toEqual(inside.map((i) => all.values[i]))
  })

  it('thins a layer evenly to at most maxPoints and says how', async () => {
    const all = await client.call('samples.layer', { metric: 'sinrDb' })
    const thin = await client.call('samples.layer', { metric: 'sinrDb', maxPoints: 500 })
    expect(thin.total).toBe(all.count)
    expect(thin.stride).toBe(Math.ceil(all.count / 500))
    expect(thin.count).toBeLessThanOrEqual(500)
    expect(thin.count).toBeGreaterThan(500 / 2)
    expect(all.stride).toBe(1)
  })

  it('lists the drone routes at 60 m and 120 m and the task area', async () => {
    const { routes } = await client.call('routes.list', {})
    const heights = routes.map((r) => [...new Set(r.points.map((p) => p[2]))])
    expect(heights.sort()).toEqual([[120], [60]])
    for (const route of routes) expect(route.lengthM).toBeGreaterThan(1000)
    const { areas } = await client.call('areas.list', {})
    expect(areas).toHaveLength(1)
    expect(areas[0]!.ring.length).toBeGreaterThanOrEqual(4)
  })

  it('refuses to write the demo over an existing file', async () => {
    await expectApiError(client.runJob('project.createDemo', { path: demoPath }), 'bad-input', /already exists/)
  })

  it('cancels a job, leaving no file behind', async () => {
    const path = join(dir, 'cancelled.certus')
    const controller = new AbortController()
    const run = client.runJob('project.createDemo', { path }, { signal: controller.signal, onStarted: () => controller.abort() })
    await expectApiError(run, 'cancelled')
    expect(existsSync(path)).toBe(false)
  })

  it('saves column mappings in the project and lists them', async () => {
    const mapping = { kind: 'drivetest' as const, columns: { lon: 'X', lat: 'Y' }, scale: { dlMbps: 0.001 } }
    expect(await client.call('mappings.save', { name: 'vendor-x', mapping })).toEqual({ saved: true })
    const { mappings } = await client.call('mappings.list', {})
    expect(mappings).toEqual([{ name: 'vendor-x', kind: 'drivetest', mapping, savedAt: '2026-11-30T00:00:00.000Z' }])
  })

  it('imports a file as a job, and a second time skips it', async () => {
    const path = join(dir, 'drive.csv')
    writeGnettrackFile(path, 500, (i) => i === 7)
    const before = await client.call('project.summary', {})
    const { imports } = await client.runJob('import.run', { paths: [path] })
    expect(imports).toEqual([expect.objectContaining({ file: path, status: 'imported', kind: 'drivetest', rows: 499, rejected: 1 })])
    expect(imports[0]?.errors).toEqual([{ line: 9, field: 'RSRP', message: 'not a number: "strong"' }])
    expect((await client.call('project.summary', {})).samples).toBe(before.samples + 499)
    const again = await client.runJob('import.run', { paths: [path] })
    expect(again.imports[0]?.status).toBe('skipped')
  })

  it('cancels an import half-way, storing none of the file', async () => {
    const path = join(dir, 'long-drive.csv')
    writeGnettrackFile(path, 150_000)
    const before = await client.call('project.summary', {})
    const controller = new AbortController()
    const phases: string[] = []
    const run = client.runJob('import.run', { paths: [path] }, {
      signal: controller.signal,
      onProgress: (p) => {
        phases.push(p.phase)
        if (p.phase.startsWith('importing')) controller.abort()
      },
    })
    await expectApiError(run, 'cancelled')
    expect(phases.some((p) => p.startsWith('importing'))).toBe(true)
    const after = await client.call('project.summary', {})
    expect(after.samples).toBe(before.samples)
    expect(after.imports).toEqual(before.imports)
  })

  it('answers not-found for a job it does not know', async () => {
    await expectApiError(client.call('jobs.result', { jobId: 'job-unknown' }), 'not-found')
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiError } from '../../core/api/apiError.js'
import { createClient, type CertusClient, type JobProgress } from '../../core/api/client.js'
import { createHttpTransport } from '../../core/api/httpTransport.js'
import type { Transport } from '../../core/api/transport.js'
import { createCoreHost } from '../../core/host/createCoreHost.js'
import type { CoreHost } from '../../core/host/coreHost.js'
import { createInProcessTransport } from '../../core/host/inProcessTransport.js'
import { startHttpServer } from '../../core/server/httpServer.js'

/** sla.check and sla.export over the in-process and HTTP transports: typed point columns arrive intact, refusals are API errors. */
const fixtures: { name: string; connect(host: CoreHost): Promise<{ transport: Transport; close(): Promise<void> }> }[] = [
  { name: 'in-process', connect: async (host) => ({ transport: createInProcessTransport(host), close: async () => undefined }) },
  {
    name: 'HTTP on 127.0.0.1',
    connect: async (host) => {
      const server = await startHttpServer({ host, port: 0 })
      return { transport: createHttpTransport({ baseUrl: server.url, reconnectMs: 50 }), close: () => server.close() }
    },
  },
]

const errorOf = (promise: Promise<unknown>): Promise<ApiError> => promise.then(() => { throw new Error('expected a refusal') }, (e: unknown) => e as ApiError)

describe.each(fixtures)('sla.check and sla.export over $name', (fixture) => {
  let host: CoreHost
  let client: CertusClient
  let close: () => Promise<void>
  const dir = mkdtempSync(join(tmpdir(), 'certus-sla-api-'))

  beforeAll(async () => {
    host = await createCoreHost({ mode: 'in-process', version: '9.9.9', now: () => new Date('2026-11-30T12:00:00Z') })
    const connection = await fixture.connect(host)
    client = createClient(connection.transport)
    close = connection.close
    await client.runJob('project.createDemo', { path: join(dir, 'demo.certus') })
  }, 120_000)
  afterAll(async () => {
    client.close()
    await close()
    await host.close()
  })

  it('checks the drone 4K scenario along a route as a job with progress, points as typed columns', async () => {
    const progress: JobProgress[] = []
    const result = await client.runJob('sla.check', { scenario: 'drone-4k-backhaul', target: { kind: 'route', name: 'Drone patrol 120 m' }, altitudesM: [1.5, 120] }, { onProgress: (p) => progress.push(p) })
    expect(result).toMatchObject({ scenario: 'drone-4k-backhaul', version: 1, altitudesM: [1.5, 120] })
    expect(result.points.verdict).toBeInstanceOf(Uint8Array)
    expect(result.points.source).toBeInstanceOf(Uint8Array)
    expect(result.points.positions).toBeInstanceOf(Float64Array)
    expect(result.points.positions).toHaveLength(2 * result.points.count)
    expect(result.points.source.some((s) => s === 0)).toBe(true)
    expect(result.summary.model).toMatchObject({ droneSpeedMps: 10, recoveryS: 0.2 })
    expect(result.warnings.length).toBeGreaterThan(0)
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total)
  })

  it('exports a ServiceProfile, and a CAMARA grid of the open project', async () => {
    const profile = await client.call('sla.export', { scenario: 'drone-4k-backhaul', format: 'service-profile', options: { fleetSize: 5 } })
    expect(profile.json).toMatchObject({ maxNumberofUEs: 5, uLLatency: 100, jitter: 50_000, reliability: '99.9997', availability: 99.9 })
    const grid = await client.call('sla.export', { scenario: 'drone-4k-backhaul', format: 'camara', camara: { target: { kind: 'area', name: 'Task area A' }, altitudesM: [120], geoJson: true } })
    expect(grid.json).toMatchObject({ type: 'FeatureCollection' })
  })

  it('refuses an unknown scenario (not found), a bad override and an unknown area (bad input)', async () => {
    expect((await errorOf(client.runJob('sla.check', { scenario: 'nope', target: { kind: 'route', name: 'Drone patrol 60 m' }, altitudesM: [60] }))).code).toBe('not-found')
    const override = await errorOf(client.call('sla.export', { scenario: 'drone-4k-backhaul', format: 'gst', overrides: { 'video-bitrate': 'fast' } }))
    expect(override.code).toBe('bad-input')
    expect(override.message).toContain('video-bitrate')
    const area = await errorOf(client.runJob('sla.check', { scenario: 'drone-4k-backhaul', target: { kind: 'area', name: 'Area B' }, altitudesM: [60] }))
    expect([area.code, area.message]).toEqual(['bad-input', 'no area named "Area B"; the project has "Task area A"'])
  })
})

import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../../core/api/apiError.js'
import { createClient, type CertusClient, type JobProgress } from '../../core/api/client.js'
import { experienceModelResultSchema, kqiModelSummarySchema } from '../../core/api/schemas/experienceModelSchemas.js'
import type { CoreHost } from '../../core/host/coreHost.js'
import { createCoreHost } from '../../core/host/createCoreHost.js'
import { createInProcessTransport } from '../../core/host/inProcessTransport.js'
import { createImportHarness } from '../../core/ingest/testing/importHarness.js'
import { realDataPath } from '../fixtures/realData.js'

const harness = createImportHarness('certus-api-experience-models-')
let host: CoreHost
let client: CertusClient
let project: string

beforeAll(async () => {
  const db = harness.project()
  project = db.name
  await harness.importInto(db, realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Download', 'Driving', 'B_2019.12.14_10.16.30.csv'))
  harness.closeProjects()
  host = await createCoreHost({ mode: 'in-process', version: '9.9.9', now: () => new Date('2026-11-30T00:00:00Z') })
  client = createClient(createInProcessTransport(host))
  await client.call('project.open', { path: project, create: false })
}, 60_000)
afterAll(async () => {
  client.close()
  await host.close()
  rmSync(harness.dir, { recursive: true, force: true })
})

const apiError = async (promise: Promise<unknown>): Promise<ApiError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('experience.train, experience.models, experience.model over the API', () => {
  it('trains as a job with progress per epoch, then lists the model newest first and serves its hold-out and explained examples', async () => {
    const progress: JobProgress[] = []
    const summary = await client.runJob('experience.train', { kqi: 'dlMbps', epochs: 10, seed: 2 }, { onProgress: (p) => progress.push(p) })
    expect(kqiModelSummarySchema.parse(summary)).toEqual(summary)
    expect(progress.some((p) => p.phase.startsWith('training dlMbps: epoch'))).toBe(true)
    expect(progress.at(-1)).toMatchObject({ done: 13, total: 13, phase: 'stored' })
    const second = await client.runJob('experience.train', { kqi: 'dlMbps', epochs: 3, seed: 3, testFraction: 0.3 })
    const { models } = await client.call('experience.models', {})
    expect(models.map((m) => m.id)).toEqual([second.id, summary.id])
    const model = await client.call('experience.model', { id: summary.id })
    expect(experienceModelResultSchema.parse(model)).toEqual(model)
    expect(model.model).toEqual(summary)
    expect(model.holdout.actual).toHaveLength(summary.rows.test)
    expect(model.holdout.predicted).toHaveLength(summary.rows.test)
    expect(model.examples).toHaveLength(20)
  })

  it('answers bad-input for a KQI that cannot be trained and not-found for an unknown model', async () => {
    const refusal = await apiError(client.runJob('experience.train', { kqi: 'rttMs' }))
    expect(refusal.code).toBe('bad-input')
    expect(refusal.message).toContain('rttMs')
    const missing = await apiError(client.call('experience.model', { id: 999 }))
    expect(missing.code).toBe('not-found')
    expect(missing.message).toBe('no experience model 999 in this project')
  })

  it('is cancelled through jobs.cancel', async () => {
    const before = (await client.call('experience.models', {})).models.length
    const controller = new AbortController()
    const run = client.runJob('experience.train', { kqi: 'dlMbps', epochs: 500, seed: 4 }, { signal: controller.signal, onProgress: (p) => p.done >= 1 && controller.abort() })
    const error = await apiError(run)
    expect(error.code).toBe('cancelled')
    expect((await client.call('experience.models', {})).models).toHaveLength(before)
  })
})

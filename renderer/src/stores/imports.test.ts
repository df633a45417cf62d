import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import { createClient } from '../../../core/api/client.js'
import type { FileImportOutcome } from '../../../core/api/schemas/importSchemas.js'
import type { ApiEvent } from '../../../core/api/schemas/jobSchemas.js'
import type { Transport } from '../../../core/api/transport.js'
import { certusClientKey } from '../api/certusClient.js'
import { localPathKey, type LocalPathResolver } from '../api/localPath.js'
import { maxUploadBytes } from '../import/importForm.js'
import { useImportStore } from './imports.js'
import { useMapDataStore } from './mapData.js'

interface FakeJob {
  jobId: string
  method: string
  params: Record<string, unknown>
  result?: unknown
  status: 'running' | 'done' | 'cancelled'
}

const summary = {
  path: '/tmp/p.certus', name: 'p', samples: 0, cells: 0, sites: 0, kpiRows: 0, kqiRows: 0, routes: 0, areas: 0,
  routeNames: [], areaNames: [], imports: [], bbox: null,
}

/** A fake core: import jobs start when called and end when the test says so; every call is recorded. */
function fakeCore() {
  const calls: string[] = []
  const jobs: FakeJob[] = []
  const listeners = new Set<(event: ApiEvent) => void>()
  const emit = (event: ApiEvent): void => listeners.forEach((listener) => listener(event))
  const transport: Transport = {
    async call(method, params) {
      calls.push(method)
      const p = params as Record<string, unknown>
      switch (method) {
        case 'app.info':
          return { name: 'Certus', version: '0', mode: 'web', projectPath: summary.path }
        case 'project.summary':
          return summary
        case 'import.run':
        case 'import.upload': {
          const job: FakeJob = { jobId: `job-${jobs.length + 1}`, method, params: p, status: 'running' }
          jobs.push(job)
          return { jobId: job.jobId }
        }
        case 'jobs.cancel': {
          const job = jobs.find((candidate) => candidate.jobId === p.jobId)
          if (job?.status !== 'running') return { cancelled: false }
          job.status = 'cancelled'
          queueMicrotask(() => emit({ type: 'job.cancelled', jobId: job.jobId, method: job.method }))
          return { cancelled: true }
        }
        case 'jobs.result': {
          const job = jobs.find((candidate) => candidate.jobId === p.jobId)
          return { jobId: p.jobId, status: job?.status ?? 'failed', result: job?.result }
        }
        default:
          throw new Error(`unexpected call ${method}`)
      }
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  const outcome = (file: string, over: Partial<FileImportOutcome> = {}): FileImportOutcome => ({
    file, kind: 'drivetest', format: 'gnettrack', status: 'imported', rows: 10, rejected: 0, errors: [], errorsTotal: 0, warnings: [], sha256: 'ab', ...over,
  })
  return {
    transport,
    calls,
    jobs,
    progress(job: FakeJob, done: number, total: number, phase: string) {
      emit({ type: 'job.progress', jobId: job.jobId, method: job.method, done, total, phase })
    },
    finish(job: FakeJob, over: Partial<FileImportOutcome> = {}) {
      const files = (job.params.files as { name: string }[] | undefined)?.map((f) => f.name) ?? (job.params.paths as string[])
      job.result = { imports: [outcome(files[0] ?? '?', over)] }
      job.status = 'done'
      emit({ type: 'job.done', jobId: job.jobId, method: job.method })
    },
  }
}

const apps: ReturnType<typeof createApp>[] = []
function setUp(localPath: LocalPathResolver = () => undefined) {
  const core = fakeCore()
  const client = createClient(core.transport)
  const app = createApp({})
  const pinia = createPinia()
  app.provide(certusClientKey, client).provide(localPathKey, localPath).use(pinia)
  apps.push(app)
  setActivePinia(pinia)
  return { core, store: useImportStore(), mapData: useMapDataStore(), client }
}

/** Lets the fake core's replies and the store's awaits run. */
const settle = async (rounds = 20): Promise<void> => {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

const file = (name: string, text = 'a,b\n1,2\n'): File => new File([text], name)

afterEach(() => {
  apps.splice(0).forEach((app) => app.unmount?.())
})

describe('import store (one core job per file)', () => {
  it('imports dropped files one after the other, each with its own progress and outcome', async () => {
    const { core, store } = setUp()
    expect(store.add([file('a.csv'), file('b.csv')])).toBe(true)
    await settle()
    expect(core.jobs.map((job) => job.method)).toEqual(['import.upload']) // b waits for a: one writer at a time
    expect(store.items.map((item) => item.status)).toEqual(['importing', 'queued'])

    core.progress(core.jobs[0]!, 0.4, 1, 'importing /tmp/certus-upload-x/0/a.csv')
    await settle()
    expect(store.items[0]?.progress).toBeCloseTo(0.4)
    expect(store.items[0]?.phase).toBe('importing')

    core.finish(core.jobs[0]!, { rows: 1155 })
    await settle()
    expect(store.items[0]?.status).toBe('imported')
    expect(store.items[0]?.outcome?.rows).toBe(1155)
    expect(core.jobs.length).toBe(2)
    expect(store.items[1]?.status).toBe('importing')

    core.finish(core.jobs[1]!, { status: 'refused', rows: 0, message: 'b.csv: no data rows' })
    await store.settled()
    expect(store.items.map((item) => item.status)).toEqual(['imported', 'refused'])
    expect(store.items[1]?.message).toBe('b.csv: no data rows')
    expect(store.busy).toBe(false)
  })

  it('sends the bytes with import.upload in web mode, the path with import.run when the desktop knows it', async () => {
    const { core, store } = setUp((f) => (f.name === 'local.csv' ? '/data/local.csv' : undefined))
    store.add([file('local.csv'), file('web.csv', 'x,y\n')])
    await settle()
    expect(core.jobs[0]?.method).toBe('import.run')
    expect(core.jobs[0]?.params.paths).toEqual(['/data/local.csv'])
    core.finish(core.jobs[0]!)
    await settle()
    expect(core.jobs[1]?.method).toBe('import.upload')
    const [sent] = core.jobs[1]?.params.files as { name: string; bytes: Uint8Array }[]
    expect(sent?.name).toBe('web.csv')
    expect(new TextDecoder().decode(sent?.bytes)).toBe('x,y\n')
    core.finish(core.jobs[1]!)
    await store.settled()
  })

  it('passes the form options with every file: kind, altitude, force and the threshold as a share', async () => {
    const { core, store } = setUp()
    Object.assign(store.form, { kind: 'route', altitudeM: 120, force: true, rejectThresholdPct: 10 })
    store.add([file('r.kml')])
    await settle()
    expect(core.jobs[0]?.params).toMatchObject({ kind: 'route', altitudeM: 120, force: true, rejectThreshold: 0.1 })
    core.finish(core.jobs[0]!)
    await store.settled()
  })

  it('queues nothing while a form value is out of range', async () => {
    const { core, store } = setUp()
    store.form.rejectThresholdPct = 150
    expect(store.formProblem).toBe('threshold')
    expect(store.add([file('a.csv')])).toBe(false)
    await settle()
    expect(store.items).toHaveLength(0)
    expect(core.jobs).toHaveLength(0)
  })

  it('cancel: a waiting file never starts, a running one has its job cancelled', async () => {
    const { core, store } = setUp()
    store.add([file('a.csv'), file('b.csv'), file('c.csv')])
    await settle()
    const [a, b] = store.items
    store.cancel(b!.id)
    store.cancel(a!.id)
    await settle()
    expect(core.calls).toContain('jobs.cancel')
    expect(core.jobs[0]?.status).toBe('cancelled')
    expect(store.items.map((item) => item.status)).toEqual(['cancelled', 'cancelled', 'importing'])
    expect(core.jobs.map((job) => (job.params.files as { name: string }[])[0]?.name)).toEqual(['a.csv', 'c.csv'])
    core.finish(core.jobs[1]!)
    await store.settled()
  })

  it('refuses a file larger than web mode can upload without calling the core', async () => {
    const { core, store } = setUp()
    const huge = { name: 'huge.csv', size: maxUploadBytes + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File
    store.add([huge])
    await settle()
    expect(store.items[0]?.status).toBe('tooLarge')
    expect(core.jobs).toHaveLength(0)
  })

  it('"Import again" on a skipped file sends it again with force', async () => {
    const { core, store } = setUp()
    store.add([file('a.csv')])
    await settle()
    core.finish(core.jobs[0]!, { status: 'skipped', rows: 0, message: 'a.csv: already imported (same SHA-256)' })
    await store.settled()
    expect(store.items[0]?.status).toBe('skipped')
    expect(core.jobs[0]?.params.force).toBeUndefined()
    store.retry(store.items[0]!.id, true)
    await settle()
    expect(core.jobs[1]?.params.force).toBe(true)
    core.finish(core.jobs[1]!)
    await store.settled()
    expect(store.items[0]?.status).toBe('imported')
  })

  it('reloads the summary after an import and asks the map to frame the project again', async () => {
    const { core, store, mapData } = setUp()
    store.add([file('a.csv')])
    await settle()
    const before = core.calls.filter((method) => method === 'project.summary').length
    const fits = mapData.fitRequests
    core.finish(core.jobs[0]!)
    await store.settled()
    expect(core.calls.filter((method) => method === 'project.summary').length).toBeGreaterThan(before)
    expect(mapData.fitRequests).toBe(fits + 1)
    // The Map view has not loaded its layers yet: it loads them when it opens, not now.
    expect(core.calls).not.toContain('samples.layer')
  })

  it('clearFinished drops finished files and keeps running ones', async () => {
    const { core, store } = setUp()
    store.add([file('a.csv'), file('b.csv')])
    await settle()
    core.finish(core.jobs[0]!)
    await settle()
    store.clearFinished()
    expect(store.items.map((item) => item.name)).toEqual(['b.csv'])
    core.finish(core.jobs[1]!)
    await store.settled()
  })
})

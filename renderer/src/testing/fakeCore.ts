import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { createClient } from '../../../core/api/client.js'
import type { ApiEvent } from '../../../core/api/schemas/jobSchemas.js'
import type { Transport } from '../../../core/api/transport.js'
import { certusClientKey } from '../api/certusClient.js'

/** A fake core's answer to a call: a result, or an error payload `{ code, message }` thrown as the core would. */
export type FakeAnswer = unknown | ((params: Record<string, unknown>) => unknown)

export interface FakeJob {
  jobId: string
  method: string
  params: Record<string, unknown>
  status: 'running' | 'done' | 'failed' | 'cancelled'
  result?: unknown
  error?: { code: string; message: string }
}

/**
 * A fake core for renderer store and view tests: calls answered from `answers` (by method; a
 * function answer sees the params), the `jobMethods` start jobs that end when the test says so
 * (progress, finish, fail), `jobs.cancel` and `jobs.result` behave as the core's do.
 */
export function fakeCore(answers: Record<string, FakeAnswer>, jobMethods: readonly string[] = ['experience.train']) {
  const jobs: FakeJob[] = []
  const calls: { method: string; params: Record<string, unknown> }[] = []
  const listeners = new Set<(event: ApiEvent) => void>()
  const emit = (event: ApiEvent): void => listeners.forEach((listener) => listener(event))
  const transport: Transport = {
    async call(method, params) {
      const p = (params ?? {}) as Record<string, unknown>
      calls.push({ method, params: p })
      if (jobMethods.includes(method)) {
        const job: FakeJob = { jobId: `job-${jobs.length + 1}`, method, params: p, status: 'running' }
        jobs.push(job)
        return { jobId: job.jobId }
      }
      if (method === 'jobs.cancel') {
        const job = jobs.find((candidate) => candidate.jobId === p.jobId)
        if (job?.status !== 'running') return { cancelled: false }
        job.status = 'cancelled'
        queueMicrotask(() => emit({ type: 'job.cancelled', jobId: job.jobId, method: job.method }))
        return { cancelled: true }
      }
      if (method === 'jobs.result') {
        const job = jobs.find((candidate) => candidate.jobId === p.jobId)
        return { jobId: p.jobId, status: job?.status ?? 'failed', result: job?.result, error: job?.error }
      }
      if (!(method in answers)) throw new Error(`unexpected call ${method}`)
      const answer = answers[method]
      return typeof answer === 'function' ? (answer as (params: Record<string, unknown>) => unknown)(p) : answer
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return {
    transport,
    jobs,
    calls,
    callsOf: (method: string) => calls.filter((call) => call.method === method).map((call) => call.params),
    progress(job: FakeJob, done: number, total: number, phase: string) {
      emit({ type: 'job.progress', jobId: job.jobId, method: job.method, done, total, phase })
    },
    finish(job: FakeJob, result: unknown) {
      Object.assign(job, { status: 'done', result })
      emit({ type: 'job.done', jobId: job.jobId, method: job.method })
    },
    fail(job: FakeJob, error: { code: 'bad-input' | 'internal'; message: string }) {
      Object.assign(job, { status: 'failed', error })
      emit({ type: 'job.failed', jobId: job.jobId, method: job.method, error })
    },
  }
}

/** An app with the fake core's client and a fresh Pinia; `use` runs store setups in its context. */
export function withFakeCore(answers: Record<string, FakeAnswer>, jobMethods?: readonly string[]) {
  const core = fakeCore(answers, jobMethods)
  const app = createApp({})
  const pinia = createPinia()
  app.provide(certusClientKey, createClient(core.transport)).use(pinia)
  setActivePinia(pinia)
  return { core, use: <T>(setup: () => T): T => app.runWithContext(setup) }
}

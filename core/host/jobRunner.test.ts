import { describe, expect, it } from 'vitest'
import type { ApiEvent } from '../api/schemas/jobSchemas.js'
import { JobRunner } from './jobRunner.js'

const settle = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

describe('JobRunner', () => {
  it('returns an id at once, reports progress, then done with the result', async () => {
    const events: ApiEvent[] = []
    const runner = new JobRunner({ emit: (e) => events.push(e), progressIntervalMs: 0 })
    const jobId = runner.start('test.job', async (job) => {
      job.progress(1, 2, 'half')
      job.progress(2, 2, 'all')
      return { answer: 42 }
    })
    expect(runner.result(jobId).status).toBe('running')
    await settle()
    expect(events.map((e) => e.type)).toEqual(['job.progress', 'job.progress', 'job.done'])
    expect(runner.result(jobId)).toEqual({ jobId, status: 'done', result: { answer: 42 } })
  })

  it('cancels a job that watches its signal, and reports cancelled rather than failed', async () => {
    const events: ApiEvent[] = []
    const runner = new JobRunner({ emit: (e) => events.push(e) })
    const jobId = runner.start('test.slow', async (job) => {
      for (;;) {
        await settle(5)
        if (job.signal.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' })
      }
    })
    await settle(15)
    expect(runner.cancel(jobId)).toBe(true)
    await settle(30)
    expect(runner.result(jobId).status).toBe('cancelled')
    expect(events.at(-1)).toEqual({ type: 'job.cancelled', jobId, method: 'test.slow' })
    expect(runner.cancel(jobId)).toBe(false)
  })

  it('turns a thrown error into a failed job with the error as data', async () => {
    const events: ApiEvent[] = []
    const runner = new JobRunner({ emit: (e) => events.push(e) })
    const jobId = runner.start('test.bad', () => {
      throw new Error('disk full')
    })
    await settle()
    expect(runner.result(jobId)).toMatchObject({ status: 'failed', error: { code: 'internal', message: 'disk full' } })
    expect(events.at(-1)?.type).toBe('job.failed')
  })

  it('throttles progress but always passes the final step', async () => {
    const events: ApiEvent[] = []
    const runner = new JobRunner({ emit: (e) => events.push(e), progressIntervalMs: 10_000 })
    runner.start('test.many', (job) => {
      for (let i = 1; i <= 1000; i++) job.progress(i, 1000, 'loop')
    })
    await settle()
    const progress = events.filter((e) => e.type === 'job.progress')
    expect(progress.length).toBe(2)
    expect(progress.at(-1)).toMatchObject({ done: 1000, total: 1000 })
  })

  it('answers not-found for a job it does not know', () => {
    const runner = new JobRunner({ emit: () => undefined })
    expect(() => runner.result('nope')).toThrow(/no job nope/)
  })
})

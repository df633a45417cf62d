import { describe, expect, it } from 'vitest'
import { ApiError } from '../../core/api/apiError.js'
import type { ApiEvent } from '../../core/api/schemas/jobSchemas.js'
import type { CoreHost } from '../../core/host/coreHost.js'
import { serveCoreHost, type ParentPortLike } from '../../electron/host/serveCoreHost.js'

/** Stands in for Electron's process.parentPort: messages arrive as { data }, and are cloned like structured clone does. */
function fakePort() {
  let listener: ((event: { data: unknown }) => void) | undefined
  const sent: unknown[] = []
  const port: ParentPortLike = {
    on: (_event, l) => {
      listener = l
    },
    postMessage: (message) => sent.push(structuredClone(message)),
  }
  const send = (data: unknown): void => listener?.({ data })
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5))
  return { port, sent, send, settle }
}

function fakeHost(overrides: Partial<CoreHost> = {}) {
  const listeners = new Set<(event: ApiEvent) => void>()
  let closed = false
  const host: CoreHost = {
    handle: async (method, params) => {
      if (method === 'samples.layer') return { lon: new Float64Array([1.5, 2.5]), params }
      throw new ApiError('unknown-method', `unknown API method: "${method}"`, { method })
    },
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: async () => {
      closed = true
    },
    ...overrides,
  }
  return { host, emit: (event: ApiEvent) => listeners.forEach((l) => l(event)), isClosed: () => closed }
}

describe('serveCoreHost (core host side of the utility-process channel)', () => {
  it('answers { id, method, params } with { id, ok: true, result }, typed arrays included', async () => {
    const { port, sent, send, settle } = fakePort()
    serveCoreHost({ port, createHost: () => fakeHost().host, exit: () => undefined })
    send({ id: 7, method: 'samples.layer', params: { metric: 'rsrpDbm' } })
    await settle()
    expect(sent).toEqual([{ id: 7, ok: true, result: { lon: new Float64Array([1.5, 2.5]), params: { metric: 'rsrpDbm' } } }])
    expect((sent[0] as { result: { lon: unknown } }).result.lon).toBeInstanceOf(Float64Array)
  })

  it('answers a failure with { id, ok: false, error: { code, message, details } }', async () => {
    const { port, sent, send, settle } = fakePort()
    serveCoreHost({ port, createHost: () => fakeHost().host, exit: () => undefined })
    send({ id: 1, method: 'nope', params: {} })
    await settle()
    expect(sent).toEqual([{ id: 1, ok: false, error: { code: 'unknown-method', message: 'unknown API method: "nope"', details: { method: 'nope' } } }])
  })

  it('turns a plain Error from a handler into code internal', async () => {
    const { port, sent, send, settle } = fakePort()
    const { host } = fakeHost({
      handle: async () => {
        throw new Error('disk full')
      },
    })
    serveCoreHost({ port, createHost: () => host, exit: () => undefined })
    send({ id: 2, method: 'app.info', params: {} })
    await settle()
    expect(sent).toEqual([{ id: 2, ok: false, error: { code: 'internal', message: 'disk full' } }])
  })

  it('pushes host events as { event }', async () => {
    const { port, sent, settle } = fakePort()
    const fake = fakeHost()
    await serveCoreHost({ port, createHost: () => fake.host, exit: () => undefined }).ready
    fake.emit({ type: 'job.progress', jobId: 'j1', method: 'project.createDemo', done: 1, total: 4, phase: 'cells' })
    await settle()
    expect(sent).toEqual([{ event: { type: 'job.progress', jobId: 'j1', method: 'project.createDemo', done: 1, total: 4, phase: 'cells' } }])
  })

  it('answers every request with the startup error when the core cannot start, instead of crashing', async () => {
    const { port, sent, send, settle } = fakePort()
    const logs: string[] = []
    serveCoreHost({
      port,
      createHost: () => {
        throw new Error('better_sqlite3.node was compiled against a different Node.js version')
      },
      exit: () => undefined,
      log: (m) => logs.push(m),
    })
    send({ id: 3, method: 'app.info', params: {} })
    await settle()
    expect(sent).toEqual([
      { id: 3, ok: false, error: { code: 'internal', message: 'Certus core could not start: better_sqlite3.node was compiled against a different Node.js version' } },
    ])
    expect(logs.join('\n')).toContain('could not start')
  })

  it('reports a result that cannot be cloned as an internal error rather than dropping the reply', async () => {
    const { port, sent, send, settle } = fakePort()
    const { host } = fakeHost({ handle: async () => ({ callback: () => 1 }) })
    serveCoreHost({ port, createHost: () => host, exit: () => undefined })
    send({ id: 4, method: 'app.info', params: {} })
    await settle()
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ id: 4, ok: false, error: { code: 'internal' } })
  })

  it('closes the host and exits 0 on { shutdown: true }, refusing later requests', async () => {
    const { port, sent, send, settle } = fakePort()
    const fake = fakeHost()
    const exits: number[] = []
    serveCoreHost({ port, createHost: () => fake.host, exit: (code) => exits.push(code) })
    send({ shutdown: true })
    await settle()
    expect(fake.isClosed()).toBe(true)
    expect(exits).toEqual([0])
    send({ id: 5, method: 'app.info', params: {} })
    await settle()
    expect(sent).toEqual([{ id: 5, ok: false, error: { code: 'internal', message: 'Certus core is shutting down' } }])
  })

  it('passes notices from the host factory on as { notice }', async () => {
    const { port, sent, settle } = fakePort()
    serveCoreHost({
      port,
      createHost: (notify) => {
        notify('Certus could not open /p/x.certus')
        return fakeHost().host
      },
      exit: () => undefined,
    })
    await settle()
    expect(sent).toEqual([{ notice: 'Certus could not open /p/x.certus' }])
  })

  it('ignores malformed messages', async () => {
    const { port, sent, send, settle } = fakePort()
    serveCoreHost({ port, createHost: () => fakeHost().host, exit: () => undefined })
    for (const junk of [null, 'x', { id: 'a', method: 'app.info' }, { method: 'app.info' }]) send(junk)
    await settle()
    expect(sent).toEqual([])
  })
})

import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../core/api/apiError.js'
import type { ApiEvent } from '../../core/api/schemas/jobSchemas.js'
import { createCoreHostProcess, type HostChild } from '../../electron/main/coreHostProcess.js'
import type { MainToHostMessage } from '../../electron/host/hostProtocol.js'

/** Stands in for a UtilityProcess: records what main posts, lets the test reply, exit or ignore. */
class FakeChild extends EventEmitter implements HostChild {
  readonly posted: MainToHostMessage[] = []
  killed = false
  constructor(private readonly onPost: (child: FakeChild, message: MainToHostMessage) => void = () => undefined) {
    super()
  }
  postMessage(message: MainToHostMessage): void {
    this.posted.push(structuredClone(message))
    this.onPost(this, message)
  }
  kill(): boolean {
    this.killed = true
    setTimeout(() => this.emit('exit', 9), 0)
    return true
  }
  reply(message: unknown): void {
    this.emit('message', structuredClone(message))
  }
  exit(code: number): void {
    this.emit('exit', code)
  }
}

describe('createCoreHostProcess (main side of the utility-process channel)', () => {
  it('sends numbered requests and resolves each call with its own reply', async () => {
    const children: FakeChild[] = []
    const host = createCoreHostProcess({ spawn: () => (children.push(new FakeChild()), children.at(-1) as FakeChild), onEvent: () => undefined })
    const first = host.call('app.info', {})
    const second = host.call('samples.layer', { metric: 'rsrpDbm' })
    const [a, b] = (children[0]?.posted ?? []) as { id: number }[]
    if (a === undefined || b === undefined) throw new Error('expected two requests')
    expect(children[0]?.posted).toEqual([
      { id: a.id, method: 'app.info', params: {} },
      { id: b.id, method: 'samples.layer', params: { metric: 'rsrpDbm' } },
    ])
    children[0]?.reply({ id: b.id, ok: true, result: { lon: new Float32Array([1]) } })
    children[0]?.reply({ id: a.id, ok: false, error: { code: 'no-project', message: 'no project is open' } })
    expect(await second).toEqual({ lon: new Float32Array([1]) })
    await expect(first).rejects.toMatchObject({ name: 'ApiError', code: 'no-project', message: 'no project is open' })
  })

  it('passes pushed events and notices on', () => {
    const child = new FakeChild()
    const events: ApiEvent[] = []
    const notices: string[] = []
    createCoreHostProcess({ spawn: () => child, onEvent: (e) => events.push(e), onNotice: (n) => notices.push(n) })
    child.reply({ event: { type: 'job.done', jobId: 'j', method: 'project.createDemo' } })
    child.reply({ notice: 'could not open' })
    expect(events).toEqual([{ type: 'job.done', jobId: 'j', method: 'project.createDemo' }])
    expect(notices).toEqual(['could not open'])
  })

  it('fails the calls in flight with internal when the host dies, and restarts it', async () => {
    const children: FakeChild[] = []
    const crashes: { code: number; restarting: boolean }[] = []
    const host = createCoreHostProcess({
      spawn: () => (children.push(new FakeChild()), children.at(-1) as FakeChild),
      onEvent: () => undefined,
      onCrash: (info) => crashes.push(info),
    })
    const pending = host.call('project.summary', {})
    children[0]?.exit(139)
    const error = await pending.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'internal', message: expect.stringContaining('exit code 139') })
    expect(crashes).toEqual([{ code: 139, restarting: true }])
    expect(children).toHaveLength(2)

    const next = host.call('app.info', {})
    const posted = children[1]?.posted[0] as { id: number }
    children[1]?.reply({ id: posted.id, ok: true, result: { name: 'Certus' } })
    expect(await next).toEqual({ name: 'Certus' })
  })

  it('gives up after too many crashes in the window and then refuses calls', async () => {
    let clock = 0
    const children: FakeChild[] = []
    const crashes: boolean[] = []
    const host = createCoreHostProcess({
      spawn: () => (children.push(new FakeChild()), children.at(-1) as FakeChild),
      onEvent: () => undefined,
      onCrash: ({ restarting }) => crashes.push(restarting),
      maxRestarts: 2,
      restartWindowMs: 1000,
      now: () => clock,
    })
    for (let i = 0; i < 3; i++) {
      clock += 10
      children.at(-1)?.exit(1)
    }
    expect(crashes).toEqual([true, true, false])
    expect(children).toHaveLength(3)
    await expect(host.call('app.info', {})).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/restart the application/) })
  })

  it('restarts again once earlier crashes are outside the window', () => {
    let clock = 0
    const children: FakeChild[] = []
    createCoreHostProcess({
      spawn: () => (children.push(new FakeChild()), children.at(-1) as FakeChild),
      onEvent: () => undefined,
      maxRestarts: 1,
      restartWindowMs: 1000,
      now: () => clock,
    })
    children.at(-1)?.exit(1)
    clock += 5000
    children.at(-1)?.exit(1)
    expect(children).toHaveLength(3)
  })

  it('stops by asking the host to shut down, without restarting it', async () => {
    const children: FakeChild[] = []
    const host = createCoreHostProcess({
      spawn: () => (children.push(new FakeChild((child, m) => 'shutdown' in m && setTimeout(() => child.exit(0), 1))), children.at(-1) as FakeChild),
      onEvent: () => undefined,
    })
    await host.stop()
    expect(children[0]?.posted).toEqual([{ shutdown: true }])
    expect(children[0]?.killed).toBe(false)
    expect(children).toHaveLength(1)
    await expect(host.call('app.info', {})).rejects.toMatchObject({ code: 'internal' })
  })

  it('kills a host that does not exit in time', async () => {
    const child = new FakeChild()
    const host = createCoreHostProcess({ spawn: () => child, onEvent: () => undefined })
    await host.stop(20)
    expect(child.killed).toBe(true)
  })
})

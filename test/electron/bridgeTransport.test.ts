import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../core/api/apiError.js'
import { bridgeCallChannel, bridgeEventChannel, createBridgeTransport, type BridgeReply, type CertusBridge } from '../../core/api/bridgeTransport.js'
import { createClient } from '../../core/api/client.js'
import type { ApiEvent } from '../../core/api/schemas/jobSchemas.js'

const appInfo = { name: 'Certus', version: '0.1.0', mode: 'desktop', projectPath: null }

/** A bridge like the preload's: replies are data that went through structured clone. */
function fakeBridge(answer: (method: string, params: unknown) => BridgeReply | Promise<BridgeReply>) {
  const listeners = new Set<(event: ApiEvent) => void>()
  const bridge: CertusBridge = {
    call: async (method, params) => structuredClone(await answer(method, structuredClone(params))),
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return { bridge, push: (event: ApiEvent) => listeners.forEach((l) => l(structuredClone(event))), listenerCount: () => listeners.size }
}

describe('createBridgeTransport (renderer side of the desktop bridge)', () => {
  it('resolves { ok: true, result } with the result, through the typed client', async () => {
    const { bridge } = fakeBridge((method) => (method === 'app.info' ? { ok: true, result: appInfo } : { ok: false, error: { code: 'internal', message: 'x' } }))
    const client = createClient(createBridgeTransport(bridge))
    expect(await client.call('app.info', {})).toEqual(appInfo)
  })

  it('throws { ok: false, error } as an ApiError keeping code, message and details', async () => {
    const { bridge } = fakeBridge(() => ({ ok: false, error: { code: 'bad-input', message: 'project.open: path: required', details: { issues: [{ path: 'path' }] } } }))
    const transport = createBridgeTransport(bridge)
    const error = await transport.call('project.open', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'bad-input', message: 'project.open: path: required', details: { issues: [{ path: 'path' }] } })
  })

  it('turns a rejected or malformed bridge reply into code internal', async () => {
    const rejecting = createBridgeTransport({ call: () => Promise.reject(new Error('channel closed')), onEvent: () => () => undefined })
    await expect(rejecting.call('app.info', {})).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('channel closed') })
    const malformed = createBridgeTransport({ call: async () => ({ ok: false, error: { code: 'nonsense' } }) as unknown as BridgeReply, onEvent: () => () => undefined })
    await expect(malformed.call('app.info', {})).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('malformed') })
    const nothing = createBridgeTransport({ call: async () => undefined as unknown as BridgeReply, onEvent: () => () => undefined })
    await expect(nothing.call('app.info', {})).rejects.toMatchObject({ code: 'internal' })
  })

  it('carries typed arrays in results', async () => {
    const { bridge } = fakeBridge(() => ({ ok: true, result: { lon: new Float64Array([116.4]) } }))
    const result = (await createBridgeTransport(bridge).call('samples.layer', { metric: 'rsrpDbm' })) as { lon: Float64Array }
    expect(result.lon).toBeInstanceOf(Float64Array)
  })

  it('delivers pushed events and unsubscribes', () => {
    const { bridge, push, listenerCount } = fakeBridge(() => ({ ok: true, result: null }))
    const seen: ApiEvent[] = []
    const off = createBridgeTransport(bridge).onEvent((e) => seen.push(e))
    push({ type: 'job.cancelled', jobId: 'j', method: 'project.createDemo' })
    off()
    expect(seen).toEqual([{ type: 'job.cancelled', jobId: 'j', method: 'project.createDemo' }])
    expect(listenerCount()).toBe(0)
  })

  it('uses the channel names the preload writes as literals (it cannot import them without bundling zod)', () => {
    const preload = readFileSync(new URL('../../electron/preload/index.ts', import.meta.url), 'utf8')
    expect(preload).toContain(`const callChannel = '${bridgeCallChannel}'`)
    expect(preload).toContain(`const eventChannel = '${bridgeEventChannel}'`)
  })
})

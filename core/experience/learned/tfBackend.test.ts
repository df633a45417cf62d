import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { loadTf, withTf } from './tfBackend.js'

const tfjsNodeInstalled = (() => {
  try {
    createRequire(import.meta.url).resolve('@tensorflow/tfjs-node')
    return true
  } catch {
    return false
  }
})()

describe('loadTf / withTf', () => {
  it.skipIf(tfjsNodeInstalled)('falls back to the wasm backend when tfjs-node is absent (as on this machine)', async () => {
    const { tf, backend } = await withTf({}, (loaded) => loaded)
    expect(backend).toBe('wasm')
    expect(tf.getBackend()).toBe('wasm')
  })

  it('uses the wasm backend with its .wasm read offline from the package, and computes with it', async () => {
    await withTf({ backend: 'wasm' }, ({ tf, backend }) => {
      expect(backend).toBe('wasm')
      const sum = tf.tidy(() => tf.add(tf.tensor1d([1, 2]), tf.tensor1d([3, 4])).arraySync())
      expect(sum).toEqual([4, 6])
    })
  })

  it('switches to the cpu backend when forced, and back to wasm', async () => {
    expect((await withTf({ backend: 'cpu' }, ({ tf, backend }) => [backend, tf.getBackend()])).join()).toBe('cpu,cpu')
    expect((await withTf({ backend: 'wasm' }, ({ tf, backend }) => [backend, tf.getBackend()])).join()).toBe('wasm,wasm')
  })

  it('refuses an unknown backend, naming the choices', async () => {
    await expect(loadTf({ backend: 'webgl' as 'wasm' })).rejects.toThrow('backend must be one of wasm, cpu, not "webgl"')
  })

  it('runs callers one at a time: the second starts only after the first has finished', async () => {
    const events: string[] = []
    const slow = withTf({}, async () => {
      events.push('first start')
      await new Promise((resolve) => setTimeout(resolve, 30))
      events.push('first end')
    })
    const fast = withTf({}, () => void events.push('second'))
    await Promise.all([slow, fast])
    expect(events).toEqual(['first start', 'first end', 'second'])
  })

  it('keeps running callers after one of them failed', async () => {
    await expect(withTf({}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await withTf({}, () => 42)).toBe(42)
  })
})

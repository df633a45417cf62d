// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { createClient } from '../../../core/api/client.js'
import type { Scenario } from '../../../core/api/schemas/slaSchemas.js'
import type { Transport } from '../../../core/api/transport.js'
import { certusClientKey } from '../api/certusClient.js'
import { useSlaStore } from './sla.js'

const catalogueScenario: Scenario = {
  id: 'drone-4k-backhaul',
  version: 1,
  name: { en: 'Drone 4K', zh: '无人机 4K' },
  description: { en: 'd', zh: 'd' },
  translator: 'video-uplink',
  direction: 'ul',
  terms: [
    { id: 'video-bitrate', kind: 'assumption', label: { en: 'Bit rate', zh: '码率' }, value: 20, unit: 'Mbit/s', source: 'A1', tag: 'V' },
    { id: 'altitude', kind: 'assumption', label: { en: 'Altitude', zh: '高度' }, value: 120, unit: 'm', source: 'A4', tag: 'S' },
  ],
}

/** A fake core: the catalogue scenario, a project that stores saved ones, and targets of 2 × the bit rate. */
function fakeCore() {
  const saved = new Map<string, Scenario>()
  const calls: { method: string; params: Record<string, unknown> }[] = []
  const transport: Transport = {
    async call(method, params) {
      const p = params as Record<string, unknown>
      calls.push({ method, params: p })
      const find = (id: string): Scenario => saved.get(id) ?? catalogueScenario
      switch (method) {
        case 'sla.scenarios':
          return { scenarios: [catalogueScenario, ...saved.values()].map(({ id, name, version }) => ({ id, name, version, saved: saved.has(id) })) }
        case 'sla.scenario':
          return find(p.id as string)
        case 'sla.saveScenario':
          saved.set((p.scenario as Scenario).id, p.scenario as Scenario)
          return { saved: true }
        case 'sla.targets': {
          const scenario = find(p.scenario as string)
          const overrides = (p.overrides ?? {}) as Record<string, number>
          const bitrate = overrides['video-bitrate'] ?? (scenario.terms[0]?.value as number)
          return {
            scenario: scenario.id, version: scenario.version, warnings: [], warningsZh: [],
            targets: [{ id: 'ul-throughput', label: { en: 'UL', zh: '上行' }, value: 2 * bitrate, unit: 'Mbit/s', percentile: 99.9, windowS: 1, bound: 'min', basis: ['x'], basisZh: ['依据'], tag: 'U' }],
          }
        }
        case 'sla.export':
          return { format: p.format, scenario: p.scenario, version: 1, json: { overrides: p.overrides ?? null } }
        default:
          throw new Error(`unexpected ${method}`)
      }
    },
    onEvent: () => () => undefined,
    close: () => undefined,
  }
  return { transport, calls, saved }
}

function setUp() {
  const core = fakeCore()
  const app = createApp({})
  const pinia = createPinia()
  app.provide(certusClientKey, createClient(core.transport)).use(pinia)
  setActivePinia(pinia)
  return app.runWithContext(() => ({ core, sla: useSlaStore() }))
}

const copy = { en: '(copy)', zh: '（副本）' }
const ulThroughput = (sla: ReturnType<typeof useSlaStore>) => sla.targets?.targets.find((target) => target.id === 'ul-throughput')?.value

describe('the SLA planner store', () => {
  it('shows a scenario with its targets', async () => {
    const { sla } = setUp()
    await sla.load()
    await sla.select('drone-4k-backhaul')
    expect(sla.scenarios.map((item) => item.id)).toEqual(['drone-4k-backhaul'])
    expect(sla.scenario?.id).toBe('drone-4k-backhaul')
    expect(ulThroughput(sla)).toBe(40)
  })

  it('a clone edited in place derives its targets from overrides, refuses bad values, and saves with a new id', async () => {
    vi.useFakeTimers()
    try {
      const { sla, core } = setUp()
      await sla.load()
      await sla.select('drone-4k-backhaul')
      sla.cloneForEdit(copy)
      expect(sla.draft?.id).toBe('drone-4k-backhaul-copy')
      sla.setTermText('video-bitrate', 'x')
      expect(sla.termProblems).toEqual({ 'video-bitrate': 'number' })
      expect(sla.canSave).toBe(false)
      sla.setTermText('video-bitrate', '30')
      expect(sla.termProblems).toEqual({})
      expect(sla.overrides).toEqual({ 'video-bitrate': 30 })
      await vi.advanceTimersByTimeAsync(300)
      await flushPromises()
      expect(core.calls.filter((call) => call.method === 'sla.targets').at(-1)?.params).toEqual({ scenario: 'drone-4k-backhaul', overrides: { 'video-bitrate': 30 } })
      expect(ulThroughput(sla)).toBe(60)

      await sla.save()
      expect(core.saved.get('drone-4k-backhaul-copy')).toMatchObject({ version: 1, clonedFrom: 'drone-4k-backhaul', name: { en: 'Drone 4K (copy)' } })
      expect(sla.saveStatus).toBe('saved')
      expect(sla.draft).toBeNull()
      expect(sla.scenario?.id).toBe('drone-4k-backhaul-copy')
      expect(sla.isSaved).toBe(true)
      expect(sla.scenarios.find((item) => item.id === 'drone-4k-backhaul-copy')?.saved).toBe(true)
      // Read back from the project: no overrides any more, the same targets.
      expect(core.calls.filter((call) => call.method === 'sla.targets').at(-1)?.params).toEqual({ scenario: 'drone-4k-backhaul-copy' })
      expect(ulThroughput(sla)).toBe(60)
    } finally {
      vi.useRealTimers()
    }
  })

  it('editing a saved scenario keeps its id and raises its version', async () => {
    const { sla, core } = setUp()
    await sla.load()
    await sla.select('drone-4k-backhaul')
    sla.cloneForEdit(copy)
    await sla.save()
    sla.editSaved()
    sla.setTermText('video-bitrate', '25')
    await sla.save()
    expect(core.saved.get('drone-4k-backhaul-copy')).toMatchObject({ version: 2, terms: [{ value: 25 }, { value: 120 }] })
  })

  it('exports the shown scenario with the draft changes as JSON', async () => {
    const { sla, core } = setUp()
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    await sla.select('drone-4k-backhaul')
    sla.cloneForEdit(copy)
    sla.setTermText('video-bitrate', '30')
    await sla.exportAs('gst')
    expect(core.calls.at(-1)).toEqual({ method: 'sla.export', params: { scenario: 'drone-4k-backhaul', format: 'gst', overrides: { 'video-bitrate': 30 } } })
    expect(sla.exported?.format).toBe('gst')
    expect(JSON.parse(sla.exported?.text ?? '')).toEqual({ overrides: { 'video-bitrate': 30 } })
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scenarioSchema, type Scenario } from '../api/schemas/slaSchemas.js'
import { applyTermOverrides, catalogueFileNames, getScenario, isCatalogueScenario, listScenarios, parseScenario, parseTermValue } from './scenarioCatalogue.js'
import { SlaInputError, UnknownScenarioError } from './slaInputError.js'

const scenariosDir = fileURLToPath(new URL('../../data/scenarios/', import.meta.url))
const files = readdirSync(scenariosDir).filter((name) => name.endsWith('.json'))
const term = (scenario: Scenario, id: string): Scenario['terms'][number] | undefined => scenario.terms.find((t) => t.id === id)

describe('data/scenarios', () => {
  it.each(files)('%s is a valid scenario named after its id, with unique term ids', (name) => {
    const scenario = scenarioSchema.parse(JSON.parse(readFileSync(`${scenariosDir}${name}`, 'utf8')))
    expect(`${scenario.id}.json`).toBe(name)
    expect(new Set(scenario.terms.map((t) => t.id)).size).toBe(scenario.terms.length)
  })

  it('is bundled whole: every file is imported by the catalogue and every import is a file', () => {
    expect([...catalogueFileNames].sort()).toEqual([...files].sort())
  })

  it('covers the scenarios issue 5 lists', () => {
    const ids = listScenarios().map((s) => s.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'drone-4k-backhaul', 'drone-8k-broadcast', 'drone-c2-waypoint', 'drone-c2-stick', 'drone-logistics', 'cloud-gaming', 'xr-vr',
        'naked-eye-3d-video', 'live-streaming-4k', 'live-streaming-8k', 'fwa-premium', 'fwa-standard', 'remote-driving', 'remote-healthcare',
      ]),
    )
  })
})

describe('drone 4K backhaul: the Guangdong terms and assumptions A1–A6 of §7, tagged as the reference gives them', () => {
  const drone = getScenario('drone-4k-backhaul')

  it('has the four SLA terms', () => {
    const sla = drone.terms.filter((t) => t.kind === 'sla').map((t) => [t.id, t.value, t.unit])
    expect(sla).toEqual([
      ['video-resolution', '2160p', ''],
      ['stability-error', 3, '%'],
      ['interruption', 0.1, '%'],
      ['coverage', 99, '%'],
    ])
  })

  it('has A1–A6 as assumptions: 20 Mbit/s H.265 2160p30 [V], the definitions A2/A3 [U], 120 m [S], 500/200/200 ms [U], T_rec 0.2 s [U]', () => {
    expect(term(drone, 'video-bitrate')).toMatchObject({ kind: 'assumption', value: 20, unit: 'Mbit/s', tag: 'V' })
    expect(term(drone, 'frame-rate')).toMatchObject({ value: 30, tag: 'V' })
    expect(term(drone, 'interruption-definition')?.tag).toBe('U')
    expect(term(drone, 'stability-window')).toMatchObject({ value: 1, unit: 's', tag: 'U' })
    expect(term(drone, 'altitude')).toMatchObject({ value: 120, unit: 'm', tag: 'S' })
    expect(term(drone, 'tdd-pattern')).toMatchObject({ value: 'DDDSU', tag: 'U' })
    expect([term(drone, 'glass-to-glass-latency')?.value, term(drone, 'dejitter-buffer')?.value, term(drone, 'codec-latency')?.value]).toEqual([500, 200, 200])
    expect(term(drone, 'recovery-time')).toMatchObject({ value: 0.2, unit: 's', tag: 'U' })
    expect(term(drone, 'max-frame-factor')).toMatchObject({ value: 1.5, tag: 'S' })
  })

  it('names every term in English and Chinese and cites a source', () => {
    for (const t of drone.terms) {
      expect(t.label.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(t.source.length).toBeGreaterThan(5)
    }
    expect(drone.name.zh).toContain('无人机')
  })
})

describe('listing and finding scenarios', () => {
  const edited: Scenario = { ...getScenario('drone-4k-backhaul'), version: 2, clonedFrom: 'drone-4k-backhaul' }
  const clone: Scenario = { ...getScenario('drone-4k-backhaul'), id: 'drone-4k-shenzhen', clonedFrom: 'drone-4k-backhaul' }

  it('lets a saved scenario replace the catalogue one of its id, and adds saved clones', () => {
    const list = listScenarios([edited, clone])
    expect(list.filter((s) => s.id === 'drone-4k-backhaul')).toEqual([edited])
    expect(list.map((s) => s.id)).toContain('drone-4k-shenzhen')
    expect(list.map((s) => s.id)).toEqual([...list.map((s) => s.id)].sort())
    expect(getScenario('drone-4k-backhaul', [edited]).version).toBe(2)
    expect(isCatalogueScenario('drone-4k-shenzhen')).toBe(false)
  })

  it('refuses an unknown id, listing the ids there are', () => {
    expect(() => getScenario('drone-9k')).toThrow(UnknownScenarioError)
    expect(() => getScenario('drone-9k')).toThrow(/^no scenario "drone-9k"; scenarios: cloud-gaming, drone-4k-backhaul, /)
  })
})

describe('term overrides', () => {
  const drone = getScenario('drone-4k-backhaul')

  it('replace values without touching the original', () => {
    const changed = applyTermOverrides(drone, { 'video-bitrate': 25, 'tdd-pattern': 'DDSUU' })
    expect(term(changed, 'video-bitrate')?.value).toBe(25)
    expect(term(changed, 'tdd-pattern')?.value).toBe('DDSUU')
    expect(term(drone, 'video-bitrate')?.value).toBe(20)
  })

  it('refuse an unknown term, listing the valid ids', () => {
    expect(() => applyTermOverrides(drone, { bitrate: 25 })).toThrow(SlaInputError)
    expect(() => applyTermOverrides(drone, { bitrate: 25 })).toThrow(/^scenario drone-4k-backhaul has no term "bitrate"; its terms: video-resolution, stability-error, /)
  })

  it('refuse a value of the wrong type, naming the term', () => {
    expect(() => applyTermOverrides(drone, { 'video-bitrate': '25' })).toThrow('term video-bitrate of drone-4k-backhaul takes a number (now 20 Mbit/s), not "25"')
    expect(() => applyTermOverrides(drone, { 'tdd-pattern': 3 })).toThrow('term tdd-pattern of drone-4k-backhaul takes a text')
  })

  it('read --set text as the term type', () => {
    expect(parseTermValue(drone, 'video-bitrate', '25')).toBe(25)
    expect(parseTermValue(drone, 'tdd-pattern', 'DDSUU')).toBe('DDSUU')
    expect(() => parseTermValue(drone, 'video-bitrate', 'fast')).toThrow('term video-bitrate of drone-4k-backhaul takes a number (now 20 Mbit/s), not "fast"')
    expect(() => parseTermValue(drone, 'nope', '1')).toThrow(/has no term "nope"/)
  })
})

describe('parsing a scenario document', () => {
  const drone = getScenario('drone-4k-backhaul')

  it('names the field at fault', () => {
    expect(() => parseScenario({ ...drone, terms: [] }, 'upload.json')).toThrow(/^upload\.json: terms: /)
  })

  it('refuses a term id used twice', () => {
    expect(() => parseScenario({ ...drone, terms: [...drone.terms, drone.terms[0]] }, 'upload.json')).toThrow('upload.json: term "video-resolution" appears twice')
  })
})

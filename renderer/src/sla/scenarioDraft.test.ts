import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../core/api/schemas/slaSchemas.js'
import { cloneId, cloneScenario, defaultAltitudesM, parseTermValue, termOverrides, withTermValues } from './scenarioDraft.js'

const term = (id: string, value: number | string | boolean, unit = '') => ({
  id, kind: 'assumption' as const, label: { en: id, zh: id }, value, unit, source: 'test', tag: 'U' as const,
})
const scenario: Scenario = {
  id: 'drone-4k-backhaul',
  version: 3,
  name: { en: 'Drone 4K', zh: '无人机 4K' },
  description: { en: 'd', zh: 'd' },
  translator: 'video-uplink',
  direction: 'ul',
  terms: [term('video-bitrate', 20, 'Mbit/s'), term('video-codec', 'H.265'), term('altitude', 120, 'm'), term('flag', true)],
}

describe('parseTermValue', () => {
  it('reads numbers for numeric terms, accepting a decimal comma and spaces', () => {
    expect(parseTermValue({ value: 20 }, ' 25 ')).toEqual({ value: 25 })
    expect(parseTermValue({ value: 20 }, '12,5')).toEqual({ value: 12.5 })
  })
  it('refuses text, empty input and infinities for numeric terms', () => {
    expect(parseTermValue({ value: 20 }, 'abc')).toEqual({ problem: 'number' })
    expect(parseTermValue({ value: 20 }, '')).toEqual({ problem: 'number' })
    expect(parseTermValue({ value: 20 }, 'Infinity')).toEqual({ problem: 'number' })
  })
  it('reads true/false for flags and non-empty text for text terms', () => {
    expect(parseTermValue({ value: true }, 'false')).toEqual({ value: false })
    expect(parseTermValue({ value: true }, 'yes')).toEqual({ problem: 'boolean' })
    expect(parseTermValue({ value: 'H.265' }, ' AV1 ')).toEqual({ value: 'AV1' })
    expect(parseTermValue({ value: 'H.265' }, '  ')).toEqual({ problem: 'empty' })
  })
})

describe('cloning a scenario', () => {
  it('names the clone <id>-copy, then -copy-2, -copy-3 when taken', () => {
    expect(cloneId('a', new Set(['a']))).toBe('a-copy')
    expect(cloneId('a', new Set(['a', 'a-copy', 'a-copy-2']))).toBe('a-copy-3')
  })
  it('gives the clone version 1, copy names, clonedFrom the original and its own terms', () => {
    const clone = cloneScenario(scenario, new Set([scenario.id]), { en: '(copy)', zh: '（副本）' })
    expect(clone).toMatchObject({ id: 'drone-4k-backhaul-copy', version: 1, clonedFrom: 'drone-4k-backhaul', name: { en: 'Drone 4K (copy)', zh: '无人机 4K（副本）' } })
    expect(clone.terms).toEqual(scenario.terms)
    expect(clone.terms[0]).not.toBe(scenario.terms[0])
  })
  it('a clone of a clone keeps the catalogue scenario as clonedFrom', () => {
    const clone = cloneScenario({ ...scenario, id: 'x-copy', clonedFrom: 'x' }, new Set(), { en: '(copy)', zh: '（副本）' })
    expect(clone.clonedFrom).toBe('x')
  })
})

describe('termOverrides', () => {
  it('lists only the terms whose value changed, by id', () => {
    const edited = withTermValues(scenario, { 'video-bitrate': 40, flag: false })
    expect(termOverrides(scenario, edited)).toEqual({ 'video-bitrate': 40, flag: false })
    expect(termOverrides(scenario, scenario)).toEqual({})
  })
})

describe('defaultAltitudesM', () => {
  it('checks drones at half their flight altitude and at it (60 and 120 m for 120 m)', () => {
    expect(defaultAltitudesM(scenario)).toEqual([60, 120])
  })
  it('checks handsets at 1.5 m when the scenario has no flight altitude', () => {
    expect(defaultAltitudesM({ terms: [term('video-bitrate', 20, 'Mbit/s')] })).toEqual([1.5])
  })
})

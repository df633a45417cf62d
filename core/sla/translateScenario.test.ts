import { describe, expect, it } from 'vitest'
import { slaTargetsSchema, type NetworkTarget, type Scenario, type SlaTargets } from '../api/schemas/slaSchemas.js'
import { applyTermOverrides, getScenario, listScenarios } from './scenarioCatalogue.js'
import { SlaInputError } from './slaInputError.js'
import { requiredTargetIds } from './targetDefinitions.js'
import { translateScenario } from './translateScenario.js'

const target = (result: SlaTargets, id: string): NetworkTarget => {
  const found = result.targets.find((t) => t.id === id)
  if (found === undefined) throw new Error(`no target ${id} in ${result.targets.map((t) => t.id).join(', ')}`)
  return found
}
const drone = getScenario('drone-4k-backhaul')
const withTerm = (scenario: Scenario, term: Scenario['terms'][number]): Scenario => ({ ...scenario, terms: [...scenario.terms, term] })

describe('drone 4K video backhaul → the targets of sla-and-qoe-models.md §7', () => {
  const result = translateScenario(drone)

  it('is a valid SlaTargets with every required target, each with a basis', () => {
    expect(slaTargetsSchema.parse(result)).toEqual(result)
    expect(result).toMatchObject({ scenario: 'drone-4k-backhaul', version: 1 })
    for (const id of [...requiredTargetIds, 'dl-throughput', 'jitter', 'packet-loss', 'survival-time', 'five-qi', 'interruption']) expect(target(result, id).basis.length).toBeGreaterThan(0)
  })

  it('GFBR UL ≈ 25 Mbit/s (24.93, abs 0.01) at P99.9 over 1 s windows; MFBR ≈ 31 Mbit/s (31.17, abs 0.01) — steps 1–4', () => {
    expect(target(result, 'ul-throughput')).toMatchObject({ unit: 'Mbit/s', percentile: 99.9, windowS: 1, bound: 'min' })
    expect(target(result, 'ul-throughput').value).toBeCloseTo(24.93, 2)
    expect(Math.abs(target(result, 'ul-throughput').value - 25)).toBeLessThan(0.5)
    expect(target(result, 'ul-max-throughput').value).toBeCloseTo(31.17, 2)
  })

  it('one-way latency ≤ 100 ms at P99.9, 65 ms of it for the air; jitter ≤ 50 ms — steps 5–6', () => {
    expect(target(result, 'latency')).toMatchObject({ value: 100, unit: 'ms', percentile: 99.9, bound: 'max' })
    expect(target(result, 'air-latency').value).toBe(65)
    expect(target(result, 'jitter')).toMatchObject({ value: 50, unit: 'ms', bound: 'max' })
  })

  it('PLR ≤ 2.8e-6 and reliability 99.9997 % (relative 1e-6; abs 1e-4 %) — steps 7–8', () => {
    expect(target(result, 'packet-loss').value / 2.8e-6).toBeCloseTo(1, 6)
    expect(target(result, 'reliability')).toMatchObject({ unit: '%', bound: 'min' })
    expect(target(result, 'reliability').value).toBeCloseTo(99.9997, 4)
  })

  it('requests 5QI 71 and explains why 4 and 72 do not do', () => {
    const fiveQi = target(result, 'five-qi')
    expect(fiveQi).toMatchObject({ value: 71, unit: '' })
    expect(fiveQi.basis.join(' ')).toContain('4 (PDB 300 ms > 150 ms)')
  })

  it('interruption 3.6 s/h and survival time 150 ms', () => {
    expect(target(result, 'interruption')).toMatchObject({ unit: 's/h', bound: 'max', windowS: 3600 })
    expect(target(result, 'interruption').value).toBeCloseTo(3.6, 9)
    expect(target(result, 'survival-time').value).toBe(150)
  })

  it('UL SINR: CQI 7 at 5.9 dB + 4 dB margin = 9.9 dB, §7 step 9 plans ≥ 10 dB (abs 0.5), at 99 % of points', () => {
    const sinr = target(result, 'ul-sinr')
    expect(sinr).toMatchObject({ unit: 'dB', percentile: 99, bound: 'min' })
    expect(sinr.value).toBeCloseTo(9.9, 9)
    expect(Math.abs(sinr.value - 10)).toBeLessThanOrEqual(0.5)
    expect(sinr.basis.join(' ')).toContain('107.1 Mbit/s')
  })

  it('RSRP −82.33 dBm (the UE at 23 dBm over the whole carrier; abs 0.01), coverage 99 % with a 4.889 dB margin (§7: 2.33σ ≈ 4.9 dB)', () => {
    expect(target(result, 'rsrp').value).toBeCloseTo(-82.33, 2)
    expect(target(result, 'coverage-probability')).toMatchObject({ value: 99, unit: '%' })
    expect(target(result, 'coverage-probability').basis.join(' ')).toContain('= 4.889 dB')
  })

  it('carries the weakest evidence tag of its inputs', () => {
    expect(target(result, 'interruption').tag).toBe('S')
    expect(target(result, 'dl-throughput').tag).toBe('S')
    expect(target(result, 'ul-throughput').tag).toBe('U')
  })

  it('warns that 99 % coverage in space does not give 0.1 % interruption in time (step 11)', () => {
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toContain('§7 step 11')
  })
})

describe('what changes when terms or the radio plan change', () => {
  it('plain 1 s GOPs (T_rec 1 s) need PLR ≤ 5.6e-7, which no 5QI row meets within 150 ms: no 5QI target, a warning', () => {
    const result = translateScenario(applyTermOverrides(drone, { 'recovery-time': 1 }))
    expect(target(result, 'packet-loss').value / 5.6e-7).toBeCloseTo(1, 6)
    expect(result.targets.some((t) => t.id === 'five-qi')).toBe(false)
    expect(result.warnings.join(' ')).toContain('No standardised 5QI')
  })

  it('coverage 99.95 % fits the interruption budget: no step-11 warning', () => {
    expect(translateScenario(applyTermOverrides(drone, { coverage: 99.95 })).warnings).toEqual([])
  })

  it('half the UL PRBs raise the SINR target to 11.7 + 4 dB (§7: 11–17 dB before margins)', () => {
    expect(target(translateScenario(drone, { ulPrbShare: 0.5 }), 'ul-sinr').value).toBeCloseTo(15.7, 9)
  })

  it('a fifth of the UL PRBs (55 of 273) cannot carry 24.9 Mbit/s: 107.14 × 55/273 = 21.59 Mbit/s peak, the warning fires', () => {
    expect(translateScenario(drone, { ulPrbShare: 0.2 }).warnings.join(' ')).toContain('exceeds the 21.59 Mbit/s UL peak of the planned share')
  })

  it('a requested 5QI 72 is checked against the tolerated loss (§7 step 7: 1e-4 is not enough)', () => {
    const offered = withTerm(drone, { id: 'five-qi', kind: 'assumption', label: { en: 'Offered 5QI', zh: '提供的5QI' }, value: 72, unit: '', source: 'test', tag: 'U' })
    const result = translateScenario(offered)
    expect(target(result, 'five-qi').value).toBe(72)
    expect(result.warnings.join(' ')).toContain('5QI 72: its PER 1e-4 is worse than the tolerated loss 2.8e-6')
  })

  it('latency parts beyond the total leave no air budget: air-latency 0 and a warning', () => {
    const result = translateScenario(applyTermOverrides(drone, { 'transport-latency': 90 }))
    expect(target(result, 'air-latency').value).toBe(0)
    expect(result.warnings.join(' ')).toContain('leave nothing of the 100 ms total')
  })

  it('the radio plan argument beats the scenario term (tdd-pattern) and the term beats the default', () => {
    const ulHeavy = translateScenario(drone, { tddPattern: 'DDSUU' })
    expect(target(ulHeavy, 'ul-sinr').basis[0]).toContain('f_UL 0.4286')
    expect(target(translateScenario(applyTermOverrides(drone, { 'tdd-pattern': 'DDDSUDDSUU' })), 'ul-sinr').basis[0]).toContain('f_UL 0.3286')
  })
})

describe('bad terms are refused naming the term', () => {
  it('a TDD pattern with other letters', () => {
    const run = (): unknown => translateScenario(applyTermOverrides(drone, { 'tdd-pattern': 'DDXSU' }))
    expect(run).toThrow(SlaInputError)
    expect(run).toThrow(/^tdd-pattern: tdd pattern may hold only D, S and U slots/)
  })

  it('a negative bit rate, with the valid range', () => {
    expect(() => translateScenario(applyTermOverrides(drone, { 'video-bitrate': -5 }))).toThrow('term video-bitrate of drone-4k-backhaul must be a number within 0.0001…100000 Mbit/s, not -5')
  })

  it('a carrier bandwidth the numerology does not define', () => {
    expect(() => translateScenario(applyTermOverrides(drone, { 'carrier-bandwidth': 95 }))).toThrow(/^carrier-bandwidth: bandwidthMhz 95 is not defined at 30 kHz/)
  })

  it('a scenario with neither reliability nor an interruption', () => {
    const bare = { ...drone, terms: drone.terms.filter((t) => t.id !== 'interruption') }
    expect(() => translateScenario(bare)).toThrow('needs a reliability term (%) or, for video, an interruption term (%) with recovery-time')
  })
})

describe('every catalogue scenario', () => {
  it.each(listScenarios().map((s) => [s.id, s] as const))('%s translates to valid targets with the required ids', (_id, scenario) => {
    const result = slaTargetsSchema.parse(translateScenario(scenario))
    const ids = result.targets.map((t) => t.id)
    expect(ids).toEqual(expect.arrayContaining([...requiredTargetIds]))
    expect(new Set(ids).size).toBe(ids.length)
    for (const t of result.targets) {
      expect(Number.isFinite(t.value)).toBe(true)
      expect(t.basis.length).toBeGreaterThan(0)
    }
  })

  it('direct-stick C2 gets the delay-critical 5QI 82 (§7: PDB ≤ 20 ms for stick mode)', () => {
    expect(target(translateScenario(getScenario('drone-c2-stick')), 'five-qi').value).toBe(82)
  })

  it('remote driving at 5 ms cannot carry 25 Mbit/s of 30 fps video in DDDSU: the peak warning fires', () => {
    expect(translateScenario(getScenario('remote-driving')).warnings.join(' ')).toContain('exceeds the 107.1 Mbit/s UL peak')
  })

  it('remote surgery at 2 ms leaves the air less than the wait for a UL slot', () => {
    expect(translateScenario(getScenario('remote-healthcare')).warnings.join(' ')).toContain('no more than the 1.929 ms a packet may wait for a UL slot')
  })
})

describe('the Chinese basis and warnings (basisZh, warningsZh)', () => {
  // Numbers as written in a basis line: 20, 99.9, 2.8e-6, 1e-4 (clause ids such as 5.7.4-1 yield their parts on both sides).
  const numbers = (line: string): string[] => [...new Set(line.match(/\d+(?:\.\d+)?(?:e[-+]?\d+)?/g) ?? [])].sort()
  const cjk = /[\u4e00-\u9fff]/
  const expectSameLines = (english: readonly string[], chinese: readonly string[]): void => {
    expect(chinese).toHaveLength(english.length)
    english.forEach((line, index) => {
      const zh = chinese[index] as string
      expect(zh, line).toMatch(cjk)
      expect(numbers(zh), `${line}\n${zh}`).toEqual(numbers(line))
    })
  }
  const variants: [string, Scenario, Parameters<typeof translateScenario>[1]][] = [
    ...listScenarios().map((s): [string, Scenario, Parameters<typeof translateScenario>[1]] => [s.id, s, {}]),
    ['drone with a reliability term too (the stricter loss holds)', withTerm(drone, { id: 'reliability', kind: 'sla', label: { en: 'R', zh: '可靠性' }, value: 99.9, unit: '%', source: 'test', tag: 'U' }), {}],
    ['drone requesting 5QI 72 (the 5QI warning)', withTerm(drone, { id: 'five-qi', kind: 'assumption', label: { en: '5QI', zh: '5QI' }, value: 72, unit: '', source: 'test', tag: 'U' }), {}],
    ['drone on a fifth of the UL PRBs (the peak warning)', drone, { ulPrbShare: 0.2 }],
    ['drone with plain 1 s GOPs (no 5QI fits)', applyTermOverrides(drone, { 'recovery-time': 1 }), {}],
    ['drone at 99.95 % coverage (no step-11 warning)', applyTermOverrides(drone, { coverage: 99.95 }), {}],
  ]

  it.each(variants)('%s: every target has a Chinese line per English line, with the same numbers', (_name, scenario, radio) => {
    const result = translateScenario(scenario, radio)
    for (const t of result.targets) {
      expect(t.basisZh.length, t.id).toBeGreaterThan(0)
      expectSameLines(t.basis, t.basisZh)
    }
    expectSameLines(result.warnings, result.warningsZh)
  })

  it('writes the drone chain as a Chinese network-planning engineer does, keeping the clause ids', () => {
    const result = translateScenario(drone)
    const zh = (id: string): string => target(result, id).basisZh.join(' ')
    expect(zh('ul-throughput')).toContain('保障比特率 GFBR')
    expect(zh('ul-throughput')).toContain('TR 38.838 Table 5.1.1.1-1')
    expect(zh('ul-max-throughput')).toContain('最大比特率 MFBR')
    expect(zh('packet-loss')).toContain('分组丢失率 PLR ≤ 2.8e-6')
    expect(zh('five-qi')).toContain('TS 23.501 Table 5.7.4-1')
    expect(zh('five-qi')).toContain('上行直播流')
    expect(zh('coverage-probability')).toContain('阴影衰落余量')
    expect(zh('coverage-probability')).toContain('= 4.889 dB')
    expect(zh('rsrp')).toContain('参考信号接收功率')
    expect(result.warningsZh[0]).toContain('§7 第 11 步')
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Scenario } from '../../core/api/schemas/slaSchemas.js'
import { openProjectDb } from '../../core/db/openProjectDb.js'
import { saveScenario } from '../../core/db/scenariosTable.js'
import { getScenario } from '../../core/sla/scenarioCatalogue.js'
import { runCertus } from './cliProcess.js'

interface TargetsJson {
  scenario: string
  targets: { id: string; value: number; unit: string; percentile: number | null; basis: string[] }[]
  warnings: string[]
}

/** Runs `certus …` expecting success and JSON on stdout. */
function json<T>(args: string[]): T {
  const run = runCertus(args)
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as T
}
const value = (result: TargetsJson, id: string): number | undefined => result.targets.find((t) => t.id === id)?.value

describe('certus sla scenarios', () => {
  it('prints {"scenarios":[{"id","name"},…]} with the English names, including drone-4k-backhaul', () => {
    const result = json<{ scenarios: { id: string; name: string; saved: boolean }[] }>(['sla', 'scenarios', '--json'])
    expect(Object.keys(result)).toEqual(['scenarios'])
    expect(result.scenarios.find((s) => s.id === 'drone-4k-backhaul')).toMatchObject({ name: 'Drone 4K video backhaul (Guangdong government drones)', saved: false })
    for (const s of result.scenarios) expect(typeof s.name).toBe('string')
  })
})

describe('certus sla targets', () => {
  it('prints {"scenario","targets":[{"id","value","unit","percentile","basis"}],"warnings"} with the §7 numbers', () => {
    const result = json<TargetsJson>(['sla', 'targets', '--scenario', 'drone-4k-backhaul', '--json'])
    expect(result.scenario).toBe('drone-4k-backhaul')
    for (const id of ['ul-throughput', 'latency', 'reliability', 'coverage-probability', 'ul-sinr', 'rsrp']) {
      const found = result.targets.find((t) => t.id === id)
      expect(found, id).toBeDefined()
      expect(Object.keys(found ?? {})).toEqual(expect.arrayContaining(['id', 'value', 'unit', 'percentile', 'basis']))
      expect(found?.basis.length).toBeGreaterThan(0)
    }
    expect(value(result, 'ul-throughput')).toBeCloseTo(24.93, 2)
    expect(value(result, 'five-qi')).toBe(71)
    expect(result.warnings.join(' ')).toContain('§7 step 11')
  })

  it('applies --set term=value (repeatable): T_rec 1 s → PLR 5.6e-7; coverage 99.95 % → no step-11 warning', () => {
    const result = json<TargetsJson>(['sla', 'targets', '--scenario', 'drone-4k-backhaul', '--set', 'recovery-time=1', '--set', 'coverage=99.95', '--json'])
    expect((value(result, 'packet-loss') ?? 0) / 5.6e-7).toBeCloseTo(1, 6)
    expect(result.warnings.join(' ')).not.toContain('§7 step 11')
  })

  it('prints the targets with their basis without --json', () => {
    const run = runCertus(['sla', 'targets', '--scenario', 'drone-4k-backhaul'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('≥ 24.9326 Mbit/s at 99.9 %  ul-throughput')
    expect(run.stdout).toContain('Packetisation (§5.2)')
    expect(run.stdout).toContain('Warnings:')
  })

  it('exits 2 for an unknown term, listing the terms, and for a value of the wrong type', () => {
    const unknown = runCertus(['sla', 'targets', '--scenario', 'drone-4k-backhaul', '--set', 'bitrate=25'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('scenario drone-4k-backhaul has no term "bitrate"; its terms: video-resolution, stability-error')
    const wrongType = runCertus(['sla', 'targets', '--scenario', 'drone-4k-backhaul', '--set', 'video-bitrate=fast'])
    expect(wrongType.status).toBe(2)
    expect(wrongType.stderr).toContain('takes a number (now 20 Mbit/s), not "fast"')
  })

  it('exits 1 for an unknown scenario (listing the ids) or a term out of range, 2 without --scenario', () => {
    const unknown = runCertus(['sla', 'targets', '--scenario', 'drone-9k', '--json'])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('no scenario "drone-9k"; scenarios: cloud-gaming, drone-4k-backhaul')
    const range = runCertus(['sla', 'targets', '--scenario', 'drone-4k-backhaul', '--set', 'video-bitrate=-5'])
    expect(range.status).toBe(1)
    expect(range.stderr).toContain('term video-bitrate of drone-4k-backhaul must be a number within')
    const missing = runCertus(['sla', 'targets'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('sla targets needs --scenario ID')
  })
})

describe('certus sla with --project', () => {
  const projectPath = join(mkdtempSync(join(tmpdir(), 'certus-sla-cli-')), 'saved.certus')
  const drone = getScenario('drone-4k-backhaul')
  const clone: Scenario = {
    ...drone,
    id: 'drone-4k-night',
    name: { en: 'Night patrol at 60 m', zh: '夜间60米巡检' },
    clonedFrom: 'drone-4k-backhaul',
    terms: drone.terms.map((t) => (t.id === 'altitude' ? { ...t, value: 60 } : t)),
  }

  beforeAll(() => {
    const db = openProjectDb(projectPath)
    saveScenario(db, clone, new Date('2026-11-30T00:00:00Z'))
    db.close()
  })

  it('lists the project’s saved scenarios beside the catalogue', () => {
    const result = json<{ scenarios: { id: string; name: string; saved: boolean }[] }>(['sla', 'scenarios', '--project', projectPath, '--json'])
    expect(result.scenarios.find((s) => s.id === 'drone-4k-night')).toMatchObject({ name: 'Night patrol at 60 m', saved: true })
    expect(result.scenarios.some((s) => s.id === 'drone-4k-backhaul')).toBe(true)
  })

  it('translates a saved scenario (60 m: UMa-AV LOS σ 4.64·e^(−0.396) = 3.123 dB in the coverage basis)', () => {
    const result = json<TargetsJson>(['sla', 'targets', '--scenario', 'drone-4k-night', '--project', projectPath, '--json'])
    expect(result.scenario).toBe('drone-4k-night')
    expect(result.targets.find((t) => t.id === 'coverage-probability')?.basis.join(' ')).toContain('σ = 3.123 dB at 60 m')
  })

  it('exits 1 for a project file that does not exist', () => {
    const run = runCertus(['sla', 'scenarios', '--project', join(tmpdir(), 'no-such-dir-certus', 'none.certus')])
    expect(run.status).toBe(1)
  })
})

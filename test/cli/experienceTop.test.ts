import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDemoProjectFile } from '../../core/host/createDemoProjectFile.js'
import { runCertus } from './cliProcess.js'

const directory = mkdtempSync(join(tmpdir(), 'certus-experience-top-'))
const demo = join(directory, 'demo.certus')
beforeAll(() => createDemoProjectFile(demo, { now: new Date('2026-11-30T00:00:00Z') }), 120_000)
afterAll(() => rmSync(directory, { recursive: true, force: true }))

interface TopOutput {
  priority: string
  problems: { cell: string; affected: number; severity: number; impact: number; causes: { domain: string; share: number; evidence: string[]; evidenceZh: string[] }[] }[]
  rankings: Record<'rate' | 'stall' | 'latency', string[]>
}

/** Runs `certus experience top demo.certus … --json`, checks it succeeded and returns the parsed output. */
function top(args: string[]): TopOutput {
  const run = runCertus(['experience', 'top', demo, ...args, '--json'])
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as TopOutput
}

describe('certus experience top <project> --json', () => {
  it('prints the problems with cell, affected, impact and causes, and the three rankings side by side', () => {
    // The demo network is fast: a 150 Mbit/s rate target makes part of it slow.
    const output = top(['--priority', 'rate', '--limit', '3', '--rate-mbps', '150'])
    expect(output.priority).toBe('rate')
    expect(output.problems).toHaveLength(3)
    for (const p of output.problems) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['cell', 'affected', 'impact', 'causes']))
      expect(p.affected).toBeGreaterThan(0)
      expect(Math.abs(p.causes.reduce((s, c) => s + c.share, 0) - 1)).toBeLessThan(1e-9)
      for (const c of p.causes) expect(['radio', 'transport', 'core', 'server', 'terminal', 'unknown']).toContain(c.domain)
      // The Chinese evidence rides along, one line per English line.
      for (const c of p.causes) expect(c.evidenceZh).toHaveLength(c.evidence.length)
    }
    expect(output.problems[0]!.impact).toBeGreaterThanOrEqual(output.problems[2]!.impact)
    expect(Object.keys(output.rankings)).toEqual(['rate', 'stall', 'latency'])
    expect(output.rankings.rate).toEqual(output.problems.map((p) => p.cell))
  })

  it('takes --priority stall and ranks by the stall-first weighting', () => {
    const output = top(['--priority', 'stall', '--limit', '3', '--video-mbps', '150'])
    expect(output.priority).toBe('stall')
    expect(output.rankings.stall).toEqual(output.problems.map((p) => p.cell))
  })

  it('takes --scope areas: the worst areas (the demo\'s task area, then geohash squares) with a place on the map, and no cells', () => {
    const output = top(['--scope', 'areas', '--limit', '3', '--rate-mbps', '150']) as TopOutput & {
      areaProblems: { kind: string; area: string; areaUnit: string; lon: number; lat: number; impact: number }[]
    }
    expect(output.problems).toEqual([])
    expect(output.areaProblems.length).toBeGreaterThan(0)
    for (const a of output.areaProblems) {
      expect(a.kind).toBe('area')
      expect(['task-area', 'geohash']).toContain(a.areaUnit)
      expect(Number.isFinite(a.lon) && Number.isFinite(a.lat)).toBe(true)
    }
    expect(output.areaProblems.map((a) => a.areaUnit)).toContain('task-area')
    const scope = runCertus(['experience', 'top', demo, '--scope', 'sites'])
    expect(scope.status).toBe(2)
    expect(scope.stderr).toContain('--scope')
  })

  it('prints a readable summary without --json', () => {
    const run = runCertus(['experience', 'top', demo, '--limit', '2', '--rate-mbps', '150'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Worst cells, rate-first (rate < 150 Mbit/s')
    expect(run.stdout).toContain('stall-first: ')
  })

  it('exits 2 on a bad priority or limit and 1 on a missing project, naming the problem', () => {
    const priority = runCertus(['experience', 'top', demo, '--priority', 'speed'])
    expect(priority.status).toBe(2)
    expect(priority.stderr).toContain('--priority must be one of rate, stall, latency, not "speed"')
    const limit = runCertus(['experience', 'top', demo, '--limit', '0'])
    expect(limit.status).toBe(2)
    expect(limit.stderr).toContain('--limit must be a positive number, not "0"')
    const missing = runCertus(['experience', 'top', join(directory, 'none.certus')])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('none.certus: no such project file')
  })
})

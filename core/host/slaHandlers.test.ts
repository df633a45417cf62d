import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../api/apiError.js'
import type { Scenario } from '../api/schemas/slaSchemas.js'
import { getScenario } from '../sla/scenarioCatalogue.js'
import type { HandlerContext } from './handlers.js'
import { JobRunner } from './jobRunner.js'
import { ProjectSession } from './projectSession.js'
import { slaCallHandlers } from './slaHandlers.js'

const sessions: ProjectSession[] = []
function context(): HandlerContext {
  const session = new ProjectSession(undefined)
  sessions.push(session)
  return { session, jobs: new JobRunner({ emit: () => undefined }), appInfo: { name: 'Certus', version: '0.0.0', mode: 'in-process' }, now: () => new Date('2026-11-30T00:00:00Z'), nativeBinding: undefined }
}
afterEach(() => {
  for (const session of sessions.splice(0)) session.close()
})

const apiError = (work: () => unknown): ApiError => {
  try {
    work()
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected an ApiError')
}
const drone = getScenario('drone-4k-backhaul')
const clone: Scenario = { ...drone, id: 'drone-4k-night', name: { en: 'Night patrol', zh: '夜间巡检' }, clonedFrom: 'drone-4k-backhaul' }

describe('sla.* handlers', () => {
  it('list and read the catalogue without a project', () => {
    const handlers = slaCallHandlers(context())
    const { scenarios } = handlers['sla.scenarios']({}) as { scenarios: { id: string; saved: boolean }[] }
    expect(scenarios.find((s) => s.id === 'drone-4k-backhaul')).toEqual({ id: 'drone-4k-backhaul', name: drone.name, version: 1, saved: false })
    expect(handlers['sla.scenario']({ id: 'xr-vr' })).toMatchObject({ id: 'xr-vr', translator: 'interactive' })
  })

  it('need a project to save, then include the saved scenario (a saved id replaces the catalogue one)', () => {
    const ctx = context()
    const handlers = slaCallHandlers(ctx)
    expect(apiError(() => handlers['sla.saveScenario']({ scenario: clone })).code).toBe('no-project')
    ctx.session.open(join(mkdtempSync(join(tmpdir(), 'certus-sla-')), 'p.certus'), true)
    expect(handlers['sla.saveScenario']({ scenario: clone })).toEqual({ saved: true })
    expect(handlers['sla.saveScenario']({ scenario: { ...drone, version: 3 } })).toEqual({ saved: true })
    const { scenarios } = handlers['sla.scenarios']({}) as { scenarios: { id: string; version: number; saved: boolean }[] }
    expect(scenarios.find((s) => s.id === 'drone-4k-night')).toMatchObject({ saved: true })
    expect(scenarios.find((s) => s.id === 'drone-4k-backhaul')).toMatchObject({ version: 3, saved: true })
    expect(handlers['sla.targets']({ scenario: 'drone-4k-night' })).toMatchObject({ scenario: 'drone-4k-night' })
  })

  it('refuse a scenario with a repeated term id as bad input', () => {
    const ctx = context()
    ctx.session.open(join(mkdtempSync(join(tmpdir(), 'certus-sla-')), 'p.certus'), true)
    const error = apiError(() => slaCallHandlers(ctx)['sla.saveScenario']({ scenario: { ...clone, terms: [...clone.terms, clone.terms[0] as Scenario['terms'][number]] } }))
    expect(error.code).toBe('bad-input')
    expect(error.message).toContain('appears twice')
  })

  it('translate with typed overrides; an unknown scenario is not-found, a bad term bad-input naming it', () => {
    const handlers = slaCallHandlers(context())
    const result = handlers['sla.targets']({ scenario: 'drone-4k-backhaul', overrides: { 'recovery-time': 1 } }) as { targets: { id: string; value: number }[] }
    expect((result.targets.find((t) => t.id === 'packet-loss')?.value ?? 0) / 5.6e-7).toBeCloseTo(1, 6)
    expect(apiError(() => handlers['sla.targets']({ scenario: 'drone-9k' })).code).toBe('not-found')
    const bad = apiError(() => handlers['sla.targets']({ scenario: 'drone-4k-backhaul', overrides: { 'video-bitrate': 'fast' } }))
    expect(bad.code).toBe('bad-input')
    expect(bad.details).toEqual({ argument: 'video-bitrate' })
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Scenario } from '../api/schemas/slaSchemas.js'
import { getScenario } from '../sla/scenarioCatalogue.js'
import { openProjectDb, type ProjectDb } from './openProjectDb.js'
import { getSavedScenario, listSavedScenarios, saveScenario, StoredScenarioError } from './scenariosTable.js'

const opened: ProjectDb[] = []
const open = (): ProjectDb => {
  const db = openProjectDb(join(mkdtempSync(join(tmpdir(), 'certus-scenarios-')), 'p.certus'))
  opened.push(db)
  return db
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

const drone = getScenario('drone-4k-backhaul')
const edited: Scenario = { ...drone, version: 2, terms: drone.terms.map((t) => (t.id === 'video-bitrate' ? { ...t, value: 25 } : t)) }
const clone: Scenario = { ...drone, id: 'drone-4k-night', name: { en: 'Night patrol', zh: '夜间巡检' }, clonedFrom: 'drone-4k-backhaul' }

describe('scenarios saved in a project', () => {
  it('round-trip whole, listed by id with when they were saved', () => {
    const db = open()
    saveScenario(db, clone, new Date('2026-11-30T01:00:00Z'))
    saveScenario(db, edited, new Date('2026-11-30T02:00:00Z'))
    expect(listSavedScenarios(db)).toEqual([
      { scenario: edited, savedAt: '2026-11-30T02:00:00.000Z' },
      { scenario: clone, savedAt: '2026-11-30T01:00:00.000Z' },
    ])
    expect(getSavedScenario(db, 'drone-4k-night')?.scenario).toEqual(clone)
    expect(getSavedScenario(db, 'nope')).toBeUndefined()
  })

  it('replace the saved scenario of the same id', () => {
    const db = open()
    saveScenario(db, drone, new Date('2026-11-30T01:00:00Z'))
    saveScenario(db, edited, new Date('2026-11-30T02:00:00Z'))
    expect(listSavedScenarios(db).map((s) => s.scenario.version)).toEqual([2])
  })

  it('refuse to read a stored document that is not a scenario, naming its id', () => {
    const db = open()
    db.prepare("INSERT INTO scenarios (id, json, saved_at) VALUES ('broken', '{\"id\":\"broken\"}', '2026-11-30')").run()
    expect(() => listSavedScenarios(db)).toThrow(StoredScenarioError)
    expect(() => getSavedScenario(db, 'broken')).toThrow(/^scenario "broken" saved in the project does not read as a scenario: /)
  })
})

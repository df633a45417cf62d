import { scenarioSchema, type Scenario } from '../api/schemas/slaSchemas.js'
import type { ProjectDb } from './openProjectDb.js'

/** A scenario saved in the project, with when it was saved. */
export interface SavedScenario {
  scenario: Scenario
  savedAt: string
}

/** A stored scenario that no longer reads as one (hand-edited file, or a newer schema): names the id. */
export class StoredScenarioError extends Error {
  constructor(
    readonly id: string,
    reason: string,
  ) {
    super(`scenario ${JSON.stringify(id)} saved in the project does not read as a scenario: ${reason}`)
    this.name = 'StoredScenarioError'
  }
}

/**
 * Saves (or replaces) a scenario in the project under its id. The caller validates it first (the
 * API's schema does); it is stored as JSON.
 */
export function saveScenario(db: ProjectDb, scenario: Scenario, now: Date): void {
  db.prepare(
    `INSERT INTO scenarios (id, json, saved_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at`,
  ).run(scenario.id, JSON.stringify(scenario), now.toISOString())
}

/** Every scenario saved in the project, by id. */
export function listSavedScenarios(db: ProjectDb): SavedScenario[] {
  const rows = db.prepare('SELECT id, json, saved_at FROM scenarios ORDER BY id').all() as { id: string; json: string; saved_at: string }[]
  return rows.map((row) => ({ scenario: readScenario(row.id, row.json), savedAt: row.saved_at }))
}

/** The saved scenario of `id`, or undefined. */
export function getSavedScenario(db: ProjectDb, id: string): SavedScenario | undefined {
  const row = db.prepare('SELECT json, saved_at FROM scenarios WHERE id = ?').get(id) as { json: string; saved_at: string } | undefined
  return row === undefined ? undefined : { scenario: readScenario(id, row.json), savedAt: row.saved_at }
}

function readScenario(id: string, json: string): Scenario {
  let document: unknown
  try {
    document = JSON.parse(json)
  } catch (error) {
    throw new StoredScenarioError(id, (error as Error).message)
  }
  const parsed = scenarioSchema.safeParse(document)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new StoredScenarioError(id, `${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}

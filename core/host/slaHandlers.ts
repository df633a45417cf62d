import { ApiError } from '../api/apiError.js'
import type { Scenario } from '../api/schemas/slaSchemas.js'
import { listSavedScenarios, saveScenario, StoredScenarioError } from '../db/scenariosTable.js'
import { applyTermOverrides, getScenario, listScenarios, parseScenario } from '../sla/scenarioCatalogue.js'
import { SlaInputError, UnknownScenarioError } from '../sla/slaInputError.js'
import { translateScenario } from '../sla/translateScenario.js'
import type { CallHandlers, HandlerContext } from './handlers.js'

type SlaCallMethod = 'sla.scenarios' | 'sla.scenario' | 'sla.saveScenario' | 'sla.targets'

/**
 * sla.scenarios, sla.scenario, sla.saveScenario, sla.targets. Reads need no project (the bundled
 * catalogue) but include the open project's saved scenarios, which replace catalogue ones of the same id.
 */
export function slaCallHandlers(ctx: HandlerContext): Pick<CallHandlers, SlaCallMethod> {
  const saved = (): Scenario[] => (ctx.session.path === null ? [] : listSavedScenarios(ctx.session.require().db).map((s) => s.scenario))
  return {
    'sla.scenarios': () =>
      asApiErrors(() => {
        const savedScenarios = saved()
        const savedIds = new Set(savedScenarios.map((s) => s.id))
        return { scenarios: listScenarios(savedScenarios).map((s) => ({ id: s.id, name: s.name, version: s.version, saved: savedIds.has(s.id) })) }
      }),
    'sla.scenario': ({ id }) => asApiErrors(() => getScenario(id, saved())),
    'sla.saveScenario': ({ scenario }) =>
      asApiErrors(() => {
        const project = ctx.session.require()
        saveScenario(project.db, parseScenario(scenario, 'scenario'), ctx.now())
        return { saved: true as const }
      }),
    'sla.targets': ({ scenario, overrides }) => asApiErrors(() => translateScenario(applyTermOverrides(getScenario(scenario, saved()), overrides ?? {}))),
  }
}

/** The SLA engine's refusals as API errors: an unknown scenario is not-found, a bad term or a bad stored scenario bad-input. */
function asApiErrors<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof UnknownScenarioError) throw new ApiError('not-found', error.message, { argument: error.argument })
    if (error instanceof SlaInputError) throw new ApiError('bad-input', error.message, { argument: error.argument })
    if (error instanceof StoredScenarioError) throw new ApiError('bad-input', error.message, { id: error.id })
    throw error
  }
}

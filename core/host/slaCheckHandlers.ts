import { ApiError } from '../api/apiError.js'
import type { CoverageParametersInput } from '../api/schemas/coverageSchemas.js'
import type { SlaCheckParams } from '../api/schemas/feasibilitySchemas.js'
import type { SlaExportParams, SlaExportResult } from '../api/schemas/slaExportSchemas.js'
import type { Scenario, SlaTargets } from '../api/schemas/slaSchemas.js'
import type { ProjectDb } from '../db/openProjectDb.js'
import { listSavedScenarios, StoredScenarioError } from '../db/scenariosTable.js'
import { toGst } from '../sla/exports/toGst.js'
import { toServiceProfile } from '../sla/exports/toServiceProfile.js'
import { camaraGrid, camaraGridToGeoJson, defaultGeohashPrecision } from '../sla/feasibility/camaraGrid.js'
import { checkFeasibility, FeasibilityRefusal, type FeasibilityRequest } from '../sla/feasibility/checkFeasibility.js'
import { coverageParametersForScenario } from '../sla/feasibility/planCoverageParameters.js'
import { feasibilityOptionsFromScenario } from '../sla/feasibility/scenarioFeasibilityOptions.js'
import { applyTermOverrides, getScenario } from '../sla/scenarioCatalogue.js'
import { SlaInputError, UnknownScenarioError } from '../sla/slaInputError.js'
import { translateScenario } from '../sla/translateScenario.js'
import type { CallHandlers, HandlerContext, JobHandlers } from './handlers.js'

/** A scenario resolved for a check, an export or a report: the scenario with its overrides, its targets, and how to predict for it. */
export interface ResolvedScenario {
  scenario: Scenario
  targets: SlaTargets
  /** Interruption-model inputs and coverage parameters from the scenario's terms and radio plan; a request's own values win. */
  defaults: Pick<FeasibilityRequest, 'droneSpeedMps' | 'recoveryS'> & { parameters: CoverageParametersInput }
}

/**
 * The scenario (saved in the open project, else from the catalogue) with its overrides, translated.
 * Unknown scenarios and bad overrides throw ApiErrors (not-found, bad-input). Shared with report.write.
 */
export function resolveScenario(db: ProjectDb | undefined, id: string, overrides: SlaCheckParams['overrides']): ResolvedScenario {
  try {
    const scenario = applyTermOverrides(getScenario(id, savedScenarios(db)), overrides ?? {})
    const defaults = { ...feasibilityOptionsFromScenario(scenario), parameters: coverageParametersForScenario(scenario) }
    return { scenario, targets: translateScenario(scenario), defaults }
  } catch (error) {
    if (error instanceof UnknownScenarioError) throw new ApiError('not-found', error.message, { scenario: id })
    if (error instanceof SlaInputError) throw new ApiError('bad-input', error.message, { argument: error.argument })
    if (error instanceof StoredScenarioError) throw new ApiError('bad-input', error.message, { scenario: error.id })
    throw error
  }
}

/** The request over the scenario's defaults; explicit coverage parameters override the plan's one by one. Shared with report.write. */
export function feasibilityRequest(resolved: ResolvedScenario, request: Omit<FeasibilityRequest, 'targets'>): FeasibilityRequest {
  return { ...resolved.defaults, ...request, parameters: { ...resolved.defaults.parameters, ...request.parameters }, targets: resolved.targets }
}

/** Scenarios saved in the open project (edits and clones take precedence over the catalogue). */
function savedScenarios(db: ProjectDb | undefined): Scenario[] {
  return db === undefined ? [] : listSavedScenarios(db).map((saved) => saved.scenario)
}

/** Runs a feasibility check, turning its refusals into bad input. Shared with report.write. */
export async function feasibility(db: ProjectDb, request: FeasibilityRequest, services: Parameters<typeof checkFeasibility>[2]) {
  try {
    return await checkFeasibility(db, request, services)
  } catch (error) {
    if (error instanceof FeasibilityRefusal) throw new ApiError('bad-input', error.message, { target: request.target })
    throw error
  }
}

/**
 * sla.export: the scenario's targets as a GST, a ServiceProfile or a CAMARA-style grid, returned as
 * JSON for the caller to write (the CLI writes it atomically; the UI offers a download). Needs an open
 * project only for the grid (or a scenario saved in it).
 */
export function slaCheckCallHandlers(ctx: HandlerContext): Pick<CallHandlers, 'sla.export'> {
  return {
    'sla.export': async (params: SlaExportParams): Promise<SlaExportResult> => {
      const db = ctx.session.path === null ? undefined : ctx.session.require().db
      const resolved = resolveScenario(db, params.scenario, params.overrides)
      const { scenario, targets } = resolved
      const header = { format: params.format, scenario: scenario.id, version: scenario.version }
      try {
        if (params.format === 'gst') return { ...header, json: toGst(targets, scenario, params.options) }
        if (params.format === 'service-profile') return { ...header, json: toServiceProfile(targets, scenario, params.options) }
      } catch (error) {
        if (error instanceof RangeError) throw new ApiError('bad-input', error.message, { scenario: scenario.id })
        throw error
      }
      const camara = params.camara
      if (camara === undefined) throw new ApiError('bad-input', 'format camara needs camara: { target, altitudesM } (where to check)')
      const { precision, geoJson, ...where } = camara
      const result = await feasibility(ctx.session.require().db, feasibilityRequest(resolved, where), { now: ctx.now() })
      const grid = camaraGrid(result, targets, precision ?? defaultGeohashPrecision)
      return { ...header, json: geoJson === true ? camaraGridToGeoJson(grid) : grid }
    },
  }
}

/** sla.check: the scenario's targets checked along a route or over an area at each altitude. */
export function slaCheckJobHandlers(ctx: HandlerContext): Pick<JobHandlers, 'sla.check'> {
  return {
    'sla.check': async (params, job) => {
      const { db } = ctx.session.require()
      const { scenario: id, overrides, ...request } = params
      const resolved = resolveScenario(db, id, overrides)
      const result = await feasibility(db, feasibilityRequest(resolved, request), {
        now: ctx.now(),
        signal: job.signal,
        progress: (done, total, phase) => job.progress(done, total, phase),
      })
      return { ...result, scenario: resolved.scenario.id, version: resolved.scenario.version, warnings: resolved.targets.warnings }
    },
  }
}

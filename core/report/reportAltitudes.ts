import type { Route } from '../api/schemas/layerSchemas.js'
import type { Scenario } from '../api/schemas/slaSchemas.js'

/** Flight altitude of drone scenarios without an altitude term or a route altitude, m AGL (the Guangdong SLA's, A4). */
export const defaultDroneAltitudeM = 120
/** Height of a ground user (handset or vehicle), m AGL, for scenarios that are not flown. */
export const defaultGroundAltitudeM = 1.5
/** Heights a feasibility check accepts, m AGL (feasibilitySchemas.ts). */
const checkableM = { min: 1, max: 500 }

/**
 * The altitudes a report checks when none are given: the scenario's numeric `altitude` term (m), else
 * for drone scenarios (id `drone-…`) the route's own altitude when it is above ground level, else
 * {@link defaultDroneAltitudeM}; else {@link defaultGroundAltitudeM}. Clamped to 1…500 m.
 * @param route the checked route, when the report is along one
 */
export function defaultReportAltitudesM(scenario: Scenario, route?: Route): number[] {
  const term = scenario.terms.find((t) => t.id === 'altitude' && t.unit === 'm' && typeof t.value === 'number')
  const clamp = (m: number): number => Math.min(checkableM.max, Math.max(checkableM.min, m))
  if (term !== undefined) return [clamp(term.value as number)]
  if (!scenario.id.startsWith('drone')) return [defaultGroundAltitudeM]
  const routeAltitudeM = route?.altitudeRef === 'AGL' ? route.points[0]?.[2] : undefined
  return [clamp(routeAltitudeM !== undefined && Number.isFinite(routeAltitudeM) && routeAltitudeM > 0 ? routeAltitudeM : defaultDroneAltitudeM)]
}

import type { Scenario } from '../../api/schemas/slaSchemas.js'

/**
 * The interruption model's inputs a scenario states in its terms: the drone's speed (the first term
 * in km/h or m/s, e.g. `speed` 36 km/h → 10 m/s) and the video's recovery time (`recovery-time`, in s
 * or ms; sla-and-qoe-models.md §7 A6). A request's own values take precedence over these.
 */
export function feasibilityOptionsFromScenario(scenario: Scenario): { droneSpeedMps?: number; recoveryS?: number } {
  const numeric = scenario.terms.filter((t): t is typeof t & { value: number } => typeof t.value === 'number' && Number.isFinite(t.value))
  const speed = numeric.find((t) => (t.unit === 'km/h' || t.unit === 'm/s') && t.value > 0)
  const recovery = numeric.find((t) => t.id === 'recovery-time' && (t.unit === 's' || t.unit === 'ms') && t.value >= 0)
  return {
    ...(speed === undefined ? {} : { droneSpeedMps: speed.unit === 'km/h' ? speed.value / 3.6 : speed.value }),
    ...(recovery === undefined ? {} : { recoveryS: recovery.unit === 'ms' ? recovery.value / 1000 : recovery.value }),
  }
}

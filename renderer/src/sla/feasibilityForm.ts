import type { SlaCheckParams } from '../../../core/api/schemas/feasibilitySchemas.js'
import { parseAltitudes, parseTargetKey } from '../coverage/predictionForm.js'
import type { TermValue } from './scenarioDraft.js'

/** The feasibility form as typed: target as `kind:name`, altitudes as text, spacing empty for the core's default. */
export interface FeasibilityForm {
  target: string
  altitudesText: string
  /** Metres between points along a route or grid cell of an area; '' leaves the core's default (10 m / 50 m). */
  spacingM: number | ''
}

/** Spacing limits of sla.check (feasibilitySchemas.ts), checked here so the form can say which field is wrong. */
export const spacingLimitsM = { min: 1, max: 5000 } as const

export type FeasibilityProblem = 'target' | 'altitudes' | 'spacing'

/** The sla.check parameters of a filled form for `scenario` (with its unsaved `overrides`), or the first field that stops it. */
export function checkParamsFrom(
  form: FeasibilityForm,
  scenario: string,
  overrides: Readonly<Record<string, TermValue>>,
): { params: SlaCheckParams } | { problem: FeasibilityProblem } {
  const target = parseTargetKey(form.target)
  if (target === null) return { problem: 'target' }
  const altitudesM = parseAltitudes(form.altitudesText)
  if (altitudesM === null) return { problem: 'altitudes' }
  const { spacingM } = form
  if (spacingM !== '' && !(spacingM >= spacingLimitsM.min && spacingM <= spacingLimitsM.max)) return { problem: 'spacing' }
  return {
    params: {
      scenario,
      target,
      altitudesM,
      ...(spacingM === '' ? {} : { spacingM }),
      ...(Object.keys(overrides).length > 0 ? { overrides: { ...overrides } } : {}),
    },
  }
}

import type { CoveragePredictParams, propagationEnvironments } from '../../../core/api/schemas/coverageSchemas.js'

export type PropagationEnvironment = (typeof propagationEnvironments)[number]

/** The prediction form as typed: the target as `kind:name`, altitudes as text, the resolution empty for the core's default. */
export interface PredictionForm {
  /** `area:Task area A` or `route:Drone patrol 60 m`; empty while the project has neither. */
  target: string
  altitudesText: string
  /** Metres; '' leaves the core's default (50 m over areas, 10 m along routes). */
  resolutionM: number | ''
  environment: PropagationEnvironment
  /** Apply the project's latest calibration (only offered when one exists). */
  applyCalibration: boolean
}

/** The five layers issue 4 names: handsets at 1.5 m, drones from 30 to 300 m above ground. */
export const defaultAltitudesM = [1.5, 30, 60, 120, 300] as const

export const defaultPredictionForm: PredictionForm = {
  target: '',
  altitudesText: defaultAltitudesM.join(', '),
  resolutionM: '',
  environment: 'uma',
  applyCalibration: true,
}

/** The limits coverage.predict enforces (coverageSchemas.ts), checked here first so the form can say which field is wrong. */
export const predictionLimits = {
  altitudeM: { min: 1, max: 500 },
  altitudes: { max: 12 },
  resolutionM: { min: 1, max: 5000 },
} as const

/** Which field stops the prediction: no target picked, altitudes unreadable or out of range, resolution out of range. */
export type PredictionProblem = 'target' | 'altitudes' | 'resolution'

/** The value of a target option: `kind:name` (a name may itself hold colons). */
export const targetKey = (kind: 'area' | 'route', name: string): string => `${kind}:${name}`

/** Reads `kind:name` back; null when it is not one. */
export function parseTargetKey(key: string): CoveragePredictParams['target'] | null {
  const colon = key.indexOf(':')
  const kind = key.slice(0, colon)
  const name = key.slice(colon + 1)
  if (colon < 0 || name === '' || (kind !== 'area' && kind !== 'route')) return null
  return { kind, name }
}

/**
 * Altitudes typed as a list: numbers separated by commas (ASCII or Chinese), ideographic commas or
 * spaces, in metres. Returns them in the order given without repeats, or null when one is not a
 * number, is outside 1…500 m, or there are none or more than 12.
 */
export function parseAltitudes(text: string): number[] | null {
  const parts = text.split(/[\s,，、;；]+/).filter((part) => part !== '')
  if (parts.length === 0) return null
  const altitudesM: number[] = []
  for (const part of parts) {
    const value = Number(part)
    if (!Number.isFinite(value) || value < predictionLimits.altitudeM.min || value > predictionLimits.altitudeM.max) return null
    if (!altitudesM.includes(value)) altitudesM.push(value)
  }
  return altitudesM.length > predictionLimits.altitudes.max ? null : altitudesM
}

/** The coverage.predict parameters of a filled form, or the first field that stops it. */
export function predictionParamsFrom(form: PredictionForm, calibrationExists: boolean): { params: CoveragePredictParams } | { problem: PredictionProblem } {
  const target = parseTargetKey(form.target)
  if (target === null) return { problem: 'target' }
  const altitudesM = parseAltitudes(form.altitudesText)
  if (altitudesM === null) return { problem: 'altitudes' }
  const { resolutionM } = form
  const { min, max } = predictionLimits.resolutionM
  if (resolutionM !== '' && !(resolutionM >= min && resolutionM <= max)) return { problem: 'resolution' }
  return {
    params: {
      target,
      altitudesM,
      ...(resolutionM === '' ? {} : { resolutionM }),
      parameters: { environment: form.environment },
      // Without a calibration there is nothing to apply; say so rather than leave it to the default.
      applyCalibration: calibrationExists && form.applyCalibration,
    },
  }
}

import type { SeededRandom } from './seededRandom.js'

export interface CorrelatedFieldOptions {
  /** Distance at which the correlation falls to 1/e, metres. */
  decorrelationM: number
  /** Number of plane waves summed; 32 gives a near-Gaussian field. Default 32. */
  components?: number
}

/** A zero-mean, unit-variance field over local east/north metres. */
export type CorrelatedField = (eastM: number, northM: number) => number

/**
 * A spatially consistent standard-normal field: a sum of K plane waves with random directions and
 * phases, amplitudes √(2/K). Wavenumbers are drawn from the radial spectrum of the isotropic
 * exponential correlation exp(−d/d_corr) that TR 38.901 §7.5 (shadowing) and §7.6.3 (spatial
 * consistency) assume: the 2D Fourier transform of e^(−a·r) is ∝ a/(a² + k²)^(3/2), a = 1/d_corr,
 * whose radial CDF 1 − a/√(a² + k²) inverts in closed form. All draws happen here, once, so the
 * order of evaluation never changes the field.
 */
export function createCorrelatedField(random: SeededRandom, options: CorrelatedFieldOptions): CorrelatedField {
  const count = options.components ?? 32
  if (!(options.decorrelationM > 0)) throw new Error(`decorrelationM must be > 0, not ${String(options.decorrelationM)}`)
  if (!Number.isInteger(count) || count < 1) throw new Error(`components must be a positive whole number, not ${String(count)}`)
  const inverseLengthPerM = 1 / options.decorrelationM
  const waveEast = new Float64Array(count)
  const waveNorth = new Float64Array(count)
  const phase = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    // Capping u keeps the shortest wavelength near 3 m (at 50 m), below any sample spacing.
    const u = Math.min(random.next(), 0.99)
    const wavenumberPerM = inverseLengthPerM * Math.sqrt(1 / (1 - u) ** 2 - 1)
    const directionRad = random.uniform(0, 2 * Math.PI)
    waveEast[i] = wavenumberPerM * Math.cos(directionRad)
    waveNorth[i] = wavenumberPerM * Math.sin(directionRad)
    phase[i] = random.uniform(0, 2 * Math.PI)
  }
  const amplitude = Math.sqrt(2 / count)
  return (eastM, northM) => {
    let sum = 0
    for (let i = 0; i < count; i++) sum += Math.cos((waveEast[i] as number) * eastM + (waveNorth[i] as number) * northM + (phase[i] as number))
    return amplitude * sum
  }
}

// Φ(x) turns a correlated normal field into a correlated uniform one for drawing LOS states.
export { standardNormalCdf } from '../radio/link/coverageProbability.js'

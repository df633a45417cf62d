/**
 * Standard normal CDF Φ(x) via the error function of Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7).
 */
export function standardNormalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * z)
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const erf = 1 - poly * Math.exp(-z * z)
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf)
}

/**
 * Probability that a log-normally shadowed received level reaches a threshold:
 * P(mean + X ≥ threshold), X ~ N(0, σ²) in dB (TR 38.901 §7.4.1 shadow fading is log-normal,
 * zero-mean, σ from Table 7.4.1-1 / TR 36.777 Table B-3). With σ = 0 it is a step at the threshold.
 * The fade margin that achieves a target probability p is σ·Φ⁻¹(p) (e.g. 1.645·σ for 95 %).
 */
export function coverageProbability(meanDbm: number, thresholdDbm: number, sigmaDb: number): number {
  if (!(sigmaDb > 0)) return meanDbm >= thresholdDbm ? 1 : 0
  return standardNormalCdf((meanDbm - thresholdDbm) / sigmaDb)
}

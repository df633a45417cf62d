import { ExperienceInputError, requireInRange } from './experienceInputError.js'

/** MOS = intercept − slope·ln(T), T in s: the G.1030 web-browsing opinion model form. */
export interface WebBrowsingLogParameters {
  /** a: the MOS at T = 1 s. */
  intercept: number
  /** b: MOS lost per e-fold of session time (> 0). */
  slope: number
}

/** One point of the opinion curve: a session time (s) and its MOS. */
export interface WebBrowsingAnchor {
  sessionTimeS: number
  mos: number
}

/**
 * UNVERIFIED placeholder anchors of the default curve: MOS 4.5 at 1 s and 1.5 at 20 s (our choice). The
 * G.1030 coefficients could not be read (sla-and-qoe-models.md §4.2 [U]); fit them to the Annex A (2005)
 * / Appendix II (2014) figures with `webBrowsingParametersFromAnchors` before citing a score.
 */
export const webBrowsingDefaultAnchors: readonly [WebBrowsingAnchor, WebBrowsingAnchor] = Object.freeze([
  { sessionTimeS: 1, mos: 4.5 },
  { sessionTimeS: 20, mos: 1.5 },
]) as readonly [WebBrowsingAnchor, WebBrowsingAnchor]

/** The a and b of the curve through two anchors (different session times). */
export function webBrowsingParametersFromAnchors(first: WebBrowsingAnchor, second: WebBrowsingAnchor): WebBrowsingLogParameters {
  requireInRange('first.sessionTimeS', first.sessionTimeS, { minimum: 1e-3, maximum: 3600, unit: 's' }, 'the G.1030 opinion model')
  requireInRange('second.sessionTimeS', second.sessionTimeS, { minimum: 1e-3, maximum: 3600, unit: 's' }, 'the G.1030 opinion model')
  if (first.sessionTimeS === second.sessionTimeS) throw new ExperienceInputError('second.sessionTimeS', 'the two anchors need different session times')
  const slope = (first.mos - second.mos) / Math.log(second.sessionTimeS / first.sessionTimeS)
  return { intercept: first.mos + slope * Math.log(first.sessionTimeS), slope }
}

/** Default parameters (UNVERIFIED, from webBrowsingDefaultAnchors): a = 4.5, b = 3/ln 20 ≈ 1.001. */
export const webBrowsingDefaultParameters: Readonly<WebBrowsingLogParameters> = Object.freeze(webBrowsingParametersFromAnchors(...webBrowsingDefaultAnchors))

/**
 * ITU-T G.1030 (11/2005 Annex A; 02/2014 Appendix II) perceptual model for web browsing: MOS falls
 * linearly in the logarithm of the session time, MOS = a − b·ln(T), clipped to 1…5. `sessionTimeS` is
 * the time to complete the task (or one page, II.5), s. Defaults are UNVERIFIED placeholders (above).
 */
export function webBrowsingMos(sessionTimeS: number, parameters: WebBrowsingLogParameters = webBrowsingDefaultParameters): number {
  requireInRange('sessionTimeS', sessionTimeS, { minimum: 1e-3, maximum: 3600, unit: 's' }, 'the G.1030 opinion model')
  requireInRange('slope', parameters.slope, { minimum: 1e-6, maximum: 100, unit: 'MOS per ln(s)' }, 'the G.1030 opinion model')
  return Math.min(5, Math.max(1, parameters.intercept - parameters.slope * Math.log(sessionTimeS)))
}

/** QoE = α·e^(−β·QoS) + γ. */
export interface IqxParameters {
  alpha: number
  /** β, per unit of the QoS measure (e.g. per s of page time or per % loss); ≥ 0. */
  beta: number
  gamma: number
}

/**
 * IQX hypothesis (Fiedler, Hossfeld, Tran-Gia, IEEE Network 24(2), 2010; sla-and-qoe-models.md §4.2
 * [S]), the alternative with public evidence: QoE = α·e^(−β·QoS) + γ, clipped to 1…5. No defaults: α,
 * β, γ are fitted per service and per QoS measure.
 */
export function iqxMos(qos: number, parameters: IqxParameters): number {
  requireInRange('qos', qos, { minimum: 0, maximum: Number.MAX_VALUE, unit: '' }, 'the IQX model')
  requireInRange('beta', parameters.beta, { minimum: 0, maximum: Number.MAX_VALUE, unit: '' }, 'the IQX model')
  return Math.min(5, Math.max(1, parameters.alpha * Math.exp(-parameters.beta * qos) + parameters.gamma))
}

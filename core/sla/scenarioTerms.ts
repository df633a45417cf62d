import type { EvidenceTag, Scenario, ScenarioTerm } from '../api/schemas/slaSchemas.js'
import { SlaInputError } from './slaInputError.js'

const tagRank: Readonly<Record<EvidenceTag, number>> = { U: 0, S: 1, V: 2 }

/** The weakest of some evidence tags (U < S < V); V when none is given. */
export function weakestTag(...tags: readonly EvidenceTag[]): EvidenceTag {
  return tags.reduce<EvidenceTag>((weakest, tag) => (tagRank[tag] < tagRank[weakest] ? tag : weakest), 'V')
}

/** A term's value with what a target needs to cite it. */
export interface TermReading<T> {
  id: string
  value: T
  unit: string
  tag: EvidenceTag
  source: string
}

/** Valid range of a numeric term, inclusive, in the term's unit. */
export interface TermRange {
  min: number
  max: number
}

/**
 * Typed, range-checked access to a scenario's terms for the translators. A missing term or a value
 * out of range throws an {@link SlaInputError} naming the term, the scenario and the valid range.
 */
export class ScenarioTerms {
  private readonly byId: ReadonlyMap<string, ScenarioTerm>

  constructor(readonly scenario: Scenario) {
    this.byId = new Map(scenario.terms.map((term) => [term.id, term]))
  }

  has(id: string): boolean {
    return this.byId.has(id)
  }

  /** A numeric term that must be present, within `range`. */
  number(id: string, range: TermRange): TermReading<number> {
    const reading = this.optionalNumber(id, range)
    if (reading === undefined) throw new SlaInputError(id, `scenario ${this.scenario.id} (${this.scenario.translator}) needs the term ${id}`)
    return reading
  }

  /** A numeric term within `range`, or undefined when the scenario does not have it. */
  optionalNumber(id: string, range: TermRange): TermReading<number> | undefined {
    const term = this.byId.get(id)
    if (term === undefined) return undefined
    const { value } = term
    if (typeof value !== 'number' || !(value >= range.min && value <= range.max)) {
      const unit = term.unit === '' ? '' : ` ${term.unit}`
      throw new SlaInputError(id, `term ${id} of ${this.scenario.id} must be a number within ${range.min}…${range.max}${unit}, not ${JSON.stringify(value)}`)
    }
    return reading(term, value)
  }

  /** A text term, or undefined; when `choices` are given the value must be one of them (compared in lower case). */
  optionalText(id: string, choices?: readonly string[]): TermReading<string> | undefined {
    const term = this.byId.get(id)
    if (term === undefined) return undefined
    if (typeof term.value !== 'string') throw new SlaInputError(id, `term ${id} of ${this.scenario.id} must be text, not ${JSON.stringify(term.value)}`)
    if (choices !== undefined && !choices.includes(term.value.toLowerCase())) {
      throw new SlaInputError(id, `term ${id} of ${this.scenario.id} must be one of ${choices.join(', ')}, not ${JSON.stringify(term.value)}`)
    }
    return reading(term, choices === undefined ? term.value : term.value.toLowerCase())
  }
}

function reading<T>(term: ScenarioTerm, value: T): TermReading<T> {
  return { id: term.id, value, unit: term.unit, tag: term.tag, source: term.source }
}

/** "video-bitrate 20 Mbit/s [V]": how a basis line cites a term. */
export function citeTerm(reading: TermReading<number | string>): string {
  return `${reading.id} ${formatNumber(reading.value)}${reading.unit === '' ? '' : ` ${reading.unit}`} [${reading.tag}]`
}

/** A number for a basis line: at most 4 significant digits (6 for values that need them, e.g. 99.9997), no exponent below 1e-3 unless tiny. */
export function formatNumber(value: number | string): string {
  if (typeof value === 'string') return value
  if (!Number.isFinite(value)) return String(value)
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2).replace(/\.?0+e/, 'e')
  const digits = Math.abs(value) >= 99 && Math.abs(value) < 100 ? 7 : 4
  return String(Number(value.toPrecision(digits)))
}

import type { Scenario, ScenarioTerm } from '../../../core/api/schemas/slaSchemas.js'

/** A term value as the API carries it (typed as the term's catalogue value). */
export type TermValue = ScenarioTerm['value']

/** Why a typed term value is refused: not a number, not true/false, or empty. */
export type TermProblem = 'number' | 'boolean' | 'empty'

/**
 * Reads the text typed for `term` as a value of the term's own type: a finite number (a decimal comma
 * or a leading/trailing space is accepted) for numeric terms, true/false for flags, non-empty text
 * otherwise. The core's translator checks the physical range and reports it through sla.targets.
 */
export function parseTermValue(term: Pick<ScenarioTerm, 'value'>, text: string): { value: TermValue } | { problem: TermProblem } {
  const trimmed = text.trim()
  if (typeof term.value === 'number') {
    const value = Number(trimmed.replace(',', '.'))
    return trimmed !== '' && Number.isFinite(value) ? { value } : { problem: 'number' }
  }
  if (typeof term.value === 'boolean') {
    if (trimmed === 'true' || trimmed === 'false') return { value: trimmed === 'true' }
    return { problem: 'boolean' }
  }
  return trimmed === '' ? { problem: 'empty' } : { value: trimmed }
}

/** The text shown in a term's input for `value`. */
export const termText = (value: TermValue): string => String(value)

/**
 * The id of a clone of `id`: `<id>-copy`, then `<id>-copy-2`, `-copy-3`… until one is not in `taken`
 * (scenario ids of the catalogue and of the project).
 */
export function cloneId(id: string, taken: ReadonlySet<string>): string {
  const base = `${id}-copy`
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/**
 * A clone of `scenario` to edit and save in the project: a new id (see cloneId), version 1, the
 * names marked as copies, `clonedFrom` the catalogue scenario it descends from (a clone of a clone
 * keeps the original), terms copied.
 */
export function cloneScenario(scenario: Scenario, taken: ReadonlySet<string>, copyOf: { en: string; zh: string }): Scenario {
  return {
    ...scenario,
    id: cloneId(scenario.id, taken),
    version: 1,
    name: { en: `${scenario.name.en} ${copyOf.en}`, zh: `${scenario.name.zh}${copyOf.zh}` },
    terms: scenario.terms.map((term) => ({ ...term, label: { ...term.label } })),
    clonedFrom: scenario.clonedFrom ?? scenario.id,
  }
}

/** The terms of `edited` whose value differs from `original`'s, by id: the overrides sla.targets takes. */
export function termOverrides(original: Scenario, edited: Scenario): Record<string, TermValue> {
  const before = new Map(original.terms.map((term) => [term.id, term.value]))
  const overrides: Record<string, TermValue> = {}
  for (const term of edited.terms) if (before.get(term.id) !== term.value) overrides[term.id] = term.value
  return overrides
}

/** `edited` with the given term values (by term id); other terms unchanged. */
export function withTermValues(edited: Scenario, values: Readonly<Record<string, TermValue>>): Scenario {
  return { ...edited, terms: edited.terms.map((term) => (term.id in values ? { ...term, value: values[term.id] as TermValue } : term)) }
}

/**
 * Altitudes a feasibility check starts from: for a scenario with a flight altitude term (metres),
 * half of it and itself (e.g. 60 and 120 m for the drone 4K backhaul); else handsets at 1.5 m.
 */
export function defaultAltitudesM(scenario: Pick<Scenario, 'terms'>): number[] {
  const altitude = scenario.terms.find((term) => term.id === 'altitude' && term.unit === 'm' && typeof term.value === 'number')
  const altitudeM = altitude?.value as number | undefined
  if (altitudeM === undefined || !(altitudeM >= 2 && altitudeM <= 500)) return [1.5]
  return [Math.round(altitudeM / 2), altitudeM]
}

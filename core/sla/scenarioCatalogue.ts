import { scenarioSchema, type Scenario, type ScenarioTerm } from '../api/schemas/slaSchemas.js'
import cloudGaming from '../../data/scenarios/cloud-gaming.json' with { type: 'json' }
import drone4kBackhaul from '../../data/scenarios/drone-4k-backhaul.json' with { type: 'json' }
import drone8kBroadcast from '../../data/scenarios/drone-8k-broadcast.json' with { type: 'json' }
import droneC2Stick from '../../data/scenarios/drone-c2-stick.json' with { type: 'json' }
import droneC2Waypoint from '../../data/scenarios/drone-c2-waypoint.json' with { type: 'json' }
import droneLogistics from '../../data/scenarios/drone-logistics.json' with { type: 'json' }
import fwaPremium from '../../data/scenarios/fwa-premium.json' with { type: 'json' }
import fwaStandard from '../../data/scenarios/fwa-standard.json' with { type: 'json' }
import liveStreaming4k from '../../data/scenarios/live-streaming-4k.json' with { type: 'json' }
import liveStreaming8k from '../../data/scenarios/live-streaming-8k.json' with { type: 'json' }
import nakedEye3dVideo from '../../data/scenarios/naked-eye-3d-video.json' with { type: 'json' }
import remoteDriving from '../../data/scenarios/remote-driving.json' with { type: 'json' }
import remoteHealthcare from '../../data/scenarios/remote-healthcare.json' with { type: 'json' }
import xrVr from '../../data/scenarios/xr-vr.json' with { type: 'json' }
import { SlaInputError, UnknownScenarioError } from './slaInputError.js'

// The files are imported, not read at run time, so the catalogue travels inside the Electron bundle
// as data/demo's spec does (core/demo/demoSpec.ts). A test checks that every data/scenarios/*.json is listed here.
const catalogueFiles: Readonly<Record<string, unknown>> = {
  'cloud-gaming.json': cloudGaming,
  'drone-4k-backhaul.json': drone4kBackhaul,
  'drone-8k-broadcast.json': drone8kBroadcast,
  'drone-c2-stick.json': droneC2Stick,
  'drone-c2-waypoint.json': droneC2Waypoint,
  'drone-logistics.json': droneLogistics,
  'fwa-premium.json': fwaPremium,
  'fwa-standard.json': fwaStandard,
  'live-streaming-4k.json': liveStreaming4k,
  'live-streaming-8k.json': liveStreaming8k,
  'naked-eye-3d-video.json': nakedEye3dVideo,
  'remote-driving.json': remoteDriving,
  'remote-healthcare.json': remoteHealthcare,
  'xr-vr.json': xrVr,
}

/** The file names of the bundled catalogue (data/scenarios/<id>.json). */
export const catalogueFileNames: readonly string[] = Object.freeze(Object.keys(catalogueFiles))

/**
 * Validates one scenario document: the schema, unique term ids, and (for a catalogue file) that the
 * file is named after its id. Throws an {@link SlaInputError} naming the file and the field.
 */
export function parseScenario(document: unknown, origin: string): Scenario {
  const parsed = scenarioSchema.safeParse(document)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue === undefined ? '(root)' : issue.path.map(String).join('.') || '(root)'
    throw new SlaInputError(origin, `${origin}: ${path}: ${issue?.message ?? 'not a scenario'}`)
  }
  const seen = new Set<string>()
  for (const term of parsed.data.terms) {
    if (seen.has(term.id)) throw new SlaInputError(origin, `${origin}: term ${JSON.stringify(term.id)} appears twice`)
    seen.add(term.id)
  }
  return parsed.data
}

function loadCatalogue(): ReadonlyMap<string, Scenario> {
  const byId = new Map<string, Scenario>()
  for (const [fileName, document] of Object.entries(catalogueFiles)) {
    const scenario = parseScenario(document, `data/scenarios/${fileName}`)
    if (`${scenario.id}.json` !== fileName) throw new SlaInputError(fileName, `data/scenarios/${fileName} holds scenario ${JSON.stringify(scenario.id)}: name the file ${scenario.id}.json`)
    byId.set(scenario.id, scenario)
  }
  return byId
}

let catalogue: ReadonlyMap<string, Scenario> | undefined

/** The bundled catalogue by id, validated once on first use. */
function catalogueById(): ReadonlyMap<string, Scenario> {
  catalogue ??= loadCatalogue()
  return catalogue
}

/**
 * Every scenario: the catalogue's, replaced by a saved scenario of the same id, plus saved scenarios
 * with new ids (a project's edits and clones). Sorted by id.
 * @param saved scenarios saved in the open project (core/db/scenariosTable.ts); default none
 */
export function listScenarios(saved: readonly Scenario[] = []): Scenario[] {
  const merged = new Map(catalogueById())
  for (const scenario of saved) merged.set(scenario.id, scenario)
  return [...merged.values()].sort((a, b) => a.id.localeCompare(b.id))
}

/** True when `id` names a scenario of the bundled catalogue. */
export function isCatalogueScenario(id: string): boolean {
  return catalogueById().has(id)
}

/**
 * One scenario by id, a saved one taking precedence over the catalogue's. An unknown id throws an
 * {@link UnknownScenarioError} listing the ids there are.
 */
export function getScenario(id: string, saved: readonly Scenario[] = []): Scenario {
  const scenario = saved.find((s) => s.id === id) ?? catalogueById().get(id)
  if (scenario === undefined) {
    const ids = listScenarios(saved).map((s) => s.id)
    throw new UnknownScenarioError('scenario', `no scenario ${JSON.stringify(id)}; scenarios: ${ids.join(', ')}`)
  }
  return scenario
}

/** A new value for a term: numbers for numeric terms, strings for text, booleans for switches. */
export type TermValue = ScenarioTerm['value']

/**
 * The scenario with some term values replaced (what `--set term=value` and the UI's term editor do).
 * Each value must have the type of the term it replaces; an unknown term or a wrong type throws an
 * {@link SlaInputError} naming the term and the valid ids. The scenario itself is not changed.
 */
export function applyTermOverrides(scenario: Scenario, overrides: Readonly<Record<string, TermValue>>): Scenario {
  const byId = new Map(scenario.terms.map((term) => [term.id, term]))
  for (const [id, value] of Object.entries(overrides)) {
    const term = byId.get(id)
    if (term === undefined) throw unknownTerm(scenario, id)
    if (typeof value !== typeof term.value || (typeof value === 'number' && !Number.isFinite(value))) {
      throw new SlaInputError(id, `term ${id} of ${scenario.id} takes a ${describeType(term.value)} (${termExample(term)}), not ${JSON.stringify(value)}`)
    }
  }
  return { ...scenario, terms: scenario.terms.map((term) => (Object.hasOwn(overrides, term.id) ? { ...term, value: overrides[term.id] as TermValue } : term)) }
}

/**
 * Reads the text of `--set id=text` as a value of the term's type: a finite number for a numeric
 * term, `true`/`false` for a switch, the text itself for a text term. Throws naming the term.
 */
export function parseTermValue(scenario: Scenario, id: string, text: string): TermValue {
  const term = scenario.terms.find((t) => t.id === id)
  if (term === undefined) throw unknownTerm(scenario, id)
  if (typeof term.value === 'number') {
    const value = Number(text)
    if (text.trim() === '' || !Number.isFinite(value)) throw new SlaInputError(id, `term ${id} of ${scenario.id} takes a number (${termExample(term)}), not ${JSON.stringify(text)}`)
    return value
  }
  if (typeof term.value === 'boolean') {
    if (text !== 'true' && text !== 'false') throw new SlaInputError(id, `term ${id} of ${scenario.id} takes true or false, not ${JSON.stringify(text)}`)
    return text === 'true'
  }
  return text
}

function unknownTerm(scenario: Scenario, id: string): SlaInputError {
  return new SlaInputError(id, `scenario ${scenario.id} has no term ${JSON.stringify(id)}; its terms: ${scenario.terms.map((t) => t.id).join(', ')}`)
}

function describeType(value: TermValue): string {
  return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text'
}

function termExample(term: ScenarioTerm): string {
  return `now ${JSON.stringify(term.value)}${term.unit === '' ? '' : ` ${term.unit}`}`
}

import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import type { SlaExportFormat } from '../../../core/api/schemas/slaExportSchemas.js'
import type { Scenario, SlaTargets } from '../../../core/api/schemas/slaSchemas.js'
import { useCertusClient } from '../api/certusClient.js'
import { downloadJson } from '../sla/downloadJson.js'
import { cloneScenario, parseTermValue, termOverrides, termText, withTermValues, type TermProblem, type TermValue } from '../sla/scenarioDraft.js'
import { messageOf } from './jobState.js'
import type { LoadStatus } from './project.js'

/** A row of sla.scenarios: the catalogue's and the project's scenarios. */
export interface ScenarioListItem {
  id: string
  name: { en: string; zh: string }
  version: number
  saved: boolean
}

/** What the names of a clone get appended (the view passes its translations). */
export interface CopySuffix {
  en: string
  zh: string
}

/** Wait after a keystroke before the targets are derived again, ms. */
const retargetDelayMs = 250

/**
 * The SLA planner's scenario side: the catalogue and the project's saved scenarios, the one chosen with
 * its terms, an editable draft (a clone, or a saved scenario edited in place) whose values are checked
 * as typed, the targets derived from it (live, through sla.targets overrides, until it is saved), and
 * the GST / ServiceProfile exports.
 */
export const useSlaStore = defineStore('sla', () => {
  const client = useCertusClient()
  const scenarios = shallowRef<ScenarioListItem[]>([])
  const listStatus = ref<LoadStatus>('idle')
  const scenario = shallowRef<Scenario | null>(null)
  const scenarioStatus = ref<LoadStatus>('idle')
  const draft = shallowRef<Scenario | null>(null)
  /** The text in each term's input while a draft is edited, by term id. */
  const termTexts = reactive<Record<string, string>>({})
  const targets = shallowRef<SlaTargets | null>(null)
  const targetsStatus = ref<LoadStatus>('idle')
  const saveStatus = ref<'idle' | 'saving' | 'saved' | 'failed'>('idle')
  const exported = shallowRef<{ format: SlaExportFormat; text: string } | null>(null)
  const exportStatus = ref<'idle' | 'running' | 'done' | 'failed'>('idle')
  const error = ref<string | null>(null)

  const selectedId = computed(() => scenario.value?.id ?? null)
  const isSaved = computed(() => scenarios.value.some((item) => item.id === selectedId.value && item.saved))
  const termProblems = computed<Record<string, TermProblem>>(() => {
    const problems: Record<string, TermProblem> = {}
    for (const term of draft.value?.terms ?? []) {
      const text = termTexts[term.id]
      if (text === undefined) continue
      const parsed = parseTermValue(term, text)
      if ('problem' in parsed) problems[term.id] = parsed.problem
    }
    return problems
  })
  const canSave = computed(() => draft.value !== null && Object.keys(termProblems.value).length === 0 && saveStatus.value !== 'saving')
  /** The term values the draft changes against the scenario it was made from: sla.targets/sla.check overrides. */
  const overrides = computed<Record<string, TermValue>>(() =>
    scenario.value === null || draft.value === null ? {} : termOverrides(scenario.value, draft.value),
  )

  async function load(): Promise<void> {
    listStatus.value = 'loading'
    try {
      scenarios.value = (await client.call('sla.scenarios', {})).scenarios
      listStatus.value = 'ready'
    } catch (cause) {
      error.value = messageOf(cause)
      listStatus.value = 'error'
    }
  }

  let targetsRequest = 0
  async function loadTargets(): Promise<void> {
    const base = scenario.value
    if (base === null) return
    const request = ++targetsRequest
    targetsStatus.value = 'loading'
    const changed = overrides.value
    try {
      const result = await client.call('sla.targets', { scenario: base.id, ...(Object.keys(changed).length > 0 ? { overrides: changed } : {}) })
      if (request !== targetsRequest) return
      targets.value = result
      targetsStatus.value = 'ready'
      error.value = null
    } catch (cause) {
      if (request !== targetsRequest) return
      error.value = messageOf(cause)
      targetsStatus.value = 'error'
    }
  }

  /** Shows scenario `id` (the project's saved version first) and its targets; drops any unsaved draft. */
  async function select(id: string): Promise<void> {
    scenarioStatus.value = 'loading'
    draft.value = null
    exported.value = null
    saveStatus.value = 'idle'
    try {
      scenario.value = await client.call('sla.scenario', { id })
      scenarioStatus.value = 'ready'
      error.value = null
      await loadTargets()
    } catch (cause) {
      error.value = messageOf(cause)
      scenarioStatus.value = 'error'
    }
  }

  const startDraft = (next: Scenario): void => {
    for (const key of Object.keys(termTexts)) delete termTexts[key]
    for (const term of next.terms) termTexts[term.id] = termText(term.value)
    draft.value = next
    saveStatus.value = 'idle'
  }

  /** Starts a clone of the shown scenario to edit (a new id, see cloneScenario); nothing is stored until save. */
  function cloneForEdit(copySuffix: CopySuffix): void {
    if (scenario.value === null) return
    startDraft(cloneScenario(scenario.value, new Set(scenarios.value.map((item) => item.id)), copySuffix))
  }

  /** Edits a scenario saved in the project in place (same id; its version goes up on save). */
  function editSaved(): void {
    if (scenario.value === null || !isSaved.value) return
    startDraft({ ...scenario.value, terms: scenario.value.terms.map((term) => ({ ...term })) })
  }

  /** Takes the text typed for a term; a valid value goes into the draft (and the targets follow), an invalid one is flagged. */
  function setTermText(termId: string, text: string): void {
    const current = draft.value
    const term = current?.terms.find((candidate) => candidate.id === termId)
    if (current === null || term === undefined) return
    termTexts[termId] = text
    const parsed = parseTermValue(term, text)
    if ('value' in parsed && parsed.value !== term.value) draft.value = withTermValues(current, { [termId]: parsed.value })
  }

  function renameDraft(name: { en: string; zh: string }): void {
    if (draft.value !== null) draft.value = { ...draft.value, name }
  }

  function discardDraft(): void {
    draft.value = null
    saveStatus.value = 'idle'
    void loadTargets()
  }

  /** Stores the draft in the project, lists it as saved and shows it from the project. */
  async function save(): Promise<void> {
    const edited = draft.value
    if (edited === null || !canSave.value) return
    const inPlace = edited.id === scenario.value?.id
    const toSave: Scenario = { ...edited, version: inPlace ? (scenario.value?.version ?? 0) + 1 : 1 }
    saveStatus.value = 'saving'
    try {
      await client.call('sla.saveScenario', { scenario: toSave })
      await load()
      await select(toSave.id)
      saveStatus.value = 'saved'
    } catch (cause) {
      error.value = messageOf(cause)
      saveStatus.value = 'failed'
    }
  }

  /** Asks the core for the shown scenario (with the draft's changes) as GST or ServiceProfile JSON and downloads it. */
  async function exportAs(format: Exclude<SlaExportFormat, 'camara'>): Promise<void> {
    const base = scenario.value
    if (base === null) return
    exportStatus.value = 'running'
    const changed = overrides.value
    try {
      const result = await client.call('sla.export', { scenario: base.id, format, ...(Object.keys(changed).length > 0 ? { overrides: changed } : {}) })
      const id = draft.value?.id ?? base.id
      exported.value = { format, text: downloadJson(result.json, `${id}-${format}.json`) }
      exportStatus.value = 'done'
    } catch (cause) {
      error.value = messageOf(cause)
      exportStatus.value = 'failed'
    }
  }

  let retargetTimer: ReturnType<typeof setTimeout> | undefined
  // The targets follow the draft's values (not its name): once typing pauses.
  watch(
    () => JSON.stringify(overrides.value),
    () => {
      if (draft.value === null) return
      clearTimeout(retargetTimer)
      retargetTimer = setTimeout(() => void loadTargets(), retargetDelayMs)
    },
  )

  return {
    scenarios, listStatus, scenario, scenarioStatus, draft, termTexts, targets, targetsStatus, saveStatus, exported, exportStatus, error,
    selectedId, isSaved, termProblems, canSave, overrides,
    load, loadTargets, select, cloneForEdit, editSaved, setTermText, renameDraft, discardDraft, save, exportAs,
  }
})

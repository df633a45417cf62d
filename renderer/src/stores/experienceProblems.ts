import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import type { Params, Result } from '../../../core/api/methods.js'
import { useCertusClient } from '../api/certusClient.js'
import type { ExperienceProblem } from '../experience/causeDomains.js'
import { problemKey, type ProblemKind } from '../experience/problemPlace.js'
import { emptyThresholdTexts, thresholdNames, thresholdProblems, thresholdsOf, type ThresholdTexts } from '../experience/thresholdForm.js'
import { messageOf } from './jobState.js'
import type { LoadStatus } from './project.js'

export type ExperiencePriority = NonNullable<Params<'experience.top'>['priority']>
export const experiencePriorities: readonly ExperiencePriority[] = ['rate', 'stall', 'latency']

/** Problems listed, and cells (areas) per ranking. */
export const topProblemsLimit = 10

export const problemKinds: readonly ProblemKind[] = ['cell', 'area']

/**
 * The TopN problems of the open project (experience.top): the priority and thresholds they are judged
 * by, the worst cells and the worst areas with their demarcation, which of the two the table lists
 * (`kind`), the three rankings side by side, and the problem picked (the map flies to it;
 * `flyRequests` counts the picks, so picking it again flies again).
 */
export const useExperienceProblemsStore = defineStore('experienceProblems', () => {
  const client = useCertusClient()
  const priority = ref<ExperiencePriority>('rate')
  const thresholdTexts = reactive<ThresholdTexts>(emptyThresholdTexts())
  const result = shallowRef<Result<'experience.top'> | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref<string | null>(null)
  const kind = ref<ProblemKind>('cell')
  const selectedKey = ref<string | null>(null)
  const flyRequests = ref(0)

  const allProblems = computed<ExperienceProblem[]>(() => (result.value === null ? [] : [...result.value.problems, ...result.value.areaProblems]))
  /** The problems of the kind listed, worst first. */
  const problems = computed<ExperienceProblem[]>(() => (kind.value === 'cell' ? result.value?.problems : result.value?.areaProblems) ?? [])
  /** The names per priority of the kind listed (cells, or areas), worst first. */
  const rankings = computed(() => (kind.value === 'cell' ? result.value?.rankings : result.value?.areaRankings) ?? null)
  const selected = computed<ExperienceProblem | null>(() => allProblems.value.find((problem) => problemKey(problem) === selectedKey.value) ?? null)
  const badThresholds = computed(() => thresholdProblems(thresholdTexts))

  let request = 0
  /** Ranks the problems again under the priority and the thresholds typed (not while one is invalid). */
  async function load(): Promise<void> {
    if (badThresholds.value.length > 0) return
    const ticket = ++request
    status.value = 'loading'
    error.value = null
    try {
      const next = await client.call('experience.top', { priority: priority.value, limit: topProblemsLimit, thresholds: thresholdsOf(thresholdTexts) })
      if (ticket !== request) return
      result.value = next
      status.value = 'ready'
      // The form shows the thresholds in force (the core's defaults the first time).
      for (const name of thresholdNames) thresholdTexts[name] = String(next.thresholds[name])
      if (!allProblems.value.some((problem) => problemKey(problem) === selectedKey.value)) selectedKey.value = null
    } catch (cause) {
      if (ticket !== request) return
      error.value = messageOf(cause)
      status.value = 'error'
    }
  }

  function setPriority(next: ExperiencePriority): void {
    if (next === priority.value) return
    priority.value = next
    void load()
  }

  /** Lists the cells' or the areas' problems (the problem picked stays picked). */
  function setKind(next: ProblemKind): void {
    kind.value = next
  }

  /** Picks a problem: the demarcation panel shows it and the map flies to it. */
  function select(key: string): void {
    selectedKey.value = key
    flyRequests.value++
  }

  /** Forgets the thresholds typed: the next load uses the core's defaults. */
  function resetThresholds(): void {
    Object.assign(thresholdTexts, emptyThresholdTexts())
    void load()
  }

  return {
    priority, thresholdTexts, result, status, error, kind, selectedKey, flyRequests, allProblems, problems, rankings, selected, badThresholds,
    load, setPriority, setKind, select, resetThresholds,
  }
})

import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import type { SlaCheckResult } from '../../../core/api/schemas/feasibilitySchemas.js'
import type { ReportWriteResult } from '../../../core/api/schemas/reportSchemas.js'
import { useCertusClient } from '../api/certusClient.js'
import { targetKey } from '../coverage/predictionForm.js'
import { feasibilityMapData, type FeasibilityMapData } from '../map/layers/feasibilityLayer.js'
import { checkParamsFrom, type FeasibilityForm } from '../sla/feasibilityForm.js'
import { defaultReportPath, isReportPath } from '../sla/reportPath.js'
import { defaultAltitudesM } from '../sla/scenarioDraft.js'
import { idleJob, trackJob, type JobState } from './jobState.js'
import { useMapDataStore } from './mapData.js'
import { useProjectStore } from './project.js'
import { useSlaStore } from './sla.js'

/**
 * The SLA planner's feasibility side: where and at which altitudes to check the shown scenario (with
 * the draft's unsaved changes), one sla.check job at a time with progress and Cancel, its result, the
 * altitude shown on the map, and the report (report.write) with its language and output path.
 */
export const useFeasibilityStore = defineStore('feasibility', () => {
  const client = useCertusClient()
  const sla = useSlaStore()
  const mapData = useMapDataStore()
  const project = useProjectStore()
  const form = reactive<FeasibilityForm>({ target: '', altitudesText: '', spacingM: '' })
  const job = reactive<JobState>(idleJob())
  const result = shallowRef<SlaCheckResult | null>(null)
  /** Altitude of the points shown on the map, or null for every altitude. */
  const mapAltitudeM = ref<number | null>(null)
  /** The main Map draws the result when on. */
  const showOnMap = ref(false)
  const report = reactive<{ lang: 'zh' | 'en'; out: string; edited: boolean }>({ lang: 'zh', out: '', edited: false })
  const reportJob = reactive<JobState>(idleJob())
  const written = shallowRef<ReportWriteResult | null>(null)
  let controller: AbortController | null = null
  let reportController: AbortController | null = null

  const targets = computed(() => ({
    routes: mapData.routes.map((route) => ({ key: targetKey('route', route.name), name: route.name })),
    areas: mapData.areas.map((area) => ({ key: targetKey('area', area.name), name: area.name })),
  }))
  const checked = computed(() => checkParamsFrom(form, sla.scenario?.id ?? '', sla.overrides))
  const problem = computed(() => (sla.scenario === null ? 'scenario' : 'problem' in checked.value ? checked.value.problem : null))
  const running = computed(() => job.status === 'running')
  const reportProblem = computed(() => (problem.value !== null ? problem.value : isReportPath(report.out) ? null : 'out'))
  const mapLayerData = computed<FeasibilityMapData | null>(() =>
    result.value === null ? null : feasibilityMapData(result.value.points, mapAltitudeM.value),
  )

  /** Drones check along a route, others over an area; the picked target stays while it exists. */
  function defaultTarget(): void {
    const { routes, areas } = targets.value
    if ([...routes, ...areas].some((target) => target.key === form.target)) return
    const flies = (sla.scenario?.terms ?? []).some((term) => term.id === 'altitude')
    form.target = (flies ? (routes[0] ?? areas[0]) : (areas[0] ?? routes[0]))?.key ?? ''
  }

  const defaultReportOut = (): string => defaultReportPath(project.summary?.path, sla.draft?.id ?? sla.scenario?.id ?? 'sla', report.lang)

  /** Runs sla.check for the form; resolves when it has ended (done, failed or cancelled). */
  async function run(): Promise<void> {
    const params = checked.value
    if ('problem' in params || running.value) return
    controller = new AbortController()
    const { signal } = controller
    try {
      const checkedResult = await trackJob(job, signal, (onProgress) => client.runJob('sla.check', params.params, { signal, onProgress }))
      if (checkedResult !== undefined) {
        result.value = checkedResult
        mapAltitudeM.value = checkedResult.altitudesM[checkedResult.altitudesM.length - 1] ?? null
      }
    } finally {
      controller = null
    }
  }

  function cancel(): void {
    controller?.abort()
  }

  /** Writes the report of the shown scenario for the form's target and altitudes to `report.out` on the core's machine. */
  async function writeReport(): Promise<void> {
    const params = checked.value
    if ('problem' in params || reportProblem.value !== null || reportJob.status === 'running') return
    // The report runs its own check of the same scenario, place, altitudes and spacing.
    const { scenario, overrides, target, altitudesM, spacingM } = params.params
    reportController = new AbortController()
    const { signal } = reportController
    written.value = null
    try {
      const outcome = await trackJob(reportJob, signal, (onProgress) =>
        client.runJob(
          'report.write',
          { scenario, ...(overrides ? { overrides } : {}), target, altitudesM, ...(spacingM === undefined ? {} : { spacingM }), out: report.out.trim(), lang: report.lang },
          { signal, onProgress },
        ),
      )
      written.value = outcome ?? null
    } finally {
      reportController = null
    }
  }

  function cancelReport(): void {
    reportController?.abort()
  }

  // A new scenario: its altitudes and the fitting target; the old result no longer applies.
  watch(
    () => sla.scenario,
    (scenario) => {
      if (scenario === null) return
      form.altitudesText = defaultAltitudesM(scenario).join(', ')
      defaultTarget()
      result.value = null
      job.status = job.status === 'running' ? job.status : 'idle'
      if (!report.edited) report.out = defaultReportOut()
    },
    { immediate: true },
  )
  watch(targets, defaultTarget, { immediate: true })
  watch([() => report.lang, () => project.summary?.path, () => sla.draft?.id], () => {
    if (!report.edited) report.out = defaultReportOut()
  })

  return {
    form, job, result, mapAltitudeM, showOnMap, report, reportJob, written, targets, problem, running, reportProblem, mapLayerData,
    run, cancel, writeReport, cancelReport,
  }
})

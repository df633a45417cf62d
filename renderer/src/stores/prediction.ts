import { defineStore } from 'pinia'
import { computed, reactive, ref, watch } from 'vue'
import { useCertusClient } from '../api/certusClient.js'
import { defaultPredictionForm, predictionParamsFrom, targetKey, type PredictionForm } from '../coverage/predictionForm.js'
import { useCalibrationStore } from './calibration.js'
import { useCoverageStore } from './coverage.js'
import { idleJob, trackJob, type JobState } from './jobState.js'
import { useMapDataStore } from './mapData.js'

/**
 * The prediction panel: its form (target among the project's areas and routes, altitudes, resolution,
 * environment) and one coverage.predict job at a time, with progress and Cancel. A finished run is
 * listed and shown on the map; a cancelled one stores nothing (the core writes a run in one transaction).
 */
export const usePredictionStore = defineStore('prediction', () => {
  const client = useCertusClient()
  const coverage = useCoverageStore()
  const calibration = useCalibrationStore()
  const mapData = useMapDataStore()
  const form = reactive<PredictionForm>({ ...defaultPredictionForm })
  const job = reactive<JobState>(idleJob())
  const lastRunId = ref<number | null>(null)
  let controller: AbortController | null = null

  const targets = computed(() => ({
    areas: mapData.areas.map((area) => ({ key: targetKey('area', area.name), name: area.name })),
    routes: mapData.routes.map((route) => ({ key: targetKey('route', route.name), name: route.name })),
  }))
  const checked = computed(() => predictionParamsFrom(form, calibration.latest !== null))
  const problem = computed(() => ('problem' in checked.value ? checked.value.problem : null))
  const running = computed(() => job.status === 'running')

  /** Picks the first area (else route) as target when none is picked or the picked one is gone (another project). */
  function defaultTarget(): void {
    const all = [...targets.value.areas, ...targets.value.routes]
    if (!all.some((target) => target.key === form.target)) form.target = all[0]?.key ?? ''
  }

  /** Runs the prediction of the form; resolves when it has ended (done, failed or cancelled). */
  async function run(): Promise<void> {
    const params = checked.value
    if ('problem' in params || running.value) return
    controller = new AbortController()
    const { signal } = controller
    try {
      const result = await trackJob(job, signal, (onProgress) => client.runJob('coverage.predict', params.params, { signal, onProgress }))
      if (result !== undefined) {
        lastRunId.value = result.runId
        coverage.visible = true
      }
      // Listed from the core either way: a cancelled or failed run must not be there, a new one must.
      await coverage.loadRuns(result?.runId)
    } finally {
      controller = null
    }
  }

  watch(targets, defaultTarget, { immediate: true })

  /** Cancels the running prediction; the core stops its tiles and stores nothing. */
  function cancel(): void {
    controller?.abort()
  }

  return { form, job, lastRunId, targets, problem, running, run, cancel }
})

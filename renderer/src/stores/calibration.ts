import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import type { CalibrationResult } from '../../../core/api/schemas/coverageSchemas.js'
import { useCertusClient } from '../api/certusClient.js'
import { residualScheme } from '../map/coverageClasses.js'
import type { ResidualsLayerData } from '../map/layers/residualsLayer.js'
import { classifySamples, type ClassifiedSamples } from '../map/metricClasses.js'
import { idleJob, messageOf, trackJob, type JobState } from './jobState.js'
import type { LoadStatus } from './project.js'

/** Which residual the map colours the samples by: before the fit (the raw model) or after it. */
export type ResidualView = 'before' | 'after'

/**
 * The calibration panel: the project's latest calibration (per-layer fit and errors before and after,
 * residual per sample), a calibration.run job with progress and Cancel, and the residual map's state.
 */
export const useCalibrationStore = defineStore('calibration', () => {
  const client = useCertusClient()
  const latest = shallowRef<CalibrationResult | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref<string | null>(null)
  const byAltitude = ref(true)
  const job = reactive<JobState>(idleJob())
  const residualView = ref<ResidualView>('after')
  /** The residual map covers the drive-test samples: shown on demand, and after a calibration run. */
  const showResiduals = ref(false)
  let controller: AbortController | null = null

  const residualValues = computed(() => {
    const residuals = latest.value?.residuals
    if (residuals === undefined) return null
    return residualView.value === 'after' ? residuals.afterDb : residuals.beforeDb
  })
  const classified = computed<ClassifiedSamples | null>(() => (residualValues.value === null ? null : classifySamples(residualValues.value, residualScheme)))
  /** What the map draws: null without a calibration (or without residuals to draw). */
  const mapData = computed<ResidualsLayerData | null>(() => {
    const residuals = latest.value?.residuals
    if (residuals === undefined || classified.value === null || residuals.count === 0) return null
    return { count: residuals.count, positions: residuals.positions, colours: classified.value.colours }
  })
  const running = computed(() => job.status === 'running')

  /** Loads the project's latest calibration (null when it has none). */
  async function load(): Promise<void> {
    status.value = 'loading'
    error.value = null
    try {
      latest.value = (await client.call('calibration.latest', {})).calibration
      status.value = 'ready'
    } catch (cause) {
      error.value = messageOf(cause)
      status.value = 'error'
    }
  }

  /** Fits the path-loss correction against the project's measured RSRP; on success shows its residual map. */
  async function run(): Promise<void> {
    if (running.value) return
    controller = new AbortController()
    const { signal } = controller
    try {
      const result = await trackJob(job, signal, (onProgress) => client.runJob('calibration.run', { byAltitude: byAltitude.value }, { signal, onProgress }))
      if (result === undefined) return
      latest.value = result
      status.value = 'ready'
      showResiduals.value = true
    } finally {
      controller = null
    }
  }

  /** Cancels the running calibration; the core stores nothing of it. */
  function cancel(): void {
    controller?.abort()
  }

  return { latest, status, error, byAltitude, job, residualView, showResiduals, residualValues, classified, mapData, running, load, run, cancel }
})

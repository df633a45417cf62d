import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { KqiDashboard, KqiInfo } from '../../../core/api/schemas/experienceModelSchemas.js'
import { useCertusClient } from '../api/certusClient.js'
import { messageOf } from './jobState.js'
import type { LoadStatus } from './project.js'

/** Bins of the dashboard histogram and points of its series: enough detail for a chart 600 px wide. */
export const dashboardBins = 40
export const dashboardSeriesPoints = 1500

/** The KQI picked first: the drive-test downlink rate when the project has it (most projects do), else the first listed. */
export const preferredKqi = 'dlMbps'

/**
 * The KQIs of the open project (experience.kqis) and the one picked, with its dashboard
 * (experience.dashboard): statistics, histogram, series and medians per group. Dashboards already
 * fetched are kept until the project's data change (reload).
 */
export const useExperienceKqisStore = defineStore('experienceKqis', () => {
  const client = useCertusClient()
  const kqis = shallowRef<KqiInfo[]>([])
  const status = ref<LoadStatus>('idle')
  const error = ref<string | null>(null)
  const selectedName = ref<string | null>(null)
  const dashboard = shallowRef<KqiDashboard | null>(null)
  const dashboardStatus = ref<LoadStatus>('idle')
  const dashboardError = ref<string | null>(null)
  const cache = new Map<string, KqiDashboard>()

  const selected = computed<KqiInfo | null>(() => kqis.value.find((kqi) => kqi.name === selectedName.value) ?? null)

  let request = 0
  /** Shows the dashboard of KQI `name` (from the cache when it was fetched before). */
  async function select(name: string): Promise<void> {
    selectedName.value = name
    const known = cache.get(name)
    const ticket = ++request
    if (known !== undefined) {
      dashboard.value = known
      dashboardStatus.value = 'ready'
      return
    }
    dashboardStatus.value = 'loading'
    dashboardError.value = null
    try {
      const result = await client.call('experience.dashboard', { kqi: name, bins: dashboardBins, maxSeriesPoints: dashboardSeriesPoints })
      const found = result.kqis.find((kqi) => kqi.name === name) ?? null
      if (found !== null) cache.set(name, found)
      if (ticket !== request) return
      dashboard.value = found
      dashboardStatus.value = 'ready'
    } catch (cause) {
      if (ticket !== request) return
      dashboard.value = null
      dashboardError.value = messageOf(cause)
      dashboardStatus.value = 'error'
    }
  }

  /**
   * Lists the project's KQIs again (after an import, in another project) and shows the dashboard of the
   * KQI on show when it is still there, else of the preferred one.
   */
  async function load(): Promise<void> {
    status.value = 'loading'
    error.value = null
    cache.clear()
    try {
      kqis.value = (await client.call('experience.kqis', {})).kqis
      status.value = 'ready'
    } catch (cause) {
      kqis.value = []
      error.value = messageOf(cause)
      status.value = 'error'
    }
    const names = kqis.value.map((kqi) => kqi.name)
    const next = names.find((name) => name === selectedName.value) ?? names.find((name) => name === preferredKqi) ?? names[0] ?? null
    if (next === null) {
      selectedName.value = null
      dashboard.value = null
      dashboardStatus.value = 'idle'
      return
    }
    await select(next)
  }

  return { kqis, status, error, selectedName, selected, dashboard, dashboardStatus, dashboardError, load, select }
})

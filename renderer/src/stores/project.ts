import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { AppInfo, ProjectSummary } from '../../../core/api/schemas/projectSchemas.js'
import { ApiError } from '../../../core/api/apiError.js'
import { useCertusClient } from '../api/certusClient.js'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * What the app knows about itself and the open project: `app.info` and `project.summary`. A reload
 * keeps the last summary on show until the new one arrives, so views do not blink after an import.
 */
export const useProjectStore = defineStore('project', () => {
  const client = useCertusClient()
  const info = shallowRef<AppInfo | null>(null)
  const summary = shallowRef<ProjectSummary | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref<string | null>(null)

  const loadSummary = async (): Promise<ProjectSummary | null> => {
    try {
      return await client.call('project.summary', {})
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === 'no-project') return null
      throw cause
    }
  }

  async function load(): Promise<void> {
    status.value = 'loading'
    error.value = null
    try {
      info.value = await client.call('app.info', {})
      // Without an open project there is nothing to summarise; that is a state, not an error.
      summary.value = info.value.projectPath === null ? null : await loadSummary()
      status.value = 'ready'
    } catch (cause) {
      error.value = cause instanceof Error ? cause.message : String(cause)
      status.value = 'error'
    }
  }

  /**
   * Makes `path` the current project in the core (`create`: a new file when it does not exist yet).
   * Rejects with the core's error (a path that is not a project, a missing file); reload the stores after.
   */
  async function open(path: string, create: boolean): Promise<void> {
    await client.call('project.open', { path, create })
  }

  return { info, summary, status, error, load, open }
})

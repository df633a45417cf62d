import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import { ApiError, type ApiErrorCode } from '../../../core/api/apiError.js'
import type { ExperienceModelResult, KqiModelSummary } from '../../../core/api/schemas/experienceModelSchemas.js'
import { useCertusClient } from '../api/certusClient.js'
import { trainOptionProblems, trainParams, type TrainOptionTexts } from '../experience/trainOptions.js'
import { idleJob, messageOf, trackJob, type JobState } from './jobState.js'
import type { LoadStatus } from './project.js'

/**
 * The learned KPI→KQI models of the open project: the stored ones (experience.models, newest first),
 * the one on show with its hold-out accuracy and explained examples (experience.model), and training
 * a new one for a KQI (experience.train, a job with progress and Cancel). A training the core refuses
 * (too few rows, one group only) ends as `refusal`, the core's message.
 */
export const useExperienceModelsStore = defineStore('experienceModels', () => {
  const client = useCertusClient()
  const models = shallowRef<KqiModelSummary[]>([])
  const status = ref<LoadStatus>('idle')
  const error = ref<string | null>(null)
  const selectedId = ref<number | null>(null)
  const detail = shallowRef<ExperienceModelResult | null>(null)
  const detailStatus = ref<LoadStatus>('idle')
  const detailError = ref<string | null>(null)
  const job = reactive<JobState>(idleJob())
  /** The KQI of the training running or last run. */
  const trainingKqi = ref<string | null>(null)
  const failureCode = ref<ApiErrorCode | null>(null)
  const options = reactive<TrainOptionTexts>({ epochs: '', seed: '' })
  let controller: AbortController | null = null

  const running = computed(() => job.status === 'running')
  const optionProblems = computed(() => trainOptionProblems(options))
  /** The core's reason when it refused to train (bad input: an unknown KQI, too few rows, one group only). */
  const refusal = computed(() => (job.status === 'failed' && failureCode.value === 'bad-input' ? job.message : null))

  let detailRequest = 0
  /** Shows stored model `id`: its metrics, importance, hold-out scatter and explained examples. */
  async function selectModel(id: number): Promise<void> {
    selectedId.value = id
    const ticket = ++detailRequest
    detailStatus.value = 'loading'
    detailError.value = null
    try {
      const result = await client.call('experience.model', { id })
      if (ticket !== detailRequest) return
      detail.value = result
      detailStatus.value = 'ready'
    } catch (cause) {
      if (ticket !== detailRequest) return
      detail.value = null
      detailError.value = messageOf(cause)
      detailStatus.value = 'error'
    }
  }

  /** Lists the stored models again and shows the one on show if it is still there, else the newest. */
  async function load(): Promise<void> {
    status.value = 'loading'
    error.value = null
    try {
      models.value = (await client.call('experience.models', {})).models
      status.value = 'ready'
    } catch (cause) {
      models.value = []
      error.value = messageOf(cause)
      status.value = 'error'
    }
    const next = models.value.find((model) => model.id === selectedId.value) ?? models.value[0] ?? null
    if (next === null) {
      selectedId.value = null
      detail.value = null
      detailStatus.value = 'idle'
      return
    }
    if (next.id !== detail.value?.model.id) await selectModel(next.id)
  }

  /** Trains a model for `kqi` with the advanced options typed; the new model is listed and shown. */
  async function train(kqi: string): Promise<void> {
    if (running.value || optionProblems.value.length > 0) return
    controller = new AbortController()
    const { signal } = controller
    trainingKqi.value = kqi
    failureCode.value = null
    try {
      const trained = await trackJob(job, signal, (onProgress) =>
        client.runJob('experience.train', trainParams(kqi, options), { signal, onProgress }).catch((cause: unknown) => {
          failureCode.value = cause instanceof ApiError ? cause.code : null
          throw cause
        }),
      )
      if (trained === undefined) return
      models.value = [trained, ...models.value.filter((model) => model.id !== trained.id)]
      await selectModel(trained.id)
    } finally {
      controller = null
    }
  }

  /** Cancels the training; the core stores nothing of it. */
  function cancel(): void {
    controller?.abort()
  }

  return {
    models, status, error, selectedId, detail, detailStatus, detailError, job, trainingKqi, options, running, optionProblems, refusal,
    load, selectModel, train, cancel,
  }
})

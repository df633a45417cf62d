// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { modelResult, modelSummary } from '../experience/testing/experienceFixtures.js'
import { withFakeCore } from '../testing/fakeCore.js'
import { useExperienceModelsStore } from './experienceModels.js'

const setUp = (stored: number[] = [2, 1]) => {
  const models = stored.map((id) => modelSummary(id))
  const { core, use } = withFakeCore({
    'experience.models': () => ({ models }),
    'experience.model': (params: Record<string, unknown>) => modelResult(params.id as number),
  })
  return { core, models: use(useExperienceModelsStore) }
}

describe('experience models store', () => {
  it('lists the stored models and shows the newest with its hold-out and examples', async () => {
    const { core, models } = setUp()
    await models.load()
    expect(models.models.map((model) => model.id)).toEqual([2, 1])
    expect(models.selectedId).toBe(2)
    expect(models.detail?.model.id).toBe(2)
    expect(core.callsOf('experience.model')).toEqual([{ id: 2 }])
    await models.selectModel(1)
    expect(models.detail?.model.id).toBe(1)
  })

  it('shows no model in a project without any', async () => {
    const { models } = setUp([])
    await models.load()
    expect(models.status).toBe('ready')
    expect(models.detail).toBeNull()
  })

  it('trains for a KQI with the advanced options typed, follows the progress, then lists and shows the new model', async () => {
    const { core, models } = setUp([1])
    await models.load()
    models.options.epochs = '20'
    models.options.seed = '3'
    const training = models.train('dlMbps')
    await flushPromises()
    const [job] = core.jobs
    expect(job?.params).toEqual({ kqi: 'dlMbps', epochs: 20, seed: 3 })
    expect(models.running).toBe(true)
    core.progress(job!, 5, 20, 'training')
    await flushPromises()
    expect(models.job).toMatchObject({ status: 'running', progress: 0.25, phase: 'training' })
    core.finish(job!, modelSummary(7))
    await training
    expect(models.job.status).toBe('done')
    expect(models.models.map((model) => model.id)).toEqual([7, 1])
    expect(models.selectedId).toBe(7)
    expect(models.detail?.model.id).toBe(7)
  })

  it('does not start with invalid options', async () => {
    const { core, models } = setUp()
    models.options.epochs = '0'
    await models.train('dlMbps')
    expect(core.jobs).toHaveLength(0)
    expect(models.optionProblems).toEqual(['epochs'])
  })

  it('shows the core refusal (bad input) as such, apart from other failures', async () => {
    const { core, models } = setUp()
    const refused = models.train('pageLoadTimeS')
    await flushPromises()
    core.fail(core.jobs[0]!, { code: 'bad-input', message: 'KQI pageLoadTimeS: 12 rows with features, at least 50 needed' })
    await refused
    expect(models.job.status).toBe('failed')
    expect(models.refusal).toBe('KQI pageLoadTimeS: 12 rows with features, at least 50 needed')
    const broken = models.train('dlMbps')
    await flushPromises()
    core.fail(core.jobs[1]!, { code: 'internal', message: 'out of memory' })
    await broken
    expect(models.refusal).toBeNull()
    expect(models.job.message).toBe('out of memory')
  })

  it('cancels a training: the job ends cancelled and nothing is listed', async () => {
    const { core, models } = setUp([])
    await models.load()
    const training = models.train('dlMbps')
    await flushPromises()
    models.cancel()
    await training
    expect(core.jobs[0]?.status).toBe('cancelled')
    expect(models.job.status).toBe('cancelled')
    expect(models.models).toEqual([])
  })
})

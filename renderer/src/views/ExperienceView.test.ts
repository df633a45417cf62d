// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { createClient } from '../../../core/api/client.js'
import { certusClientKey } from '../api/certusClient.js'
import { kqiInfo, topResult } from '../experience/testing/experienceFixtures.js'
import { fakeCore, type FakeAnswer } from '../testing/fakeCore.js'
import { createCertusI18n } from '../i18n/createCertusI18n.js'
import { useNavigationStore } from '../stores/navigation.js'
import { useProjectStore } from '../stores/project.js'
import ExperienceView from './ExperienceView.vue'

// The map needs WebGL and the charts a canvas: both are exercised by the browser test, not here.
vi.mock('../components/ProblemMap.vue', () => ({ __esModule: true, default: () => h('div', { 'data-testid': 'problem-map' }) }))
vi.mock('../components/ExperienceChart.vue', () => ({ __esModule: true, default: () => h('div') }))

const projectPath = '/tmp/empty.certus'
const summary = {
  path: projectPath, name: 'Empty', samples: 0, cells: 0, sites: 0, kpiRows: 0, kqiRows: 0, routes: 0, areas: 0,
  routeNames: [], areaNames: [], imports: [], bbox: null,
}

async function mountView(answers: Record<string, FakeAnswer>, open = true) {
  const core = fakeCore({
    'app.info': { name: 'Certus', version: '0.1.0', mode: 'web', projectPath: open ? projectPath : null },
    'project.summary': summary,
    ...answers,
  })
  const pinia = createPinia()
  const wrapper = mount(ExperienceView, {
    global: { plugins: [pinia, createCertusI18n('en')], provide: { [certusClientKey as symbol]: createClient(core.transport) } },
  })
  const project = useProjectStore(pinia)
  await project.load()
  await flushPromises()
  return { wrapper, core }
}

const emptyProject = {
  'experience.kqis': { kqis: [] },
  'experience.models': { models: [] },
  'experience.top': { ...topResult('rate', []), cellsScored: 0, measurementsScored: 0 },
}

describe('Experience view', () => {
  beforeEach(() => {
    window.location.hash = '#/experience'
  })
  afterEach(() => {
    useNavigationStore().dispose()
  })

  it('asks for a project when none is open, and loads nothing', async () => {
    const { wrapper, core } = await mountView(emptyProject, false)
    expect(wrapper.get('[data-testid="experience-no-project"]').text()).toMatch(/No project is open/)
    expect(core.calls.map((call) => call.method)).toEqual(['app.info'])
    wrapper.unmount()
  })

  it('says so on every page when the project holds no KQI and nothing to rank', async () => {
    const { wrapper } = await mountView(emptyProject)
    expect(wrapper.get('[data-testid="kqi-none"]').text()).toMatch(/no KQI yet/)
    await wrapper.get('[data-testid="experience-tab-problems"]').trigger('click')
    await flushPromises()
    expect(window.location.hash).toBe('#/experience/problems')
    expect(wrapper.get('[data-testid="problem-none"]').text()).toMatch(/Nothing to rank/)
    expect(wrapper.find('[data-testid="demarcation-none"]').exists()).toBe(true)
    await wrapper.get('[data-testid="experience-tab-models"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="model-none"]').text()).toMatch(/No model stored/)
    expect(wrapper.get('[data-testid="model-train"]').text()).toMatch(/Pick a KQI/)
    expect(wrapper.get('[data-testid="model-train-run"]').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('opens the page the hash names, and shows the reason a KQI cannot be trained and the core refusal', async () => {
    window.location.hash = '#/experience/models'
    const reason = 'pageLoadTimeS: 12 rows with features, at least 50 needed'
    const { wrapper, core } = await mountView({
      ...emptyProject,
      'experience.kqis': { kqis: [kqiInfo('pageLoadTimeS', { source: 'kqi', app: '5Gophers', unit: 's', trainable: false, reason })] },
      'experience.dashboard': { kqis: [] },
    })
    expect(wrapper.get('[data-testid="view-experience"]').attributes('data-tab')).toBe('models')
    expect(wrapper.get('[data-testid="kqi-pageLoadTimeS"]').text()).toMatch(/pageLoadTimeS\s*s[\s\S]*5Gophers/)
    expect(wrapper.get('[data-testid="model-not-trainable"]').text()).toContain(reason)
    await wrapper.get('[data-testid="model-train-run"]').trigger('click')
    await flushPromises()
    core.fail(core.jobs[0]!, { code: 'bad-input', message: reason })
    await flushPromises()
    expect(wrapper.get('[data-testid="model-refusal"]').text()).toBe(reason)
    expect(wrapper.get('[data-testid="model-train-status"]').text()).toBe('The training was refused.')
    wrapper.unmount()
  })
})

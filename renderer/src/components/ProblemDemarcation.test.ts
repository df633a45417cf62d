// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createClient } from '../../../core/api/client.js'
import { certusClientKey } from '../api/certusClient.js'
import { cellProblem, topResult } from '../experience/testing/experienceFixtures.js'
import { createCertusI18n } from '../i18n/createCertusI18n.js'
import { useExperienceProblemsStore } from '../stores/experienceProblems.js'
import ProblemDemarcation from './ProblemDemarcation.vue'

/** The demarcation panel with cell FT022_1 (75 % radio, 25 % transport) picked, in a locale. */
function mountPicked(locale: 'en' | 'zh-CN') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const client = createClient({ call: () => Promise.reject(new Error('no core here')), onEvent: () => () => undefined })
  const i18n = createCertusI18n(locale)
  const wrapper = mount(ProblemDemarcation, { global: { plugins: [pinia, i18n], provide: { [certusClientKey as symbol]: client } } })
  const problems = useExperienceProblemsStore(pinia)
  problems.result = topResult('rate', [cellProblem('FT022_1', 8)])
  problems.select('cell:FT022_1')
  return { wrapper, i18n }
}

const linesOf = (wrapper: ReturnType<typeof mountPicked>['wrapper']): string[] => wrapper.findAll('[data-testid="demarcation-evidence"]').map((line) => line.text())

const evidenceLines = async (locale: 'en' | 'zh-CN'): Promise<string[]> => {
  const { wrapper } = mountPicked(locale)
  await nextTick()
  const lines = linesOf(wrapper)
  wrapper.unmount()
  return lines
}

describe('demarcation panel: the evidence in the UI language', () => {
  it('shows the English evidence lines in English', async () => {
    expect(await evidenceLines('en')).toEqual(['27 of 34 with SINR < 0 dB (median -1.3 dB)', 'cell RTT median 180.0 ms over 12 RTT KQIs'])
  })

  it('shows the Chinese evidence lines (evidenceZh) in Chinese, in the same order', async () => {
    expect(await evidenceLines('zh-CN')).toEqual(['SINR < 0 dB 的受影响采样点 27/34（中位数 -1.3 dB）', '小区 RTT 中位数 180.0 ms（共 12 个 RTT KQI）'])
  })

  it('switches the lines when the language is switched', async () => {
    const { wrapper, i18n } = mountPicked('en')
    await nextTick()
    expect(linesOf(wrapper)[0]).toMatch(/^27 of 34/)
    i18n.global.locale.value = 'zh-CN'
    await nextTick()
    expect(linesOf(wrapper)[0]).toMatch(/^SINR < 0 dB 的受影响采样点 27\/34/)
    wrapper.unmount()
  })
})

// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createClient } from '../../../core/api/client.js'
import { certusClientKey } from '../api/certusClient.js'
import { areaProblem, cellProblem, topResult } from '../experience/testing/experienceFixtures.js'
import { createCertusI18n } from '../i18n/createCertusI18n.js'
import { useExperienceProblemsStore } from '../stores/experienceProblems.js'
import ProblemDemarcation from './ProblemDemarcation.vue'

/** The demarcation panel with cell FT022_1 (75 % radio, 25 % transport) picked, in a locale; or another result and pick. */
function mountPicked(locale: 'en' | 'zh-CN', result = topResult('rate', [cellProblem('FT022_1', 8)]), key = 'cell:FT022_1') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const client = createClient({ call: () => Promise.reject(new Error('no core here')), onEvent: () => () => undefined })
  const i18n = createCertusI18n(locale)
  const wrapper = mount(ProblemDemarcation, { global: { plugins: [pinia, i18n], provide: { [certusClientKey as symbol]: client } } })
  const problems = useExperienceProblemsStore(pinia)
  problems.result = result
  problems.select(key)
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

describe('demarcation panel: the periods change detection found, for a cell and for an area', () => {
  const start = Date.UTC(2026, 10, 1, 8, 5)
  const minute = 60_000
  const cellDrops = [
    { metric: 'dlMbps', worse: 'lower' as const, startTimeMs: start, endTimeMs: start + 5 * minute - 1, baselineMedian: 20.04, worstZ: 9.87 },
    { metric: 'rttMs', worse: 'higher' as const, startTimeMs: start + 10 * minute, endTimeMs: start + 12 * minute - 1, baselineMedian: 31.5, worstZ: 12.3 },
  ]
  const withDrops = topResult('rate', [cellProblem('FT022_1', 8, { degradations: cellDrops })])
  const at = (ms: number, locale: string): string => new Date(ms).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })

  const dropsOf = async (locale: 'en' | 'zh-CN', result = withDrops, key = 'cell:FT022_1') => {
    const { wrapper } = mountPicked(locale, result, key)
    await nextTick()
    const list = wrapper.find('[data-testid="demarcation-drops"]')
    const shown = list.exists() ? { kind: list.attributes('data-kind'), title: list.element.previousElementSibling?.textContent, lines: list.findAll('li').map((li) => li.text()) } : null
    wrapper.unmount()
    return shown
  }

  it('lists a cell\'s drop of its DL rate and rise of its RTT, in English', async () => {
    expect(await dropsOf('en')).toEqual({
      kind: 'cell',
      title: "Changes of the cell's own series",
      lines: [
        `dlMbps dropped: ${at(start, 'en')} – ${at(start + 5 * minute - 1, 'en')}, baseline median 20, worst z 9.9`,
        `rttMs rose: ${at(start + 10 * minute, 'en')} – ${at(start + 12 * minute - 1, 'en')}, baseline median 31.5, worst z 12`,
      ],
    })
  })

  it('lists the same periods in Chinese, with the same numbers', async () => {
    const shown = await dropsOf('zh-CN')
    expect(shown!.title).toBe('小区自身序列的劣化')
    expect(shown!.lines).toEqual([
      `dlMbps 下降：${at(start, 'zh-CN')} – ${at(start + 5 * minute - 1, 'zh-CN')}，基线中位数 20，最差 z 值 9.9`,
      `rttMs 上升：${at(start + 10 * minute, 'zh-CN')} – ${at(start + 12 * minute - 1, 'zh-CN')}，基线中位数 31.5，最差 z 值 12`,
    ])
  })

  it('shows no period list for a cell without drops', async () => {
    expect(await dropsOf('en', topResult('rate', [cellProblem('FT022_1', 8)]))).toBeNull()
  })

  it('lists an area\'s DL-rate drops the same way, with the cells reporting', async () => {
    const drop = { metric: 'dlMbps', startTimeMs: start, endTimeMs: start + minute - 1, baselineMedian: 20, worstZ: 9.5, maxCellsReporting: 3 }
    const result = topResult('rate', [], [areaProblem('Depot', 5, { degradations: [drop] })])
    expect(await dropsOf('en', result, 'area:Depot')).toEqual({
      kind: 'area',
      title: 'DL rate drops',
      lines: [`dlMbps: ${at(start, 'en')} – ${at(start + minute - 1, 'en')}, baseline median 20, worst z 9.5, 3 cells reporting`],
    })
  })
})

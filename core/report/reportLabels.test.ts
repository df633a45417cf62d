import { describe, expect, it } from 'vitest'
import { reportDictionary, reportLabels } from './reportLabels.js'

describe('reportLabels', () => {
  it('has every label in both languages (only the English page suffix is empty)', () => {
    const emptyOnPurpose = new Set(['en:pageSuffix'])
    for (const [key, text] of Object.entries(reportDictionary)) {
      for (const lang of ['zh', 'en'] as const) {
        if (!emptyOnPurpose.has(`${lang}:${key}`)) expect(text[lang], `${lang}:${key}`).not.toBe('')
      }
    }
  })

  it('gives the Chinese labels of the customer report', () => {
    const zh = reportLabels('zh')
    expect([zh.verdict, zh.pass, zh.fail, zh.slaTerms, zh.networkTargets, zh.basis, zh.assumptions, zh.inputFiles]).toEqual([
      '可行性结论', '通过', '未通过', 'SLA 条款', '网络指标', '依据', '假设', '输入文件',
    ])
    expect(zh.offendingSegments).toContain('问题路段')
    expect(reportLabels('en').verdict).toBe('Verdict')
  })

  it('refuses an unknown language, naming the valid ones', () => {
    expect(() => reportLabels('fr' as 'en')).toThrow('lang must be one of zh, en, not "fr"')
  })
})

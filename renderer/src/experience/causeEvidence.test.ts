import { describe, expect, it } from 'vitest'
import { causeEvidence } from './causeEvidence.js'

describe('causeEvidence', () => {
  const cause = { domain: 'radio' as const, share: 1, evidence: ['1 of 2 with CQI < 6'], evidenceZh: ['CQI < 6 的受影响采样点 1/2'] }

  it('reads the Chinese lines for a Chinese locale and the English lines otherwise', () => {
    expect(causeEvidence(cause, 'zh-CN')).toEqual(['CQI < 6 的受影响采样点 1/2'])
    expect(causeEvidence(cause, 'zh')).toEqual(['CQI < 6 的受影响采样点 1/2'])
    expect(causeEvidence(cause, 'en')).toEqual(['1 of 2 with CQI < 6'])
  })
})

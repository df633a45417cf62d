import { describe, expect, it } from 'vitest'
import { causesInOrder, dominantCause } from './causeDomains.js'

describe('dominantCause and causesInOrder', () => {
  it('takes the largest share, and lists the causes in the legend order without empty shares', () => {
    const causes = [
      { domain: 'server' as const, share: 0.2, evidence: [], evidenceZh: [] },
      { domain: 'radio' as const, share: 0.8, evidence: [], evidenceZh: [] },
      { domain: 'core' as const, share: 0, evidence: [], evidenceZh: [] },
    ]
    expect(dominantCause(causes)?.domain).toBe('radio')
    expect(dominantCause([])).toBeNull()
    expect(causesInOrder(causes).map((cause) => cause.domain)).toEqual(['radio', 'server'])
  })
})

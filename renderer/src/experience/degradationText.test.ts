import { describe, expect, it } from 'vitest'
import { degradationParams } from './degradationText.js'

describe('degradationParams: the shared words of an area\'s and a cell\'s drops', () => {
  const drop = { metric: 'rttMs', startTimeMs: Date.UTC(2026, 10, 1, 8, 5), endTimeMs: Date.UTC(2026, 10, 1, 8, 9, 59, 999), baselineMedian: 31.456, worstZ: 9.87 }

  it('keeps the metric name, rounds the baseline to three significant digits and z to two', () => {
    const params = degradationParams(drop, 'en')
    expect(params.metric).toBe('rttMs')
    expect(params.baseline).toBe('31.5')
    expect(params.z).toBe('9.9')
  })

  it('writes the times as local short dates and times in the UI language', () => {
    expect(degradationParams(drop, 'en').from).toBe(new Date(drop.startTimeMs).toLocaleString('en', { dateStyle: 'short', timeStyle: 'short' }))
    expect(degradationParams(drop, 'zh-CN').to).toBe(new Date(drop.endTimeMs).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' }))
  })
})

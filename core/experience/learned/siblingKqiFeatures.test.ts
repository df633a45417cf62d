import { describe, expect, it } from 'vitest'
import { siblingRole } from './siblingKqiFeatures.js'

describe('siblingRole', () => {
  it('uses what was fetched (page size, asset count, file size) as a workload feature', () => {
    expect(siblingRole('pageLoadTimeS', 'pageSizeBytes', 'B')).toBe('workload')
    expect(siblingRole('pageLoadTimeS', 'assetCount', 'count')).toBe('workload')
    expect(siblingRole('downloadTimeS', 'fileSizeBytes', 'B')).toBe('workload')
  })

  it('uses an RTT recorded with a rate as a transport feature, but not as a feature of another latency', () => {
    expect(siblingRole('throughputMbps', 'rttMs', 'ms')).toBe('transport')
    expect(siblingRole('jitterMs', 'rttMs', 'ms')).toBeNull()
  })

  it('leaves out another outcome of the same test: a download time is its file size over its throughput', () => {
    expect(siblingRole('downloadTimeS', 'throughputMbps', 'Mbit/s')).toBeNull()
    expect(siblingRole('throughputMbps', 'downloadTimeS', 's')).toBeNull()
    expect(siblingRole('rttMs', 'throughputMbps', 'Mbit/s')).toBeNull()
    expect(siblingRole('assetCount', 'pageLoadTimeS', 's')).toBeNull()
  })
})

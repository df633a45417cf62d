import { describe, expect, it } from 'vitest'
import { altitudeReference, driveTestFieldNamed, driveTestFieldOfHeader, normaliseHeader, unitScale } from './driveTestSynonyms.js'

const fieldOf = (header: string): string | undefined => driveTestFieldOfHeader(normaliseHeader(header))

describe('drive-test header synonyms', () => {
  it.each([
    ['Time', 'time'], ['采样时间', 'time'], ['DateTime', 'time'], ['LNG', 'lon'], ['Longitude', 'lon'], ['经度', 'lon'], ['纬度', 'lat'],
    ['Altitude (m)', 'altitudeM'], ['海拔', 'altitudeM'], ['Cell ID', 'cellIdentity'], ['Cell_id', 'cellIdentity'], ['ECI', 'cellIdentity'],
    ['服务小区', 'cellIdentity'], ['小区ID', 'cellIdentity'], ['PCI', 'pci'], ['物理小区标识', 'pci'], ['SS-RSRP', 'rsrpDbm'], ['ss_rsrp', 'rsrpDbm'],
    ['RSRP (dBm)', 'rsrpDbm'], ['参考信号接收功率', 'rsrpDbm'], ['RS SNR', 'sinrDb'], ['SS-SINR', 'sinrDb'], ['信噪比', 'sinrDb'], ['CQI', 'cqi'],
    ['DL_bitrate(kbps)', 'dlMbps'], ['dl_mbps', 'dlMbps'], ['下行速率（Mbps）', 'dlMbps'], ['下行吞吐量', 'dlMbps'], ['上行速率', 'ulMbps'],
    ['RAT', 'technology'], ['网络类型', 'technology'], ['制式', 'technology'], ['Pathloss', 'pathLossDb'], ['RSSI', 'rssiDbm'],
  ])('%s → %s', (header, field) => expect(fieldOf(header)).toBe(field))

  it('matches no unrelated header', () => {
    for (const header of ['Elevation_Angle', '2D_Distance', 'RSRP (LTE detected) - 1', 'Operator', 'azimuth']) expect(fieldOf(header)).toBeUndefined()
  })
})

describe('normaliseHeader and unitScale', () => {
  it('takes the unit from brackets (full-width too) or a throughput suffix', () => {
    expect(normaliseHeader('DL_bitrate(kbps)')).toEqual({ name: 'dlbitrate', unit: 'kbps' })
    expect(normaliseHeader('下行速率（Mbps）')).toEqual({ name: '下行速率', unit: 'Mbps' })
    expect(normaliseHeader('UL Throughput [kbit/s]')).toEqual({ name: 'ulthroughput', unit: 'kbit/s' })
    expect(normaliseHeader('dl_kbps')).toEqual({ name: 'dl', unit: 'kbps' })
    expect(normaliseHeader('\uFEFF Cell ID ')).toEqual({ name: 'cellid', unit: undefined })
  })

  it.each([
    ['dlMbps', undefined, 1], ['dlMbps', 'kbps', 0.001], ['dlMbps', 'kbit/s', 0.001], ['dlMbps', 'bps', 1e-6], ['dlMbps', 'Mbit/s', 1],
    ['ulMbps', 'Gbps', 1000], ['ulMbps', 'MB/s', 8], ['ulMbps', 'kB/s', 0.008], ['speedKmh', 'm/s', 3.6], ['altitudeM', 'ft', 0.3048],
    ['rsrpDbm', 'dBm', 1], ['dlMbps', 'percent', undefined],
  ] as const)('%s in %s → ×%s', (field, unit, scale) => expect(unitScale(field, unit)).toBe(scale))

  it('tells the altitude reference a header states', () => {
    expect(altitudeReference('Height AGL (m)')).toBe('AGL')
    expect(altitudeReference('海拔')).toBe('AMSL')
    expect(altitudeReference('Altitude')).toBeNull()
  })

  it('names mapping fields by field name or short alias', () => {
    expect(driveTestFieldNamed('dlMbps')).toBe('dlMbps')
    expect(driveTestFieldNamed('DL')).toBe('dlMbps')
    expect(driveTestFieldNamed('rsrp')).toBe('rsrpDbm')
    expect(driveTestFieldNamed('cell_id')).toBe('cellIdentity')
    expect(driveTestFieldNamed('colour')).toBeUndefined()
  })
})

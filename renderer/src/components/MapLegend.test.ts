// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { describe, expect, it } from 'vitest'
import { createClient } from '../../../core/api/client.js'
import type { SamplesLayer } from '../../../core/api/schemas/layerSchemas.js'
import { certusClientKey } from '../api/certusClient.js'
import { createCertusI18n } from '../i18n/createCertusI18n.js'
import { useMapDataStore } from '../stores/mapData.js'
import MapLegend from './MapLegend.vue'

function layer(count: number, total: number, stride: number): SamplesLayer {
  return {
    metric: 'rsrpDbm', count, total, stride,
    positions: new Float64Array(2 * count), altitudesM: new Float32Array(count), values: new Float32Array(count).fill(-90),
  }
}

function mountLegend(samples: SamplesLayer, locale: 'en' | 'zh-CN' = 'en') {
  const pinia = createPinia()
  const client = createClient({ call: () => Promise.reject(new Error('no core here')), onEvent: () => () => undefined })
  createApp({}).provide(certusClientKey, client).use(pinia)
  setActivePinia(pinia)
  useMapDataStore().samples = samples
  return mount(MapLegend, { global: { plugins: [pinia, createCertusI18n(locale)], provide: { [certusClientKey as symbol]: client } } })
}

describe('map legend: how many samples it stands for', () => {
  it('counts the samples when all are drawn', () => {
    expect(mountLegend(layer(1200, 1200, 1)).text()).toContain('1,200 samples')
  })

  it('says "N of M" with the stride when the core thinned a large project for the map', () => {
    const text = mountLegend(layer(250_000, 1_000_000, 4)).text()
    expect(text).toContain('250,000 of 1,000,000 samples shown (every 4th)')
  })

  it('says it in Chinese too', () => {
    expect(mountLegend(layer(250_000, 1_000_000, 4), 'zh-CN').text()).toContain('显示 1,000,000 个采样点中的 250,000 个（每 4 个取 1 个）')
  })
})

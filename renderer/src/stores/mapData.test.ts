// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { beforeEach, describe, expect, it } from 'vitest'
import { createClient } from '../../../core/api/client.js'
import { certusClientKey } from '../api/certusClient.js'
import { breaksStorageKey } from '../map/classBreaks.js'
import { metricSchemes } from '../map/metricClasses.js'
import { useMapDataStore } from './mapData.js'

/** A fresh store, as after a restart of the app (storage kept). */
function freshStore() {
  const app = createApp({})
  const pinia = createPinia()
  app.provide(certusClientKey, createClient({ call: () => Promise.reject(new Error('no core here')), onEvent: () => () => undefined })).use(pinia)
  setActivePinia(pinia)
  return useMapDataStore()
}

describe('map data store: class limits per metric', () => {
  beforeEach(() => localStorage.clear())

  it('uses the limits set for a metric and keeps them across restarts', () => {
    const store = freshStore()
    expect(store.scheme.breaks).toEqual(metricSchemes.rsrpDbm.breaks)
    store.setBreaks('rsrpDbm', [-120, -105, -95, -85])
    expect(store.scheme.breaks).toEqual([-120, -105, -95, -85])
    expect(JSON.parse(localStorage.getItem(breaksStorageKey) ?? '{}')).toEqual({ rsrpDbm: [-120, -105, -95, -85] })
    expect(freshStore().scheme.breaks).toEqual([-120, -105, -95, -85])
  })

  it('keeps the limits of each metric apart, and a reset brings back the defaults of that metric only', () => {
    const store = freshStore()
    store.setBreaks('rsrpDbm', [-120, -105, -95, -85])
    store.setBreaks('sinrDb', [-5, 0, 10, 25])
    store.resetBreaks('rsrpDbm')
    expect(store.scheme.breaks).toEqual(metricSchemes.rsrpDbm.breaks)
    expect(store.customBreaks).toEqual({ sinrDb: [-5, 0, 10, 25] })
    store.metric = 'sinrDb'
    expect(store.scheme.breaks).toEqual([-5, 0, 10, 25])
  })

  it('ignores damaged stored limits', () => {
    localStorage.setItem(breaksStorageKey, '{"rsrpDbm":[-80,-90]}')
    expect(freshStore().scheme.breaks).toEqual(metricSchemes.rsrpDbm.breaks)
  })
})

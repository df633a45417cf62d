// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createClient } from '../../core/api/client.js'
import type { Transport } from '../../core/api/transport.js'
import App from './App.vue'
import { certusClientKey } from './api/certusClient.js'
import { createCertusI18n } from './i18n/createCertusI18n.js'
import { localeStorageKey } from './i18n/locales.js'
import { useNavigationStore, viewNames } from './stores/navigation.js'

const summary = {
  path: '/tmp/demo.certus',
  name: 'Futian demo',
  samples: 1200,
  cells: 63,
  sites: 21,
  kpiRows: 0,
  kqiRows: 0,
  routes: 2,
  areas: 1,
  routeNames: ['A', 'B'],
  areaNames: ['Zone'],
  imports: [{ file: 'drive.csv', kind: 'drivetest', format: 'gnettrack', rows: 1200, rejected: 3, sha256: 'f'.repeat(64), importedAt: '2026-11-30T09:00:00Z' }],
  bbox: { minLon: 114, minLat: 22.5, maxLon: 114.1, maxLat: 22.6 },
}

/** A fake core: answers the two calls the shell makes, records every call. */
function fakeTransport(calls: string[]): Transport {
  const results: Record<string, unknown> = {
    'app.info': { name: 'Certus', version: '0.1.0', mode: 'web', projectPath: summary.path },
    'project.summary': summary,
  }
  return {
    async call(method) {
      calls.push(method)
      if (!(method in results)) throw new Error(`unexpected call ${method}`)
      return results[method]
    },
    onEvent: () => () => undefined,
  }
}

async function mountApp(calls: string[] = []) {
  const wrapper = mount(App, {
    global: {
      plugins: [createPinia(), createCertusI18n('en')],
      provide: { [certusClientKey as symbol]: createClient(fakeTransport(calls)) },
    },
  })
  await flushPromises()
  return wrapper
}

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear()
    window.location.hash = '#/project' // the map view needs WebGL; the shell test stays off it
  })
  afterEach(() => {
    useNavigationStore().dispose()
  })

  it('shows the title and a link per view', async () => {
    const wrapper = await mountApp()
    expect(wrapper.get('[data-testid="app-title"]').text()).toBe('Certus')
    for (const view of viewNames) expect(wrapper.find(`[data-testid="nav-${view}"]`).exists()).toBe(true)
    wrapper.unmount()
  })

  it('switching the language to zh-CN changes the nav labels and is remembered', async () => {
    const wrapper = await mountApp()
    expect(wrapper.get('[data-testid="nav-project"]').text()).toBe('Project')
    expect(wrapper.get('[data-testid="nav-map"]').text()).toBe('Map')

    await wrapper.get('[data-testid="language-switch"]').setValue('zh-CN')

    expect(wrapper.get('[data-testid="nav-project"]').text()).toBe('项目')
    expect(wrapper.get('[data-testid="nav-map"]').text()).toBe('地图')
    expect(wrapper.get('[data-testid="nav-reports"]').text()).toBe('报告')
    expect(localStorage.getItem(localeStorageKey)).toBe('zh-CN')
    expect(document.documentElement.lang).toBe('zh-CN')

    await wrapper.get('[data-testid="language-switch"]').setValue('en')
    expect(wrapper.get('[data-testid="nav-project"]').text()).toBe('Project')
    wrapper.unmount()
  })

  it('shows the project summary from the API on the Project view', async () => {
    const calls: string[] = []
    const wrapper = await mountApp(calls)
    expect(calls).toEqual(['app.info', 'project.summary'])
    const panel = wrapper.get('[data-testid="project-summary"]')
    expect(panel.text()).toContain('/tmp/demo.certus')
    expect(wrapper.get('[data-testid="count-cells"]').text()).toContain('63')
    expect(wrapper.get('[data-testid="count-sites"]').text()).toContain('21')
    expect(panel.text()).toContain('drive.csv')
    wrapper.unmount()
  })

  it('navigates with the nav links and mirrors the view in the hash', async () => {
    const wrapper = await mountApp()
    await wrapper.get('[data-testid="nav-sla"]').trigger('click')
    expect(wrapper.find('[data-testid="view-sla"]').exists()).toBe(true)
    expect(window.location.hash).toBe('#/sla')
    wrapper.unmount()
  })
})

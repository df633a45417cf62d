import { describe, expect, it } from 'vitest'
import { experienceTabs, hashOfTab, tabFromHash } from './experienceTabs.js'

describe('experience tabs in the location hash', () => {
  it('reads the page after the view name, the dashboards by default', () => {
    expect(tabFromHash('#/experience/models')).toBe('models')
    expect(tabFromHash('#/experience')).toBe('dashboard')
    expect(tabFromHash('#/experience/nonsense')).toBe('dashboard')
    for (const tab of experienceTabs) expect(tabFromHash(hashOfTab(tab))).toBe(tab)
  })
})

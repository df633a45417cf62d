import { describe, expect, it } from 'vitest'
import { defaultView, hashOf, viewFromHash, viewNames } from './navigation.js'

describe('viewFromHash', () => {
  it('opens the view a hash names', () => {
    for (const view of viewNames) expect(viewFromHash(hashOf(view))).toBe(view)
    expect(viewFromHash('#/map')).toBe('map')
    expect(viewFromHash('#project')).toBe('project')
    expect(viewFromHash('#/sla/anything?x=1')).toBe('sla')
  })
  it('opens the map for an empty or unknown hash', () => {
    expect(defaultView).toBe('map')
    expect(viewFromHash('')).toBe('map')
    expect(viewFromHash('#/nowhere')).toBe('map')
  })
})

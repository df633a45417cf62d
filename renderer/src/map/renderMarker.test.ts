// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createRenderMarker } from './renderMarker.js'

describe('createRenderMarker', () => {
  it('marks nothing until the samples are loaded, then counts frames and the samples drawn', () => {
    const root = document.createElement('div')
    const marker = createRenderMarker(root)
    marker.frameDrawn(null)
    expect(root.dataset.mapRendered).toBeUndefined()
    marker.frameDrawn(2018)
    marker.frameDrawn(0)
    expect(root.dataset.mapRendered).toBe('2')
    expect(root.dataset.samplesDrawn).toBe('0')
  })
})

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

describe('createRenderMarker and the coverage layer', () => {
  it('names the coverage layer and the residual map of the last frame, and clears them when a frame shows none', () => {
    const root = document.createElement('div')
    const marker = createRenderMarker(root)
    marker.frameDrawn(10, { coverage: '3:120:rsrpDbm:2d', residuals: '1:after' })
    expect(root.dataset.coverageDrawn).toBe('3:120:rsrpDbm:2d')
    expect(root.dataset.residualsDrawn).toBe('1:after')
    marker.frameDrawn(10)
    expect(root.dataset.coverageDrawn).toBe('')
    expect(root.dataset.residualsDrawn).toBe('')
  })
})

import { describe, expect, it } from 'vitest'
import { checkParamsFrom } from './feasibilityForm.js'

describe('checkParamsFrom', () => {
  it('turns a filled form into sla.check parameters with the draft overrides', () => {
    expect(checkParamsFrom({ target: 'route:Drone patrol 120 m', altitudesText: '60, 120', spacingM: 50 }, 'd', { 'video-bitrate': 40 })).toEqual({
      params: { scenario: 'd', target: { kind: 'route', name: 'Drone patrol 120 m' }, altitudesM: [60, 120], spacingM: 50, overrides: { 'video-bitrate': 40 } },
    })
  })
  it('leaves spacing and overrides out when not given', () => {
    expect(checkParamsFrom({ target: 'area:A', altitudesText: '1.5', spacingM: '' }, 'd', {})).toEqual({
      params: { scenario: 'd', target: { kind: 'area', name: 'A' }, altitudesM: [1.5] },
    })
  })
  it('names the first field that stops the check', () => {
    expect(checkParamsFrom({ target: '', altitudesText: '60', spacingM: '' }, 'd', {})).toEqual({ problem: 'target' })
    expect(checkParamsFrom({ target: 'area:A', altitudesText: '600', spacingM: '' }, 'd', {})).toEqual({ problem: 'altitudes' })
    expect(checkParamsFrom({ target: 'area:A', altitudesText: '60', spacingM: 0 }, 'd', {})).toEqual({ problem: 'spacing' })
  })
})

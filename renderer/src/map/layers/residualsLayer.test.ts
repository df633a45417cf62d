import { describe, expect, it } from 'vitest'
import { residualsLayer } from './residualsLayer.js'

describe('residualsLayer', () => {
  it('hands the residual positions and colours to deck.gl as binary attributes (id residuals)', () => {
    const positions = new Float64Array([114, 22, 114.1, 22.1])
    const colours = new Uint8Array(8)
    const layer = residualsLayer({ count: 2, positions, colours })
    const data = layer.props.data as unknown as { length: number; attributes: Record<string, { value: unknown; size: number }> }
    expect(layer.id).toBe('residuals')
    expect(data.length).toBe(2)
    expect(data.attributes['getPosition']).toMatchObject({ value: positions, size: 2 })
    expect(data.attributes['getFillColor']).toMatchObject({ value: colours, size: 4 })
  })
})

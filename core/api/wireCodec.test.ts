import { describe, expect, it } from 'vitest'
import { decodeFrame, encodeFrame } from './wireCodec.js'

describe('wire frames', () => {
  it('carry plain JSON values unchanged', () => {
    const value = { a: 1, b: 'two', c: [true, null, { d: 4.5 }], e: '中文' }
    expect(decodeFrame(encodeFrame(value))).toEqual(value)
  })

  it('carry typed arrays as typed arrays of the same kind and contents', () => {
    const positions = new Float64Array([114.05, 22.54, 114.06, 22.55])
    const values = new Float32Array([-85.5, Number.NaN])
    const ids = new Int32Array([7, -3, 2 ** 30])
    const bytes = new Uint8Array([1, 2, 3])
    const decoded = decodeFrame(encodeFrame({ layer: { positions, values, ids, bytes }, count: 2 })) as {
      layer: { positions: Float64Array; values: Float32Array; ids: Int32Array; bytes: Uint8Array }
      count: number
    }
    expect(decoded.count).toBe(2)
    expect(decoded.layer.positions).toBeInstanceOf(Float64Array)
    expect(Array.from(decoded.layer.positions)).toEqual(Array.from(positions))
    expect(decoded.layer.values).toBeInstanceOf(Float32Array)
    expect(decoded.layer.values[0]).toBeCloseTo(-85.5)
    expect(Number.isNaN(decoded.layer.values[1])).toBe(true)
    expect(Array.from(decoded.layer.ids)).toEqual([7, -3, 2 ** 30])
    expect(Array.from(decoded.layer.bytes)).toEqual([1, 2, 3])
  })

  it('keep sub-views to their own window of the underlying buffer', () => {
    const whole = new Float32Array([1, 2, 3, 4, 5])
    const decoded = decodeFrame(encodeFrame({ part: whole.subarray(1, 3) })) as { part: Float32Array }
    expect(Array.from(decoded.part)).toEqual([2, 3])
  })

  it('align every buffer so that any element size can be viewed in place', () => {
    const decoded = decodeFrame(encodeFrame({ odd: new Uint8Array([9]), wide: new Float64Array([1.5]) })) as { wide: Float64Array }
    expect(decoded.wide.byteOffset % 8).toBe(0)
    expect(decoded.wide[0]).toBe(1.5)
  })

  it('refuse truncated frames with a message saying so', () => {
    const frame = encodeFrame({ values: new Float64Array(16) })
    expect(() => decodeFrame(frame.subarray(0, frame.byteLength - 40))).toThrow(/truncated/)
    expect(() => decodeFrame(new Uint8Array([1]))).toThrow(/truncated/)
  })
})

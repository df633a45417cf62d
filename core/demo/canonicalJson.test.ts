import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonicalJson.js'

describe('canonicalJson', () => {
  it('sorts keys at every level, whatever the construction order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"y":null,"z":0}]},"b":1}')
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })

  it('drops undefined properties as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}')
  })

  it('refuses non-finite numbers, naming where they are', () => {
    expect(() => canonicalJson({ samples: [{ rsrpDbm: Number.NaN }] })).toThrow(/\$\.samples\[0\]\.rsrpDbm/)
  })
})

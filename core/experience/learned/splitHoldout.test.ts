import { describe, expect, it } from 'vitest'
import { splitHoldout } from './splitHoldout.js'

/** 40 groups of 25 consecutive rows. */
const group = Int32Array.from({ length: 1000 }, (_, row) => Math.floor(row / 25))

const groupsOf = (rows: Int32Array): Set<number> => new Set(Array.from(rows, (row) => group[row]!))

describe('splitHoldout', () => {
  it('never puts a group on two sides, and covers every row once', () => {
    const split = splitHoldout(group, { seed: 5 })
    const [train, validation, test] = [groupsOf(split.train), groupsOf(split.validation), groupsOf(split.test)]
    for (const g of test) expect(train.has(g) || validation.has(g)).toBe(false)
    for (const g of validation) expect(train.has(g)).toBe(false)
    const all = [...split.train, ...split.validation, ...split.test].sort((a, b) => a - b)
    expect(all).toEqual(Array.from({ length: 1000 }, (_, i) => i))
  })

  it('holds out testFraction of the groups (default 0.25) and validates on validationFraction of the rest (default 0.2)', () => {
    const split = splitHoldout(group)
    expect(split.groups).toEqual({ test: 10, validation: 6, train: 24 })
    expect(split.test.length).toBe(250)
    expect(splitHoldout(group, { testFraction: 0.1 }).groups.test).toBe(4)
  })

  it('gives the same split for the same seed and another for another seed', () => {
    expect(Array.from(splitHoldout(group, { seed: 3 }).test)).toEqual(Array.from(splitHoldout(group, { seed: 3 }).test))
    expect(Array.from(splitHoldout(group, { seed: 3 }).test)).not.toEqual(Array.from(splitHoldout(group, { seed: 4 }).test))
  })

  it('with two groups holds out one and validates on the tail of the other', () => {
    const two = Int32Array.from({ length: 100 }, (_, row) => (row < 50 ? 0 : 1))
    const split = splitHoldout(two, { seed: 1 })
    expect(split.test.length).toBe(50)
    expect(split.groups).toEqual({ train: 1, validation: 0, test: 1 })
    expect(split.validation.length).toBe(10)
    expect(Math.min(...split.validation)).toBeGreaterThan(Math.max(...split.train))
  })

  it('refuses a single group and fractions outside 0.05…0.5, naming them', () => {
    expect(() => splitHoldout(new Int32Array(10))).toThrow('a held-out split needs at least 2 groups (imports × blocks of time), not 1')
    expect(() => splitHoldout(group, { testFraction: 0.8 })).toThrow('testFraction must be within 0.05…0.5, not 0.8')
    expect(() => splitHoldout(group, { validationFraction: 0 })).toThrow('validationFraction must be within 0.05…0.5, not 0')
  })
})

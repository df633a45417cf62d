import { describe, expect, it } from 'vitest'
import { kqiHistogram } from './kqiHistogram.js'

const sorted = (values: number[]): Float64Array => Float64Array.from(values).sort()

describe('kqiHistogram', () => {
  it('bins between the 1st and 99th percentiles, the end bins running out to the minimum and maximum so every value counts', () => {
    const values = [...Array.from({ length: 998 }, (_, i) => i / 10), -500, 10_000]
    const { edges, counts } = kqiHistogram(sorted(values), 10)
    expect(counts.length).toBe(10)
    expect(edges.length).toBe(11)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length)
    expect(edges[0]).toBe(-500)
    expect(edges[10]).toBe(10_000)
    // Interior edges follow p1…p99 (≈ 0.9…98.8), not the outliers.
    expect(edges[1]!).toBeGreaterThan(0)
    expect(edges[9]!).toBeLessThan(100)
    for (let i = 1; i < edges.length; i++) expect(edges[i]!).toBeGreaterThan(edges[i - 1]!)
  })

  it('puts each value in the bin whose edges hold it, the maximum in the last', () => {
    const values = sorted(Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000))
    const { edges, counts } = kqiHistogram(values, 20)
    const recount = counts.map((_, i) => values.filter((v) => v >= edges[i]! && (i === counts.length - 1 ? v <= edges[i + 1]! : v < edges[i + 1]!)).length)
    expect(recount).toEqual(counts)
  })

  it('falls back to the full range when most values are equal, and gives one bin for a constant', () => {
    const mostlyZero = sorted([...Array.from({ length: 995 }, () => 0), 1, 2, 3, 4, 5])
    const h = kqiHistogram(mostlyZero, 5)
    expect(h.edges).toEqual([0, 1, 2, 3, 4, 5])
    expect(h.counts).toEqual([995, 1, 1, 1, 2])
    expect(kqiHistogram(sorted([7, 7, 7]), 30)).toEqual({ edges: [6.5, 7.5], counts: [3] })
    expect(kqiHistogram(new Float64Array(0), 30)).toEqual({ edges: [], counts: [] })
  })
})

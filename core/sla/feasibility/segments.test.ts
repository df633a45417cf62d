import { describe, expect, it } from 'vitest'
import { networkTarget, slaTargets } from '../testing/droneBackhaulTargets.js'
import { emptyEvaluatedColumns } from './evaluateLayer.js'
import { pointChecks } from './pointChecks.js'
import { layerSegments, layoutSegments, worstSegments } from './segments.js'

const routeOf = (alongM: number[]) => ({ lon: Float64Array.from(alongM, (a) => 114 + a * 1e-5), lat: new Float64Array(alongM.length).fill(22.5), alongM: Float64Array.from(alongM) })

describe('layoutSegments', () => {
  it('groups a route into stretches of the segment length, the last taking the remainder', () => {
    const layout = layoutSegments(routeOf([0, 10, 50, 99.9, 100, 150, 200, 230, 250]), 100)
    expect([...layout.segmentOfPoint]).toEqual([0, 0, 0, 0, 1, 1, 2, 2, 2])
    expect(layout.segments).toEqual([
      { fromM: 0, toM: 100, block: null },
      { fromM: 100, toM: 200, block: null },
      { fromM: 200, toM: 250, block: null },
    ])
    // A route ending exactly on a boundary does not end in a segment of one point.
    expect([...layoutSegments(routeOf([0, 50, 100, 150, 200]), 100).segmentOfPoint]).toEqual([0, 0, 1, 1, 1])
  })

  it('groups an area grid into square blocks of about the segment length', () => {
    const column = Int32Array.from([0, 1, 2, 3, 0, 1, 2, 3, 4])
    const row = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1, 2])
    const grid = { resolutionM: 50, columns: 5, rows: 3, column, row }
    const layout = layoutSegments({ lon: new Float64Array(9), lat: new Float64Array(9), grid }, 100)
    expect([...layout.segmentOfPoint]).toEqual([0, 0, 1, 1, 0, 0, 1, 1, 2])
    expect(layout.segments.map((s) => s.block)).toEqual([{ column: 0, row: 0 }, { column: 1, row: 0 }, { column: 2, row: 1 }])
  })
})

describe('layerSegments and worstSegments', () => {
  const checks = pointChecks(slaTargets([networkTarget('rsrp', -105, 'dBm'), networkTarget('ul-sinr', 10, 'dB')]))
  const points = routeOf([0, 10, 20, 30, 100, 110, 120, 200, 210])
  const layout = layoutSegments(points, 100)
  // Layer 0 at offset 0: segment 0 all pass; segment 1 one fail (rsrp and sinr) on cell 7 beam 2, one marginal; segment 2 no data + pass.
  const columns = emptyEvaluatedColumns(9)
  columns.verdict.set([0, 0, 0, 0, 2, 1, 0, 3, 0])
  columns.source.set([0, 0, 1, 1, 1, 1, 1, 2, 0])
  columns.failedMask.set([0, 0, 0, 0, 0b11, 0, 0, 0, 0])
  columns.servingCellId.set([5, 5, 5, 6, 7, 8, 8, -1, 5])
  columns.beam.set([1, 1, 3, 0, 2, 4, 4, -1, -1])
  const cellNames = new Map([[5, 'A_1'], [6, 'A_2'], [7, 'B_1'], [8, 'B_2']])
  const segments = layerSegments({ layout, altitudeM: 120, offset: 0, firstIndex: 4, lon: points.lon, lat: points.lat, columns, checks, cellNames })

  it('gives each segment its worst point’s verdict, no data ranking between marginal and fail', () => {
    expect(segments.map((s) => [s.index, s.verdict])).toEqual([[4, 'pass'], [5, 'fail'], [6, 'no-data']])
    expect(segments[1]!.counts).toEqual({ pass: 1, marginal: 1, fail: 1, noData: 0 })
    expect(segments.map((s) => s.measuredPoints)).toEqual([2, 0, 1])
  })

  it('names what fails and the cells and SSB beams serving the offending points (all points when none offends)', () => {
    expect(segments[1]!.failing).toEqual([{ targetId: 'rsrp', points: 1 }, { targetId: 'ul-sinr', points: 1 }])
    expect(segments[1]!.servingCells).toEqual([
      { cellId: 7, name: 'B_1', beams: [2], points: 1 },
      { cellId: 8, name: 'B_2', beams: [4], points: 1 },
    ])
    expect(segments[0]!.servingCells).toEqual([
      { cellId: 5, name: 'A_1', beams: [1, 3], points: 3 },
      { cellId: 6, name: 'A_2', beams: [0], points: 1 },
    ])
    expect(segments[2]!.servingCells).toEqual([])
    expect(segments[0]!.centre[0]).toBeCloseTo(114 + 15e-5, 9)
    expect([segments[2]!.fromM, segments[2]!.toM]).toEqual([200, 210])
  })

  it('orders offending segments worst first and leaves passing ones out', () => {
    expect(worstSegments(segments, 10).map((s) => s.index)).toEqual([5, 6])
    expect(worstSegments(segments, 1).map((s) => s.index)).toEqual([5])
  })
})

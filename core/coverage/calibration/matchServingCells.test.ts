import { describe, expect, it } from 'vitest'
import { matchServingCells, type MatchableCell } from './matchServingCells.js'

const cells: MatchableCell[] = [
  { id: 10, pci: 7, eastM: 0, northM: 0 },
  { id: 11, pci: 7, eastM: 3000, northM: 0 },
  { id: 12, pci: 8, eastM: 0, northM: 500 },
  { id: 13, pci: null, eastM: 20_000, northM: 0 },
]

function samples(points: { eastM: number; northM?: number; cellId?: number; pci?: number }[]) {
  return {
    eastM: Float64Array.from(points, (p) => p.eastM),
    northM: Float64Array.from(points, (p) => p.northM ?? 0),
    cellId: Int32Array.from(points, (p) => p.cellId ?? -1),
    pci: Int32Array.from(points, (p) => p.pci ?? -1),
  }
}

describe('matchServingCells', () => {
  it('takes the stored cell of a sample first, whatever its PCI says', () => {
    expect([...matchServingCells(samples([{ eastM: 2900, cellId: 12, pci: 7 }]), cells, 10_000)]).toEqual([2])
  })

  it('takes the nearest cell with the reported PCI when the sample has no stored cell', () => {
    expect([...matchServingCells(samples([{ eastM: 100, pci: 7 }, { eastM: 2900, pci: 7 }]), cells, 10_000)]).toEqual([0, 1])
  })

  it('never forces a cell beyond the range: it falls back to the PCI, then to the strongest (−1)', () => {
    const matched = matchServingCells(samples([{ eastM: 0, cellId: 13, pci: 8 }, { eastM: 0, cellId: 13 }, { eastM: 20_000, pci: 7 }]), cells, 10_000)
    expect([...matched]).toEqual([2, -1, -1])
  })

  it('gives −1 to a sample that names no cell and no PCI, or a PCI no cell has', () => {
    expect([...matchServingCells(samples([{ eastM: 0 }, { eastM: 0, pci: 99 }]), cells, 10_000)]).toEqual([-1, -1])
  })
})

/** A cell as the matcher needs it: its id, PCI and position in the scene's local plane (m). */
export interface MatchableCell {
  id: number
  pci: number | null
  eastM: number
  northM: number
}

/** The samples' positions (m, local plane) and what they say of their server: −1 where they do not. */
export interface SampleServers {
  eastM: Float64Array
  northM: Float64Array
  /** samples.cell_id (the import matched the sample to a stored cell), or −1. */
  cellId: Int32Array
  /** The serving PCI the sample reports, or −1. */
  pci: Int32Array
}

/**
 * The cell that served each sample, as an index into `cells`, or −1 (the prediction then takes the
 * strongest): the sample's stored cell when it is within `maxDistanceM` (ground distance); else the
 * nearest cell with the sample's PCI within that range (PCIs repeat across a network, so the nearest
 * one is the likely server); else −1. A cell beyond the range is never forced: the coverage kernel
 * does not evaluate it there.
 */
export function matchServingCells(samples: SampleServers, cells: readonly MatchableCell[], maxDistanceM: number): Int32Array {
  const indexById = new Map<number, number>()
  const indicesByPci = new Map<number, number[]>()
  cells.forEach((cell, index) => {
    indexById.set(cell.id, index)
    if (cell.pci === null) return
    const list = indicesByPci.get(cell.pci)
    if (list === undefined) indicesByPci.set(cell.pci, [index])
    else list.push(index)
  })
  const maxSquaredM = maxDistanceM * maxDistanceM
  const squaredDistanceM = (i: number, c: number): number => {
    const cell = cells[c] as MatchableCell
    return ((samples.eastM[i] as number) - cell.eastM) ** 2 + ((samples.northM[i] as number) - cell.northM) ** 2
  }
  const serving = new Int32Array(samples.eastM.length).fill(-1)
  for (let i = 0; i < serving.length; i++) {
    const stored = indexById.get(samples.cellId[i] as number)
    if (stored !== undefined && squaredDistanceM(i, stored) <= maxSquaredM) {
      serving[i] = stored
      continue
    }
    let bestSquaredM = maxSquaredM
    for (const c of indicesByPci.get(samples.pci[i] as number) ?? []) {
      const squared = squaredDistanceM(i, c)
      if (squared <= bestSquaredM) {
        bestSquaredM = squared
        serving[i] = c
      }
    }
  }
  return serving
}

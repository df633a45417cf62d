/**
 * Wanted number of split groups: with fewer, a 25 % hold-out is a handful of groups and its metrics
 * swing with which ones it draws. Below it the block is shortened (see assignSplitGroups).
 */
export const minWantedSplitGroups = 20

/** Result of assignSplitGroups. */
export interface SplitGroups {
  /** Group per row, 0-based and dense, numbered in order of first appearance. */
  group: Int32Array
  groupCount: number
  /** The block length used, in the positions' unit (it may be shorter than asked, see assignSplitGroups). */
  blockSize: number
}

export interface SplitGroupOptions {
  /** Block length in the positions' unit (s, sequence steps or rows). */
  blockSize: number
  /** The block is halved while fewer groups than this come out. Default minWantedSplitGroups. */
  minGroups?: number
  /** …but never below this length. Default 3. */
  minBlockSize?: number
}

/**
 * Split groups: rows of one partition (an import, an import × run) whose positions (time in s,
 * sequence number or row number) fall in the same block of `blockSize`, counted from the partition's
 * first position, share a group. A hold-out of whole groups then never interleaves neighbouring
 * seconds of one stretch with the training set, which a random row split of 1 s traces would do.
 * While fewer than `minGroups` groups come out (a short test, 65 downloads) the block is halved
 * (rounded up: 60, 30, 15, 8, 4…), down to `minBlockSize`: shorter blocks leak a little more between neighbours, but a split needs groups.
 * A row with a non-finite position goes to its partition's first block.
 */
export function assignSplitGroups(partitions: readonly string[], positions: ArrayLike<number>, options: SplitGroupOptions): SplitGroups {
  if (partitions.length !== positions.length) throw new Error(`bug: ${partitions.length} partitions for ${positions.length} positions`)
  if (!(options.blockSize > 0)) throw new RangeError(`blockSize must be positive, not ${options.blockSize}`)
  const minGroups = options.minGroups ?? minWantedSplitGroups
  const minBlockSize = Math.min(options.blockSize, options.minBlockSize ?? 3)
  const starts = partitionStarts(partitions, positions)
  let blockSize = options.blockSize
  let result = groupsForBlock(partitions, positions, starts, blockSize)
  while (result.groupCount < minGroups && Math.ceil(blockSize / 2) >= minBlockSize && Math.ceil(blockSize / 2) < blockSize) {
    blockSize = Math.ceil(blockSize / 2)
    result = groupsForBlock(partitions, positions, starts, blockSize)
  }
  return { ...result, blockSize }
}

function partitionStarts(partitions: readonly string[], positions: ArrayLike<number>): Map<string, number> {
  const starts = new Map<string, number>()
  partitions.forEach((partition, i) => {
    const position = positions[i] as number
    if (!Number.isFinite(position)) return
    const start = starts.get(partition)
    if (start === undefined || position < start) starts.set(partition, position)
  })
  return starts
}

function groupsForBlock(
  partitions: readonly string[], positions: ArrayLike<number>, starts: Map<string, number>, blockSize: number,
): Omit<SplitGroups, 'blockSize'> {
  const ids = new Map<string, number>()
  const group = new Int32Array(partitions.length)
  partitions.forEach((partition, i) => {
    const position = positions[i] as number
    const block = Number.isFinite(position) ? Math.floor((position - (starts.get(partition) ?? 0)) / blockSize) : 0
    const key = `${partition}\u0000${block}`
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
    }
    group[i] = id
  })
  return { group, groupCount: ids.size }
}

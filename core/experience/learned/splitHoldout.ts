import { createSeededRandom } from '../../demo/seededRandom.js'
import { randomStreams, seededPermutation } from './seededPermutation.js'

/** Row indices of each side of the split, ascending, and how many groups each side holds. */
export interface HoldoutSplit {
  /** Rows the network is fitted on. */
  train: Int32Array
  /** Rows for early stopping (training groups held out of the fit; see splitHoldout). */
  validation: Int32Array
  /** Hold-out rows for the metrics: whole groups that neither train nor validation touches. */
  test: Int32Array
  groups: { train: number; validation: number; test: number }
}

export interface HoldoutOptions {
  /** Share of the groups held out for the test metrics, 0.05–0.5. Default 0.25. */
  testFraction?: number
  /** Share of the remaining groups kept for early stopping, 0.05–0.5. Default 0.2. */
  validationFraction?: number
  /** Seed of the group shuffle. Default 1. */
  seed?: number
}

/**
 * Splits rows by whole groups (an import × contiguous block of time): a random row split of 1 s
 * traces would put neighbouring, nearly identical seconds on both sides and overstate the accuracy.
 * `testFraction` of the groups (rounded, at least one, at least one left) form the test set; of the
 * others, `validationFraction` form the validation set for early stopping. With a single training
 * group the validation set is the last `validationFraction` of its rows instead (a contiguous tail,
 * so it shares a boundary, not interleaved seconds, with the fit). Seeded: the same seed gives the
 * same split.
 */
export function splitHoldout(group: Int32Array, options: HoldoutOptions = {}): HoldoutSplit {
  const testFraction = fraction(options.testFraction ?? 0.25, 'testFraction')
  const validationFraction = fraction(options.validationFraction ?? 0.2, 'validationFraction')
  const random = createSeededRandom(options.seed ?? 1, randomStreams.split)
  const distinct = [...new Set(group)].sort((a, b) => a - b)
  const groups = Array.from(seededPermutation(distinct.length, random), (i) => distinct[i]!)
  if (groups.length < 2) throw new RangeError(`a held-out split needs at least 2 groups (imports × blocks of time), not ${groups.length}`)
  const testCount = clampCount(Math.round(testFraction * groups.length), groups.length)
  const testGroups = new Set(groups.slice(0, testCount))
  const trainGroups = groups.slice(testCount)
  const validationCount = trainGroups.length >= 2 ? clampCount(Math.round(validationFraction * trainGroups.length), trainGroups.length) : 0
  const validationGroups = new Set(trainGroups.slice(0, validationCount))
  const train: number[] = []
  const validation: number[] = []
  const test: number[] = []
  group.forEach((g, row) => (testGroups.has(g) ? test : validationGroups.has(g) ? validation : train).push(row))
  if (validationCount === 0) {
    const tail = Math.max(1, Math.round(validationFraction * train.length))
    validation.push(...train.splice(train.length - tail, tail))
  }
  return {
    train: Int32Array.from(train),
    validation: Int32Array.from(validation),
    test: Int32Array.from(test),
    groups: { train: trainGroups.length - validationCount, validation: validationCount, test: testCount },
  }
}

function fraction(value: number, name: string): number {
  if (!(value >= 0.05 && value <= 0.5)) throw new RangeError(`${name} must be within 0.05…0.5, not ${value}`)
  return value
}

/** At least 1 and at most total − 1. */
const clampCount = (count: number, total: number): number => Math.min(total - 1, Math.max(1, count))

import type { NeighbourRecord, SampleRecord } from './samplesTable.js'

/**
 * Samples (and their neighbours) packed into typed arrays: the form in which a parsing worker hands
 * them to the writing thread. Typed arrays move between threads without copying (they are
 * transferred), where a million record objects would be cloned one property at a time.
 *
 * Numbers are row-major in `numbers`, `sampleNumberFields` per sample, NaN for "not measured" (no
 * stored sample value is ever NaN). Texts are codes into `strings`, −1 for null.
 */
export interface SampleColumns {
  count: number
  numbers: Float64Array
  /** 0 = unknown, 1 = AGL, 2 = AMSL. */
  altitudeRefs: Uint8Array
  technologyCodes: Int32Array
  cellIdentityCodes: Int32Array
  neighbourCount: number
  /** Index of each neighbour's sample within this batch; neighbours of a sample are consecutive and in rank order. */
  neighbourSamples: Int32Array
  neighbourNumbers: Float64Array
  neighbourCellIdentityCodes: Int32Array
  strings: string[]
}

export const sampleNumberFields = [
  'timeMs', 'lon', 'lat', 'altitudeM', 'cellId', 'pci', 'rsrpDbm', 'rsrqDb', 'sinrDb', 'cqi', 'dlMbps', 'ulMbps',
  'rssiDbm', 'pathLossDb', 'speedKmh', 'sourceLine',
] as const satisfies readonly (keyof SampleRecord)[]
export const neighbourNumberFields = ['pci', 'rsrpDbm', 'rsrqDb', 'rssiDbm', 'pathLossDb'] as const satisfies readonly (keyof NeighbourRecord)[]

const sampleStride = sampleNumberFields.length
const neighbourStride = neighbourNumberFields.length
const altitudeRefCodes = { AGL: 1, AMSL: 2 } as const
const altitudeRefOfCode = [null, 'AGL', 'AMSL'] as const

const orNaN = (value: number | null | undefined): number => (value === null || value === undefined ? Number.NaN : value)

/**
 * Packs samples into one SampleColumns batch of at most `capacity` samples. Texts go through a
 * per-batch dictionary: a drive test repeats a few hundred cell identities and one or two
 * technologies, so the batch carries each once.
 */
export class SampleColumnsBuilder {
  private numbers: Float64Array
  private altitudeRefs: Uint8Array
  private technologyCodes: Int32Array
  private cellIdentityCodes: Int32Array
  private neighbourSamples: Int32Array
  private neighbourNumbers: Float64Array
  private neighbourCellIdentityCodes: Int32Array
  private strings: string[] = []
  private readonly codes = new Map<string, number>()
  private neighbourCapacity: number
  count = 0
  private neighbourCount = 0

  constructor(readonly capacity: number) {
    this.numbers = new Float64Array(capacity * sampleStride)
    this.altitudeRefs = new Uint8Array(capacity)
    this.technologyCodes = new Int32Array(capacity)
    this.cellIdentityCodes = new Int32Array(capacity)
    this.neighbourCapacity = capacity
    this.neighbourSamples = new Int32Array(this.neighbourCapacity)
    this.neighbourNumbers = new Float64Array(this.neighbourCapacity * neighbourStride)
    this.neighbourCellIdentityCodes = new Int32Array(this.neighbourCapacity)
  }

  get isFull(): boolean {
    return this.count === this.capacity
  }

  add(sample: SampleRecord, neighbours?: readonly NeighbourRecord[]): void {
    if (this.isFull) throw new Error('bug: SampleColumnsBuilder.add on a full batch')
    const i = this.count++
    const n = this.numbers
    const o = i * sampleStride
    n[o] = orNaN(sample.timeMs)
    n[o + 1] = sample.lon
    n[o + 2] = sample.lat
    n[o + 3] = orNaN(sample.altitudeM)
    n[o + 4] = orNaN(sample.cellId)
    n[o + 5] = orNaN(sample.pci)
    n[o + 6] = orNaN(sample.rsrpDbm)
    n[o + 7] = orNaN(sample.rsrqDb)
    n[o + 8] = orNaN(sample.sinrDb)
    n[o + 9] = orNaN(sample.cqi)
    n[o + 10] = orNaN(sample.dlMbps)
    n[o + 11] = orNaN(sample.ulMbps)
    n[o + 12] = orNaN(sample.rssiDbm)
    n[o + 13] = orNaN(sample.pathLossDb)
    n[o + 14] = orNaN(sample.speedKmh)
    n[o + 15] = orNaN(sample.sourceLine)
    this.altitudeRefs[i] = sample.altitudeRef === null ? 0 : altitudeRefCodes[sample.altitudeRef]
    this.technologyCodes[i] = this.code(sample.technology)
    this.cellIdentityCodes[i] = this.code(sample.cellIdentity)
    if (neighbours === undefined) return
    for (const neighbour of neighbours) {
      if (this.neighbourCount === this.neighbourCapacity) this.growNeighbours()
      const k = this.neighbourCount++
      this.neighbourSamples[k] = i
      const m = this.neighbourNumbers
      const p = k * neighbourStride
      m[p] = orNaN(neighbour.pci)
      m[p + 1] = orNaN(neighbour.rsrpDbm)
      m[p + 2] = orNaN(neighbour.rsrqDb)
      m[p + 3] = orNaN(neighbour.rssiDbm)
      m[p + 4] = orNaN(neighbour.pathLossDb)
      this.neighbourCellIdentityCodes[k] = this.code(neighbour.cellIdentity)
    }
  }

  /** The batch so far (its arrays trimmed to what is filled); the builder starts empty again with fresh arrays. */
  take(): SampleColumns {
    const batch: SampleColumns = {
      count: this.count,
      numbers: this.numbers.slice(0, this.count * sampleStride),
      altitudeRefs: this.altitudeRefs.slice(0, this.count),
      technologyCodes: this.technologyCodes.slice(0, this.count),
      cellIdentityCodes: this.cellIdentityCodes.slice(0, this.count),
      neighbourCount: this.neighbourCount,
      neighbourSamples: this.neighbourSamples.slice(0, this.neighbourCount),
      neighbourNumbers: this.neighbourNumbers.slice(0, this.neighbourCount * neighbourStride),
      neighbourCellIdentityCodes: this.neighbourCellIdentityCodes.slice(0, this.neighbourCount),
      strings: this.strings,
    }
    this.count = 0
    this.neighbourCount = 0
    this.strings = []
    this.codes.clear()
    return batch
  }

  private code(text: string | null | undefined): number {
    if (text === null || text === undefined) return -1
    let code = this.codes.get(text)
    if (code === undefined) {
      code = this.strings.length
      this.strings.push(text)
      this.codes.set(text, code)
    }
    return code
  }

  private growNeighbours(): void {
    this.neighbourCapacity *= 2
    const samples = new Int32Array(this.neighbourCapacity)
    samples.set(this.neighbourSamples)
    const numbers = new Float64Array(this.neighbourCapacity * neighbourStride)
    numbers.set(this.neighbourNumbers)
    const codes = new Int32Array(this.neighbourCapacity)
    codes.set(this.neighbourCellIdentityCodes)
    this.neighbourSamples = samples
    this.neighbourNumbers = numbers
    this.neighbourCellIdentityCodes = codes
  }
}

/** The typed arrays of a batch, to transfer rather than copy when posting it to another thread. */
export function sampleColumnsBuffers(batch: SampleColumns): ArrayBuffer[] {
  return [
    batch.numbers, batch.altitudeRefs, batch.technologyCodes, batch.cellIdentityCodes,
    batch.neighbourSamples, batch.neighbourNumbers, batch.neighbourCellIdentityCodes,
  ].map((array) => array.buffer as ArrayBuffer)
}

/** Reads sample `i` of a batch back as a record (tests, and writers that want objects). */
export function sampleOfColumns(batch: SampleColumns, i: number): SampleRecord {
  const n = batch.numbers
  const o = i * sampleStride
  const value = (k: number): number | null => {
    const v = n[o + k] as number
    return Number.isNaN(v) ? null : v
  }
  const text = (code: number): string | null => (code < 0 ? null : (batch.strings[code] as string))
  return {
    timeMs: value(0), lon: n[o + 1] as number, lat: n[o + 2] as number, altitudeM: value(3),
    altitudeRef: altitudeRefOfCode[batch.altitudeRefs[i] as number] ?? null,
    cellId: value(4), pci: value(5), rsrpDbm: value(6), rsrqDb: value(7), sinrDb: value(8), cqi: value(9),
    dlMbps: value(10), ulMbps: value(11), technology: text(batch.technologyCodes[i] as number),
    cellIdentity: text(batch.cellIdentityCodes[i] as number), rssiDbm: value(12), pathLossDb: value(13),
    speedKmh: value(14), sourceLine: value(15),
  }
}

export { altitudeRefOfCode, neighbourStride, sampleStride }

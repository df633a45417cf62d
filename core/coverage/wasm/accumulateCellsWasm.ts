import { computePathLoss, umaFamilyHeightConstants } from '../../radio/propagation/pathLossKernel.js'
import type { TileAccumulation } from '../cellAccumulationJs.js'
import type { TileInput } from '../coverageTile.js'
import type { TileScene } from '../tileScene.js'
import { cellBlockBytes, kernelSupportsCell, siteBlock, siteBlockBytes, writeCellBlock } from './kernelBlocks.js'
import { layOutTile, type TileLayout } from './tileLayout.js'
import type { WasmCoverageKernel } from './wasmCoverageKernel.js'

/** A scene's part in the kernel's memory: every cell's block, laid out from offset 0. */
interface WasmScene {
  supported: boolean
  blocks: Uint8Array
  blockOffsets: Int32Array
  /** Per UT height, per site: its site block, or null where the model has no WebAssembly path loss. */
  siteBlocksByHeight: Map<number, (Float32Array | null)[]>
}

const wasmScenes = new WeakMap<TileScene, WasmScene>()

/** Tile arrays, in this order, `stride` bytes apart (coverageKernel.wat, cellPass). */
const tileArrays = ['east', 'north', 'height', 'forced', 'rsrpMw', 'serving', 'others', 'sigma', 'distance', 'bestCell', 'bestBeam'] as const
type TileArray = (typeof tileArrays)[number]
const slot = Object.fromEntries(tileArrays.map((name, k) => [name, k])) as Record<TileArray, number>

const align16 = (bytes: number): number => Math.ceil(bytes / 16) * 16

function wasmSceneOf(tileScene: TileScene): WasmScene {
  let w = wasmScenes.get(tileScene)
  if (w !== undefined) return w
  const supported = tileScene.cells.length > 0 && tileScene.cells.every(kernelSupportsCell)
  const blockOffsets = new Int32Array(tileScene.cells.length)
  let bytes = 0
  tileScene.cells.forEach((cell, c) => {
    blockOffsets[c] = bytes
    bytes += supported ? cellBlockBytes(cell.beams.length) : 0
  })
  const blocks = new Uint8Array(bytes)
  if (supported) tileScene.cells.forEach((cell, c) => writeCellBlock(blocks.buffer, blockOffsets[c] as number, cell, tileScene.scene.parameters))
  w = { supported, blocks, blockOffsets, siteBlocksByHeight: new Map() }
  wasmScenes.set(tileScene, w)
  return w
}

/** Whether accumulateCellsWasm covers every cell of the scene (kernelSupportsCell), and there is one. */
export function wasmSupportsScene(tileScene: TileScene): boolean {
  return wasmSceneOf(tileScene).supported
}

/** Where a tile lives in the kernel's memory. */
interface TileMemory {
  layout: TileLayout
  /** Byte offsets: the site block, the tile arrays (`stride` bytes apart), the sites' path-loss and σ arrays. */
  siteBlock: number
  tile: number
  stride: number
  loss: number
}

/**
 * accumulateCellsJs in WebAssembly SIMD. The tile's points are copied once into the kernel's memory
 * (float32), grouped by UT height (tileLayout.ts); each site's path loss is computed there per
 * group (UMa / UMa-AV; other models by computePathLoss in JavaScript into the same memory), then
 * one fused pass per cell within range of the tile. A point's results depend on its own inputs
 * only, never on the other points of its tile. The scene must satisfy wasmSupportsScene.
 */
export function accumulateCellsWasm(kernel: WasmCoverageKernel, tileScene: TileScene, input: TileInput): TileAccumulation {
  const w = wasmSceneOf(tileScene)
  const layout = layOutTile(input.utHeightM)
  const stride = layout.slots * 4
  const siteBlockPointer = align16(w.blocks.length)
  const memory: TileMemory = { layout, siteBlock: siteBlockPointer, tile: siteBlockPointer + siteBlockBytes, stride, loss: siteBlockPointer + siteBlockBytes + tileArrays.length * stride }
  kernel.reserve(memory.loss + 2 * tileScene.sites.length * stride)
  if (kernel.resident !== w) {
    new Uint8Array(kernel.exports.memory.buffer).set(w.blocks)
    kernel.resident = w
  }
  const bounds = copyTileIn(kernel, memory, input)
  const p = tileScene.scene.parameters
  const maxD2 = p.maxDistanceM * p.maxDistanceM
  const siteReady = new Uint8Array(tileScene.sites.length)
  const correction = input.correction
  let linkEvaluations = 0
  tileScene.cells.forEach(({ cell, beams, site }, c) => {
    // A cell beyond range of the tile's bounding box is beyond range of all its points.
    const outsideEastM = Math.max(bounds.minEastM - cell.eastM, cell.eastM - bounds.maxEastM, 0)
    const outsideNorthM = Math.max(bounds.minNorthM - cell.northM, cell.northM - bounds.maxNorthM, 0)
    if (!(outsideEastM * outsideEastM + outsideNorthM * outsideNorthM <= maxD2)) return
    const pathLoss = memory.loss + 2 * site * stride
    if (siteReady[site] === 0) {
      computeSiteLoss(kernel, tileScene, w, site, memory, input)
      siteReady[site] = 1
    }
    const inRange = kernel.exports.cellPass(
      layout.slots, c, w.blockOffsets[c] as number, memory.tile, stride, pathLoss, pathLoss + stride,
      correction === null ? 0 : 1, correction?.offsetDb ?? 0, correction?.slopeDbPerDecade ?? 0,
    )
    linkEvaluations += inRange * beams.length
  })
  return copyTileOut(kernel, memory, input.eastM.length, linkEvaluations)
}

interface TileBounds {
  minEastM: number
  maxEastM: number
  minNorthM: number
  maxNorthM: number
}

const arrayIndex = (memory: TileMemory, name: TileArray): number => (memory.tile + slot[name] * memory.stride) / 4

/** Copies the points into their slots (padding slots get NaN positions, out of every range) and resets the outputs. */
function copyTileIn(kernel: WasmCoverageKernel, memory: TileMemory, input: TileInput): TileBounds {
  const f32 = kernel.f32
  const i32 = kernel.i32
  const { eastM, northM, utHeightM, servingCell } = input
  const { slotOfPoint, slots } = memory.layout
  const east = arrayIndex(memory, 'east')
  const north = arrayIndex(memory, 'north')
  const height = arrayIndex(memory, 'height')
  const forced = arrayIndex(memory, 'forced')
  f32.fill(Number.NaN, east, east + slots)
  f32.fill(Number.NaN, north, north + slots)
  f32.fill(0, height, height + slots)
  i32.fill(-1, forced, forced + slots)
  let minEastM = Infinity
  let maxEastM = -Infinity
  let minNorthM = Infinity
  let maxNorthM = -Infinity
  for (let i = 0; i < eastM.length; i++) {
    const x = eastM[i] as number
    const y = northM[i] as number
    const s = slotOfPoint === null ? i : (slotOfPoint[i] as number)
    f32[east + s] = x
    f32[north + s] = y
    f32[height + s] = utHeightM[i] as number
    if (servingCell !== undefined) i32[forced + s] = servingCell[i] as number
    if (x < minEastM) minEastM = x
    if (x > maxEastM) maxEastM = x
    if (y < minNorthM) minNorthM = y
    if (y > maxNorthM) maxNorthM = y
  }
  f32.fill(-1, arrayIndex(memory, 'rsrpMw'), arrayIndex(memory, 'rsrpMw') + slots)
  f32.fill(0, arrayIndex(memory, 'serving'), arrayIndex(memory, 'distance') + slots)
  i32.fill(-1, arrayIndex(memory, 'bestCell'), arrayIndex(memory, 'bestBeam') + slots)
  return { minEastM, maxEastM, minNorthM, maxNorthM }
}

/** The accumulation per point, back in the points' order; RSRP from the kernel's mW to dBm (−∞ where no cell is in range). */
function copyTileOut(kernel: WasmCoverageKernel, memory: TileMemory, n: number, linkEvaluations: number): TileAccumulation {
  const f32 = kernel.f32
  const i32 = kernel.i32
  const { slotOfPoint } = memory.layout
  const out: TileAccumulation = {
    bestCell: new Int32Array(n), bestBeam: new Int32Array(n), rsrpDbm: new Float64Array(n), sigmaDb: new Float32Array(n),
    servingMeanMw: new Float32Array(n), otherMeanMw: new Float32Array(n), distance3dM: new Float32Array(n), linkEvaluations,
  }
  const [rsrp, serving, others, sigma, distance, bestCell, bestBeam] = (['rsrpMw', 'serving', 'others', 'sigma', 'distance', 'bestCell', 'bestBeam'] as const).map((name) => arrayIndex(memory, name)) as number[] as [
    number, number, number, number, number, number, number,
  ]
  for (let i = 0; i < n; i++) {
    const s = slotOfPoint === null ? i : (slotOfPoint[i] as number)
    out.rsrpDbm[i] = 10 * Math.log10(f32[rsrp + s] as number)
    out.servingMeanMw[i] = f32[serving + s] as number
    out.otherMeanMw[i] = f32[others + s] as number
    out.sigmaDb[i] = f32[sigma + s] as number
    out.distance3dM[i] = f32[distance + s] as number
    out.bestCell[i] = i32[bestCell + s] as number
    out.bestBeam[i] = i32[bestBeam + s] as number
  }
  return out
}

/**
 * A site's path loss and σ into its arrays, group by group: in WebAssembly where the model is UMa
 * or UMa-AV (one site block per height), else by computePathLoss. NaN in padding slots.
 */
function computeSiteLoss(kernel: WasmCoverageKernel, tileScene: TileScene, w: WasmScene, site: number, memory: TileMemory, input: TileInput): void {
  const pathLoss = memory.loss + 2 * site * memory.stride
  const sigma = pathLoss + memory.stride
  kernel.f32.fill(Number.NaN, pathLoss / 4, (sigma + memory.stride) / 4)
  const east = memory.tile + slot.east * memory.stride
  const north = memory.tile + slot.north * memory.stride
  for (const group of memory.layout.groups) {
    const block = siteBlockFor(tileScene, w, site, group.heightM)
    if (block !== null) {
      kernel.f32.set(block, memory.siteBlock / 4)
      const offset = 4 * group.firstSlot
      kernel.exports.sitePathLoss(group.slots, memory.siteBlock, east + offset, north + offset, pathLoss + offset, sigma + offset)
    } else {
      siteLossInJavaScript(kernel, tileScene, site, group, { pathLoss, sigma }, input)
    }
  }
}

function siteBlockFor(tileScene: TileScene, w: WasmScene, site: number, heightM: number): Float32Array | null {
  if (Number.isNaN(heightM)) return null
  let blocks = w.siteBlocksByHeight.get(heightM)
  if (blocks === undefined) {
    const maxDistanceM = tileScene.scene.parameters.maxDistanceM
    blocks = tileScene.sites.map((s) => {
      const height = umaFamilyHeightConstants(tileScene.model, { fcGhz: s.fcGhz, bsHeightM: s.heightM }, heightM)
      return height === null ? null : siteBlock(s, height, maxDistanceM)
    })
    w.siteBlocksByHeight.set(heightM, blocks)
  }
  return blocks[site] ?? null
}

/** computePathLoss (float64, any model) for one height group of the tile, written into the site's float32 arrays. */
function siteLossInJavaScript(
  kernel: WasmCoverageKernel, tileScene: TileScene, site: number, group: TileLayout['groups'][number], arrays: { pathLoss: number; sigma: number }, input: TileInput,
): void {
  const s = tileScene.sites[site]
  if (s === undefined) throw new Error(`bug: site ${site} of ${tileScene.sites.length}`)
  const maxDistanceM = tileScene.scene.parameters.maxDistanceM
  const points = group.points
  const distance2dM = new Float64Array(points.length)
  const utHeightM = new Float64Array(points.length)
  points.forEach((i, k) => {
    const x = (input.eastM[i] as number) - s.eastM
    const y = (input.northM[i] as number) - s.northM
    const d2 = x * x + y * y
    distance2dM[k] = d2 <= maxDistanceM * maxDistanceM ? Math.sqrt(d2) : Number.NaN
    utHeightM[k] = input.utHeightM[i] as number
  })
  const out = { meanDb: new Float32Array(points.length), sigmaDb: new Float32Array(points.length) }
  computePathLoss(tileScene.model, { fcGhz: s.fcGhz, bsHeightM: s.heightM }, distance2dM, utHeightM, out)
  kernel.f32.set(out.meanDb, arrays.pathLoss / 4 + group.firstSlot)
  kernel.f32.set(out.sigmaDb, arrays.sigma / 4 + group.firstSlot)
}

import { coverageKernelBase64 } from './coverageKernelBytes.js'

/**
 * The exports of coverageKernel.wat. Pointers are byte offsets into `memory`, 16-byte aligned;
 * point counts are multiples of 4 (one f32x4 step). The layouts are in the .wat and kernelBlocks.ts.
 */
export interface CoverageKernelExports {
  memory: WasmMemory
  sitePathLoss(points: number, block: number, east: number, north: number, outPathLoss: number, outSigma: number): void
  cellPass(
    points: number, cellIndex: number, block: number, tile: number, stride: number, pathLoss: number, sigma: number,
    correctionOn: number, correctionOffsetDb: number, correctionSlopeDb: number,
  ): number
  /** The approximations element-wise, in place (accuracy tests). */
  expArray(values: number, points: number): void
  lnArray(values: number, points: number): void
  sinCosArray(values: number, second: number, points: number): void
  atan2AbsArray(values: number, second: number, points: number): void
  dirichletArray(count: number, values: number, points: number): void
}

/** A WebAssembly.Memory (core's TypeScript lib has no DOM, where TypeScript declares the WebAssembly API). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer
  grow(pages: number): number
}

/** The part of the WebAssembly API the loader uses; injectable so that tests can stand in for an engine without SIMD. */
export interface WebAssemblyApi {
  validate(binary: Uint8Array): boolean
  Module: new (binary: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: object }
}

const pageBytes = 65536

/** One instance of the coverage kernel with its linear memory, reused for every tile of a thread. */
export class WasmCoverageKernel {
  readonly exports: CoverageKernelExports
  /** Whatever accumulateCellsWasm last wrote to the start of memory (a scene's cell blocks), to skip rewriting it. */
  resident: unknown = undefined
  private float32: Float32Array
  private int32: Int32Array

  constructor(exports: CoverageKernelExports) {
    this.exports = exports
    this.float32 = new Float32Array(exports.memory.buffer)
    this.int32 = new Int32Array(exports.memory.buffer)
  }

  /** Grows the memory to at least `bytes` (contents kept). Views taken before may be detached: take them after. */
  reserve(bytes: number): void {
    const memory = this.exports.memory
    const missing = bytes - memory.buffer.byteLength
    if (missing > 0) memory.grow(Math.ceil(missing / pageBytes))
  }

  /** The memory as float32 values (index = byte offset / 4). */
  get f32(): Float32Array {
    if (this.float32.buffer !== this.exports.memory.buffer) this.float32 = new Float32Array(this.exports.memory.buffer)
    return this.float32
  }

  /** The memory as int32 values (index = byte offset / 4). */
  get i32(): Int32Array {
    if (this.int32.buffer !== this.exports.memory.buffer) this.int32 = new Int32Array(this.exports.memory.buffer)
    return this.int32
  }
}

/** The kernel's binary (coverageKernel.wat compiled by scripts/buildWasmKernels.mjs). */
export function coverageKernelBinary(): Uint8Array {
  return Uint8Array.from(atob(coverageKernelBase64), (character) => character.charCodeAt(0))
}

/**
 * A new instance of the coverage kernel, compiled synchronously, or null when the engine cannot
 * run it: no WebAssembly (`webAssembly` null), or `validate` refuses the binary (no fixed-width
 * SIMD, which it uses throughout; validating the kernel itself rather than a probe also covers
 * every other feature it needs). `webAssembly` defaults to the engine's.
 */
export function loadWasmCoverageKernel(webAssembly: WebAssemblyApi | null = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly ?? null): WasmCoverageKernel | null {
  if (webAssembly === null) return null
  const binary = coverageKernelBinary()
  if (!webAssembly.validate(binary)) return null
  const instance = new webAssembly.Instance(new webAssembly.Module(binary), {})
  return new WasmCoverageKernel(instance.exports as unknown as CoverageKernelExports)
}

let shared: WasmCoverageKernel | null | undefined

/** This thread's coverage kernel (compiled on first use), or null when the engine cannot run it. */
export function sharedWasmCoverageKernel(): WasmCoverageKernel | null {
  if (shared === undefined) shared = loadWasmCoverageKernel()
  return shared
}

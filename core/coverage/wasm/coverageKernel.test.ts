import { describe, expect, it } from 'vitest'
import { loadWasmCoverageKernel, type WasmCoverageKernel } from './wasmCoverageKernel.js'

// The approximations of coverageKernel.wat, element-wise over 2^16 inputs each, against Math (float64):
// the bounds asserted here are those its header states.

const count = 1 << 16

function withKernel(): WasmCoverageKernel {
  const kernel = loadWasmCoverageKernel()
  if (kernel === null) throw new Error('this Node runs WebAssembly SIMD: the kernel must load')
  kernel.reserve(3 * 4 * count)
  return kernel
}

/** Runs `apply` over `inputs` (and `second`) in the kernel's memory and returns the float32 results. */
function evaluate(kernel: WasmCoverageKernel, inputs: Float64Array, apply: (values: number, secondValues: number) => void, second?: Float64Array): { first: Float32Array; second: Float32Array } {
  const f32 = kernel.f32
  f32.set(inputs, 0)
  if (second !== undefined) f32.set(second, count)
  apply(0, 4 * count)
  return { first: kernel.f32.slice(0, count), second: kernel.f32.slice(count, 2 * count) }
}

/** The inputs as the kernel sees them (rounded to float32), so only the approximation is measured. */
const asFloat32 = (values: number[]): Float64Array => Float64Array.from(Float32Array.from(values))
const spread = (from: number, to: number): Float64Array => asFloat32(Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1)))

function maxError(results: Float32Array, inputs: Float64Array, reference: (x: number, i: number) => number, relative = false): number {
  let worst = 0
  inputs.forEach((x, i) => {
    const expected = reference(x, i)
    const error = Math.abs((results[i] as number) - expected) / (relative ? Math.abs(expected) : 1)
    if (!(error <= worst)) worst = error
  })
  return worst
}

describe('coverageKernel.wat approximations', () => {
  const kernel = withKernel()

  it('exp: relative error below 3e-7 on [−86, 88]; below −86 it gives e^−86 ≈ 4e−38, NaN stays NaN', () => {
    const x = spread(-86, 88)
    const { first } = evaluate(kernel, x, (v) => kernel.exports.expArray(v, count))
    expect(maxError(first, x, Math.exp, true)).toBeLessThan(3e-7)
    const edges = evaluate(kernel, asFloat32([-200, -1e30, Number.NaN, 0]), (v) => kernel.exports.expArray(v, 4)).first
    expect(Math.abs((edges[0] as number) - Math.exp(-86)) / Math.exp(-86)).toBeLessThan(1e-6)
    expect(edges[1]).toBe(edges[0])
    expect(edges[2]).toBeNaN()
    expect(edges[3]).toBe(1)
  })

  it('ln: absolute error below 2e-7 on [0.5, 2], and within one float32 step of the result on [1e−30, 1e30]', () => {
    const near = spread(0.5, 2)
    expect(maxError(evaluate(kernel, near, (v) => kernel.exports.lnArray(v, count)).first, near, Math.log)).toBeLessThan(2e-7)
    const wide = asFloat32(Array.from({ length: count }, (_, i) => 10 ** (-30 + (60 * i) / (count - 1))))
    const { first } = evaluate(kernel, wide, (v) => kernel.exports.lnArray(v, count))
    // In units of one float32 step of the result (2^−23·|ln x|, at least 2e−7): at most 1.
    let worstSteps = 0
    wide.forEach((x, i) => (worstSteps = Math.max(worstSteps, Math.abs((first[i] as number) - Math.log(x)) / Math.max(2e-7, Math.abs(Math.log(x)) * 2 ** -23))))
    expect(worstSteps).toBeLessThan(1)
  })

  it('sin and cos: absolute error below 2e-7 for |x| ≤ 1000 rad (the array factor needs |x| ≤ 64·2π)', () => {
    for (const [from, to] of [[-4, 4], [-1000, 1000]] as const) {
      const x = spread(from, to)
      const { first, second } = evaluate(kernel, x, (v, w) => kernel.exports.sinCosArray(v, w, count))
      expect(maxError(first, x, Math.sin)).toBeLessThan(2e-7)
      expect(maxError(second, x, Math.cos)).toBeLessThan(2e-7)
    }
  })

  it('|atan2(y, x)|: absolute error below 3e-7 rad on every direction and radius, with atan2(0, ±0) = 0 / π as in JavaScript', () => {
    const angle = Array.from({ length: count }, (_, i) => -Math.PI + (2 * Math.PI * i) / count)
    const radius = angle.map((_, i) => [1e-6, 0.3, 1, 7, 1e4][i % 5] as number)
    const y = asFloat32(angle.map((a, i) => Math.abs(Math.sin(a) * (radius[i] as number))))
    const x = asFloat32(angle.map((a, i) => Math.cos(a) * (radius[i] as number)))
    const { first } = evaluate(kernel, y, (v, w) => kernel.exports.atan2AbsArray(v, w, count), x)
    expect(maxError(first, y, (yi, i) => Math.atan2(yi, x[i] as number))).toBeLessThan(3e-7)
    const zeros = evaluate(kernel, Float64Array.of(0, 0, 0, 1), (v, w) => kernel.exports.atan2AbsArray(v, w, 4), Float64Array.of(0, -0, 1, 0)).first
    expect([...zeros.subarray(0, 4)]).toEqual([0, Math.fround(Math.PI), 0, Math.fround(Math.PI / 2)])
  })

  it('the Dirichlet recurrence (sin(N·h)/(N·sin h))²: within 0.004 dB where the factor is above −40 dB for N ≤ 64 (1 on the lobe peaks)', () => {
    const h = spread(0, Math.PI)
    const cosines = asFloat32([...h].map(Math.cos))
    for (const elements of [1, 7, 10, 32, 64]) {
      const { first } = evaluate(kernel, cosines, (v) => kernel.exports.dirichletArray(elements, v, count))
      let worstDb = 0
      cosines.forEach((c, i) => {
        const angle = Math.acos(c)
        const expected = Math.abs(Math.sin(angle)) < 1e-12 ? 1 : (Math.sin(elements * angle) / (elements * Math.sin(angle))) ** 2
        if (expected > 1e-4) worstDb = Math.max(worstDb, Math.abs(10 * Math.log10((first[i] as number) / expected)))
      })
      expect(worstDb, `N = ${elements}`).toBeLessThan(0.004)
      expect(first[0]).toBe(1)
    }
  })
})

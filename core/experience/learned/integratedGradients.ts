import type { Tensor, Tensor2D } from '@tensorflow/tfjs'
import type { KqiModelHandle } from './predictKqi.js'

export interface IntegratedGradientsOptions {
  /** Intervals of the path integral (trapezoidal rule over steps + 1 points). Default 32. */
  steps?: number
}

/** Attributions of each row's output to each input, in the network's output space. */
export interface IntegratedGradients {
  /** Row-major rows × inputs: contribution of input k to output(x) − output(reference). */
  attributions: Float32Array
  /** The network's output per row. */
  outputs: Float32Array
  /** The network's output at the reference input. */
  referenceOutput: number
}

/** Rows per gradient batch: each row expands to steps + 1 points. */
const rowsPerBatch = 128

/**
 * Integrated gradients (Sundararajan, Taly & Yan 2017, "Axiomatic Attribution for Deep Networks",
 * eq. 1): attribution_k = (x_k − x'_k) · ∫₀¹ ∂F(x' + α(x − x'))/∂x_k dα, the integral by the
 * trapezoidal rule over `steps` intervals (tf.grad). The reference x' is the all-zero input, which
 * after the encoding is the training mean of every numeric feature (and no one-hot level set).
 * Completeness: Σ_k attribution_k ≈ F(x) − F(x'), exactly so in the limit of many steps; a ReLU
 * network is piecewise linear, so 32 steps leave an error of a few per cent at most.
 */
export function integratedGradients(model: KqiModelHandle, encoded: Float32Array, options: IntegratedGradientsOptions = {}): IntegratedGradients {
  const steps = options.steps ?? 32
  if (!Number.isInteger(steps) || steps < 1 || steps > 1024) throw new RangeError(`steps must be a whole number within 1…1024, not ${steps}`)
  const { tf, network } = model
  const width = model.encoding.inputs.length
  const rows = encoded.length / width
  if (!Number.isInteger(rows)) throw new RangeError(`encoded inputs must be a whole number of rows of ${width}, not ${encoded.length} values`)
  const attributions = new Float32Array(encoded.length)
  const outputs = new Float32Array(rows)
  const outputSum = (inputs: Tensor): Tensor => (network.apply(inputs) as Tensor).sum()
  const gradient = tf.grad(outputSum)
  for (let start = 0; start < rows; start += rowsPerBatch) {
    const count = Math.min(rows, start + rowsPerBatch) - start
    const chunk = encoded.subarray(start * width, (start + count) * width)
    const { averageGradient, output } = tf.tidy(() => {
      const x = tf.tensor2d(chunk, [count, width])
      // Points α·x for α = 0, 1/steps, …, 1: (steps + 1) blocks of `count` rows.
      const alphas = tf.linspace(0, 1, steps + 1).reshape([steps + 1, 1, 1])
      const path = tf.mul(alphas, x.expandDims(0)).reshape([(steps + 1) * count, width])
      const grads = gradient(path).reshape([steps + 1, count, width])
      // Trapezoid weights: ½ at both ends, 1 inside, over `steps` intervals.
      const weights = tf.tensor1d(Array.from({ length: steps + 1 }, (_, i) => (i === 0 || i === steps ? 0.5 : 1) / steps)).reshape([steps + 1, 1, 1])
      return { averageGradient: tf.mul(grads, weights).sum(0).dataSync(), output: (network.predict(x) as Tensor2D).dataSync() }
    })
    for (let i = 0; i < count * width; i++) attributions[start * width + i] = chunk[i]! * averageGradient[i]!
    outputs.set(output, start)
  }
  const referenceOutput = tf.tidy(() => (network.predict(tf.zeros([1, width])) as Tensor).dataSync()[0]!)
  return { attributions, outputs, referenceOutput }
}

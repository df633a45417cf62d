import type { LayersModel, Scalar, Tensor, Tensor2D, Variable } from '@tensorflow/tfjs'
import { createSeededRandom } from '../../demo/seededRandom.js'
import { randomStreams, seededPermutation } from './seededPermutation.js'
import type { Tf } from './tfBackend.js'

/** Encoded rows: inputs row-major (rows × inputCount) and the standardised target. */
export interface EncodedRows {
  x: Float32Array
  y: Float32Array
}

export type KqiLoss = 'huber' | 'mse'

export interface FitKqiNetworkOptions {
  /** Maximum epochs. Default 200. */
  epochs?: number
  /** Default 256. */
  batchSize?: number
  /** Adam step size. Default 0.001 (Adam's own default; 0.003 fitted the real drive tests no better and less steadily). */
  learningRate?: number
  /** Epochs without a better validation loss before stopping; the best weights are restored. Default 20. */
  patience?: number
  /** Huber (δ = 1 σ of the target: robust to the heavy tails of rates) or MSE. Default 'huber'. */
  loss?: KqiLoss
  /** Seed of the mini-batch shuffles. Default 1. */
  seed?: number
}

/** After each epoch: losses on the standardised target (the chosen loss). */
export interface EpochProgress {
  epoch: number
  epochs: number
  loss: number
  valLoss: number
}

export interface FitKqiNetworkHooks {
  signal?: AbortSignal
  onEpoch?: (progress: EpochProgress) => void
}

export interface FitKqiNetworkResult {
  /** Epochs run (early stopping ends before the maximum). */
  epochs: number
  /** The epoch (1-based) whose weights were kept: the lowest validation loss. */
  bestEpoch: number
  loss: number[]
  valLoss: number[]
}

const abortError = (): Error => Object.assign(new Error('the training was cancelled'), { name: 'AbortError' })

/** Yields to the event loop, so that a cancel request and progress events get through during training. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Longest stretch of batches without yielding, ms. The steps run synchronously on the wasm and cpu
 * backends (awaiting a tensor's data resolves as a microtask), so an epoch over a million rows would
 * otherwise hold the core host for many seconds: no API call, progress event or cancel would get through.
 */
const maxBusyMs = 100

/**
 * Fits the network with Adam on seeded mini-batches, with early stopping on the validation loss
 * (tfjs has no restoreBestWeights: the best weights are copied out and set back at the end). A
 * custom loop rather than model.fit: fit shuffles with Math.random, and the same seed must give the
 * same model. Every tensor is disposed (tf.tidy per step, the data and optimizer at the end), also
 * when cancelled: `signal` aborts at the next batch with an AbortError.
 */
export async function fitKqiNetwork(tf: Tf, model: LayersModel, train: EncodedRows, validation: EncodedRows, options: FitKqiNetworkOptions = {}, hooks: FitKqiNetworkHooks = {}): Promise<FitKqiNetworkResult> {
  const epochs = wholeNumber(options.epochs ?? 200, 'epochs', 1, 2000)
  const batchSize = wholeNumber(options.batchSize ?? 256, 'batchSize', 1, 65536)
  const patience = wholeNumber(options.patience ?? 20, 'patience', 1, 2000)
  const inputCount = model.inputs[0]!.shape[1]!
  const trainRows = train.y.length
  if (trainRows === 0 || validation.y.length === 0) throw new RangeError(`training needs rows on both sides: ${trainRows} to fit, ${validation.y.length} to validate`)
  const lossFn = (yTrue: Tensor, yPred: Tensor): Scalar => (options.loss === 'mse' ? tf.losses.meanSquaredError(yTrue, yPred) : tf.losses.huberLoss(yTrue, yPred, undefined, 1))
  const random = createSeededRandom(options.seed ?? 1, randomStreams.shuffle)
  const optimizer = tf.train.adam(options.learningRate ?? 0.001)
  const variables = model.trainableWeights.map((w) => w.read() as Variable)
  const xTrain = tf.tensor2d(train.x, [trainRows, inputCount])
  const yTrain = tf.tensor2d(train.y, [trainRows, 1])
  const xVal = tf.tensor2d(validation.x, [validation.y.length, inputCount])
  const yVal = tf.tensor2d(validation.y, [validation.y.length, 1])
  const history: FitKqiNetworkResult = { epochs: 0, bestEpoch: 0, loss: [], valLoss: [] }
  let best: Float32Array[] | undefined
  let bestValLoss = Infinity
  try {
    for (let epoch = 1; epoch <= epochs && epoch - history.bestEpoch <= patience; epoch++) {
      const order = seededPermutation(trainRows, random)
      let lossSum = 0
      let busySince = performance.now()
      for (let start = 0; start < trainRows; start += batchSize) {
        if (performance.now() - busySince > maxBusyMs) {
          await yieldToEventLoop()
          busySince = performance.now()
        }
        if (hooks.signal?.aborted) throw abortError()
        const batch = order.subarray(start, Math.min(trainRows, start + batchSize))
        const cost = tf.tidy((): Scalar => {
          const indices = tf.tensor1d(batch, 'int32')
          const xb = tf.gather(xTrain, indices)
          const yb = tf.gather(yTrain, indices)
          return optimizer.minimize(() => lossFn(yb, model.apply(xb) as Tensor2D), true, variables)!
        })
        lossSum += (await cost.data())[0]! * batch.length
        cost.dispose()
      }
      const valLoss = tf.tidy(() => lossFn(yVal, model.predict(xVal) as Tensor2D).dataSync()[0]!)
      history.epochs = epoch
      history.loss.push(lossSum / trainRows)
      history.valLoss.push(valLoss)
      if (valLoss < bestValLoss) {
        bestValLoss = valLoss
        history.bestEpoch = epoch
        best = model.getWeights().map((w) => Float32Array.from(w.dataSync()))
      }
      hooks.onEpoch?.({ epoch, epochs, loss: lossSum / trainRows, valLoss })
      await yieldToEventLoop()
      if (hooks.signal?.aborted) throw abortError()
    }
    if (best !== undefined) restoreWeights(tf, model, best)
    return history
  } finally {
    tf.dispose([xTrain, yTrain, xVal, yVal])
    optimizer.dispose()
  }
}

function restoreWeights(tf: Tf, model: LayersModel, values: Float32Array[]): void {
  const tensors = model.getWeights().map((w, i) => tf.tensor(values[i]!, w.shape))
  model.setWeights(tensors)
  tf.dispose(tensors)
}

function wholeNumber(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be a whole number within ${min}…${max}, not ${value}`)
  return value
}

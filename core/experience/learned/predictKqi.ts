import type { LayersModel, Tensor } from '@tensorflow/tfjs'
import type { KqiDataset } from './kqiDataset.js'
import { decodeTarget, encodeFeatures, type KqiEncoding } from './kqiEncoding.js'
import type { Tf } from './tfBackend.js'

/** A usable KPI→KQI model: the network, the encoding it was trained with, and the TensorFlow.js it lives in. */
export interface KqiModelHandle {
  tf: Tf
  network: LayersModel
  encoding: KqiEncoding
}

/** Rows per predict call: bounds the size of the tensors while keeping the calls few. */
const predictChunkRows = 8192

/** The network's outputs (standardised, transformed KQI) for encoded inputs, row-major rows × inputs. */
export function predictEncoded(model: KqiModelHandle, encoded: Float32Array): Float32Array {
  const { tf, network, encoding } = model
  const width = encoding.inputs.length
  const rows = encoded.length / width
  if (!Number.isInteger(rows)) throw new RangeError(`encoded inputs must be a whole number of rows of ${width}, not ${encoded.length} values`)
  const out = new Float32Array(rows)
  for (let start = 0; start < rows; start += predictChunkRows) {
    const end = Math.min(rows, start + predictChunkRows)
    const values = tf.tidy(() => (network.predict(tf.tensor2d(encoded.subarray(start * width, end * width), [end - start, width])) as Tensor).dataSync())
    out.set(values, start)
  }
  return out
}

/** Predictions in the KQI's unit for dataset rows (any rows: the encoding handles missing values). */
export function predictKqi(model: KqiModelHandle, dataset: Pick<KqiDataset, 'x' | 'columns'>, rows: ArrayLike<number>): Float64Array {
  const outputs = predictEncoded(model, encodeFeatures(model.encoding, dataset, rows))
  return Float64Array.from(outputs, (output) => decodeTarget(model.encoding, output))
}

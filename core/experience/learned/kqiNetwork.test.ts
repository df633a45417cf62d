import type { Tensor } from '@tensorflow/tfjs'
import { describe, expect, it } from 'vitest'
import { createKqiNetwork, loadKqiNetwork, saveKqiNetwork } from './kqiNetwork.js'
import { withTf } from './tfBackend.js'

describe('createKqiNetwork', () => {
  it('is a Dense 32 ReLU → 16 ReLU → 1 MLP by default: (5+1)·32 + (32+1)·16 + (16+1) = 737 parameters for 5 inputs', async () => {
    await withTf({ backend: 'wasm' }, ({ tf }) => {
      const network = createKqiNetwork(tf, 5, { seed: 1 })
      expect(network.countParams()).toBe(737)
      expect(network.outputs[0]!.shape).toEqual([null, 1])
      network.dispose()
    })
  })

  it('draws the same initial weights for the same seed and others for another seed', async () => {
    await withTf({ backend: 'wasm' }, ({ tf }) => {
      const weights = (seed: number): number[] => {
        const network = createKqiNetwork(tf, 4, { seed, hiddenUnits: [8] })
        const values = Array.from(network.getWeights()[0]!.dataSync())
        network.dispose()
        return values
      }
      expect(weights(5)).toEqual(weights(5))
      expect(weights(5)).not.toEqual(weights(6))
    })
  })

  it('refuses a bad input count or layer size, naming it', async () => {
    await withTf({ backend: 'wasm' }, ({ tf }) => {
      expect(() => createKqiNetwork(tf, 0, { seed: 1 })).toThrow('inputCount must be a whole number ≥ 1, not 0')
      expect(() => createKqiNetwork(tf, 3, { seed: 1, hiddenUnits: [8, 0] })).toThrow('hiddenUnits must be whole numbers ≥ 1, not 0')
    })
  })
})

describe('saveKqiNetwork / loadKqiNetwork', () => {
  it('round-trips a network through its topology and weight bytes: the loaded one predicts exactly the same', async () => {
    await withTf({ backend: 'wasm' }, async ({ tf }) => {
      const network = createKqiNetwork(tf, 3, { seed: 9 })
      const artifacts = await saveKqiNetwork(tf, network)
      expect(artifacts.weightData.byteLength).toBe(4 * network.countParams())
      // Through JSON, as stored in the project file.
      const stored = { topology: JSON.parse(JSON.stringify(artifacts.topology)) as typeof artifacts.topology, weightData: Uint8Array.from(artifacts.weightData) }
      const loaded = await loadKqiNetwork(tf, stored)
      const inputs = tf.tensor2d([0.5, -1, 2, 0, 0, 0, -3, 1.5, 0.25], [3, 3])
      const [a, b] = [network, loaded].map((n) => Array.from((n.predict(inputs) as Tensor).dataSync()))
      expect(b).toEqual(a)
      tf.dispose(inputs)
      network.dispose()
      loaded.dispose()
    })
  })
})

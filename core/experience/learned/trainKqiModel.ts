import { fitKqiNetwork, type EpochProgress, type FitKqiNetworkOptions, type FitKqiNetworkResult } from './fitKqiNetwork.js'
import type { KqiDataset } from './kqiDataset.js'
import { encodeFeatures, encodeTarget, fitKqiEncoding, type KqiEncodingOptions } from './kqiEncoding.js'
import { createKqiNetwork } from './kqiNetwork.js'
import type { KqiModelHandle } from './predictKqi.js'
import { splitHoldout, type HoldoutOptions, type HoldoutSplit } from './splitHoldout.js'
import type { LoadedTf, TfBackendName } from './tfBackend.js'

export interface TrainKqiModelOptions extends Omit<FitKqiNetworkOptions, 'seed'>, Omit<HoldoutOptions, 'seed'>, KqiEncodingOptions {
  /** Seed of the split, the initial weights and the shuffles. Default 1. */
  seed?: number
  /** Hidden layer sizes. Default defaultHiddenUnits ([32, 16], kqiNetwork.ts). */
  hiddenUnits?: readonly number[]
}

export interface TrainKqiModelHooks {
  signal?: AbortSignal
  onEpoch?: (progress: EpochProgress) => void
}

/** A trained model with how it was made; `network` holds tensors: dispose it when done. */
export interface TrainedKqiModel extends KqiModelHandle {
  backend: TfBackendName
  split: HoldoutSplit
  fit: FitKqiNetworkResult
  /** Wall time of the encoding and the fit, ms. */
  durationMs: number
}

/**
 * Trains a KPI→KQI model on a dataset: a held-out split by whole groups (splitHoldout), the
 * encoding fitted on the training rows (kqiEncoding), a small seeded MLP (createKqiNetwork) fitted
 * with early stopping on the validation groups (fitKqiNetwork). The same seed, data and backend give
 * the same model. Cancelled through `hooks.signal` (AbortError); the network is disposed on failure.
 */
export async function trainKqiModel(loaded: LoadedTf, dataset: KqiDataset, options: TrainKqiModelOptions = {}, hooks: TrainKqiModelHooks = {}): Promise<TrainedKqiModel> {
  const started = performance.now()
  const { tf, backend } = loaded
  const seed = options.seed ?? 1
  const split = splitHoldout(dataset.group, { seed, testFraction: options.testFraction, validationFraction: options.validationFraction })
  const encoding = fitKqiEncoding(dataset, split.train, { targetTransform: options.targetTransform })
  const network = createKqiNetwork(tf, encoding.inputs.length, { seed, hiddenUnits: options.hiddenUnits })
  try {
    const fit = await fitKqiNetwork(
      tf,
      network,
      { x: encodeFeatures(encoding, dataset, split.train), y: encodeTarget(encoding, dataset.y, split.train) },
      { x: encodeFeatures(encoding, dataset, split.validation), y: encodeTarget(encoding, dataset.y, split.validation) },
      { ...options, seed },
      hooks,
    )
    return { tf, backend, network, encoding, split, fit, durationMs: performance.now() - started }
  } catch (error) {
    network.dispose()
    throw error
  }
}

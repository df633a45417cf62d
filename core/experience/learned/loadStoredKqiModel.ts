import type { StoredExperienceModel } from '../../db/experienceModelsTable.js'
import type { KqiEncoding } from './kqiEncoding.js'
import { loadKqiNetwork, type KqiNetworkArtifacts } from './kqiNetwork.js'
import type { KqiModelHandle } from './predictKqi.js'
import type { LoadedTf } from './tfBackend.js'

/**
 * A stored model made usable again (predictKqi, explainPredictions): its network restored from the
 * stored topology and weights, with the encoding it was trained with. Dispose `network` when done.
 */
export async function loadStoredKqiModel(loaded: LoadedTf, stored: Pick<StoredExperienceModel, 'encoding' | 'topology' | 'weights'>): Promise<KqiModelHandle> {
  const network = await loadKqiNetwork(loaded.tf, { topology: stored.topology as KqiNetworkArtifacts['topology'], weightData: stored.weights })
  return { tf: loaded.tf, network, encoding: stored.encoding as KqiEncoding }
}

import { rmaAvLosProbability, umaAvLosProbability, umiAvLosProbability } from './aerialLosProbability.js'
import {
  rmaAvAerialLosPathLossDb, rmaAvAerialNlosPathLossDb, umaAvAerialLosPathLossDb, umaAvAerialNlosPathLossDb,
  umiAvAerialLosPathLossDb, umiAvAerialNlosPathLossDb,
} from './aerialPathLoss.js'
import { aerialRegimeMinimumHeightM } from './aerialRegime.js'
import {
  aerialNlosShadowFadingSigmaDb, rmaAvLosShadowFadingSigmaDb, umaAvLosShadowFadingSigmaDb, umiAvLosShadowFadingSigmaDb,
} from './aerialShadowFading.js'
import { rmaLosProbability, umaLosProbability, umiLosProbability } from './losProbability.js'
import type { PathLossModelName } from './pathLossModelName.js'
import type { PropagationLink } from './propagationLink.js'
import { rmaLosPathLossDb, rmaNlosPathLossDb } from './rmaPathLoss.js'
import { rmaLosShadowFadingSigmaDb, rmaShadowFadingSigmaDb, umaShadowFadingSigmaDb, umiShadowFadingSigmaDb } from './shadowFading.js'
import { umaLosPathLossDb, umaNlosPathLossDb } from './umaPathLoss.js'
import { umiLosPathLossDb, umiNlosPathLossDb } from './umiPathLoss.js'

/**
 * The five large-scale quantities of one model for a link taken as given (no validity check: see
 * validateLink.ts). Path loss and σ in dB, probability 0…1.
 */
export interface PropagationModel {
  losPathLossDb(link: PropagationLink): number
  nlosPathLossDb(link: PropagationLink): number
  losProbability(link: PropagationLink): number
  shadowFadingLosDb(link: PropagationLink): number
  shadowFadingNlosDb(link: PropagationLink): number
}

const uma: PropagationModel = {
  losPathLossDb: umaLosPathLossDb,
  nlosPathLossDb: umaNlosPathLossDb,
  losProbability: (link) => umaLosProbability(link.distance2dM, link.utHeightM),
  shadowFadingLosDb: () => umaShadowFadingSigmaDb.los,
  shadowFadingNlosDb: () => umaShadowFadingSigmaDb.nlos,
}

const umi: PropagationModel = {
  losPathLossDb: umiLosPathLossDb,
  nlosPathLossDb: umiNlosPathLossDb,
  losProbability: (link) => umiLosProbability(link.distance2dM),
  shadowFadingLosDb: () => umiShadowFadingSigmaDb.los,
  shadowFadingNlosDb: () => umiShadowFadingSigmaDb.nlos,
}

const rma: PropagationModel = {
  losPathLossDb: rmaLosPathLossDb,
  nlosPathLossDb: rmaNlosPathLossDb,
  losProbability: (link) => rmaLosProbability(link.distance2dM),
  shadowFadingLosDb: rmaLosShadowFadingSigmaDb,
  shadowFadingNlosDb: () => rmaShadowFadingSigmaDb.nlos,
}

/** TR 36.777 Annex B: the terrestrial model up to `minimumHeightM`, Tables B-1..B-3 above (radio-models.md §3.1). */
function withAerialRegime(terrestrial: PropagationModel, aerial: PropagationModel, minimumHeightM: number): PropagationModel {
  const pick = (link: PropagationLink): PropagationModel => (link.utHeightM > minimumHeightM ? aerial : terrestrial)
  return {
    losPathLossDb: (link) => pick(link).losPathLossDb(link),
    nlosPathLossDb: (link) => pick(link).nlosPathLossDb(link),
    losProbability: (link) => pick(link).losProbability(link),
    shadowFadingLosDb: (link) => pick(link).shadowFadingLosDb(link),
    shadowFadingNlosDb: (link) => pick(link).shadowFadingNlosDb(link),
  }
}

const umaAvAerial: PropagationModel = {
  losPathLossDb: umaAvAerialLosPathLossDb,
  nlosPathLossDb: umaAvAerialNlosPathLossDb,
  losProbability: (link) => umaAvLosProbability(link.distance2dM, link.utHeightM),
  shadowFadingLosDb: (link) => umaAvLosShadowFadingSigmaDb(link.utHeightM),
  shadowFadingNlosDb: () => aerialNlosShadowFadingSigmaDb['uma-av'],
}

const umiAvAerial: PropagationModel = {
  losPathLossDb: umiAvAerialLosPathLossDb,
  nlosPathLossDb: umiAvAerialNlosPathLossDb,
  losProbability: (link) => umiAvLosProbability(link.distance2dM, link.utHeightM),
  shadowFadingLosDb: (link) => umiAvLosShadowFadingSigmaDb(link.utHeightM),
  shadowFadingNlosDb: () => aerialNlosShadowFadingSigmaDb['umi-av'],
}

const rmaAvAerial: PropagationModel = {
  losPathLossDb: rmaAvAerialLosPathLossDb,
  nlosPathLossDb: rmaAvAerialNlosPathLossDb,
  losProbability: (link) => rmaAvLosProbability(link.distance2dM, link.utHeightM),
  shadowFadingLosDb: (link) => rmaAvLosShadowFadingSigmaDb(link.utHeightM),
  shadowFadingNlosDb: () => aerialNlosShadowFadingSigmaDb['rma-av'],
}

/** Every model by name; the aerial ones switch regime on hUT. */
export const propagationModels: Readonly<Record<PathLossModelName, PropagationModel>> = {
  uma,
  umi,
  rma,
  'uma-av': withAerialRegime(uma, umaAvAerial, aerialRegimeMinimumHeightM['uma-av']),
  'umi-av': withAerialRegime(umi, umiAvAerial, aerialRegimeMinimumHeightM['umi-av']),
  'rma-av': withAerialRegime(rma, rmaAvAerial, aerialRegimeMinimumHeightM['rma-av']),
}

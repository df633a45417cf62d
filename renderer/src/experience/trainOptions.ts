import type { Params } from '../../../core/api/methods.js'

/** The advanced options of a training as typed: maximum epochs and seed (empty: the core's defaults, 200 and 1). */
export interface TrainOptionTexts {
  epochs: string
  seed: string
}

/** experience.train's bounds on the options (experienceTrainParamsSchema). */
export const maxTrainEpochs = 2000

export type TrainOptionProblem = 'epochs' | 'seed'

const wholeNumber = (text: string): number | null => {
  const trimmed = text.trim()
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null
}

/** The options typed that are out of range: epochs a whole number 1–2000, seed a whole number ≥ 0. */
export function trainOptionProblems(texts: TrainOptionTexts): TrainOptionProblem[] {
  const problems: TrainOptionProblem[] = []
  const epochs = wholeNumber(texts.epochs)
  if (texts.epochs.trim() !== '' && (epochs === null || epochs < 1 || epochs > maxTrainEpochs)) problems.push('epochs')
  if (texts.seed.trim() !== '' && wholeNumber(texts.seed) === null) problems.push('seed')
  return problems
}

/** experience.train's params for `kqi` with the options typed (only those given). */
export function trainParams(kqi: string, texts: TrainOptionTexts): Params<'experience.train'> {
  const epochs = wholeNumber(texts.epochs)
  const seed = wholeNumber(texts.seed)
  return { kqi, ...(epochs === null ? {} : { epochs }), ...(seed === null ? {} : { seed }) }
}

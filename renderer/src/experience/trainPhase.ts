/** The steps of an experience.train job, as the core's phase words start (runKqiTraining.ts). */
export const trainSteps = ['reading', 'training', 'evaluating', 'explaining', 'stored'] as const
export type TrainStep = (typeof trainSteps)[number]

/**
 * Reads the core's phase text of a training ("training dlMbps: epoch 12, loss 0.41, …") as its step
 * and epoch, so the UI can say it in its own language; null step for words it does not know.
 */
export function trainPhase(phase: string): { step: TrainStep | null; epoch: number | null } {
  const word = phase.trim().split(/\s/)[0]?.toLowerCase() ?? ''
  const step = (trainSteps as readonly string[]).includes(word) ? (word as TrainStep) : null
  const epoch = /\bepoch (\d+)/.exec(phase)?.[1]
  return { step, epoch: epoch === undefined ? null : Number(epoch) }
}

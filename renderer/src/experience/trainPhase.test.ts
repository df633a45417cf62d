import { describe, expect, it } from 'vitest'
import { trainPhase } from './trainPhase.js'

describe('trainPhase', () => {
  it('reads the step and the epoch from the core phase words', () => {
    expect(trainPhase('reading the rows of dlMbps')).toEqual({ step: 'reading', epoch: null })
    expect(trainPhase('training dlMbps: epoch 12, loss 0.4123, validation 0.5012')).toEqual({ step: 'training', epoch: 12 })
    expect(trainPhase('evaluating on the hold-out groups')).toEqual({ step: 'evaluating', epoch: null })
    expect(trainPhase('stored')).toEqual({ step: 'stored', epoch: null })
  })
  it('leaves words it does not know without a step', () => {
    expect(trainPhase('')).toEqual({ step: null, epoch: null })
    expect(trainPhase('warming up')).toEqual({ step: null, epoch: null })
  })
})

import { describe, expect, it } from 'vitest'
import { trainOptionProblems, trainParams } from './trainOptions.js'

describe('training options', () => {
  it('sends only the options typed, as whole numbers', () => {
    expect(trainParams('dlMbps', { epochs: ' 20 ', seed: '' })).toEqual({ kqi: 'dlMbps', epochs: 20 })
    expect(trainParams('rttMs', { epochs: '', seed: '0' })).toEqual({ kqi: 'rttMs', seed: 0 })
  })
  it('refuses epochs outside 1–2000 and a seed that is not a whole number ≥ 0', () => {
    expect(trainOptionProblems({ epochs: '0', seed: '1.5' })).toEqual(['epochs', 'seed'])
    expect(trainOptionProblems({ epochs: '2001', seed: '-1' })).toEqual(['epochs', 'seed'])
    expect(trainOptionProblems({ epochs: '2000', seed: '7' })).toEqual([])
  })
})

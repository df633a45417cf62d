import { describe, expect, it } from 'vitest'
import { isPathLossModelName, pathLossModelNames } from './pathLossModelName.js'

describe('path-loss model names', () => {
  it('lists the three TR 38.901 scenarios and their TR 36.777 aerial variants', () => {
    expect([...pathLossModelNames]).toEqual(['uma', 'umi', 'rma', 'uma-av', 'umi-av', 'rma-av'])
  })

  it('recognises exactly those names', () => {
    for (const name of pathLossModelNames) expect(isPathLossModelName(name)).toBe(true)
    for (const name of ['UMa', 'uma-los', '', 'inh']) expect(isPathLossModelName(name)).toBe(false)
  })
})

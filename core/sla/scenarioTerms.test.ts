import { describe, expect, it } from 'vitest'
import { getScenario } from './scenarioCatalogue.js'
import { citeTerm, formatNumber, ScenarioTerms, weakestTag } from './scenarioTerms.js'

describe('scenario terms', () => {
  const terms = new ScenarioTerms(getScenario('drone-4k-backhaul'))

  it('reads a number within its range with its tag and source', () => {
    expect(terms.number('video-bitrate', { min: 0, max: 1000 })).toMatchObject({ id: 'video-bitrate', value: 20, unit: 'Mbit/s', tag: 'V' })
    expect(terms.optionalNumber('ul-layers', { min: 1, max: 4 })).toBeUndefined()
  })

  it('refuses a missing required term and a value out of range, naming the term', () => {
    expect(() => terms.number('ul-layers', { min: 1, max: 4 })).toThrow('scenario drone-4k-backhaul (video-uplink) needs the term ul-layers')
    expect(() => terms.number('video-bitrate', { min: 25, max: 1000 })).toThrow('term video-bitrate of drone-4k-backhaul must be a number within 25…1000 Mbit/s, not 20')
  })

  it('reads text, checking it against the choices in lower case', () => {
    expect(terms.optionalText('environment', ['uma', 'umi', 'rma'])?.value).toBe('uma')
    expect(() => terms.optionalText('environment', ['umi'])).toThrow('term environment of drone-4k-backhaul must be one of umi, not "uma"')
    expect(() => terms.optionalText('altitude')).toThrow('must be text, not 120')
  })

  it('ranks evidence U < S < V', () => {
    expect(weakestTag('V', 'S')).toBe('S')
    expect(weakestTag('S', 'U', 'V')).toBe('U')
    expect(weakestTag()).toBe('V')
  })

  it('writes numbers for a basis line without float noise', () => {
    expect(formatNumber(24.932571428571425)).toBe('24.93')
    expect(formatNumber(99.99972)).toBe('99.99972')
    expect(formatNumber(2.8e-6)).toBe('2.8e-6')
    expect(citeTerm(terms.number('altitude', { min: 0, max: 1000 }))).toBe('altitude 120 m [S]')
  })
})

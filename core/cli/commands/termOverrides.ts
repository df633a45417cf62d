import type { Scenario } from '../../api/schemas/slaSchemas.js'
import { parseTermValue, type TermValue } from '../../sla/scenarioCatalogue.js'
import { UsageError } from '../cliContext.js'

/**
 * `--set term=value …` as overrides typed as the scenario's terms (a number for a numeric term,
 * true/false for a switch, else text); a mistake is a usage error naming the setting and the term.
 * The scenario comes from the core (`sla.scenario`), so a scenario saved in the project counts.
 */
export function parseTermOverrides(scenario: Scenario, settings: readonly string[]): Record<string, TermValue> {
  const overrides: Record<string, TermValue> = {}
  for (const setting of settings) {
    const equals = setting.indexOf('=')
    if (equals <= 0) throw new UsageError(`--set takes term=value (e.g. --set video-bitrate=25), not ${JSON.stringify(setting)}`)
    const id = setting.slice(0, equals).trim()
    try {
      overrides[id] = parseTermValue(scenario, id, setting.slice(equals + 1).trim())
    } catch (error) {
      throw new UsageError(`--set ${setting}: ${(error as Error).message}`)
    }
  }
  return overrides
}

/** `--altitudes 60,120` as metres above ground within 1…500. */
export function parseAltitudes(text: string | undefined, command: string): number[] {
  if (text === undefined) throw new UsageError(`${command} needs --altitudes A,B,… (metres above ground, e.g. 60,120)`)
  const altitudesM = text.split(',').map((a) => Number(a.trim()))
  if (altitudesM.length === 0 || altitudesM.some((a) => !Number.isFinite(a) || a < 1 || a > 500)) {
    throw new UsageError(`--altitudes must be numbers of metres within 1…500, separated by commas, not ${JSON.stringify(text)}`)
  }
  return altitudesM
}

/** An optional numeric option within a range, named in the error. */
export function parseNumberOption(text: string | undefined, option: string, min: number, max: number, integer = false): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${option} must be ${integer ? 'an integer' : 'a number'} within ${min}…${max}, not ${JSON.stringify(text)}`)
  }
  return value
}

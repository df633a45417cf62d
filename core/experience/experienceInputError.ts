/**
 * Bad input to an experience (QoE) model: names the argument and, for a value out of range, the valid
 * range and whose range it is, e.g. `packetLossPct must be within 0…100 % for the G.107 E-model, not 120`.
 * A process edge (CLI, API) turns it into a refusal, not a crash.
 */
export class ExperienceInputError extends Error {
  override readonly name = 'ExperienceInputError'

  constructor(
    /** The argument at fault, spelt as in the function's parameters (`packetLossPct`, `segments[2].fps`). */
    readonly argument: string,
    message: string,
  ) {
    super(message)
  }
}

/** An inclusive range of valid values and the unit they are given in ('' for a pure number). */
export interface ExperienceRange {
  minimum: number
  maximum: number
  unit: string
}

/**
 * Returns `value` when it is finite and within `range`; otherwise throws an ExperienceInputError naming
 * `argument`, the range and `context` (the model and its clause).
 */
export function requireInRange(argument: string, value: number, range: ExperienceRange, context: string): number {
  if (!Number.isFinite(value)) throw new ExperienceInputError(argument, `${argument} must be a finite number for ${context}, not ${String(value)}`)
  if (value < range.minimum || value > range.maximum) {
    const unit = range.unit === '' ? '' : ` ${range.unit}`
    throw new ExperienceInputError(argument, `${argument} must be within ${format(range.minimum)}…${format(range.maximum)}${unit} for ${context}, not ${format(value)}`)
  }
  return value
}

/** At most 6 significant digits, no trailing zeros: exact enough for a message. */
function format(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value)
}

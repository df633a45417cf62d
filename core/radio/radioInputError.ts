/** An inclusive range of valid values with the unit they are given in ('' for a pure number). */
export interface ValidRange {
  minimum: number
  maximum: number
  unit: string
}

/**
 * Bad input to a radio model: names the argument and, for a value out of range, the valid range and
 * where it comes from, e.g. `utHeightM must be within 1.5…22.5 m for UMa (TR 38.901 Table 7.4.1-1), not 40`.
 * A process edge (CLI, API) turns it into a refusal, not a crash.
 */
export class RadioInputError extends Error {
  override readonly name = 'RadioInputError'

  constructor(
    /** The argument at fault, spelt as in the function's parameters (`distance2dM`, `fcGhz`). */
    readonly argument: string,
    message: string,
    /** The valid range, when the fault is a value outside it. */
    readonly validRange?: ValidRange,
  ) {
    super(message)
  }

  /** `argument` holds `value`, outside `range`; `context` says whose range it is (model and clause). */
  static outOfRange(argument: string, value: number, range: ValidRange, context: string): RadioInputError {
    const rangeText = `${formatNumber(range.minimum)}…${formatNumber(range.maximum)}${range.unit === '' ? '' : ` ${range.unit}`}`
    return new RadioInputError(argument, `${argument} must be within ${rangeText} for ${context}, not ${formatNumber(value)}`, range)
  }

  /** `argument` is NaN or infinite. */
  static notFinite(argument: string, value: number, context: string): RadioInputError {
    return new RadioInputError(argument, `${argument} must be a finite number for ${context}, not ${String(value)}`)
  }
}

/** Short, exact enough for a message: at most 6 significant digits, no trailing zeros. */
function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value)
}

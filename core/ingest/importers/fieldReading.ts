import { FieldError, isMissing, parseOptionalNumber } from '../parseValues.js'

/** A FieldError that knows which column it is about, so the importer can reject `line:field`. */
export class ColumnError extends FieldError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/** Runs `read` and re-throws a FieldError as a ColumnError naming `field` (the file's header text). */
export function inColumn<T>(field: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof FieldError && !(error instanceof ColumnError)) throw new ColumnError(field, error.message)
    throw error
  }
}

export interface NumberBounds {
  min: number
  max: number
  integer?: boolean
  /** Semicolon-separated exports write 30,5 for 30.5. */
  decimalComma?: boolean
}

/** A number within [min, max] (whole when `integer`); null when missing; FieldError otherwise. */
export function parseBoundedNumber(text: string | undefined, bounds: NumberBounds): number | null {
  const value = parseOptionalNumber(text, { decimalComma: bounds.decimalComma })
  if (value === null) return null
  if (bounds.integer && !Number.isInteger(value)) throw new FieldError(`${value} is not a whole number`)
  if (value < bounds.min || value > bounds.max) throw new FieldError(`${value} is outside ${bounds.min}…${bounds.max}`)
  return value
}

/** Trimmed text, or null when the field is missing (empty, `-`, `n/a`…). */
export function optionalText(text: string | undefined): string | null {
  return isMissing(text) ? null : (text as string).trim()
}

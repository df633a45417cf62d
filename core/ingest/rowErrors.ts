/** A rejected row: where it is and why, for `file:line:field: reason` reports. */
export interface RowError {
  line: number
  field: string
  message: string
}

/**
 * Collects row errors of one file: the first `cap` are kept in full, the rest only counted, so that a
 * file of ten million bad rows cannot exhaust memory while the user still sees what went wrong.
 */
export class RowErrorLog {
  readonly listed: RowError[] = []
  total = 0

  constructor(private readonly cap = 100) {}

  add(line: number, field: string, message: string): void {
    this.total++
    if (this.listed.length < this.cap) this.listed.push({ line, field, message })
  }

  /** Rejected rows known only by their number (a parsing worker lists the first ones in full). */
  countUnlisted(count: number): void {
    this.total += count
  }
}

/** `file:line:field: reason`, the form every importer's message takes. */
export function formatRowError(fileName: string, error: RowError): string {
  return `${fileName}:${error.line}:${error.field}: ${error.message}`
}

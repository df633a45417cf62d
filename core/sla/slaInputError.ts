/**
 * Bad input to the SLA engine: names the argument (a scenario term id, a scenario id or a radio-plan
 * field) and says what is valid, e.g. `video-bitrate must be a number within 0.01…1000 Mbit/s, not -5`.
 * A process edge (API, CLI) turns it into a refusal, not a crash.
 */
export class SlaInputError extends Error {
  override readonly name: string = 'SlaInputError'

  constructor(
    /** The term id, scenario id or option at fault. */
    readonly argument: string,
    message: string,
  ) {
    super(message)
  }
}

/** A scenario id that is neither in the catalogue nor saved in the project. */
export class UnknownScenarioError extends SlaInputError {
  override readonly name = 'UnknownScenarioError'
}

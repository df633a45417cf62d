/** How an export reports progress and learns of a cancel. */
export interface ExportServices {
  signal?: AbortSignal
  /** Features written so far, features in all, and the phase. */
  onProgress?: (done: number, total: number, phase: string) => void
}

const abortError = (): Error => Object.assign(new Error('the export was cancelled'), { name: 'AbortError' })

/** Counts written features; between pages it reports, yields to the event loop and stops on cancel. */
export class ExportProgress {
  private done = 0
  private lastYield = 0

  constructor(
    private readonly total: number,
    private readonly services: ExportServices,
  ) {}

  async advance(features: number, phase: string): Promise<void> {
    this.done += features
    if (this.services.signal?.aborted) throw abortError()
    // At most every 50 ms: often enough for a responsive cancel, rarely enough to cost nothing.
    if (Date.now() - this.lastYield < 50) return
    this.services.onProgress?.(Math.min(this.done, this.total), this.total, phase)
    await new Promise<void>((resolve) => setImmediate(resolve))
    this.lastYield = Date.now()
    if (this.services.signal?.aborted) throw abortError()
  }
}

/** What a frame showed of the overlays that come and go: a key per layer, or null when it was not drawn. */
export interface DrawnOverlays {
  /** The coverage layer: `run:altitude:metric:mode`. */
  coverage?: string | null
  /** The residual map: `calibration:before|after`. */
  residuals?: string | null
  /** An SLA feasibility check's verdict points: `scenario:altitude|all:points`. */
  feasibility?: string | null
}

/**
 * Marks on `<html>` what the map has drawn, for end-to-end tests and screenshots:
 * `data-map-rendered` counts deck.gl frames drawn with the samples loaded, `data-samples-drawn`
 * says how many samples those frames showed (0 while the samples layer is hidden), and
 * `data-coverage-drawn` / `data-residuals-drawn` / `data-feasibility-drawn` name the coverage layer and the residual map the last
 * frame showed (empty when none).
 */
export function createRenderMarker(root: HTMLElement = document.documentElement) {
  let frames = 0
  return {
    /** Call after a deck.gl frame; `samplesDrawn` is null while the samples are not loaded yet. */
    frameDrawn(samplesDrawn: number | null, overlays: DrawnOverlays = {}): void {
      if (samplesDrawn === null) return
      frames += 1
      root.dataset.mapRendered = String(frames)
      root.dataset.samplesDrawn = String(samplesDrawn)
      root.dataset.coverageDrawn = overlays.coverage ?? ''
      root.dataset.residualsDrawn = overlays.residuals ?? ''
      root.dataset.feasibilityDrawn = overlays.feasibility ?? ''
    },
  }
}

/**
 * Marks on `<html>` what the map has drawn, for end-to-end tests and screenshots:
 * `data-map-rendered` counts deck.gl frames drawn with the samples loaded, `data-samples-drawn`
 * says how many samples those frames showed (0 while the samples layer is hidden).
 */
export function createRenderMarker(root: HTMLElement = document.documentElement) {
  let frames = 0
  return {
    /** Call after a deck.gl frame; `samplesDrawn` is null while the samples are not loaded yet. */
    frameDrawn(samplesDrawn: number | null): void {
      if (samplesDrawn === null) return
      frames += 1
      root.dataset.mapRendered = String(frames)
      root.dataset.samplesDrawn = String(samplesDrawn)
    },
  }
}

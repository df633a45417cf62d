import { ScatterplotLayer } from '@deck.gl/layers'

/** Drive-test samples as column buffers: lon/lat pairs and an RGBA colour per sample. */
export interface SamplesLayerData {
  count: number
  /** lon, lat pairs, degrees. */
  positions: Float64Array
  /** RGBA per sample (see classifySamples). */
  colours: Uint8Array
}

export interface SamplesStyle {
  /** Dot radius, pixels. */
  radiusPx: number
}

export const defaultSamplesStyle: SamplesStyle = { radiusPx: 3 }

/**
 * Coloured points as deck.gl binary attributes: the buffers go to the GPU as they are (positions as
 * lon, lat pairs; colours as bytes 0–255 read as 0–1 in the shader).
 */
export function colouredPointAttributes(data: SamplesLayerData) {
  return {
    length: data.count,
    attributes: {
      getPosition: { value: data.positions, size: 2 },
      getFillColor: { value: data.colours, size: 4, normalized: true },
    },
  }
}

/**
 * Drive-test samples as a binary-attribute scatterplot (id `samples`): the buffers go to the GPU as
 * they are, with no per-point objects, so a million samples cost two typed arrays.
 */
export function samplesLayer(data: SamplesLayerData, style: SamplesStyle = defaultSamplesStyle, visible = true) {
  return new ScatterplotLayer({
    id: 'samples',
    visible,
    pickable: true,
    data: colouredPointAttributes(data),
    radiusUnits: 'pixels',
    getRadius: style.radiusPx,
    radiusMinPixels: 1,
  })
}

import { ScatterplotLayer } from '@deck.gl/layers'
import { colouredPointAttributes, type SamplesLayerData } from './samplesLayer.js'

/** Calibration residuals as column buffers: a position and an RGBA colour (the diverging residual classes, see residualScheme) per sample. */
export type ResidualsLayerData = SamplesLayerData

export interface ResidualsStyle {
  /** Dot radius, pixels: a little larger than a drive-test sample, which it is drawn over. */
  radiusPx: number
}

export const defaultResidualsStyle: ResidualsStyle = { radiusPx: 4 }

/**
 * The residual map of a calibration (pickable, id `residuals`): every sample used in the fit,
 * coloured by measured − predicted RSRP, outlined so pale "as predicted" dots read on the basemap.
 */
export function residualsLayer(data: ResidualsLayerData, style: ResidualsStyle = defaultResidualsStyle, visible = true) {
  return new ScatterplotLayer({
    id: 'residuals',
    visible,
    pickable: true,
    data: colouredPointAttributes(data),
    radiusUnits: 'pixels',
    getRadius: style.radiusPx,
    radiusMinPixels: 2,
    stroked: true,
    getLineColor: [60, 64, 72, 160],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.6,
  })
}

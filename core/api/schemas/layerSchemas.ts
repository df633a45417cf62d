import { z } from 'zod'
import { float32ArraySchema, float64ArraySchema } from './typedArrays.js'

/** Drive-test metrics a map layer can colour by; each name carries its unit. */
export const sampleMetrics = ['rsrpDbm', 'rsrqDb', 'sinrDb', 'cqi', 'dlMbps', 'ulMbps'] as const
export const sampleMetricSchema = z.enum(sampleMetrics)
export type SampleMetric = z.infer<typeof sampleMetricSchema>

/**
 * Drive-test samples as column buffers for deck.gl binary attributes:
 * `positions` holds lon, lat pairs (degrees), `values` the metric (NaN where not measured).
 */
export const samplesLayerSchema = z.object({
  metric: sampleMetricSchema,
  /** Points delivered. */
  count: z.number().int().nonnegative(),
  /** Samples that matched (in the box, if one was given) before thinning to `maxPoints`. */
  total: z.number().int().nonnegative(),
  /** Every `stride`-th sample was kept; 1 when none was dropped. */
  stride: z.number().int().positive(),
  positions: float64ArraySchema,
  altitudesM: float32ArraySchema,
  values: float32ArraySchema,
})
export type SamplesLayer = z.infer<typeof samplesLayerSchema>

export const altitudeReferences = ['AGL', 'AMSL'] as const
export const altitudeReferenceSchema = z.enum(altitudeReferences)

/** A planned 3D route: [lon, lat, altitudeM] vertices; the altitude reference says AGL or AMSL. */
export const routeSchema = z.object({
  name: z.string(),
  altitudeRef: altitudeReferenceSchema,
  points: z.array(z.tuple([z.number(), z.number(), z.number()])),
  lengthM: z.number().nonnegative(),
})
export type Route = z.infer<typeof routeSchema>

/** A task area: one outer ring of [lon, lat] and the altitude band flown inside it. */
export const areaSchema = z.object({
  name: z.string(),
  altitudeRef: altitudeReferenceSchema,
  minAltitudeM: z.number(),
  maxAltitudeM: z.number(),
  ring: z.array(z.tuple([z.number(), z.number()])),
})
export type Area = z.infer<typeof areaSchema>

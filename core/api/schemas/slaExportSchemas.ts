import { z } from 'zod'
import { coverageTargetSchema } from './coverageSchemas.js'
import { feasibilityRequestSchema, scenarioOverridesSchema } from './feasibilitySchemas.js'

/**
 * What a slice export needs besides the targets (core/sla/exports/sliceExportInputs.ts resolves the
 * defaults, most from the scenario's terms).
 */
export const sliceExportOptionsSchema = z
  .object({
    /** UEs (drones) of the fleet: maxNumberofUEs, and slice quotas = fleet × per-UE rate. Default: a scenario term with "fleet" in its id, else 1. */
    fleetSize: z.number().int().min(1).max(10_000_000),
    /** Highest UE speed, km/h (uESpeed, GST Supported device velocity). Default: the scenario's km/h (or m/s) term, else 60. */
    maxSpeedKmh: z.number().min(0).max(1000),
    /** Lowest altitude the service must reach, m above ground (GST v10). Default: the scenario's "altitude" term in m, else none. */
    minimumAltitudeM: z.number().min(0).max(10_000),
    /** ISO 3166-1 alpha-2 countries of the area of service. Default ['CN']. */
    countryCodes: z.array(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as CN')).min(1),
    /** TS 28.541 coverageArea text (e.g. the route's cells). */
    coverageArea: z.string().min(1),
    /** Per-UE maximum rates (MFBR), Mbit/s, when the targets carry none. */
    ulMaxMbps: z.number().positive(),
    dlMaxMbps: z.number().positive(),
    /** Slice/service type, TS 23.501 §5.15.2.2 (1 eMBB, 2 URLLC, 3 MIoT, 4 V2X). Default 1. */
    sst: z.number().int().min(0).max(255),
    plmn: z.object({ mcc: z.string().regex(/^\d{3}$/), mnc: z.string().regex(/^\d{2,3}$/) }).strict(),
  })
  .partial()
  .strict()
export type SliceExportOptionsInput = z.infer<typeof sliceExportOptionsSchema>

export const slaExportFormats = ['gst', 'service-profile', 'camara'] as const
export const slaExportFormatSchema = z.enum(slaExportFormats)
export type SlaExportFormat = z.infer<typeof slaExportFormatSchema>

/**
 * sla.export: a scenario (with overrides) as a GSMA NG.116 GST, a TS 28.541 ServiceProfile, or a
 * CAMARA-style coverage grid. The grid needs where to check (`camara`: a route or area, altitudes,
 * spacing, geohash precision) and runs a feasibility check inside the call.
 */
export const slaExportParamsSchema = z
  .object({
    scenario: z.string().min(1, 'name a scenario id'),
    overrides: scenarioOverridesSchema.optional(),
    format: slaExportFormatSchema,
    options: sliceExportOptionsSchema.optional(),
    camara: feasibilityRequestSchema
      .pick({ altitudesM: true, spacingM: true, tolerances: true, parameters: true, applyCalibration: true })
      .extend({
        target: coverageTargetSchema,
        /** Geohash length of the grid cells, 1…12 (default 7, about 153 m). */
        precision: z.number().int().min(1).max(12).optional(),
        /** Return the cells as a GeoJSON FeatureCollection instead of the grid document. */
        geoJson: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((p) => p.format !== 'camara' || p.camara !== undefined, { message: 'format camara needs camara: { target, altitudesM } (where to check)', path: ['camara'] })
export type SlaExportParams = z.infer<typeof slaExportParamsSchema>

/** The exported document, validated against its format's schema; the caller writes it where it wants. */
export const slaExportResultSchema = z.object({
  format: slaExportFormatSchema,
  scenario: z.string(),
  version: z.number().int(),
  json: z.unknown(),
})
export type SlaExportResult = z.infer<typeof slaExportResultSchema>

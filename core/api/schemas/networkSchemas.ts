import { z } from 'zod'

/** One SSB beam of a cell: its pointing relative to the cell's boresight (TS 38.213 §4.1 beam sweep). */
export const ssbBeamSchema = z.object({
  index: z.number().int().nonnegative(),
  azimuthOffsetDeg: z.number(),
  elevationDeg: z.number(),
  hBeamwidthDeg: z.number().positive(),
  vBeamwidthDeg: z.number().positive(),
  gainDbi: z.number(),
})

export const cellSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  site: z.string(),
  lon: z.number(),
  lat: z.number(),
  heightM: z.number(),
  azimuthDeg: z.number(),
  mechanicalTiltDeg: z.number(),
  electricalTiltDeg: z.number(),
  pci: z.number().int().nullable(),
  arfcn: z.number().int().nullable(),
  band: z.string().nullable(),
  fcMhz: z.number().nullable(),
  bandwidthMhz: z.number().nullable(),
  scsKhz: z.number().nullable(),
  txPowerDbm: z.number().nullable(),
  hBeamwidthDeg: z.number().positive(),
  tddPattern: z.string().nullable(),
  /** The source's free-text name (`name` is the project's unique key). */
  label: z.string().nullable(),
  /** ECI/NCI as published (text: hex ids and leading zeros survive). */
  cellIdentity: z.string().nullable(),
  technology: z.string().nullable(),
  /** Engineering fields the source did not give, which took a documented default on import. */
  defaulted: z.array(z.string()),
  beams: z.array(ssbBeamSchema),
})

export type SsbBeam = z.infer<typeof ssbBeamSchema>
export type Cell = z.infer<typeof cellSchema>

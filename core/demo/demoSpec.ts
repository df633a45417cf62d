import { z } from 'zod'
import specJson from '../../data/demo/shenzhen-futian.json' with { type: 'json' }

const lonLatSchema = z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) })

/** The demo project's source (data/demo/shenzhen-futian.json): where it lies, its carrier, its seed. */
export const demoSpecSchema = z.object({
  name: z.string().min(1),
  seed: z.number().int(),
  city: z.string(),
  origin: lonLatSchema,
  /** Every generated position stays inside this box, which keeps clear of water. */
  landBounds: z.object({ minLon: z.number(), maxLon: z.number(), minLat: z.number(), maxLat: z.number() }),
  carrier: z.object({
    band: z.string(),
    arfcn: z.number().int().min(600_000).max(2_016_666),
    bandwidthMhz: z.number().positive(),
    scsKhz: z.union([z.literal(15), z.literal(30), z.literal(60)]),
    txPowerDbm: z.number(),
    tddPattern: z.string().regex(/^[DSU]+$/),
    hBeamwidthDeg: z.number().positive(),
    vBeamwidthDeg: z.number().positive(),
  }),
  driveTest: z.object({ startUtc: z.iso.datetime(), ueHeightM: z.number().positive() }),
})

export type DemoSpec = z.infer<typeof demoSpecSchema>

/** The bundled demo's spec, checked once when the generator loads. */
export const demoSpec: DemoSpec = demoSpecSchema.parse(specJson)

import { z } from 'zod'
import specJson from '../../data/demo/shenzhen-futian.json' with { type: 'json' }

const lonLatSchema = z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) })

/** A [low, high] range a value is drawn from, uniformly. */
const rangeSchema = z.tuple([z.number(), z.number()]).refine(([low, high]) => low <= high, 'a range is [low, high] with low ≤ high')
const windowSchema = { fromUtc: z.iso.datetime(), toUtc: z.iso.datetime() }

/** The app tests run beside the drive test (core/demo/demoAppKqis.ts). */
const appTestsSchema = z.object({
  /** Phone models in the car; each runs the same script. */
  devices: z.array(z.string().min(1)).min(2),
  pingIntervalS: rangeSchema,
  pageIntervalS: rangeSchema,
  videoChunkS: z.number().int().positive(),
  pingServer: z.string().min(1),
  contentServer: z.string().min(1),
  /** Most a video chunk or page download gets from the content server, Mbit/s. */
  contentServerCapMbps: z.number().positive(),
  pages: z.array(z.object({ page: z.string().min(1), sizeBytes: z.number().int().positive(), assetCount: z.number().int().positive() })).min(1),
})

/** What went wrong on the drive day (data/demo/README.md, "The experience story"). */
const storiesSchema = z.object({
  backhaulCongestion: z.object({ site: z.string(), ...windowSchema, queueingMedianMs: z.number().positive() }),
  slowServer: z.object({ ...windowSchema, serverTimeS: rangeSchema, throughputMbps: rangeSchema }),
  deviceBug: z.object({ device: z.string(), sites: z.array(z.string()), rateFactor: rangeSchema }),
  overloadedCells: z.object({ cells: z.array(z.string()), ...windowSchema, dlPrbUtilPct: rangeSchema, rrcSetupFailPct: rangeSchema }),
})

/** The hourly KPI counters of every cell (core/demo/demoKpiSeries.ts). */
const kpiSchema = z.object({
  fromUtc: z.iso.datetime(),
  hours: z.number().int().positive(),
  busyHourPrbUtilPct: rangeSchema,
  rrcSetupFailPct: rangeSchema,
})

/** The demo project's source (data/demo/shenzhen-futian.json): where it lies, its carrier, its seed, its app tests, KPIs and experience story. */
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
  appTests: appTestsSchema,
  stories: storiesSchema,
  kpi: kpiSchema,
})

export type DemoSpec = z.infer<typeof demoSpecSchema>

/** The bundled demo's spec, checked once when the generator loads. */
export const demoSpec: DemoSpec = demoSpecSchema.parse(specJson)

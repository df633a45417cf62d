import type { Area } from '../api/schemas/layerSchemas.js'
import type { NewCell, NewSite } from '../db/cellsTable.js'
import type { KpiValueRecord, KqiRecord } from '../db/kpiKqiTables.js'
import type { SampleRecord } from '../db/samplesTable.js'
import type { DemoRoute } from './demoFlightPlans.js'

/** A drive-test sample before it is stored: the serving cell by name, resolved to its id on write. */
export type DemoSample = Omit<SampleRecord, 'cellId'> & { cellName: string | null }

/** Everything the demo project holds, generated from one seed. */
export interface DemoNetwork {
  name: string
  seed: number
  sites: NewSite[]
  cells: NewCell[]
  samples: DemoSample[]
  routes: DemoRoute[]
  areas: Area[]
  /** App KQIs of the phones driven with the drive test (demoAppKqis), each naming its serving cell and time. */
  kqis: KqiRecord[]
  /** Hourly KPI counters of every cell (demoKpiSeries). */
  kpis: KpiValueRecord[]
}

/** The radio part of the demo (what its 'demo' provenance row's SHA-256 covers): everything but the app KQIs and the KPIs. */
export function radioPartOf(network: DemoNetwork): Omit<DemoNetwork, 'kqis' | 'kpis'> {
  const { kqis: _kqis, kpis: _kpis, ...radio } = network
  return radio
}

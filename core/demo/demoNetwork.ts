import type { Area } from '../api/schemas/layerSchemas.js'
import type { NewCell, NewSite } from '../db/cellsTable.js'
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
}

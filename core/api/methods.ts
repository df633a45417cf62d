import './zodConfig.js'
import { z } from 'zod'
import { appInfoSchema, bboxSchema, projectSummarySchema } from './schemas/projectSchemas.js'
import { cellSchema } from './schemas/networkSchemas.js'
import { areaSchema, routeSchema, sampleMetricSchema, samplesLayerSchema } from './schemas/layerSchemas.js'
import { jobIdSchema, jobResultSchema } from './schemas/jobSchemas.js'
import { columnMappingSchema, importOptionsSchema, importResultSchema, savedMappingSchema } from './schemas/importSchemas.js'
import { exportParamsSchema, exportResultSchema } from './schemas/exportSchemas.js'
import { uint8ArraySchema } from './schemas/typedArrays.js'
import { localisedTextSchema, scenarioSchema, slaTargetsSchema } from './schemas/slaSchemas.js'
import { slaCheckParamsSchema, slaCheckResultSchema } from './schemas/feasibilitySchemas.js'
import { slaExportParamsSchema, slaExportResultSchema } from './schemas/slaExportSchemas.js'
import { reportWriteParamsSchema, reportWriteResultSchema } from './schemas/reportSchemas.js'
import { experienceTopParamsSchema, experienceTopResultSchema } from './schemas/experienceSchemas.js'
import {
  experienceDashboardParamsSchema,
  experienceDashboardResultSchema,
  experienceModelParamsSchema,
  experienceModelResultSchema,
  experienceTrainParamsSchema,
  kqiInfoSchema,
  kqiModelSummarySchema,
} from './schemas/experienceModelSchemas.js'
import {
  calibrationResultSchema,
  calibrationRunParamsSchema,
  coverageLayerParamsSchema,
  coverageLayerSchema,
  coveragePredictParamsSchema,
  coverageRunSchema,
} from './schemas/coverageSchemas.js'

/** A method answered at once. */
interface CallSpec<P extends z.ZodType, R extends z.ZodType> {
  readonly kind: 'call'
  readonly params: P
  readonly result: R
  readonly summary: string
}

/** A method that starts a job: the call returns `{ jobId }`; progress is pushed; the result is fetched with `jobs.result`. */
interface JobSpec<P extends z.ZodType, R extends z.ZodType> {
  readonly kind: 'job'
  readonly params: P
  readonly result: R
  readonly summary: string
}

const call = <P extends z.ZodType, R extends z.ZodType>(summary: string, params: P, result: R): CallSpec<P, R> => ({
  kind: 'call',
  summary,
  params,
  result,
})

const job = <P extends z.ZodType, R extends z.ZodType>(summary: string, params: P, result: R): JobSpec<P, R> => ({
  kind: 'job',
  summary,
  params,
  result,
})

const noParams = z.object({}).strict()
const projectPathSchema = z.string().min(1, 'path must name a project file')

/**
 * The one API of Certus. Every transport (in-process, HTTP, Electron IPC) serves exactly this table;
 * the types of params and results are inferred from these schemas and nowhere written twice.
 */
export const methods = {
  'app.info': call('Application name, version, mode and the open project', noParams, appInfoSchema),

  'project.open': call(
    'Opens a project file (creating it when missing, unless create is false) and makes it the current project',
    z.object({ path: projectPathSchema, create: z.boolean().default(true) }).strict(),
    projectSummarySchema,
  ),
  'project.summary': call('Counts and imports of the current project', noParams, projectSummarySchema),
  'project.createDemo': job(
    'Writes the bundled demo project to a path and opens it',
    z.object({ path: projectPathSchema, seed: z.number().int().optional() }).strict(),
    projectSummarySchema,
  ),

  'import.run': job(
    'Imports files into the current project, one transaction each; refused files store nothing',
    importOptionsSchema.extend({ paths: z.array(z.string().min(1)).min(1, 'name at least one file') }).strict(),
    importResultSchema,
  ),
  'import.upload': job(
    'Imports files sent as bytes (web mode has no file paths); each is written to a private temporary folder under its own name first',
    importOptionsSchema
      .extend({
        files: z
          .array(z.object({ name: z.string().min(1).max(255).regex(/^[^/\\]+$/, 'a file name, not a path'), bytes: uint8ArraySchema }).strict())
          .min(1, 'send at least one file'),
      })
      .strict(),
    importResultSchema,
  ),

  'export.run': job(
    'Exports a layer (samples, cells, routes with areas) to CSV, GeoJSON, KML, KMZ or GeoPackage; the file appears atomically',
    exportParamsSchema,
    exportResultSchema,
  ),
  'mappings.list': call('Column mappings saved in the project', noParams, z.object({ mappings: z.array(savedMappingSchema) })),
  'mappings.save': call(
    'Saves a column mapping in the project under a name (replacing one of that name)',
    z.object({ name: z.string().min(1).max(100), mapping: columnMappingSchema }).strict(),
    z.object({ saved: z.literal(true) }),
  ),

  'cells.list': call('Cells of the current project with their SSB beams', noParams, z.object({ cells: z.array(cellSchema) })),
  'samples.layer': call(
    'Drive-test samples as column buffers, coloured by one metric; optionally only those in a box, thinned to at most maxPoints',
    z.object({ metric: sampleMetricSchema, bbox: bboxSchema.optional(), maxPoints: z.number().int().positive().optional() }).strict(),
    samplesLayerSchema,
  ),
  'routes.list': call('Planned 3D routes', noParams, z.object({ routes: z.array(routeSchema) })),
  'areas.list': call('Task areas', noParams, z.object({ areas: z.array(areaSchema) })),

  'coverage.predict': job(
    'Predicts coverage over an area grid or along a route at each altitude, on the worker pool; stores the run',
    coveragePredictParamsSchema,
    coverageRunSchema,
  ),
  'coverage.runs': call('Stored coverage predictions, newest first, with their layer summaries', noParams, z.object({ runs: z.array(coverageRunSchema) })),
  'coverage.layer': call('One altitude layer of a stored prediction as column buffers', coverageLayerParamsSchema, coverageLayerSchema),
  'calibration.run': job(
    'Fits the path-loss model to the measured RSRP of the project (per altitude layer when asked); stores the fit, which later predictions apply',
    calibrationRunParamsSchema,
    calibrationResultSchema,
  ),
  'calibration.latest': call('The newest calibration with its residual map, or null', noParams, z.object({ calibration: calibrationResultSchema.nullable() })),

  'sla.check': job(
    'Checks a scenario’s network targets along a route or over an area at each altitude: measured samples where they lie within tolerance, predictions elsewhere; verdicts per point and segment and the summary',
    slaCheckParamsSchema,
    slaCheckResultSchema,
  ),
  'sla.export': call(
    'A scenario’s targets as a GSMA NG.116 GST, a TS 28.541 ServiceProfile or a CAMARA-style coverage grid (which runs a feasibility check); returns the JSON for the caller to write',
    slaExportParamsSchema,
    slaExportResultSchema,
  ),

  'sla.scenarios': call(
    'Scenarios of the bundled catalogue and, when a project is open, those saved in it (a saved one replaces the catalogue one of its id)',
    noParams,
    z.object({
      scenarios: z.array(z.object({ id: z.string(), name: localisedTextSchema, version: z.number().int(), saved: z.boolean() }).strict()),
    }),
  ),
  'sla.scenario': call('One scenario with its terms (the open project’s saved version first)', z.object({ id: z.string().min(1) }).strict(), scenarioSchema),
  'sla.saveScenario': call('Saves an edited or cloned scenario in the open project (replacing one of its id)', z.object({ scenario: scenarioSchema }).strict(), z.object({ saved: z.literal(true) })),
  'sla.targets': call(
    'Network targets of a scenario, each with its basis, and the consistency warnings; overrides replace term values (typed as the terms)',
    z
      .object({
        scenario: z.string().min(1),
        overrides: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
      })
      .strict(),
    slaTargetsSchema,
  ),

  'report.write': job(
    'Checks a scenario along a route or over an area and writes the SLA feasibility report (PDF or self-contained HTML, zh-CN or en); the file appears atomically',
    reportWriteParamsSchema,
    reportWriteResultSchema,
  ),

  'experience.top': call(
    'The worst cells and areas (task areas, else a geohash grid) of the project by experience impact under a priority (rate, stall or latency first), each placed on the map and demarcated with its evidence, and the three rankings side by side',
    experienceTopParamsSchema,
    experienceTopResultSchema,
  ),
  'experience.kqis': call(
    'The KQIs of the project (drive-test rates and app KQIs) with unit, row count, bad-experience threshold and whether a model can be trained on each',
    noParams,
    z.object({ kqis: z.array(kqiInfoSchema) }),
  ),
  'experience.dashboard': call(
    'KQI dashboards: statistics, histogram, downsampled series, bad share and the median per level of the most telling grouping, of one KQI or all',
    experienceDashboardParamsSchema,
    experienceDashboardResultSchema,
  ),
  'experience.train': job(
    'Trains a KPI→KQI model (TensorFlow.js MLP) on the project\'s rows of a KQI, evaluates it on held-out groups against trivial baselines (R², MAE, AUC of bad experience), explains hold-out predictions, and stores it',
    experienceTrainParamsSchema,
    kqiModelSummarySchema,
  ),
  'experience.models': call('The learned KPI→KQI models stored in the project, newest first', noParams, z.object({ models: z.array(kqiModelSummarySchema) })),
  'experience.model': call(
    'One stored KPI→KQI model: its summary, hold-out actual vs predicted (≤ 2000 points) and explained predictions',
    experienceModelParamsSchema,
    experienceModelResultSchema,
  ),

  'jobs.cancel': call(
    'Cancels a running job; a job that has already ended is left as it is',
    z.object({ jobId: jobIdSchema }).strict(),
    z.object({ cancelled: z.boolean() }),
  ),
  'jobs.result': call('Status and result of a job', z.object({ jobId: jobIdSchema }).strict(), jobResultSchema),
} as const

export type Methods = typeof methods
export type MethodName = keyof Methods
export type CallMethodName = { [M in MethodName]: Methods[M]['kind'] extends 'call' ? M : never }[MethodName]
export type JobMethodName = { [M in MethodName]: Methods[M]['kind'] extends 'job' ? M : never }[MethodName]
/** What a caller passes (before defaults are applied). */
export type Params<M extends MethodName> = z.input<Methods[M]['params']>
/** What a handler receives (after parsing). */
export type ParsedParams<M extends MethodName> = z.output<Methods[M]['params']>
export type Result<M extends MethodName> = z.output<Methods[M]['result']>

export const methodNames = Object.keys(methods) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name)
}

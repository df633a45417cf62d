import { dataKindSchema } from '../../../core/api/schemas/importSchemas.js'
import type { Params } from '../../../core/api/methods.js'

/** What a file holds, as the import's kind option names it. */
export type DataKind = (typeof dataKindSchema.options)[number]

/** The kind choices of the import form: detect from the file (default), or force one kind. */
export const kindChoices = ['auto', ...dataKindSchema.options] as const
export type KindChoice = (typeof kindChoices)[number]

/** The import options shared by `import.run` and `import.upload` (everything but the files). */
export type ImportOptionsParams = Omit<Params<'import.run'>, 'paths'>

/**
 * The import form as its inputs hold it. Number inputs bound with `v-model.number` give a number, or
 * the raw text ('' when empty) when the text is not a number.
 */
export interface ImportForm {
  kind: KindChoice
  /** Altitude of every sample, metres AGL; empty for none. */
  altitudeM: number | string
  /** Import again files already imported (same SHA-256), replacing the earlier import. */
  force: boolean
  /** Refuse a file when more than this share of its rows is rejected, percent; empty for the core's default (5 %). */
  rejectThresholdPct: number | string
}

export const defaultImportForm: ImportForm = { kind: 'auto', altitudeM: '', force: false, rejectThresholdPct: 5 }

/** The API's limits for the altitude option (core/api/schemas/importSchemas.ts), metres. */
export const altitudeRangeM = { min: -500, max: 20_000 } as const

export type ImportFormProblem = 'altitude' | 'threshold'

const isEmpty = (value: number | string): boolean => typeof value === 'string' && value.trim() === ''
const asNumber = (value: number | string): number => (typeof value === 'number' ? value : Number(value.trim()))

/**
 * The API options of a filled-in form, or the field that is out of range. An empty altitude or
 * threshold is left out, so the core applies its own default.
 */
export function importOptionsFrom(form: ImportForm): { options: ImportOptionsParams } | { problem: ImportFormProblem } {
  const options: ImportOptionsParams = {}
  if (form.kind !== 'auto') options.kind = form.kind
  if (!isEmpty(form.altitudeM)) {
    const altitudeM = asNumber(form.altitudeM)
    if (!Number.isFinite(altitudeM) || altitudeM < altitudeRangeM.min || altitudeM > altitudeRangeM.max) return { problem: 'altitude' }
    options.altitudeM = altitudeM
  }
  if (form.force) options.force = true
  if (!isEmpty(form.rejectThresholdPct)) {
    const pct = asNumber(form.rejectThresholdPct)
    if (!Number.isFinite(pct) || pct < 0 || pct > 100) return { problem: 'threshold' }
    options.rejectThreshold = pct / 100
  }
  return { options }
}

/**
 * Largest file web mode sends: the server reads request bodies up to 256 MiB
 * (core/server/httpServer.ts `maxBodyBytes`), and the frame around the bytes needs a little room.
 */
export const maxUploadBytes = 255 * 1024 * 1024

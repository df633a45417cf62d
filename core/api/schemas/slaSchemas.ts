import { z } from 'zod'

/**
 * How sure a number is (../shared/docs/sla-and-qoe-models.md): V confirmed from a primary text or the
 * reference implementation; S from a secondary source only; U unverified (recalled).
 */
export const evidenceTagSchema = z.enum(['V', 'S', 'U'])
export type EvidenceTag = z.infer<typeof evidenceTagSchema>

/** A text in both UI languages. */
export const localisedTextSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict()
export type LocalisedText = z.infer<typeof localisedTextSchema>

/**
 * One term of a scenario: an SLA promise (`kind: 'sla'`, e.g. interruption < 0.1 %) or an engineering
 * assumption the translation rests on (`kind: 'assumption'`, e.g. 20 Mbit/s HEVC at 2160p30). Numeric
 * terms carry a unit; every term names its source and evidence tag. `--set id=value` edits `value`.
 */
export const scenarioTermSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'term ids are lower-case words joined by hyphens'),
    kind: z.enum(['sla', 'assumption']),
    label: localisedTextSchema,
    value: z.union([z.number(), z.string(), z.boolean()]),
    unit: z.string(),
    source: z.string().min(1),
    tag: evidenceTagSchema,
    note: z.string().optional(),
  })
  .strict()
export type ScenarioTerm = z.infer<typeof scenarioTermSchema>

/** A scenario of the catalogue (data/scenarios/<id>.json) or one edited and saved in a project. */
export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'scenario ids are lower-case words joined by hyphens'),
    /** Version of this scenario's content (bumped when a term changes). */
    version: z.number().int().positive(),
    name: localisedTextSchema,
    description: localisedTextSchema,
    /** The mechanism chain that turns it into targets (core/sla/translators). */
    translator: z.enum(['video-uplink', 'video-downlink', 'command-control', 'interactive', 'fixed-wireless', 'telemetry']),
    direction: z.enum(['ul', 'dl', 'both']),
    terms: z.array(scenarioTermSchema).min(1),
    /** Where a saved scenario came from: the catalogue id it was cloned from. */
    clonedFrom: z.string().optional(),
  })
  .strict()
export type Scenario = z.infer<typeof scenarioSchema>

/** One network target derived from the SLA, with the chain of reasoning that produced it. */
export const networkTargetSchema = z
  .object({
    id: z.string(),
    label: localisedTextSchema,
    value: z.number(),
    unit: z.string(),
    /** The share of time/points/packets the value must hold for (e.g. 99.9), or null when it is a plain bound. */
    percentile: z.number().nullable(),
    /** Averaging window in seconds, or null. */
    windowS: z.number().nullable(),
    /** `min`: at least value; `max`: at most value. */
    bound: z.enum(['min', 'max']),
    /** Assumptions, formulas and clauses, in order, each a short sentence with its numbers. */
    basis: z.array(z.string()).min(1),
    /** The same chain in Chinese: one line per `basis` line, with the same numbers and clause ids. */
    basisZh: z.array(z.string()).min(1),
    /** The weakest evidence tag among the inputs. */
    tag: evidenceTagSchema,
  })
  .strict()
export type NetworkTarget = z.infer<typeof networkTargetSchema>

export const slaTargetsSchema = z.object({
  scenario: z.string(),
  version: z.number().int(),
  targets: z.array(networkTargetSchema),
  /** Consistency findings: terms that conflict or targets that cannot all hold. */
  warnings: z.array(z.string()),
  /** The same findings in Chinese, one per `warnings` entry. */
  warningsZh: z.array(z.string()),
})
export type SlaTargets = z.infer<typeof slaTargetsSchema>

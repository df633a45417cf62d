import type { ProblemCause } from './causeDomains.js'

/**
 * The evidence lines of a cause in the UI's language: the core writes each line in English
 * (`evidence`) and in Chinese (`evidenceZh`, same order and numbers); a `zh…` locale reads the Chinese.
 */
export const causeEvidence = (cause: ProblemCause, locale: string): readonly string[] => (locale.startsWith('zh') ? cause.evidenceZh : cause.evidence)

import { parseStoredBreaksOf, type CustomBreaksOf } from './classBreaks.js'
import type { MetricScheme } from './metricClasses.js'

/**
 * The class limits the user set for a layer's metrics, kept in localStorage under `key`; anything
 * unreadable falls back to the defaults (see parseStoredBreaksOf), and so does storage being unavailable
 * (private mode).
 */
export function loadStoredBreaks<M extends string>(key: string, schemes: Record<M, MetricScheme<M>>): CustomBreaksOf<M> {
  try {
    return parseStoredBreaksOf(localStorage.getItem(key), schemes)
  } catch {
    return {}
  }
}

/** Remembers the user's limits under `key`; storage can be unavailable or full, and the limits then last this session. */
export function saveStoredBreaks(key: string, custom: object): void {
  try {
    localStorage.setItem(key, JSON.stringify(custom))
  } catch {
    // Nothing to do: the limits still apply until the app closes.
  }
}

import type { ProjectDb } from './openProjectDb.js'

/** One KPI sample: a counter's value for a cell at a time; `value` null where the OSS reported none. */
export interface KpiValueRecord {
  cell: string
  timeMs: number
  counter: string
  /** Unit as the source gives it (`%`, `ms`, `Mbit/s`…), null when it gives none. */
  unit: string | null
  value: number | null
}

/** A KPI counter as stored: its name is unique in the project, its unit the first one a source gave. */
export interface KpiCounter {
  id: number
  name: string
  unit: string | null
}

/** Writes KPI values of one import; counters are created on first use and cached. */
export interface KpiWriter {
  /** The counter's stored unit: undefined when the project has no such counter yet, null when it has no unit. */
  unitOf(counter: string): string | null | undefined
  write(record: KpiValueRecord): void
}

/**
 * Prepared writer for kpi_counters/kpi_values; call inside the caller's transaction. A counter seen
 * first without a unit takes the unit of the first later record that has one; checking that units
 * agree is the importer's job (`unitOf`), so that a conflict becomes a row error, not a crash.
 */
export function createKpiWriter(db: ProjectDb, importId: number): KpiWriter {
  const select = db.prepare('SELECT id, name, unit FROM kpi_counters WHERE name = ?')
  const insertCounter = db.prepare('INSERT INTO kpi_counters (name, unit) VALUES (?, ?)')
  const setUnit = db.prepare('UPDATE kpi_counters SET unit = ? WHERE id = ?')
  const insertValue = db.prepare('INSERT INTO kpi_values (import_id, cell, time_ms, counter_id, value) VALUES (?, ?, ?, ?, ?)')
  const counters = new Map<string, KpiCounter>()
  const lookup = (name: string): KpiCounter | undefined => {
    let counter = counters.get(name)
    if (counter === undefined) {
      counter = select.get(name) as KpiCounter | undefined
      if (counter !== undefined) counters.set(name, counter)
    }
    return counter
  }
  return {
    unitOf: (name) => lookup(name)?.unit,
    write(record) {
      let counter = lookup(record.counter)
      if (counter === undefined) {
        counter = { id: Number(insertCounter.run(record.counter, record.unit).lastInsertRowid), name: record.counter, unit: record.unit }
        counters.set(record.counter, counter)
      } else if (counter.unit === null && record.unit !== null) {
        setUnit.run(record.unit, counter.id)
        counter.unit = record.unit
      }
      insertValue.run(importId, record.cell, record.timeMs, counter.id, record.value)
    },
  }
}

/** Every KPI counter of the project, by name. */
export function listKpiCounters(db: ProjectDb): KpiCounter[] {
  return db.prepare('SELECT id, name, unit FROM kpi_counters ORDER BY name').all() as KpiCounter[]
}

/** One KQI value (page load time, download time, throughput, RTT…) with what it was measured under. */
export interface KqiRecord {
  /** Absolute time in ms since the epoch (UTC), null when the source has only a sequence number. */
  timeMs: number | null
  seq: number | null
  /** The application or test tool: `iperf`, `ping`, `web`, `download`… */
  app: string | null
  /** Name with its unit as suffix: `throughputMbps`, `rttMs`, `pageLoadTimeS`… */
  kqi: string
  value: number
  unit: string
  cell: string | null
  /** Test conditions (carrier, protocol, server, radio type…), stored as JSON. */
  context: Readonly<Record<string, string | number | boolean>>
}

/** Prepared writer for kqi_values; call inside the caller's transaction. */
export function createKqiWriter(db: ProjectDb, importId: number): (record: KqiRecord) => void {
  const insert = db.prepare(
    'INSERT INTO kqi_values (import_id, time_ms, seq, app, kqi, value, unit, cell, context_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  return (r) => {
    insert.run(importId, r.timeMs, r.seq, r.app, r.kqi, r.value, r.unit, r.cell, JSON.stringify(r.context))
  }
}

/** Count and value range of one KQI (per app and unit). */
export interface KqiSummary {
  kqi: string
  app: string | null
  unit: string
  count: number
  minValue: number
  maxValue: number
}

/** Count and range of every KQI, optionally of one import only; ordered by KQI then app. */
export function summariseKqi(db: ProjectDb, importId?: number): KqiSummary[] {
  const where = importId === undefined ? '' : 'WHERE import_id = ?'
  const statement = db.prepare(
    `SELECT kqi, app, unit, count(*) AS count, min(value) AS minValue, max(value) AS maxValue
     FROM kqi_values ${where} GROUP BY kqi, app, unit ORDER BY kqi, app`,
  )
  return (importId === undefined ? statement.all() : statement.all(importId)) as KqiSummary[]
}

/** Default maximum of rows of a KQI dataset: keeps training on the CPU/wasm backends to minutes. */
export const defaultMaxKqiRows = 200_000

/**
 * Wraps a row query so that at most `maxCount` of its `count` rows come back, spread evenly over its
 * order (row r, 0-based, is kept when r·kept mod count < kept: exactly `kept` rows, one per step of
 * count / kept). Keeps every part of a long drive represented where a LIMIT would keep only its
 * start, and does it in SQLite so that tens of millions of rows are not read into JavaScript first.
 * `orderBy` must be a column list of `query`'s result; the result gains a trailing column `rn`.
 */
export function thinEvenlySql(query: string, orderBy: string, count: number, maxCount: number): string {
  if (!Number.isInteger(maxCount) || maxCount < 1) throw new RangeError(`maxRows must be a positive integer, not ${maxCount}`)
  if (count <= maxCount) return `SELECT *, 0 AS rn FROM (${query}) ORDER BY ${orderBy}`
  return `SELECT * FROM (SELECT *, row_number() OVER (ORDER BY ${orderBy}) - 1 AS rn FROM (${query}))
          WHERE (rn * ${maxCount}) % ${count} < ${maxCount} ORDER BY ${orderBy}`
}

/**
 * P.1203 internal quality scale: Q on 0…100 ("R-like") maps to MOS by
 * MOS = 1.05 + 3.85·Q/100 + Q(Q − 60)(100 − Q)·7·10⁻⁶, limited to 1.05…4.9
 * (ITU-T P.1203.1 Annex / P.1203 common MOS-from-R mapping; ../shared/docs/sla-and-qoe-models.md §4.3 [V]).
 */
export const p1203MosMinimum = 1.05
export const p1203MosMaximum = 4.9

/** MOS from the 0…100 quality Q (Q is clipped to 0…100 first). */
export function mosFromQuality(quality: number): number {
  const q = Math.min(100, Math.max(0, quality))
  const mos = p1203MosMinimum + (3.85 * q) / 100 + q * (q - 60) * (100 - q) * 7e-6
  return Math.min(p1203MosMaximum, Math.max(p1203MosMinimum, mos))
}

/**
 * The 0…100 quality Q whose MOS is `mos` (the inverse of mosFromQuality), by bisection: the cubic is
 * increasing over the range except a dip of < 0.003 MOS below Q ≈ 3, where any root is as good.
 * MOS is clipped to 1.05…4.9 first.
 */
export function qualityFromMos(mos: number): number {
  const target = Math.min(p1203MosMaximum, Math.max(p1203MosMinimum, mos))
  let low = 0
  let high = 100
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2
    if (mosFromQuality(middle) < target) low = middle
    else high = middle
  }
  return (low + high) / 2
}

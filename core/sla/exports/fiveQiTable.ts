/** Standardised 5QI characteristics (TS 23.501 Table 5.7.4-1). */
export interface FiveQiCharacteristics {
  resourceType: 'GBR' | 'Non-GBR' | 'Delay-critical GBR'
  /** Default priority level; null where the transcription gives none. */
  priorityLevel: number | null
  /** Packet delay budget, ms. */
  packetDelayBudgetMs: number
  /** Packet error rate, a fraction. */
  packetErrorRate: number
}

/**
 * The rows Certus exports, from a third-party transcription of TS 23.501 Table 5.7.4-1 [S]
 * (sla-and-qoe-models.md §2.4; delay-critical rows cross-checked with srsRAN's QoS defaults). Not
 * read from the spec text: check the release before relying on a value. Other 5QIs export without
 * their characteristics.
 */
export const fiveQiTable: Readonly<Record<number, FiveQiCharacteristics>> = {
  1: { resourceType: 'GBR', priorityLevel: null, packetDelayBudgetMs: 100, packetErrorRate: 1e-2 },
  2: { resourceType: 'GBR', priorityLevel: 40, packetDelayBudgetMs: 150, packetErrorRate: 1e-3 },
  3: { resourceType: 'GBR', priorityLevel: 30, packetDelayBudgetMs: 50, packetErrorRate: 1e-3 },
  4: { resourceType: 'GBR', priorityLevel: 50, packetDelayBudgetMs: 300, packetErrorRate: 1e-6 },
  6: { resourceType: 'Non-GBR', priorityLevel: 60, packetDelayBudgetMs: 300, packetErrorRate: 1e-6 },
  7: { resourceType: 'Non-GBR', priorityLevel: 70, packetDelayBudgetMs: 100, packetErrorRate: 1e-3 },
  8: { resourceType: 'Non-GBR', priorityLevel: 80, packetDelayBudgetMs: 300, packetErrorRate: 1e-6 },
  67: { resourceType: 'GBR', priorityLevel: 15, packetDelayBudgetMs: 100, packetErrorRate: 1e-3 },
  71: { resourceType: 'GBR', priorityLevel: 56, packetDelayBudgetMs: 150, packetErrorRate: 1e-6 },
  72: { resourceType: 'GBR', priorityLevel: 56, packetDelayBudgetMs: 300, packetErrorRate: 1e-4 },
  73: { resourceType: 'GBR', priorityLevel: 56, packetDelayBudgetMs: 300, packetErrorRate: 1e-8 },
  74: { resourceType: 'GBR', priorityLevel: 56, packetDelayBudgetMs: 500, packetErrorRate: 1e-8 },
  76: { resourceType: 'GBR', priorityLevel: 56, packetDelayBudgetMs: 500, packetErrorRate: 1e-4 },
  80: { resourceType: 'Non-GBR', priorityLevel: 68, packetDelayBudgetMs: 10, packetErrorRate: 1e-6 },
  82: { resourceType: 'Delay-critical GBR', priorityLevel: 19, packetDelayBudgetMs: 10, packetErrorRate: 1e-4 },
  83: { resourceType: 'Delay-critical GBR', priorityLevel: 22, packetDelayBudgetMs: 10, packetErrorRate: 1e-4 },
  85: { resourceType: 'Delay-critical GBR', priorityLevel: 21, packetDelayBudgetMs: 5, packetErrorRate: 1e-5 },
  87: { resourceType: 'Delay-critical GBR', priorityLevel: 25, packetDelayBudgetMs: 5, packetErrorRate: 1e-3 },
  88: { resourceType: 'Delay-critical GBR', priorityLevel: 25, packetDelayBudgetMs: 10, packetErrorRate: 1e-3 },
  89: { resourceType: 'Delay-critical GBR', priorityLevel: 25, packetDelayBudgetMs: 15, packetErrorRate: 1e-4 },
  90: { resourceType: 'Delay-critical GBR', priorityLevel: 25, packetDelayBudgetMs: 20, packetErrorRate: 1e-4 },
}

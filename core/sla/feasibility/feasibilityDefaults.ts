/**
 * What a feasibility check assumes when the request says nothing. Planning choices, not 3GPP values;
 * every result repeats the values it used (summary.model).
 */
export const feasibilityDefaults = Object.freeze({
  /** A point every 10 m along routes (the coverage engine's route default), a 50 m grid over areas. */
  spacingM: Object.freeze({ route: 10, area: 50 }),
  /** Route stretches of 100 m; area blocks of 200 m (4 × 4 cells of the default grid). */
  segmentLengthM: Object.freeze({ route: 100, area: 200 }),
  /**
   * A sample stands for a point within 30 m on the ground (about a GPS fix plus a few metres of a
   * drive lane), 15 m in height (a flight level's jitter; a ground sample never stands for 30 m) and
   * 365 days of age (older measurements predate most network changes).
   */
  tolerances: Object.freeze({ distanceM: 30, altitudeM: 15, maxAgeDays: 365 }),
  /** Drone ground speed for the route interruption model: 10 m/s (36 km/h), a patrol cruise speed. UNVERIFIED planning value. */
  droneSpeedMps: 10,
  /** Recovery after a link gap: 0.2 s with intra refresh (sla-and-qoe-models.md §7 A6; 1 s with plain 1 s GOPs). */
  recoveryS: 0.2,
})

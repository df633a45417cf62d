/** Engineering fields of a cell that take a default when the source has no value. */
export interface CellEngineering {
  heightM: number
  azimuthDeg: number
  mechanicalTiltDeg: number
  electricalTiltDeg: number
  txPowerDbm: number
  hBeamwidthDeg: number
  vBeamwidthDeg: number
}

export type DefaultedField = keyof CellEngineering

/**
 * Typical planning values for a macro cell, used ONLY where a cell list gives nothing (community and
 * crowd-sourced lists carry no height, tilt or power). Every cell records which of these it took
 * (`cells.defaulted_json`), so coverage results can say how much of them rests on assumptions.
 */
export const cellDefaults = {
  /** Antenna height AGL: between the UMa (25 m) and RMa (35 m) base-station heights of TR 38.901 Tables 7.2-1 and 7.2-3. */
  heightM: 30,
  /** No mechanical downtilt: remote electrical tilt is the norm on current panels. */
  mechanicalTiltDeg: 0,
  /** Electrical downtilt of a typical urban macro panel (2–10° range of remote-tilt antennas). */
  electricalTiltDeg: 6,
  /** Unknown azimuth: 0° (north), paired with an omni pattern so that no direction is invented. */
  azimuthDeg: 0,
  /** Horizontal half-power beamwidth of a 3-sector panel: 65° (TR 36.942 §4.2.1; TR 38.901 Table 7.3-1 element). */
  hBeamwidthDeg: 65,
  /** Used instead of 65° when the azimuth is unknown too: the cell radiates all round. */
  omniHBeamwidthDeg: 360,
  /** Vertical half-power beamwidth of a typical macro panel (TR 36.814 Table A.2.1.1-2: θ3dB = 10°). */
  vBeamwidthDeg: 10,
  /**
   * Total transmit power per cell: LTE 46 dBm (40 W, e.g. 2 × 20 W ports; TR 36.814 Table A.2.1.1-2 gives
   * 46 dBm for a 10 MHz macro carrier); NR 49 dBm (80 W, the demo n78 carrier). Not scaled by bandwidth.
   */
  txPowerDbmLte: 46,
  txPowerDbmNr: 49,
} as const

/** The fields of a cell as a source gave them: null where it had no value. */
export type GivenEngineering = { [K in keyof CellEngineering]: number | null }

/** Complete engineering values and the names of the fields that took a default. */
export interface DefaultedEngineering {
  values: CellEngineering
  defaulted: DefaultedField[]
}

/**
 * Fills the missing engineering fields of one cell with `cellDefaults`. The transmit power default
 * depends on the technology (NR vs anything else); the horizontal beamwidth default is omni when
 * the azimuth is unknown as well.
 */
export function applyCellDefaults(given: GivenEngineering, technology: string | null): DefaultedEngineering {
  const defaulted: DefaultedField[] = []
  const pick = (field: DefaultedField, fallback: number): number => {
    const value = given[field]
    if (value !== null) return value
    defaulted.push(field)
    return fallback
  }
  const azimuthUnknown = given.azimuthDeg === null
  const values: CellEngineering = {
    heightM: pick('heightM', cellDefaults.heightM),
    azimuthDeg: pick('azimuthDeg', cellDefaults.azimuthDeg),
    mechanicalTiltDeg: pick('mechanicalTiltDeg', cellDefaults.mechanicalTiltDeg),
    electricalTiltDeg: pick('electricalTiltDeg', cellDefaults.electricalTiltDeg),
    txPowerDbm: pick('txPowerDbm', technology === 'NR' ? cellDefaults.txPowerDbmNr : cellDefaults.txPowerDbmLte),
    hBeamwidthDeg: pick('hBeamwidthDeg', azimuthUnknown ? cellDefaults.omniHBeamwidthDeg : cellDefaults.hBeamwidthDeg),
    vBeamwidthDeg: pick('vBeamwidthDeg', cellDefaults.vBeamwidthDeg),
  }
  return { values, defaulted }
}

const labels: Record<DefaultedField, { name: string; unit: string }> = {
  heightM: { name: 'antenna height', unit: ' m' },
  azimuthDeg: { name: 'azimuth (unknown)', unit: '°' },
  mechanicalTiltDeg: { name: 'mechanical tilt', unit: '°' },
  electricalTiltDeg: { name: 'electrical tilt', unit: '°' },
  txPowerDbm: { name: 'transmit power', unit: ' dBm' },
  hBeamwidthDeg: { name: 'horizontal beamwidth', unit: '°' },
  vBeamwidthDeg: { name: 'vertical beamwidth', unit: '°' },
}

const fieldOrder = Object.keys(labels) as DefaultedField[]

/** Counts, per field and value, of the defaults a file's cells took; `describe()` makes the file's one warning. */
export class DefaultsTally {
  private readonly counts = new Map<string, { field: DefaultedField; value: number; cells: number }>()

  add(result: DefaultedEngineering): void {
    for (const field of result.defaulted) {
      const value = result.values[field]
      const key = `${field}=${value}`
      const entry = this.counts.get(key) ?? { field, value, cells: 0 }
      entry.cells++
      this.counts.set(key, entry)
    }
  }

  /** `antenna height 30 m for 95 cells; …` in a fixed field order; undefined when no cell took a default. */
  describe(): string | undefined {
    const entries = [...this.counts.values()].sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field) || a.value - b.value)
    if (entries.length === 0) return undefined
    const parts = entries.map((e) => {
      const omni = e.field === 'hBeamwidthDeg' && e.value >= 360 ? ' (omni: azimuth unknown too)' : ''
      return `${labels[e.field].name} ${e.value}${labels[e.field].unit}${omni} for ${e.cells} cells`
    })
    return `defaults applied where the file has no value (typical planning values, see cellDefaults.ts; recorded per cell in defaulted_json): ${parts.join('; ')}`
  }
}

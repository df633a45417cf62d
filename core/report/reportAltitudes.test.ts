import { describe, expect, it } from 'vitest'
import type { Scenario } from '../api/schemas/slaSchemas.js'
import { getScenario } from '../sla/scenarioCatalogue.js'
import { defaultDroneAltitudeM, defaultGroundAltitudeM, defaultReportAltitudesM } from './reportAltitudes.js'

const withoutAltitude = (scenario: Scenario): Scenario => ({ ...scenario, terms: scenario.terms.filter((t) => t.id !== 'altitude') })
const route = { name: 'r', altitudeRef: 'AGL' as const, points: [[114, 22, 80], [114.01, 22, 80]] as [number, number, number][], lengthM: 1000 }

describe('defaultReportAltitudesM', () => {
  it("takes the scenario's altitude term (drone 4K: 120 m)", () => {
    expect(defaultReportAltitudesM(getScenario('drone-4k-backhaul'), route)).toEqual([120])
  })

  it("falls back to the route's AGL altitude for a drone scenario, else 120 m, and to 1.5 m for a ground scenario", () => {
    const drone = withoutAltitude(getScenario('drone-4k-backhaul'))
    expect(defaultReportAltitudesM(drone, route)).toEqual([80])
    expect(defaultReportAltitudesM(drone, { ...route, altitudeRef: 'AMSL' })).toEqual([defaultDroneAltitudeM])
    expect(defaultReportAltitudesM(drone)).toEqual([defaultDroneAltitudeM])
    expect(defaultReportAltitudesM(withoutAltitude(getScenario('cloud-gaming')))).toEqual([defaultGroundAltitudeM])
  })
})

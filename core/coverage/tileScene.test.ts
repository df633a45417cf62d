import { describe, expect, it } from 'vitest'
import { defaultCoverageParameters } from './coverageParameters.js'
import type { CoverageScene, SceneCell } from './coverageScene.js'
import { prepareTileScene } from './tileScene.js'

const beams = [-7.5, 7.5].map((azimuthOffsetDeg) => ({ azimuthOffsetDeg, elevationDeg: -6 }))
const cell = (id: number, eastM: number, azimuthDeg: number): SceneCell => ({
  id, name: `C${id}`, eastM, northM: 0, heightM: 25, azimuthDeg, mechanicalTiltDeg: 2, electricalTiltDeg: 6, hBeamwidthDeg: 65, vBeamwidthDeg: 10,
  beams, beamWidths: beams.map(() => ({ hBeamwidthDeg: 15, vBeamwidthDeg: 10 })), fcGhz: 3.5, scsKhz: 30, prbs: 273, ssbEpreDbm: 15,
  dlMbpsPerBitPerRe: 58.6, ulMbpsPerBitPerRe: 19.3, assumed: [],
})
const scene = (): CoverageScene => ({ lon0: 114, lat0: 22.5, cells: [cell(1, 0, 0), cell(2, 0, 120), cell(3, 900, 0)], parameters: { ...defaultCoverageParameters } })

describe('prepareTileScene', () => {
  it('groups co-sited cells (same position, height and carrier) into one site and keeps the model of the environment', () => {
    const prepared = prepareTileScene(scene())
    expect(prepared.cells.map((c) => c.site)).toEqual([0, 0, 1])
    expect(prepared.sites).toHaveLength(2)
    expect(prepared.model).toBe('uma-av')
  })

  it('reuses the preparation for a structured clone of the same scene (a worker task) and not after a change in place', () => {
    const original = scene()
    const prepared = prepareTileScene(original)
    expect(prepareTileScene(structuredClone(original))).toBe(prepared)
    original.parameters.maxDistanceM = 5000
    expect(prepareTileScene(original)).not.toBe(prepared)
    const again = prepareTileScene(original)
    ;(original.cells[0] as SceneCell).beams[1] = { azimuthOffsetDeg: 8, elevationDeg: -6 }
    const changed = prepareTileScene(original)
    expect(changed).not.toBe(again)
    expect(changed.cells[0]?.beams[1]?.azimuthOffsetDeg).toBe(8)
  })
})

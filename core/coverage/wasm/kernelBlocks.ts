import { antennaConstants, beamConstants } from '../../radio/antenna/beamGainKernel.js'
import { arrayFactorFloorDb } from '../../radio/antenna/planarArray.js'
import type { UmaFamilyHeightConstants } from '../../radio/propagation/pathLossKernel.js'
import type { CoverageParameters } from '../coverageParameters.js'
import type { TileCell, TileSite } from '../tileScene.js'

// The constant blocks coverageKernel.wat reads (its "Site block" and "Cell block" comments give the
// same layouts); offsets in bytes, values little-endian f32 unless marked i32.

/** Most beams, and most elements per array line, the kernel takes (its block layout; the recurrence's float32 accuracy). */
export const kernelLimits = Object.freeze({ beams: 64, elementsPerLine: 64, spacingWavelengths: 2 })

/** Bytes of a site block. */
export const siteBlockBytes = 128

const cellHeaderBytes = 1664
const beamEntryBytes = 64
const verticalSteerOffset = 128
const verticalFactorIndexOffset = 384
const verticalFactorOffset = 640
const floorLinear = 10 ** (arrayFactorFloorDb / 10)

/** Bytes of a cell block with `beamCount` beams (a multiple of 16). */
export function cellBlockBytes(beamCount: number): number {
  return cellHeaderBytes + beamEntryBytes * beamCount
}

/** Whether the kernel covers a cell: arrays up to 64 × 64 elements spaced up to 2 λ, up to 64 beams. */
export function kernelSupportsCell({ antenna, beams }: TileCell): boolean {
  const a = antenna.array
  return (
    a.rows <= kernelLimits.elementsPerLine && a.columns <= kernelLimits.elementsPerLine && beams.length <= kernelLimits.beams &&
    a.vSpacingWavelengths <= kernelLimits.spacingWavelengths && a.hSpacingWavelengths <= kernelLimits.spacingWavelengths
  )
}

/**
 * Writes a cell's block at `byteOffset` of `buffer`: its position, the rotation and element constants
 * (beamGainKernel.ts antennaConstants), the array, and per beam the sines and cosines that give its
 * horizontal array factor by the angle-difference identities, as cellBeamsEnvelopeKernelEnu uses them.
 */
export function writeCellBlock(buffer: ArrayBuffer, byteOffset: number, tileCell: TileCell, parameters: CoverageParameters): void {
  const { cell, antenna, beams } = tileCell
  const words = cellBlockBytes(beams.length) / 4
  const f = new Float32Array(buffer, byteOffset, words)
  const i = new Int32Array(buffer, byteOffset, words)
  const a = antennaConstants(antenna)
  const steering = beams.map(beamConstants)
  const elevations = [...new Set(steering.map((b) => b.zSteer))]
  f.set([
    cell.eastM, cell.northM, cell.heightM, parameters.maxDistanceM * parameters.maxDistanceM,
    a.sinBoresight, a.cosBoresight, a.cosTilt, a.sinTilt,
    a.element.verticalCoefficient, a.element.horizontalCoefficient, a.element.sideLobeLimitDb, a.element.maxAttenuationDb, a.element.maxGainDbi,
    a.halfPhaseV, a.halfPhaseH, a.columns, 1 / a.rows, 1 / a.columns, floorLinear,
    cell.ssbEpreDbm + parameters.ueAntennaGainDbi - parameters.otherLossesDb, a.rows * a.columns, 1 / beams.length,
  ])
  i.set([a.rows, a.columns, beams.length, elevations.length], 96 / 4)
  f.set(elevations, verticalSteerOffset / 4)
  steering.forEach((b, k) => {
    i[verticalFactorIndexOffset / 4 + k] = verticalFactorOffset + 16 * elevations.indexOf(b.zSteer)
    const halfPsi = a.halfPhaseH * b.ySteer
    const values = [Math.cos(halfPsi), Math.sin(halfPsi), Math.cos(a.columns * halfPsi), Math.sin(a.columns * halfPsi)]
    values.forEach((value, v) => f.fill(value, (cellHeaderBytes + beamEntryBytes * k + 16 * v) / 4, (cellHeaderBytes + beamEntryBytes * k + 16 * v + 16) / 4))
  })
}

/** A site block for one UT height: where the site is and the UMa / UMa-AV terms (umaFamilyHeightConstants). */
export function siteBlock(site: TileSite, height: UmaFamilyHeightConstants, maxDistanceM: number): Float32Array {
  const k = height.constants
  return Float32Array.of(
    site.eastM, site.northM, maxDistanceM * maxDistanceM, height.minimumDistance2dM, k.heightDifferenceSquaredM2, k.breakpointM,
    k.losNearConstantDb, k.losNearSlopeDb, k.losFarConstantDb, k.losFarSlopeDb, k.nlosConstantDb, k.nlosSlopeDb,
    k.losDistanceM, 1 / k.losDecayM, k.heightFactor * 1.25e-6, k.sigmaLosDb * k.sigmaLosDb, k.sigmaNlosDb * k.sigmaNlosDb,
  )
}

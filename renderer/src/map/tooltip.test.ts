import { describe, expect, it } from 'vitest'
import type { Cell } from '../../../core/api/schemas/networkSchemas.js'
import { createTooltip } from './tooltip.js'

const cell: Cell = {
  id: 7, name: '234-10-129546862', site: 'eNB 506042', lon: -0.02, lat: 50.97, heightM: 30, azimuthDeg: 146, mechanicalTiltDeg: 0,
  electricalTiltDeg: 6, pci: 189, arfcn: 6400, band: 'B20', fcMhz: 816, bandwidthMhz: null, scsKhz: null, txPowerDbm: 46,
  hBeamwidthDeg: 65, tddPattern: null, label: 'East Grinstead Road, Chailey', cellIdentity: '129546862', technology: 'LTE',
  defaulted: ['heightM', 'txPowerDbm'], beams: [],
}

describe('cell tooltip', () => {
  const tooltip = createTooltip({ t: (key) => key, samples: () => null })
  const html = (c: Cell): string => {
    const card = tooltip({ picked: true, layer: { id: 'cells' }, object: { cell: c }, index: 0 } as never)
    return typeof card === 'object' && card !== null && 'html' in card ? String(card.html) : ''
  }

  it('shows the name the source gave the cell and the fields that took planning defaults', () => {
    expect(html(cell)).toContain('East Grinstead Road, Chailey')
    expect(html(cell)).toContain('map.tooltip.defaulted')
    expect(html(cell)).toContain('heightM, txPowerDbm')
  })

  it('leaves both rows out when the source gave everything', () => {
    const complete = html({ ...cell, label: null, defaulted: [] })
    expect(complete).not.toContain('map.tooltip.label')
    expect(complete).not.toContain('map.tooltip.defaulted')
  })
})

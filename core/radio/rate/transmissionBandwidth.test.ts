import { describe, expect, it } from 'vitest'
import { supportedBandwidthsMhz, transmissionBandwidthPrbs } from './transmissionBandwidth.js'

describe('transmissionBandwidthPrbs, FR1 (TS 38.101-1 Table 5.3.2-1, docs/radio-models.md §5.4)', () => {
  const bandwidthsMhz = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100]
  const table: Record<number, (number | null)[]> = {
    15: [25, 52, 79, 106, 133, 160, 188, 216, 242, 270, null, null, null, null, null],
    30: [11, 24, 38, 51, 65, 78, 92, 106, 119, 133, 162, 189, 217, 245, 273],
    60: [null, 11, 18, 24, 31, 38, 44, 51, 58, 65, 79, 93, 107, 121, 135],
  }

  for (const [scsKhz, row] of Object.entries(table)) {
    it(`matches every cell of the ${scsKhz} kHz row`, () => {
      row.forEach((prbs, i) => {
        const bandwidthMhz = bandwidthsMhz[i] as number
        if (prbs === null) expect(() => transmissionBandwidthPrbs(bandwidthMhz, Number(scsKhz))).toThrow(/not defined/)
        else expect(transmissionBandwidthPrbs(bandwidthMhz, Number(scsKhz), 'fr1')).toBe(prbs)
      })
    })
  }

  it('refuses 100 MHz at 15 kHz, listing the valid bandwidths', () => {
    expect(() => transmissionBandwidthPrbs(100, 15)).toThrow(
      'bandwidthMhz 100 is not defined at 15 kHz in FR1 (TS 38.101-1 Table 5.3.2-1); valid bandwidths: 5, 10, 15, 20, 25, 30, 35, 40, 45, 50 MHz',
    )
  })

  it('refuses 120 kHz in FR1, listing the valid spacings', () => {
    expect(() => transmissionBandwidthPrbs(100, 120, 'fr1')).toThrow('scsKhz must be one of 15, 30, 60 kHz in FR1 (TS 38.101-1 Table 5.3.2-1), not 120')
  })
})

describe('transmissionBandwidthPrbs, FR2 (TS 38.101-2 Table 5.3.2-1)', () => {
  it('gives 66/132/264 at 60 kHz and 32/66/132/264 at 120 kHz', () => {
    expect([50, 100, 200].map((b) => transmissionBandwidthPrbs(b, 60, 'fr2'))).toEqual([66, 132, 264])
    expect([50, 100, 200, 400].map((b) => transmissionBandwidthPrbs(b, 120, 'fr2'))).toEqual([32, 66, 132, 264])
  })

  it('refuses 400 MHz at 60 kHz and 30 kHz in FR2', () => {
    expect(() => transmissionBandwidthPrbs(400, 60, 'fr2')).toThrow('valid bandwidths: 50, 100, 200 MHz')
    expect(() => transmissionBandwidthPrbs(100, 30, 'fr2')).toThrow('scsKhz must be one of 60, 120 kHz in FR2')
  })

  it('refuses an unknown frequency range', () => {
    expect(() => transmissionBandwidthPrbs(100, 30, 'fr3' as 'fr1')).toThrow('fr must be one of fr1, fr2, not "fr3"')
  })
})

describe('supportedBandwidthsMhz', () => {
  it('lists the bandwidths of a spacing in ascending order, none for an undefined one', () => {
    expect(supportedBandwidthsMhz(120, 'fr2')).toEqual([50, 100, 200, 400])
    expect(supportedBandwidthsMhz(120, 'fr1')).toEqual([])
  })
})

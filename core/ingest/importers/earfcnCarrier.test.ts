import { describe, expect, it } from 'vitest'
import { earfcnCarrier } from './earfcnCarrier.js'
import { nrArfcnCarrier } from './nrArfcnCarrier.js'

describe('earfcnCarrier (TS 36.101 Table 5.7.3-1, F_DL = F_DL_low + 0.1 (N_DL − N_Offs-DL))', () => {
  // Every EARFCN of the shared NSG lists, with its band and DL centre frequency, exact to the 100 kHz raster.
  it.each([
    [99, 'B1', 2119.9], [125, 'B1', 2122.5], [199, 'B1', 2129.9], [275, 'B1', 2137.5],
    [1226, 'B3', 1807.6], [1228, 'B3', 1807.8], [1392, 'B3', 1824.2], [1600, 'B3', 1845],
    [3725, 'B8', 952.5], [6175, 'B20', 793.5], [6200, 'B20', 796], [6300, 'B20', 806], [6400, 'B20', 816],
    [9360, 'B28', 773], [39250, 'B40', 2360], [39448, 'B40', 2379.8],
  ])('EARFCN %i is band %s at %f MHz', (earfcn, band, fcMhz) => {
    expect(earfcnCarrier(earfcn)).toMatchObject({ band, fcMhz })
  })

  it('covers bands 7, 38 and 41 and tells FDD from TDD', () => {
    expect(earfcnCarrier(3100)).toEqual({ band: 'B7', fcMhz: 2655, duplex: 'FDD' })
    expect(earfcnCarrier(38000)).toEqual({ band: 'B38', fcMhz: 2595, duplex: 'TDD' })
    expect(earfcnCarrier(40620)).toEqual({ band: 'B41', fcMhz: 2593, duplex: 'TDD' })
    expect(earfcnCarrier(9935)?.duplex).toBe('SDL')
  })

  it('knows nothing of channel numbers between bands or beyond them', () => {
    expect(earfcnCarrier(10400)).toBeUndefined()
    expect(earfcnCarrier(5000)).toBeUndefined()
    expect(earfcnCarrier(12.5)).toBeUndefined()
    expect(earfcnCarrier(70000)).toBeUndefined()
  })
})

describe('nrArfcnCarrier (TS 38.104 §5.4.2.1)', () => {
  it('reads the global raster and names the common band', () => {
    expect(nrArfcnCarrier(630000)).toEqual({ band: 'n78', fcMhz: 3450 })
    expect(nrArfcnCarrier(504990)).toEqual({ band: 'n41', fcMhz: 2524.95 })
    expect(nrArfcnCarrier(2079167)).toEqual({ band: 'n261', fcMhz: 28000.08 })
    expect(nrArfcnCarrier(3_279_166)).toBeUndefined()
  })
})

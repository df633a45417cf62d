import { describe, expect, it } from 'vitest'
import { FieldError, parseOptionalNumber, parseSimpleDecimal } from './parseValues.js'

describe('parseSimpleDecimal', () => {
  it('equals Number() on plain decimals, including the digits where rounding could differ', () => {
    const texts = ['0', '-0', '+7', '007', '1.', '.5', '-90.5', '114.123456', '22.5000001', '999999999999999', '0.1', '0.3', '2.675', '1.005', '-156.0', '123456789.012345']
    let seed = 42
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let i = 0; i < 20000; i++) {
      const decimals = Math.floor(random() * 9)
      texts.push(((random() - 0.5) * 10 ** Math.floor(random() * 8)).toFixed(decimals))
    }
    for (const text of texts) expect(Object.is(parseSimpleDecimal(text), Number(text)), text).toBe(true)
  })

  it('declines what is not a plain decimal of at most 15 digits', () => {
    for (const text of ['', '-', '.', '1e5', '1,5', ' 1', '1 ', '0x1F', 'NaN', '1.2.3', '1234567890123456', '--1']) {
      expect(parseSimpleDecimal(text), text).toBeNaN()
    }
  })
})

describe('parseOptionalNumber', () => {
  it('reads plain, exponent and spaced numbers; null for the missing markers; FieldError for the rest', () => {
    expect(parseOptionalNumber('-90.5')).toBe(-90.5)
    expect(parseOptionalNumber('1e3')).toBe(1000)
    expect(parseOptionalNumber(' 42 ')).toBe(42)
    expect(parseOptionalNumber('1234567890123456789')).toBe(Number('1234567890123456789'))
    expect(parseOptionalNumber('n/a')).toBeNull()
    expect(parseOptionalNumber('-')).toBeNull()
    expect(parseOptionalNumber('30,5', { decimalComma: true })).toBe(30.5)
    expect(() => parseOptionalNumber('12dB')).toThrow(FieldError)
  })
})

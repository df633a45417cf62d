/**
 * A target or term value for tables: up to `digits` significant digits in the UI language's number
 * format, so a loss rate of 1e-5 reads 0.00001 and a reliability of 99.999 % is not rounded to 100
 * (vue-i18n's default keeps three decimals).
 */
export function formatValue(value: number, locale: string, digits = 6): string {
  if (!Number.isFinite(value)) return String(value)
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: digits, maximumFractionDigits: 20 }).format(value)
}

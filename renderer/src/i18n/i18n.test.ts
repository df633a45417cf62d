import { describe, expect, it } from 'vitest'
import { en } from './en.js'
import { initialLocale, locales, messages } from './locales.js'
import { zhCN } from './zhCN.js'

/** Every leaf key of a catalogue, dotted: `map.legend.noValue`. */
const keysOf = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  )

const leaves = (tree: object): [string, unknown][] => {
  const out: [string, unknown][] = []
  const walk = (node: object, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'object' && value !== null) walk(value as object, `${prefix}${key}.`)
      else out.push([`${prefix}${key}`, value])
    }
  }
  walk(tree, '')
  return out
}

describe('UI text catalogues', () => {
  it('every key in en exists in zh-CN', () => {
    const zh = new Set(keysOf(zhCN))
    expect(keysOf(en).filter((key) => !zh.has(key))).toEqual([])
  })
  it('every key in zh-CN exists in en', () => {
    const english = new Set(keysOf(en))
    expect(keysOf(zhCN).filter((key) => !english.has(key))).toEqual([])
  })
  it.each(locales)('%s has a non-empty string for every key', (locale) => {
    for (const [key, value] of leaves(messages[locale])) {
      expect(typeof value, key).toBe('string')
      expect((value as string).trim(), key).not.toBe('')
    }
  })
  it('zh-CN keeps the same {placeholders} as en', () => {
    const placeholders = (text: unknown): string[] => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()
    const zh = new Map(leaves(zhCN))
    for (const [key, value] of leaves(en)) expect(placeholders(zh.get(key)), key).toEqual(placeholders(value))
  })
  it('no text uses the characters vue-i18n reserves (| and @ outside placeholders)', () => {
    for (const locale of locales) {
      for (const [key, value] of leaves(messages[locale])) expect(String(value), `${locale} ${key}`).not.toMatch(/[|@]/)
    }
  })
})

describe('initialLocale', () => {
  it('keeps the language the user chose last', () => {
    expect(initialLocale('zh-CN', ['en-GB'])).toBe('zh-CN')
    expect(initialLocale('en', ['zh-CN'])).toBe('en')
  })
  it('otherwise follows the system: any Chinese → zh-CN, else English', () => {
    expect(initialLocale(null, ['zh-TW', 'en'])).toBe('zh-CN')
    expect(initialLocale('fr', ['de-DE', 'en-US'])).toBe('en')
    expect(initialLocale(null, ['de-DE'])).toBe('en')
  })
})

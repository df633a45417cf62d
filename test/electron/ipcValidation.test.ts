import { describe, expect, it } from 'vitest'
import { appOrigins } from '../../electron/main/appUrl.js'
import { validateIpcRequest } from '../../electron/main/ipcValidation.js'

const appPage = 'app://certus/index.html'

describe('validateIpcRequest', () => {
  it('passes a known method with valid params from the app page, params untouched', () => {
    const params = { path: '/tmp/a.certus' }
    expect(validateIpcRequest(appPage, 'project.open', params)).toEqual({ ok: true, method: 'project.open', params })
    expect(validateIpcRequest(appPage, 'app.info', undefined)).toMatchObject({ ok: true, method: 'app.info' })
  })

  it('refuses a call from a frame that is not the app (forbidden), before looking at the method', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://certus.evil/', 'about:blank', undefined]) {
      const check = validateIpcRequest(url, 'app.info', {})
      expect(check.ok, String(url)).toBe(false)
      if (!check.ok) expect(check.error.code).toBe('forbidden')
    }
  })

  it('accepts the dev server page only when running under electron-vite dev', () => {
    expect(validateIpcRequest('http://localhost:5173/', 'app.info', {}).ok).toBe(false)
    expect(validateIpcRequest('http://localhost:5173/', 'app.info', {}, appOrigins('http://localhost:5173')).ok).toBe(true)
  })

  it('refuses a method that is not in the table with unknown-method', () => {
    for (const method of ['fs.readFile', '__proto__', 'constructor', 42, undefined, { method: 'app.info' }]) {
      const check = validateIpcRequest(appPage, method, {})
      expect(check.ok).toBe(false)
      if (!check.ok) expect(check.error.code).toBe('unknown-method')
    }
  })

  it('refuses params that do not match the schema with bad-input naming the field', () => {
    const missing = validateIpcRequest(appPage, 'project.open', {})
    const extra = validateIpcRequest(appPage, 'app.info', { evil: true })
    const wrongType = validateIpcRequest(appPage, 'samples.layer', { metric: 42 })
    for (const check of [missing, extra, wrongType]) {
      expect(check.ok).toBe(false)
      if (!check.ok) expect(check.error.code).toBe('bad-input')
    }
    if (!missing.ok) expect(missing.error.message).toMatch(/project\.open: path/)
  })

  it('returns plain data that survives structured clone (no Error objects)', () => {
    const check = validateIpcRequest(appPage, 'project.open', { path: 1 })
    expect(structuredClone(check)).toEqual(check)
  })
})

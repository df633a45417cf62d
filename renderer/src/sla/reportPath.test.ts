import { describe, expect, it } from 'vitest'
import { defaultReportPath, isReportPath } from './reportPath.js'

describe('defaultReportPath', () => {
  it('puts the report next to the project file, named after scenario and language', () => {
    expect(defaultReportPath('/data/demo/demo.certus', 'drone-4k-backhaul', 'zh')).toBe('/data/demo/drone-4k-backhaul-report-zh.pdf')
    expect(defaultReportPath('C:\\p\\demo.certus', 's', 'en', 'html')).toBe('C:\\p\\s-report-en.html')
  })
  it('is a bare file name without a project path', () => {
    expect(defaultReportPath(null, 's', 'en')).toBe('s-report-en.pdf')
  })
})

describe('isReportPath', () => {
  it('accepts .pdf and .html files and refuses other names', () => {
    expect(isReportPath('/tmp/r.pdf')).toBe(true)
    expect(isReportPath('/tmp/r.HTML')).toBe(true)
    expect(isReportPath('/tmp/r.docx')).toBe(false)
    expect(isReportPath('/tmp/.pdf')).toBe(false)
    expect(isReportPath('')).toBe(false)
  })
})

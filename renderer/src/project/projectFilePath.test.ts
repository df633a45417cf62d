import { describe, expect, it } from 'vitest'
import { projectFilePath } from './projectFilePath.js'

describe('projectFilePath', () => {
  it('adds .certus to a new project named without an extension', () => {
    expect(projectFilePath(' /tmp/site survey ', true)).toBe('/tmp/site survey.certus')
    expect(projectFilePath('C:\\work\\cork', true)).toBe('C:\\work\\cork.certus')
  })
  it('keeps a name that has an extension, and every path to open, as typed (trimmed)', () => {
    expect(projectFilePath('/tmp/a.db', true)).toBe('/tmp/a.db')
    expect(projectFilePath('/tmp/a ', false)).toBe('/tmp/a')
    expect(projectFilePath('   ', true)).toBe('')
  })
})

import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCertus } from '../cli/cliProcess.js'

/** `certus report` on the demo project, run as a user would (issue 5, the report's CLI contract). */
const dir = mkdtempSync(join(tmpdir(), 'certus-cli-report-'))
const project = join(dir, 'demo.certus')
beforeAll(() => {
  expect(runCertus(['demo', project]).status).toBe(0)
}, 120_000)

const report = (extra: string[]) => runCertus(['report', project, '--scenario', 'drone-4k-backhaul', '--route', 'Drone patrol 120 m', '--spacing-m', '50', ...extra])
const pdfText = (path: string): string => spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout

describe('certus report', () => {
  it('writes the Chinese PDF: pdftotext finds the verdict in Chinese, 网络指标 and the scenario name', () => {
    const out = join(dir, 'zh.pdf')
    const run = report(['--out', out, '--lang', 'zh', '--json'])
    expect(run.status, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as { out: string; format: string; bytes: number; sha256: string; verdict: 'pass' | 'fail' }
    expect(result).toMatchObject({ out, format: 'pdf' })
    const text = pdfText(out)
    expect(text).toContain(result.verdict === 'pass' ? '通过' : '未通过')
    expect(text).toContain('可行性结论')
    expect(text).toContain('网络指标')
    expect(text).toContain('无人机4K视频回传（广东政务无人机）')
  })

  it('writes the English PDF with the verdict in English', () => {
    const out = join(dir, 'en.pdf')
    const run = report(['--out', out, '--lang', 'en', '--altitudes', '60,120'])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/wrote .*en\.pdf \(pdf, \d+ bytes, sha256 [0-9a-f]{64}\): drone-4k-backhaul v\d+ (PASS|FAIL)/)
    const text = pdfText(out)
    expect(text).toContain('Verdict')
    expect(text).toMatch(/PASS|FAIL/)
    expect(text).toContain('Network targets')
  })

  it('writes a self-contained HTML: no URL at all, the font embedded, the verdict, an SVG chart and the inputs’ sha256', () => {
    const out = join(dir, 'report.html')
    const run = report(['--out', out, '--lang', 'zh'])
    expect(run.status, run.stderr).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).toContain('src: url(data:font/ttf;base64,')
    expect(html).toMatch(/<div class="word">(通过|未通过)<\/div>/)
    expect(html).toContain('<svg')
    const info = JSON.parse(runCertus(['info', project, '--json']).stdout) as { imports: { sha256: string }[] }
    expect(info.imports.length).toBeGreaterThan(0)
    for (const { sha256 } of info.imports) expect(html).toContain(sha256)
  })

  it('refuses an unknown route (exit 1, naming the routes) and wrong usage (exit 2)', () => {
    const unknown = runCertus(['report', project, '--scenario', 'drone-4k-backhaul', '--route', 'Nowhere', '--out', join(dir, 'x.pdf')])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('no route named "Nowhere"; the project has "Drone patrol 120 m", "Drone patrol 60 m"')
    const noScenario = runCertus(['report', project, '--scenario', 'no-such', '--route', 'Drone patrol 60 m', '--out', join(dir, 'x.pdf')])
    expect(noScenario.status).toBe(1)
    expect(noScenario.stderr).toContain('no scenario "no-such"')
    expect(report(['--out', join(dir, 'x.docx')]).status).toBe(2)
    expect(report(['--out', join(dir, 'x.pdf'), '--lang', 'fr']).status).toBe(2)
    expect(runCertus(['report', project, '--scenario', 'drone-4k-backhaul', '--out', join(dir, 'x.pdf')]).status).toBe(2)
  })
})

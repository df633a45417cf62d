// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { areaProblem, cellProblem, topResult } from '../experience/testing/experienceFixtures.js'
import { withFakeCore } from '../testing/fakeCore.js'
import { useExperienceProblemsStore } from './experienceProblems.js'

const setUp = () => {
  const { core, use } = withFakeCore({
    'experience.top': (params: Record<string, unknown>) =>
      params.priority === 'stall'
        ? topResult('stall', [cellProblem('B', 9), cellProblem('A', 4)])
        : topResult('rate', [cellProblem('A', 12), cellProblem('B', 3)], [areaProblem('Task area A', 20)]),
  })
  return { core, problems: use(useExperienceProblemsStore) }
}

describe('experience problems store', () => {
  it('ranks under the rate priority with the core default thresholds, then shows them in the form', async () => {
    const { core, problems } = setUp()
    await problems.load()
    expect(core.callsOf('experience.top')).toEqual([{ priority: 'rate', limit: 10, thresholds: {} }])
    expect(problems.problems.map((problem) => problem.impact)).toEqual([12, 3])
    expect({ ...problems.thresholdTexts }).toEqual({ rateThresholdMbps: '10', stallVideoRateMbps: '4', latencyThresholdMs: '100' })
  })

  it('ranks again under another priority and with the thresholds typed, never with an invalid one', async () => {
    const { core, problems } = setUp()
    await problems.load()
    problems.thresholdTexts.rateThresholdMbps = '100'
    problems.setPriority('stall')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(core.callsOf('experience.top').at(-1)).toEqual({ priority: 'stall', limit: 10, thresholds: { rateThresholdMbps: 100, stallVideoRateMbps: 4, latencyThresholdMs: 100 } })
    expect(problems.rankings?.stall).toEqual(['A', 'B'])
    problems.thresholdTexts.latencyThresholdMs = 'soon'
    expect(problems.badThresholds).toEqual(['latencyThresholdMs'])
    await problems.load()
    expect(core.callsOf('experience.top')).toHaveLength(2)
  })

  it('picks a problem for the demarcation and the map: every pick asks for a flight, even of the same row', async () => {
    const { problems } = setUp()
    await problems.load()
    problems.select('cell:B')
    expect(problems.selected).toMatchObject({ kind: 'cell', cell: 'B' })
    problems.select('cell:B')
    expect(problems.flyRequests).toBe(2)
  })

  it('lists the area problems and their rankings on demand, keeping the pick across the switch', async () => {
    const { problems } = setUp()
    await problems.load()
    problems.select('cell:A')
    problems.setKind('area')
    expect(problems.problems.map((problem) => problem.kind)).toEqual(['area'])
    expect(problems.rankings?.rate).toEqual(['Task area A'])
    expect(problems.selected).toMatchObject({ cell: 'A' })
    problems.select('area:Task area A')
    expect(problems.selected).toMatchObject({ kind: 'area', area: 'Task area A' })
  })

  it('forgets a pick that is no longer ranked', async () => {
    const { problems } = setUp()
    await problems.load()
    problems.select('area:Task area A')
    problems.setPriority('stall')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(problems.selectedKey).toBeNull()
  })
})

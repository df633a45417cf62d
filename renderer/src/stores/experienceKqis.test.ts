// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { kqiDashboard, kqiInfo } from '../experience/testing/experienceFixtures.js'
import { withFakeCore } from '../testing/fakeCore.js'
import { useExperienceKqisStore } from './experienceKqis.js'

const answers = (names: string[]) => ({
  'experience.kqis': { kqis: names.map((name) => kqiInfo(name)) },
  'experience.dashboard': (params: Record<string, unknown>) => ({ kqis: [kqiDashboard(params.kqi as string)] }),
})

describe('experience KQIs store', () => {
  it('lists the KQIs and shows the dashboard of dlMbps first, asking for one KQI with the chart detail', async () => {
    const { core, use } = withFakeCore(answers(['rttMs', 'dlMbps', 'ulMbps']))
    const kqis = use(useExperienceKqisStore)
    await kqis.load()
    expect(kqis.kqis.map((kqi) => kqi.name)).toEqual(['rttMs', 'dlMbps', 'ulMbps'])
    expect(kqis.selectedName).toBe('dlMbps')
    expect(kqis.dashboard?.name).toBe('dlMbps')
    expect(kqis.dashboardStatus).toBe('ready')
    expect(core.callsOf('experience.dashboard')).toEqual([{ kqi: 'dlMbps', bins: 40, maxSeriesPoints: 1500 }])
  })

  it('takes the first KQI when there is no dlMbps, and fetches a dashboard once until the next reload', async () => {
    const { core, use } = withFakeCore(answers(['rttMs', 'pageLoadTimeS']))
    const kqis = use(useExperienceKqisStore)
    await kqis.load()
    expect(kqis.selectedName).toBe('rttMs')
    await kqis.select('pageLoadTimeS')
    await kqis.select('rttMs')
    expect(core.callsOf('experience.dashboard').map((params) => params.kqi)).toEqual(['rttMs', 'pageLoadTimeS'])
    await kqis.load()
    // The KQI on show stays on show after a reload, fetched again.
    expect(kqis.selectedName).toBe('rttMs')
    expect(core.callsOf('experience.dashboard')).toHaveLength(3)
  })

  it('shows nothing for a project without KQIs', async () => {
    const { use } = withFakeCore(answers([]))
    const kqis = use(useExperienceKqisStore)
    await kqis.load()
    expect(kqis.status).toBe('ready')
    expect(kqis.selected).toBeNull()
    expect(kqis.dashboard).toBeNull()
  })

  it('keeps the core error of a failed listing', async () => {
    const { use } = withFakeCore({ 'experience.kqis': () => { throw new Error('no project is open') } })
    const kqis = use(useExperienceKqisStore)
    await kqis.load()
    expect(kqis.status).toBe('error')
    expect(kqis.error).toBe('no project is open')
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { createImportHarness } from '../testing/importHarness.js'
import { storedRoutes } from '../testing/storedGeometry.js'

const { project, write, importInto, closeProjects } = createImportHarness('certus-gpx-')
afterEach(closeProjects)

const flightGpx = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="22.54" lon="114.05"><ele>10</ele><name>Home</name></wpt>
  <wpt lat="22.55" lon="114.06"><name>Landing</name></wpt>
  <trk><name>Flight 1</name>
    <trkseg>
      <trkpt lat="22.5400" lon="114.0500"><ele>52.5</ele><time>2026-11-30T02:00:00Z</time></trkpt>
      <trkpt lat="22.5410" lon="114.0510"><ele>80.0</ele></trkpt>
      <trkpt lat="22.5420" lon="114.0520"><ele>120.3</ele></trkpt>
    </trkseg>
  </trk>
  <trk><name>Gap</name>
    <trkseg><trkpt lat="22.1" lon="114.1"><ele>10</ele></trkpt><trkpt lat="22.2" lon="114.2"><ele>11</ele></trkpt></trkseg>
    <trkseg><trkpt lat="22.3" lon="114.3"><ele>12</ele></trkpt><trkpt lat="22.4" lon="114.4"><ele>13</ele></trkpt></trkseg>
  </trk>
  <rte><name>Planned</name>
    <rtept lat="22.60" lon="114.10"><ele>100</ele></rtept>
    <rtept lat="22.61" lon="114.11"><ele>100</ele></rtept>
  </rte>
</gpx>
`

describe('GPX routes', () => {
  it('reads tracks and routes with <ele> as AMSL altitudes, one route per track segment, waypoints ignored with a warning', async () => {
    const p = project()
    const outcome = await importInto(p, write('flight.gpx', flightGpx))
    expect(outcome).toMatchObject({ status: 'imported', kind: 'route', format: 'gpx', rows: 4, rejected: 0 })
    const routes = storedRoutes(p)
    expect([...routes.keys()]).toEqual(['Flight 1', 'Gap part 1', 'Gap part 2', 'Planned'])
    expect(routes.get('Flight 1')).toEqual({ name: 'Flight 1', altitudeRef: 'AMSL', points: [[114.05, 22.54, 52.5], [114.051, 22.541, 80], [114.052, 22.542, 120.3]] })
    expect(routes.get('Planned')?.points.map((v) => v[2])).toEqual([100, 100])
    expect(outcome.warnings).toContain('ignored (only lines, as routes, and polygons, as areas, are imported): waypoints (wpt) 2')
  })

  it('flies a track without elevations at --altitude-m AGL, and rejects one without either', async () => {
    const flat = '<gpx><trk><name>Flat</name><trkseg><trkpt lat="22.1" lon="114.1"/><trkpt lat="22.2" lon="114.2"/></trkseg></trk></gpx>'
    const p = project()
    await importInto(p, write('flat.gpx', flat), { altitudeM: 90 })
    expect(storedRoutes(p).get('Flat')).toEqual({ name: 'Flat', altitudeRef: 'AGL', points: [[114.1, 22.1, 90], [114.2, 22.2, 90]] })
    const q = project()
    const refused = await importInto(q, write('flat2.gpx', `${flat}\n`))
    expect(refused.status).toBe('refused')
    expect(refused.errors[0]).toEqual({ line: 1, field: 'altitude', message: 'route "Flat": no vertex has an altitude: pass --altitude-m N to fly it at N m AGL' })
  })

  it('refuses malformed GPX naming the line', async () => {
    const p = project()
    const outcome = await importInto(p, write('broken.gpx', '<gpx>\n<trk>\n<trkseg>\n</trk>\n</gpx>\n'))
    expect(outcome.status).toBe('refused')
    expect(outcome.message).toMatch(/^broken\.gpx:4: malformed XML/)
  })
})

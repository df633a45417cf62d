import { strToU8, zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { createImportHarness } from '../testing/importHarness.js'
import { storedAreas, storedRoutes } from '../testing/storedGeometry.js'
import { defaultAreaBandM } from '../geometry/storePlannedGeometry.js'

const { project, write, importInto, closeProjects } = createImportHarness('certus-kml-')
afterEach(closeProjects)

/** A flight plan as Google Earth and planners write it: nested folders, both geometry types, every altitude mode. */
const planKml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document>
  <name>Futian plan</name>
  <Folder><name>Routes</name>
    <Folder><name>Low</name>
      <Placemark><name>Patrol 60</name>
        <LineString><altitudeMode>relativeToGround</altitudeMode>
          <coordinates>
            114.0500,22.5400,60 114.0550,22.5450,60
            114.0600,22.5480,65
          </coordinates>
        </LineString>
      </Placemark>
    </Folder>
    <Placemark><name>Survey AMSL</name>
      <LineString><gx:altitudeMode>absolute</gx:altitudeMode><coordinates>114.01,22.53,180.5 114.02,22.54,185 114.03,22.55,190 114.04,22.56,195</coordinates></LineString>
    </Placemark>
    <Placemark><name>Ground track</name>
      <LineString><coordinates>114.01,22.53,0 114.02,22.53,0</coordinates></LineString>
    </Placemark>
    <Placemark><name>Split</name>
      <MultiGeometry>
        <LineString><altitudeMode>relativeToGround</altitudeMode><coordinates>114.1,22.5,100 114.2,22.5,100</coordinates></LineString>
        <LineString><altitudeMode>relativeToGround</altitudeMode><coordinates>114.3,22.5,110 114.4,22.5,110 114.5,22.5,110</coordinates></LineString>
      </MultiGeometry>
    </Placemark>
  </Folder>
  <Folder><name>Areas</name>
    <Placemark><name>Task area A</name>
      <ExtendedData><Data name="minAltitudeM"><value>30</value></Data><Data name="maxAltitudeM"><value>150</value></Data></ExtendedData>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>114.03,22.54 114.05,22.54 114.05,22.55 114.03,22.55 114.03,22.54</coordinates></LinearRing></outerBoundaryIs></Polygon>
    </Placemark>
    <Folder><name>Nested</name>
      <Placemark><name>No band</name>
        <Polygon><outerBoundaryIs><LinearRing><coordinates>114.0,22.5 114.1,22.5 114.1,22.6</coordinates></LinearRing></outerBoundaryIs></Polygon>
      </Placemark>
    </Folder>
    <Placemark><name>Pin</name><Point><coordinates>114,22.5</coordinates></Point></Placemark>
  </Folder>
</Document>
</kml>
`

describe('KML routes and areas', () => {
  it('reads LineStrings as routes and Polygons as areas through nested folders, with names, vertices and altitude references', async () => {
    const p = project()
    const outcome = await importInto(p, write('plan.kml', planKml))
    expect(outcome).toMatchObject({ status: 'imported', kind: 'route', format: 'kml', rows: 7, rejected: 0 })
    const routes = storedRoutes(p)
    expect([...routes.keys()]).toEqual(['Patrol 60', 'Survey AMSL', 'Ground track', 'Split part 1', 'Split part 2'])
    expect(routes.get('Patrol 60')).toEqual({ name: 'Patrol 60', altitudeRef: 'AGL', points: [[114.05, 22.54, 60], [114.055, 22.545, 60], [114.06, 22.548, 65]] })
    // gx:altitudeMode absolute → altitudes above mean sea level.
    expect(routes.get('Survey AMSL')?.altitudeRef).toBe('AMSL')
    expect(routes.get('Survey AMSL')?.points.map((v) => v[2])).toEqual([180.5, 185, 190, 195])
    // clampToGround (the default): on the ground, 0 m AGL, and said so.
    expect(routes.get('Ground track')).toMatchObject({ altitudeRef: 'AGL', points: [[114.01, 22.53, 0], [114.02, 22.53, 0]] })
    expect(routes.get('Split part 2')?.points).toHaveLength(3)
    const areas = storedAreas(p)
    expect(areas.get('Task area A')).toMatchObject({ altitudeRef: 'AGL', minAltitudeM: 30, maxAltitudeM: 150 })
    expect(areas.get('Task area A')?.ring).toHaveLength(5)
    // An open ring is closed; a band missing everywhere is the default, with a warning saying why.
    expect(areas.get('No band')).toMatchObject({ minAltitudeM: defaultAreaBandM.min, maxAltitudeM: defaultAreaBandM.max })
    expect(areas.get('No band')?.ring).toEqual([[114, 22.5], [114.1, 22.5], [114.1, 22.6], [114, 22.5]])
    expect(outcome.warnings.join('\n')).toMatch(/Point placemarks 1/)
    expect(outcome.warnings.join('\n')).toMatch(/routes clamped to the ground .*: 1;/)
    expect(outcome.warnings.join('\n')).toMatch(/areas without an altitude band \(and no --altitude-m\): 1; 0–120 m AGL assumed/)
    expect(outcome.warnings.join('\n')).toMatch(/stored: routes 5, areas 2/)
  })

  it('lists a file holding mostly polygons as an area import', async () => {
    const p = project()
    const polygon = (name: string, lon: number): string =>
      `<Placemark><name>${name}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${lon},22 ${lon + 0.01},22 ${lon},22.01</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`
    const text = `<kml><Document>${polygon('A', 114)}${polygon('B', 115)}<Placemark><LineString><altitudeMode>relativeToGround</altitudeMode><coordinates>1,2,3 4,5,6</coordinates></LineString></Placemark></Document></kml>`
    const outcome = await importInto(p, write('areas.kml', text))
    expect(outcome).toMatchObject({ status: 'imported', kind: 'area', rows: 3 })
    // An unnamed feature takes the file's name.
    expect([...storedRoutes(p).keys()]).toEqual(['areas route 1'])
  })

  it('takes only the asked kind with --kind and reports the other', async () => {
    const p = project()
    const outcome = await importInto(p, write('only-areas.kml', planKml), { kind: 'area' })
    expect(outcome).toMatchObject({ status: 'imported', kind: 'area', rows: 2 })
    expect(storedRoutes(p).size).toBe(0)
    expect(outcome.warnings.join('\n')).toMatch(/routes \(lines\) skipped, as --kind area imports areas only: 5/)
  })

  it('flies ground-clamped lines and unbanded areas at --altitude-m', async () => {
    const p = project()
    await importInto(p, write('clamped.kml', planKml), { altitudeM: 45 })
    expect(storedRoutes(p).get('Ground track')?.points.map((v) => v[2])).toEqual([45, 45])
    // The file's altitudes are kept where it gives them.
    expect(storedRoutes(p).get('Patrol 60')?.points.map((v) => v[2])).toEqual([60, 60, 65])
    expect(storedAreas(p).get('No band')).toMatchObject({ minAltitudeM: 45, maxAltitudeM: 45, altitudeRef: 'AGL' })
  })

  it('makes a name already in the project unique with a suffix, and says so', async () => {
    const p = project()
    await importInto(p, write('first.kml', planKml))
    const second = await importInto(p, write('second.kml', `${planKml}\n<!-- another file -->`))
    expect(second.status).toBe('imported')
    expect(storedRoutes(p).has('Patrol 60 (2)')).toBe(true)
    expect(storedAreas(p).has('Task area A (2)')).toBe(true)
    expect(second.warnings.join('\n')).toMatch(/"Patrol 60" → "Patrol 60 \(2\)"/)
  })

  it('gives a rejected feature\'s name to no one: the next feature of that name keeps it', async () => {
    const p = project()
    const line = (coordinates: string): string => `<Placemark><name>Dup</name><LineString><altitudeMode>absolute</altitudeMode><coordinates>${coordinates}</coordinates></LineString></Placemark>`
    const text = `<kml><Document>\n${line('114,22,10')}\n${line('114,22,10 114.1,22.1,12')}\n</Document></kml>`
    const outcome = await importInto(p, write('dup.kml', text), { rejectThreshold: 0.5 })
    expect(outcome).toMatchObject({ status: 'imported', rows: 1, rejected: 1 })
    expect(outcome.errors).toEqual([{ line: 2, field: 'coordinates', message: 'route "Dup": a route needs at least 2 vertices, found 1' }])
    expect([...storedRoutes(p).keys()]).toEqual(['Dup'])
  })

  it('refuses malformed XML naming the file and line', async () => {
    const p = project()
    const broken = '<kml>\n<Document>\n<Placemark><name>x</name>\n</Document>\n</kml>\n'
    const outcome = await importInto(p, write('broken.kml', broken))
    expect(outcome.status).toBe('refused')
    expect(outcome.message).toMatch(/^broken\.kml:\d+: malformed XML: .*Placemark/)
    expect(p.prepare('SELECT count(*) FROM routes').pluck().get()).toBe(0)
  })

  it('rejects a placemark with a bad coordinate at the line it starts on, and refuses the file above the threshold', async () => {
    const p = project()
    const text = '<kml><Document>\n<Placemark><name>Bad</name>\n<LineString><altitudeMode>absolute</altitudeMode><coordinates>114,22,10 200,22,10</coordinates></LineString></Placemark>\n</Document></kml>'
    const outcome = await importInto(p, write('bad.kml', text))
    expect(outcome.status).toBe('refused')
    expect(outcome.errors).toEqual([{ line: 2, field: 'coordinates', message: 'placemark "Bad": longitude 200 is outside ±180°' }])
  })
})

describe('KMZ', () => {
  it('reads doc.kml from the zip archive', async () => {
    const p = project()
    const kmz = zipSync({ 'doc.kml': strToU8(planKml), 'files/icon.png': new Uint8Array([137, 80, 78, 71]) })
    const outcome = await importInto(p, write('plan.kmz', kmz))
    expect(outcome).toMatchObject({ status: 'imported', kind: 'route', format: 'kmz', rows: 7 })
    expect(storedRoutes(p).get('Survey AMSL')?.points).toHaveLength(4)
    expect(storedAreas(p).get('Task area A')?.maxAltitudeM).toBe(150)
  })

  it('refuses an archive without a KML document, and a file that is not a zip', async () => {
    const p = project()
    const empty = await importInto(p, write('nothing.kmz', zipSync({ 'readme.txt': strToU8('hello') })))
    expect(empty).toMatchObject({ status: 'refused', message: 'nothing.kmz: the KMZ archive holds no .kml document' })
    const notZip = await importInto(p, write('text.kmz', 'not a zip at all'))
    expect(notZip.status).toBe('refused')
    expect(notZip.message).toMatch(/^text\.kmz: not a readable KMZ \(zip\) archive/)
  })
})

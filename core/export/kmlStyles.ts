/**
 * RSRP classes of the KML sample styles, best first: the usual drive-test legend (≥ −80 dBm
 * excellent … < −110 dBm bad, as most drive-test tools colour RSRP; not a 3GPP classification).
 * Colours are KML's aabbggrr (OGC KML 2.2, kml:colorType).
 */
export const rsrpClasses = [
  { id: 'rsrp-excellent', label: 'RSRP ≥ −80 dBm', minDbm: -80, kmlColor: 'ff00ff00' },
  { id: 'rsrp-good', label: '−90 ≤ RSRP < −80 dBm', minDbm: -90, kmlColor: 'ff32cd9a' },
  { id: 'rsrp-fair', label: '−100 ≤ RSRP < −90 dBm', minDbm: -100, kmlColor: 'ff00ffff' },
  { id: 'rsrp-poor', label: '−110 ≤ RSRP < −100 dBm', minDbm: -110, kmlColor: 'ff00a5ff' },
  { id: 'rsrp-bad', label: 'RSRP < −110 dBm', minDbm: Number.NEGATIVE_INFINITY, kmlColor: 'ff0000ff' },
] as const

/** Style of a sample whose RSRP was not measured. */
export const rsrpUnknownStyle = { id: 'rsrp-unknown', label: 'RSRP not measured', kmlColor: 'ff808080' } as const

/** The style id of a sample's RSRP class. */
export function rsrpStyleId(rsrpDbm: number | null): string {
  if (rsrpDbm === null || !Number.isFinite(rsrpDbm)) return rsrpUnknownStyle.id
  // The last class has no lower bound, so find always succeeds.
  return (rsrpClasses.find((c) => rsrpDbm >= c.minDbm) as (typeof rsrpClasses)[number]).id
}

// Google Earth's stock icons; Earth has them cached, and a missing icon still shows a placemark.
const dotIcon = 'http://maps.google.com/mapfiles/kml/shapes/shaded_dot.png'
export const cellIcon = 'http://maps.google.com/mapfiles/kml/shapes/arrow.png'

/** The shared styles of a Certus KML document: RSRP classes for samples, one style for routes and one for areas. */
export function kmlStyles(): string {
  const dot = (id: string, color: string): string =>
    `<Style id="${id}"><IconStyle><color>${color}</color><scale>0.5</scale><Icon><href>${dotIcon}</href></Icon></IconStyle><LabelStyle><scale>0</scale></LabelStyle></Style>`
  return [
    ...rsrpClasses.map((c) => dot(c.id, c.kmlColor)),
    dot(rsrpUnknownStyle.id, rsrpUnknownStyle.kmlColor),
    '<Style id="route"><LineStyle><color>ffff7f00</color><width>3</width></LineStyle><PolyStyle><color>40ff7f00</color></PolyStyle></Style>',
    '<Style id="area"><LineStyle><color>ff00aaff</color><width>2</width></LineStyle><PolyStyle><color>3000aaff</color></PolyStyle></Style>',
  ].join('\n')
}

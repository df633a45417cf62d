import type { FileProbe, ImportRunContext, Importer } from '../importer.js'
import type { PlannedGeometry } from './plannedGeometry.js'
import { storePlannedGeometry } from './storePlannedGeometry.js'

/** What detection tells of a route/area file. */
export interface GeometryDetection {
  /** Confidence from 0 to 1 that the file is of this format. */
  confidence: number
  /** Line geometries (routes) among line and polygon geometries seen, from 0 to 1; 1 when none is seen. */
  routeShare: number
}

/** One route/area format: how to recognise it and how to read it into planned geometry. */
export interface GeometryFormat {
  format: string
  description: string
  detect(probe: FileProbe): GeometryDetection
  read(context: ImportRunContext): Promise<PlannedGeometry>
}

/**
 * The two importers of a format that holds routes, areas or both: each claims the file with the
 * format's confidence when its kind is what the file mostly holds, slightly less otherwise, so that
 * detection lists the import under the majority kind. Both read and store alike (see
 * storePlannedGeometry: without `--kind` the file's routes and areas are all stored).
 */
export function createGeometryImporters(format: GeometryFormat): { route: Importer; area: Importer } {
  const make = (kind: 'route' | 'area'): Importer => ({
    format: format.format,
    kind,
    description: `${format.description} (${kind === 'route' ? 'routes' : 'areas'})`,
    detect(probe) {
      const { confidence, routeShare } = format.detect(probe)
      const mostlyRoutes = routeShare >= 0.5
      return kind === 'route' === mostlyRoutes ? confidence : confidence * 0.95
    },
    async run(context) {
      const geometry = await format.read(context)
      await context.checkpoint(context.probe.sizeBytes)
      return { rows: await storePlannedGeometry(context, geometry) }
    },
  })
  return { route: make('route'), area: make('area') }
}

/** Share of line geometries among those counted; 1 when there are none. */
export function routeShareOf(lines: number, polygons: number): number {
  return lines + polygons === 0 ? 1 : lines / (lines + polygons)
}

/** Occurrences of a pattern in a text (for detection on the probe's head). */
export function countMatches(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))?.length ?? 0
}

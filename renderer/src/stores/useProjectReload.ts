import { useCalibrationStore } from './calibration.js'
import { useCoverageStore } from './coverage.js'
import { useMapDataStore } from './mapData.js'
import { useProjectStore } from './project.js'

/**
 * Reloads what the views show of the open project after it changed (an import, another project
 * opened). Call inside a component's or a setup store's setup.
 */
export function useProjectReload() {
  const project = useProjectStore()
  const mapData = useMapDataStore()
  const coverage = useCoverageStore()
  const calibration = useCalibrationStore()
  return {
    /** The counts and imports of the Project view. */
    summary: (): Promise<void> => project.load(),
    /**
     * The summary, then the map's layers when the Map view has loaded them (otherwise it loads them
     * when it opens), and the map frames the project's box again. The coverage runs and the
     * calibration are the project's too: another project has its own.
     */
    async all(): Promise<void> {
      await project.load()
      if (mapData.status !== 'idle') await mapData.load()
      if (coverage.status !== 'idle') await coverage.reload()
      if (calibration.status !== 'idle') await calibration.load()
      mapData.requestFit()
    },
  }
}

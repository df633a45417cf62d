import { useMapDataStore } from './mapData.js'
import { useProjectStore } from './project.js'

/**
 * Reloads what the views show of the open project after it changed (an import, another project
 * opened). Call inside a component's or a setup store's setup.
 */
export function useProjectReload() {
  const project = useProjectStore()
  const mapData = useMapDataStore()
  return {
    /** The counts and imports of the Project view. */
    summary: (): Promise<void> => project.load(),
    /**
     * The summary, then the map's layers when the Map view has loaded them (otherwise it loads them
     * when it opens), and the map frames the project's box again.
     */
    async all(): Promise<void> {
      await project.load()
      if (mapData.status !== 'idle') await mapData.load()
      mapData.requestFit()
    },
  }
}

import { existsSync } from 'node:fs'
import type { BrowserWindow } from 'electron'
import { ApiError } from '../../core/api/apiError.js'
import { chooseProjectFile, showError } from './dialogs.js'

export interface ProjectActions {
  /** Opens (creating when missing) a project in the core host; the window reloads to show it. */
  open(path: string): Promise<void>
  /** File › New Project… / Open Project…: asks for the file, then opens it. */
  choose(mode: 'open' | 'new'): Promise<void>
}

export function createProjectActions(options: {
  call: (method: string, params: unknown) => Promise<unknown>
  window: () => BrowserWindow | undefined
}): ProjectActions {
  const open = async (path: string): Promise<void> => {
    try {
      await options.call('project.open', { path })
      // Every view starts again from the new project, rather than each store learning to reset.
      options.window()?.webContents.reload()
    } catch (error) {
      await showError(options.window(), 'Cannot open the project', ApiError.from(error).message)
    }
  }
  return {
    open,
    async choose(mode) {
      const path = await chooseProjectFile(options.window(), mode)
      if (path === undefined) return
      if (mode === 'new' && existsSync(path)) {
        await showError(options.window(), 'The file already exists', `${path} exists: use File › Open Project… to open it.`)
        return
      }
      await open(path)
    },
  }
}

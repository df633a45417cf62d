import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import type { ApiEvent } from '../../core/api/schemas/jobSchemas.js'
import type { BridgeReply, CertusBridge } from '../../core/api/bridgeTransport.js'

/*
 * The sandboxed preload: exposes `window.certus` ({@link CertusBridge}) and nothing else. The page
 * never sees ipcRenderer or an IPC event object. Channel names are those of core/api/bridgeTransport.ts,
 * written here as literals so that the bundle stays free of anything but `require("electron")`
 * (test/electron/build.e2e.test.ts checks both).
 */
const callChannel = 'certus:call'
const eventChannel = 'certus:event'

const bridge: CertusBridge = {
  async call(method: string, params: unknown): Promise<BridgeReply> {
    try {
      return (await ipcRenderer.invoke(callChannel, method, params)) as BridgeReply
    } catch (error) {
      // Only a broken relay gets here (the main process answers every call with a reply object).
      return { ok: false, error: { code: 'internal', message: `IPC failed: ${error instanceof Error ? error.message : String(error)}` } }
    }
  },
  onEvent(listener: (event: ApiEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('certus.onEvent needs a listener function')
    const forward = (_event: IpcRendererEvent, payload: ApiEvent): void => listener(payload)
    ipcRenderer.on(eventChannel, forward)
    return () => {
      ipcRenderer.removeListener(eventChannel, forward)
    }
  },
  pathForFile(file: File): string {
    // The page cannot see paths (File.path is gone since Electron 32); the import reads the file in place.
    return webUtils.getPathForFile(file)
  },
}

contextBridge.exposeInMainWorld('certus', bridge)

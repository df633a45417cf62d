import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { ApiError } from '../../core/api/apiError.js'
import { bridgeCallChannel, bridgeEventChannel, type BridgeReply } from '../../core/api/bridgeTransport.js'
import type { ApiEvent } from '../../core/api/schemas/jobSchemas.js'
import { isAppUrl, type AppOrigins } from './appUrl.js'
import { validateIpcRequest } from './ipcValidation.js'

export interface IpcRelayOptions {
  ipcMain: IpcMain
  /** The Certus window's webContents; calls from any other webContents are refused. */
  windowContents: () => WebContents | undefined
  allowed: AppOrigins
  /** Runs a validated call in the core host; rejects with an ApiError. */
  call: (method: string, params: unknown) => Promise<unknown>
}

/**
 * The URL of the frame that sent an IPC message when it is the top frame of the Certus window,
 * else undefined (another window, a subframe, a frame already gone), which validation refuses.
 */
function trustedSenderUrl(event: IpcMainInvokeEvent, window: WebContents | undefined): string | undefined {
  const frame = event.senderFrame
  if (window === undefined || window.isDestroyed() || event.sender.id !== window.id) return undefined
  if (frame === null || frame.parent !== null) return undefined
  return frame.url
}

/**
 * Serves `certus:call` for the preload bridge: sender, method and params validated with the API's
 * schemas (validateIpcRequest), then relayed to the core host. Always resolves with a
 * {@link BridgeReply}: an Error thrown across IPC would lose its code and details.
 * Returns the function that removes the handler.
 */
export function registerIpcRelay(options: IpcRelayOptions): () => void {
  options.ipcMain.handle(bridgeCallChannel, async (event, method: unknown, params: unknown): Promise<BridgeReply> => {
    const check = validateIpcRequest(trustedSenderUrl(event, options.windowContents()), method, params, options.allowed)
    if (!check.ok) return check
    try {
      return { ok: true, result: await options.call(check.method, check.params) }
    } catch (error) {
      return { ok: false, error: ApiError.from(error).toPayload() }
    }
  })
  return () => options.ipcMain.removeHandler(bridgeCallChannel)
}

/** Pushes a core event to the window, provided it still shows the app. */
export function sendEventToWindow(contents: WebContents | undefined, event: ApiEvent, allowed: AppOrigins): void {
  if (contents === undefined || contents.isDestroyed() || !isAppUrl(contents.getURL(), allowed)) return
  contents.send(bridgeEventChannel, event)
}

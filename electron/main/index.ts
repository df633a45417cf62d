import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { app, ipcMain, Menu, protocol, session, utilityProcess, type BrowserWindow } from 'electron'
import { formatHostArgs } from '../host/hostArgs.js'
import { appSchemePrivileges, serveAppAsset } from './appProtocol.js'
import { appEntryUrl, appOrigins, appScheme } from './appUrl.js'
import { createCoreHostProcess, type CoreHostProcess } from './coreHostProcess.js'
import { showAbout, showError } from './dialogs.js'
import { registerIpcRelay, sendEventToWindow } from './ipcRelay.js'
import { demoProjectPath, nativeBindingPath, projectArg } from './launchOptions.js'
import { buildApplicationMenu } from './menu.js'
import { createProjectActions } from './projectActions.js'
import { createProjectTracker } from './projectTracker.js'
import { desktopContentSecurityPolicy, hardenSession, hardenWebContents } from './security.js'
import { createMainWindow } from './window.js'

/*
 * Composition root of the Electron main process. The main process only relays: the window talks to
 * it over the validated `certus:call` IPC, and the core (database, jobs, compute) runs in a utility
 * process started from out/main/coreHost.js.
 */

// Before `ready`: the app:// scheme must be privileged to be a secure, fetchable origin.
protocol.registerSchemesAsPrivileged([appSchemePrivileges])

const outMainDir = import.meta.dirname
const isDev = !app.isPackaged
// The dev server URL is honoured only unpackaged: a packaged app never loads anything but app://.
const devServerUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined
const allowed = appOrigins(devServerUrl)
const policy = desktopContentSecurityPolicy(allowed)
let window: BrowserWindow | undefined

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowed))
  app.whenReady().then(start, (error: unknown) => {
    console.error(`[certus] ${(error as Error).message}`)
    app.exit(1)
  })
}

function start(): void {
  hardenSession(session.defaultSession, allowed, policy)
  protocol.handle(appScheme, (request) => serveAppAsset(request, { rootDir: join(outMainDir, '..', 'renderer'), policy }))

  const core = startCore()
  const projects = createProjectActions({ call: core.call, window: () => window })
  Menu.setApplicationMenu(
    buildApplicationMenu({
      isDev,
      isMac: process.platform === 'darwin',
      actions: {
        newProject: () => void projects.choose('new'),
        openProject: () => void projects.choose('open'),
        about: () => void showAbout(window, app.getVersion()),
      },
    }),
  )
  openWindow()

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window === undefined) openWindow()
    else if (window.isMinimized()) window.restore()
    window?.focus()
    const path = projectArg(argv)
    if (path !== undefined) void projects.open(resolve(workingDirectory, path))
  })
  app.on('activate', () => {
    if (window === undefined) openWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Let the host close the project (cancel jobs, checkpoint the WAL) before the app exits.
  let coreStopped = false
  app.on('before-quit', (event) => {
    if (coreStopped) return
    event.preventDefault()
    void core.stop().finally(() => {
      coreStopped = true
      app.quit()
    })
  })
}

function openWindow(): void {
  window = createMainWindow({
    preloadPath: join(outMainDir, '..', 'preload', 'index.cjs'),
    entryUrl: devServerUrl ?? appEntryUrl,
    devTools: isDev,
  })
  window.on('closed', () => {
    window = undefined
  })
}

/**
 * Starts the core host in its utility process, with the Electron build of better-sqlite3 and the
 * project from `--project FILE` (else the demo project, written on first start), and serves the
 * window's `certus:call` with it.
 */
function startCore(): Pick<CoreHostProcess, 'call' | 'stop'> {
  const nativeBinding = nativeBindingPath({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    electronVersion: process.versions.electron ?? '',
    platform: process.platform,
    arch: process.arch,
  })
  const nativeMissing = !existsSync(nativeBinding)
  if (nativeMissing) {
    const fix = app.isPackaged ? 'The installation is incomplete: reinstall Certus.' : 'Run `node scripts/buildElectronNative.mjs` (needs the network once).'
    void showError(undefined, 'SQLite for Electron is missing', `${nativeBinding} does not exist, so no project can be opened.\n\n${fix}`)
  }
  const named = projectArg(process.argv)
  const tracker = createProjectTracker(
    named === undefined
      ? { projectPath: demoProjectPath(app.getPath('userData')), demoIfMissing: true }
      : { projectPath: resolve(named), demoIfMissing: false },
  )
  const host = createCoreHostProcess({
    // A restarted host reopens the project the user last opened.
    spawn: () =>
      utilityProcess.fork(join(outMainDir, 'coreHost.js'), formatHostArgs({ version: app.getVersion(), nativeBinding, ...tracker.current() }), {
        serviceName: 'Certus core',
        stdio: 'inherit',
      }),
    onEvent: (event) => {
      tracker.observeEvent(event)
      sendEventToWindow(window?.webContents, event, allowed)
    },
    // A missing Electron build of SQLite has been explained above, with its fix.
    onNotice: (notice) => {
      if (!nativeMissing) void showError(window, 'Certus', notice)
    },
    onCrash: ({ code, restarting }) => {
      console.error(`[certus] core host exited with code ${code}${restarting ? '; restarting it' : '; giving up'}`)
      if (!restarting) void showError(window, 'Certus core stopped', 'The computing process stopped several times. Restart Certus.')
    },
  })
  const call = async (method: string, params: unknown): Promise<unknown> => {
    const result = await host.call(method, params)
    tracker.observeCall(method, params, result)
    return result
  }
  registerIpcRelay({ ipcMain, windowContents: () => window?.webContents, allowed, call })
  return { call, stop: (timeoutMs) => host.stop(timeoutMs) }
}

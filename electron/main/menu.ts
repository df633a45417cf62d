import { Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  newProject: () => void
  openProject: () => void
  about: () => void
}

/** File (new/open project, quit), Edit (clipboard), View (zoom; reload and DevTools only in development), Help. */
export function buildApplicationMenu(options: { isDev: boolean; isMac: boolean; actions: MenuActions }): Menu {
  const { actions, isDev, isMac } = options
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...(isDev
          ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', submenu: [{ label: 'About Certus', click: () => actions.about() }] },
  ]
  return Menu.buildFromTemplate(template)
}

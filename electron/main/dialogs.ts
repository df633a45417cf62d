import { dialog, type BrowserWindow } from 'electron'

const projectFilters = [
  { name: 'Certus project', extensions: ['certus'] },
  { name: 'All files', extensions: ['*'] },
]

/** Asks for a project file to open (`open`) or to create (`new`); undefined when cancelled. */
export async function chooseProjectFile(window: BrowserWindow | undefined, mode: 'open' | 'new'): Promise<string | undefined> {
  if (mode === 'open') {
    const options = { title: 'Open Certus project', properties: ['openFile' as const], filters: projectFilters }
    const answer = window === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options)
    return answer.canceled ? undefined : answer.filePaths[0]
  }
  const options = { title: 'New Certus project', defaultPath: 'project.certus', filters: projectFilters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] }
  const answer = window === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options)
  if (answer.canceled || answer.filePath === undefined || answer.filePath === '') return undefined
  return /\.certus$/i.test(answer.filePath) ? answer.filePath : `${answer.filePath}.certus`
}

export async function showError(window: BrowserWindow | undefined, title: string, detail: string): Promise<void> {
  const options = { type: 'error' as const, title, message: title, detail, buttons: ['OK'] }
  if (window === undefined) await dialog.showMessageBox(options)
  else await dialog.showMessageBox(window, options)
}

export async function showAbout(window: BrowserWindow | undefined, appVersion: string): Promise<void> {
  const { electron, chrome, node } = process.versions
  const options = {
    type: 'info' as const,
    title: 'About Certus',
    message: `Certus ${appVersion}`,
    detail: `5G-Advanced experience optimisation and deterministic-SLA planning, offline.\n\nElectron ${electron ?? '?'} · Chromium ${chrome ?? '?'} · Node ${node}`,
    buttons: ['OK'],
  }
  if (window === undefined) await dialog.showMessageBox(options)
  else await dialog.showMessageBox(window, options)
}

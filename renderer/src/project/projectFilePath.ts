/** Extension of Certus project files. */
export const projectExtension = '.certus'

/**
 * The project path to ask the core for: the typed text trimmed; a new project whose file name has no
 * extension gets `.certus`, as a save dialog would add it.
 */
export function projectFilePath(input: string, create: boolean): string {
  const path = input.trim()
  if (!create || path === '') return path
  const name = path.split(/[\\/]/).pop() ?? ''
  return name === '' || name.includes('.') ? path : `${path}${projectExtension}`
}

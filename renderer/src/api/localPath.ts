import { inject, type InjectionKey } from 'vue'

/** The path on disk of a dropped or picked file, when the window can know it (desktop), else undefined. */
export type LocalPathResolver = (file: File) => string | undefined

/** Where the app provides its resolver; without one every file is sent as bytes (web mode, tests). */
export const localPathKey: InjectionKey<LocalPathResolver> = Symbol('localPath')

const noLocalPaths: LocalPathResolver = () => undefined

/** The resolver the app provides (call inside a component's or a setup store's setup). */
export function useLocalPath(): LocalPathResolver {
  return inject(localPathKey, noLocalPaths)
}

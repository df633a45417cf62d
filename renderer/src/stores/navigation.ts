import { defineStore } from 'pinia'
import { ref } from 'vue'

/** The views of the app, in navigation order. */
export const viewNames = ['project', 'map', 'experience', 'sla', 'optimise', 'reports'] as const
export type ViewName = (typeof viewNames)[number]

export const defaultView: ViewName = 'map'

/** The view a location hash names (`#/map`), or the default view for an empty or unknown hash. */
export function viewFromHash(hash: string): ViewName {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return (viewNames as readonly string[]).includes(name) ? (name as ViewName) : defaultView
}

export const hashOf = (view: ViewName): string => `#/${view}`

/**
 * Which view is shown. The location hash mirrors it, so `#/map` opens the map directly and the
 * browser's back button moves between views; no router is needed for six flat views.
 */
export const useNavigationStore = defineStore('navigation', () => {
  const current = ref<ViewName>(viewFromHash(window.location.hash))

  const onHashChange = (): void => {
    current.value = viewFromHash(window.location.hash)
  }
  window.addEventListener('hashchange', onHashChange)

  function go(view: ViewName): void {
    current.value = view
    if (window.location.hash !== hashOf(view)) window.location.hash = hashOf(view)
  }

  /** Stops following the hash (tests, app unmount). */
  function dispose(): void {
    window.removeEventListener('hashchange', onHashChange)
  }

  return { current, go, dispose }
})

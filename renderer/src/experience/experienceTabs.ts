/** The Experience view's pages: KQI dashboards, the TopN problems with the map, the learned models. */
export const experienceTabs = ['dashboard', 'problems', 'models'] as const
export type ExperienceTab = (typeof experienceTabs)[number]

/** The page a location hash names (`#/experience/models`), the dashboards for `#/experience` or anything else. */
export function tabFromHash(hash: string): ExperienceTab {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[1] ?? ''
  return (experienceTabs as readonly string[]).includes(name) ? (name as ExperienceTab) : 'dashboard'
}

/** The hash of a page: `#/experience` for the dashboards (the view's own link), `#/experience/{tab}` otherwise. */
export const hashOfTab = (tab: ExperienceTab): string => (tab === 'dashboard' ? '#/experience' : `#/experience/${tab}`)

import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatKqiValue, formatShare } from './formatNumbers.js'
import type { ModelChartText } from './modelChartOptions.js'

/** The model charts' words for a KQI and unit, in the UI language (recomputed when the language changes). */
export function useModelChartText(source: () => { kqi: string; unit: string }): ComputedRef<ModelChartText> {
  const { t, locale } = useI18n()
  return computed<ModelChartText>(() => {
    const { kqi, unit } = source()
    const withUnit = (text: string): string => (unit === '' ? text : `${text} (${unit})`)
    return {
      actualAxis: withUnit(t('experience.models.chart.actual', { kqi })),
      predictedAxis: withUnit(t('experience.models.chart.predicted', { kqi })),
      holdout: t('experience.models.chart.holdout'),
      identity: t('experience.models.chart.identity'),
      importanceAxis: withUnit(t('experience.models.chart.importanceAxis')),
      importanceName: t('experience.models.chart.importance'),
      contributionAxis: withUnit(t('experience.models.chart.contributionAxis')),
      raises: t('experience.models.chart.raises'),
      lowers: t('experience.models.chart.lowers'),
      shareOf: (share) => t('experience.models.chart.shareOf', { share: formatShare(share, locale.value) }),
      format: (value) => formatKqiValue(value, locale.value),
    }
  })
}

import { BarChart, LineChart, ScatterChart, type BarSeriesOption, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts'
import {
  DataZoomInsideComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type DataZoomComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { init, use, type ComposeOption, type ECharts } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'

// Only what the Experience charts draw, so the renderer bundle carries a fraction of ECharts.
use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, DataZoomInsideComponent, CanvasRenderer])

/** The ECharts option of an Experience chart: bars, lines and scatters on a grid, with legend, tooltip and marker lines. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | DataZoomComponentOption
>

/** The UI's font stack (theme.css): canvas text cannot inherit it from CSS. */
export const chartFontFamily = "'Inter', 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', system-ui, sans-serif"

/**
 * Draws `option()` as an ECharts chart in `container` (canvas): created on mount, redrawn whenever the
 * option changes (new data, another language), resized with its container, disposed on unmount.
 * Test hook: the container's `data-chart-rendered` counts finished renders.
 */
export function useChart(container: Ref<HTMLElement | null>, option: () => ChartOption | null) {
  const chart = shallowRef<ECharts | null>(null)
  let observer: ResizeObserver | null = null
  let renders = 0

  const draw = (next: ChartOption | null): void => {
    if (chart.value === null || next === null) return
    chart.value.setOption({ textStyle: { fontFamily: chartFontFamily }, ...next }, { notMerge: true })
  }

  onMounted(() => {
    const element = container.value
    if (element === null) return
    const created = init(element, undefined, { renderer: 'canvas' })
    created.on('finished', () => {
      renders += 1
      element.dataset.chartRendered = String(renders)
    })
    chart.value = created
    draw(option())
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => created.resize())
      observer.observe(element)
    }
  })
  watch(option, draw)
  onBeforeUnmount(() => {
    observer?.disconnect()
    observer = null
    chart.value?.dispose()
    chart.value = null
  })

  return { chart }
}

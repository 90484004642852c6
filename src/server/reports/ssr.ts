/**
 * Server-side rendering of the chart options in charts.js to SVG with Apache ECharts' SSR
 * mode (`renderer: 'svg', ssr: true`, no DOM, no canvas): the printable pages carry their
 * charts as inline SVG, so they print sharply and need no JavaScript. ECharts is loaded on
 * first use (it is large; the CLI never needs it).
 */
import type { EChartsOptionLike } from '../../web/reports/charts.js';

type EChartsModule = typeof import('echarts');
let loaded: Promise<EChartsModule> | null = null;

/**
 * An SVG string of the chart.
 * @example await renderChartSvg(levelPieOption(report.counts), { width: 360, height: 260 })
 */
export async function renderChartSvg(option: EChartsOptionLike, size: { width: number; height: number }): Promise<string> {
  loaded ??= import('echarts');
  const echarts = await loaded;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

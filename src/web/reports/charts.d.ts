/** Types of charts.js (ECharts option builders shared by the server pages and the workspace). */
export type Level = 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied';
export type EChartsOptionLike = Record<string, unknown>;
export declare const LEVEL_COLORS: Readonly<Record<Level, string>>;
/** Names: the levels' (the domain's, in order), and axis names replacing the Chinese defaults. */
export interface ChartNames {
  levels?: Readonly<Record<Level, string>>;
  /** Axis name of counts (份数). */
  count?: string;
  /** Series name of the satisfaction rate (满意率). */
  rate?: string;
  /** Reason category → name. */
  categories?: Readonly<Record<string, string>>;
  /** What an empty chart says instead of a ring of zeros (暂无数据). */
  empty?: string;
}
export declare function levelPieOption(counts: Readonly<Record<Level, number>>, title?: string, names?: ChartNames): EChartsOptionLike;
export declare function dailyTrendOption(
  series: readonly { date: string; counts: Readonly<Record<Level, number>>; satisfactionRate: number | null }[],
  title?: string,
  names?: ChartNames,
): EChartsOptionLike;
export declare function reasonsBarOption(
  reasons: readonly { label: string; count: number; category?: string }[],
  title?: string,
  names?: ChartNames,
): EChartsOptionLike;
export declare function strataOption(
  strata: readonly { stratum: string; sampled: number; responded: number; responseRate: number | null; satisfactionRate: number | null }[],
  title?: string,
): EChartsOptionLike;
export declare function temperatureOption(bins: readonly { label: string; count: number }[], minCelsius?: number, title?: string): EChartsOptionLike;

/** Types of charts.js (ECharts option builders shared by the server pages and the workspace). */
export type Level = 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied';
export type EChartsOptionLike = Record<string, unknown>;
export declare const LEVEL_COLORS: Readonly<Record<Level, string>>;
export declare const LEVEL_NAMES: Readonly<Record<Level, string>>;
export declare function levelPieOption(counts: Readonly<Record<Level, number>>, title?: string): EChartsOptionLike;
export declare function dailyTrendOption(
  series: readonly { date: string; counts: Readonly<Record<Level, number>>; satisfactionRate: number | null }[],
  title?: string,
): EChartsOptionLike;
export declare function reasonsBarOption(reasons: readonly { label: string; count: number }[], title?: string): EChartsOptionLike;
export declare function strataOption(
  strata: readonly { stratum: string; sampled: number; responded: number; responseRate: number | null; satisfactionRate: number | null }[],
  title?: string,
): EChartsOptionLike;
export declare function temperatureOption(bins: readonly { label: string; count: number }[], minCelsius?: number, title?: string): EChartsOptionLike;

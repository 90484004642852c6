/** The chart options of the reports: an empty state instead of a full ring when nothing was answered (issue 17). */
import { describe, expect, it } from 'vitest';
import { levelPieOption } from '../../src/web/reports/charts.js';

const levels = { very_satisfied: '非常满意', satisfied: '满意', neutral: '一般', dissatisfied: '不满意' };

describe('levelPieOption', () => {
  it('draws no ring for all zeros, and says there is no data', () => {
    const o = levelPieOption({ very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 }, '满意度分布', { levels, empty: '暂无数据' }) as { series: unknown[]; graphic: { style: { text: string } }[] };
    expect(o.series).toEqual([]);
    expect(o.graphic[0]?.style.text).toBe('暂无数据');
  });
  it('draws the ring when there are answers', () => {
    const o = levelPieOption({ very_satisfied: 3, satisfied: 1, neutral: 0, dissatisfied: 1 }, '满意度分布', { levels }) as { series: { type: string; data: { value: number }[] }[] };
    expect(o.series[0]?.type).toBe('pie');
    expect(o.series[0]?.data.map((d) => d.value)).toEqual([3, 1, 0, 1]);
  });
});

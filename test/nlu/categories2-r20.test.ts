/**
 * Round 20 (t20C2): complaint categories of grievances said without a category word on the satisfaction, score and text steps:
 * the work not to plan, mismeasured or disliked in its place, a cable left trailing, a job left untested, a cold home in degrees or
 * by the body (quality); the line dead after the job (not_fixed); the bill above last year's or a cut refused (billing); a slow
 * dispatch (late); rubbish left piled, an untidy site (mess); a hot joint within a child's reach (safety); the customer told
 * nothing or one story then another (attitude). Phrasings of our own, each beside a look-alike that must not change.
 */
import { describe, expect, it } from 'vitest';
import { readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();
const onStep = (dialogStep: string, text: string) => readOnStep(dialogStep, text).c;
const rows = (cases: [string, string, string | null][]) => {
  for (const [step, text, c] of cases) expect(onStep(step, text), `${step}: ${text}`).toBe(c);
};

describe('grievances without a category word, round 20 (t20C2)', () => {
  it('the work itself below standard is quality', () => rows([
    ['renovation.low_reason', '电路没按图纸来 插座都装歪了', 'quality'],
    ['renovation.overall', '两分 客厅地砖空鼓', 'quality'],
    ['renovation.design', '不太满意 橱柜尺寸没量对', 'quality'],
    ['unicom-engineer.rating', '六分 路由器放的位置我不怎么满意', 'quality'],
    ['telecom-install.satisfaction', '不满意 网线就在地上扔着 也没给固定', 'quality'],
    ['telecom-repair.satisfaction', '不满意 换完设备就走了 都没测一下', 'quality'],
    ['telecom-install.satisfaction', '不满意 这装了个什么玩意', 'quality'],
  ]));
  it('a cold home said in degrees or by the body is quality', () => rows([
    ['heating-sampling.heating_satisfaction', '不满意 室温太低了 才十六度', 'quality'],
    ['heating-repair.satisfaction', '一般 暖气片温吞吞的', 'quality'],
  ]));
  it('the line dead after the job is not_fixed; the charges are billing; a slow dispatch is late', () => rows([
    ['telecom-install.reason', '装完就走了 宽带压根连不上', 'not_fixed'],
    ['telecom-install.satisfaction', '不满意 装完电视就不行了', 'not_fixed'],
    ['heating-sampling.heating_satisfaction', '热是热 就是今年交的暖气费比往年贵了', 'billing'],
    ['telecom-repair.satisfaction', '不满意 想让减点月费 客服说不行', 'billing'],
    ['telecom-repair.satisfaction', '不满意 你们派单也太慢了', 'late'],
  ]));
  it('the site left untidy is mess; a hot joint in a child\'s reach is safety; told nothing is attitude', () => rows([
    ['renovation.site_safety', '满意 就是废料在门口放了三天才拉走', 'mess'],
    ['renovation.site_safety', '还行 就是每天干完活挺乱的', 'mess'],
    ['heating-repair.satisfaction', '不满意 那个管子烫人 小孩总往那摸', 'safety'],
    ['telecom-repair.satisfaction', '满意 就是也没跟我说清楚是啥毛病', 'attitude'],
    ['telecom-repair.reason', '客服一会一个说法', 'attitude'],
  ]));
  it('look-alikes keep their reading', () => rows([
    ['telecom-repair.satisfaction', '满意', null],
    ['heating-sampling.heating_satisfaction', '满意 屋里温度不低 挺暖和', null],
    ['telecom-install.satisfaction', '满意 装完测了一下网速挺快', null],
    ['renovation.site_safety', '满意 每天干完活都收拾得利利索索', null],
    ['telecom-repair.satisfaction', '满意 师傅来了就把毛病找到了', null],
    ['telecom-repair.satisfaction', '不满意 师傅来了瞅了一眼就走了', 'not_fixed'],
    ['heating-complaint.handling_satisfaction', '不满意 那人来了就瞅了一眼', 'not_fixed'],
  ]));
});

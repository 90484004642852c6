/**
 * Round 19 (t19C): kinds of answer taught from dev18's whole conversations (own variants, not the corpus's words).
 * - The tariff grumbled at and owned as no one's doing here (哪家都一样, 不是你们能定的, 事先都讲好了): no clear complaint.
 * - Another party's doing owned as beyond the company (这你们也管不了; 不是暖气的事), the weather slowing what must dry: none.
 * - A past fault put right later in the same answer (刚开始那两天还是凉 后来又来修了一回 现在挺热): yes.
 * - A relative's report that it works (我孙女说能上网了): yes.
 * - The fault called the state asked (断一回也叫能用): no; 说啥处理了 is a reproach, not "say again"; 打了多少回电话 is no question
 *   and no opt-out.
 * - Staff's words quoted and reproached (这叫什么话), the customer hung up on (就给我挂了): a clear complaint about conduct.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';
import { check, read, rulesAlone } from './read-kind.js';

rulesAlone();
const reading = (text: string, kind: string) => interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale: 'zh-CN' });

describe('round 19: whole conversations (t19C)', () => {
  it('reads the tariff owned as no one\'s doing as no clear complaint', () => {
    for (const t of ['挺满意的 就是网费有点贵 不过哪家都一样', '满意 取暖费年年涨 不过这也不是你们能定的', '满意 安装费是贵了点 不过事先都讲好了']) {
      const r = reading(t, 'csat3');
      expect(r.value, t).toBe('satisfied');
      expect(!r.complaint || !!r.reservation, t).toBe(true);
    }
    // (A rise not announced is still a grievance.)
    check([['csat3', '满意 暖气费又涨了 你们也不提前通知', { v: 'dissatisfied', c: 'billing' }]]);
  });
  it('sets aside another party\'s doing owned as beyond the company, and the weather', () => {
    check([
      ['csat3', '满意 墙裂了是楼下装修震的 不是暖气的事', { v: 'satisfied', c: null }],
      ['text', '隔壁邻居装修老钻墙 这你们也管不了 没别的了', { c: null }],
      ['text', '没啥意见 就是这几天阴雨 腻子干得慢', { c: null }],
      // (Damage to the home asked to be looked at stays.)
      ['text', '楼上漏水把我家墙泡了 你们赶紧来看看', { c: 'mess' }],
    ]);
  });
  it('reads a past fault put right, and a relative\'s report, as yes', () => {
    check([
      ['yesno', '刚开始那两天还是凉 后来又来修了一回 现在挺热', { v: true }],
      ['yesno', '头几天还不太热 后来又来调过 现在挺好', { v: true }],
      ['yesno', '我不懂这些 我孙女说能上网了', { v: true }],
      ['yesno', '儿子说能用了', { v: true }],
    ]);
  });
  it('reads staff\'s words reproached and a hang-up on the customer as a clear complaint', () => {
    for (const [kind, t] of [['csat3', '满意 不过接线的那个说 你爱找谁找谁 这叫什么话'], ['csat3', '满意 就是客服那个小伙子 没等我说完就给我挂了'], ['text', '建议就是你们客服那个姑娘 我话没说完她就给我挂了']] as const) {
      const r = reading(t, kind);
      expect(r.complaint, t).toBe('attitude');
      expect(r.reservation ?? false, t).toBe(false);
    }
  });
  it('reads a reproach said as the state asked, "what handled", and "how many times I called"', () => {
    check([
      ['yesno', '通了通了 一天掉五回线也算通了', { v: false }],
      ['text', '说什么修好了 根本没人来过', { c: 'late' }],
    ]);
    expect(read('说什么修好了 根本没人来过', 'text').i).toBeNull();
    expect(read('说什么', 'text').i).toBe('repeat');
    const r = read('跑了多少趟了 屋里还是上不来温度', 'csat3');
    expect(r.i).toBeNull();
    expect(r.v).toBe('dissatisfied');
    expect(read('以后少给我打电话', 'csat3').i).toBe('opt_out');
  });
});

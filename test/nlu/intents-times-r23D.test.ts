/**
 * Round 23 (t23D): dev22's intents and callback times, read on their steps with the rules alone. Phrasings of our own, each
 * group beside look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { stepReading } from '../../src/cli/commands/interpret.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret } from '../../src/nlu/index.js';
import { rulesAlone } from './read-kind.js';

rulesAlone();

let registry: ReturnType<typeof loadRegistry> | undefined;
/** Read on `<dialog>.<step>` at `now` (default: the corpus's Wednesday 10:30), the learned reader off. */
const on = (dialogStep: string, text: string, now = '2026-11-18T10:30:00+08:00') => {
  const s = stepReading(dialogStep, 'zh-CN', (registry ??= loadRegistry()));
  const r = interpret(text, s.expect, { locale: 'zh-CN', now, question: s.question, learned: false });
  return { v: r.value ?? null, i: r.intent ?? null, c: r.complaint ?? null, at: r.at ?? null };
};
type Want = { v?: unknown; i?: string | null; c?: string | null; at?: string | null };
const check = (rows: [string, string, Want, string?][]) => {
  for (const [step, text, want, now] of rows) {
    const got = on(step, text, now);
    for (const k of Object.keys(want) as (keyof Want)[]) expect(got[k], `${step}: ${text} (${k})`).toEqual(want[k]);
  }
};

describe('northern 今个/明个/后个儿 are days (time.ts)', () => {
  it('reads the day said, and leaves 说明个 and 最后个 alone', () => {
    check([
      ['heating-sampling.ask_time', '明个儿上半晌吧', { at: '2026-11-19T10:00:00+08:00' }],
      ['heating-sampling.ask_time', '那就后个儿下午三点', { at: '2026-11-20T15:00:00+08:00' }],
      ['heating-sampling.ask_time', '大后个儿上午', { at: '2026-11-21T10:00:00+08:00' }],
      ['heating-sampling.ask_time', '今个下半晌', { at: '2026-11-18T15:00:00+08:00' }],
      // look-alikes: no day in them
      ['heating-sampling.ask_time', '下午四点 我跟你说明个情况', { at: '2026-11-18T16:00:00+08:00' }],
    ]);
  });
});

describe('a departure hour is no callback time; insistence on a busy today (time.ts)', () => {
  it('reads the boarding as a later call with no time, and keeps a time said to call', () => {
    check([
      ['telecom-install.convenient', '我四点半的高铁 快检票了', { v: false, i: 'reschedule', at: null }],
      ['renovation.convenient', '两点的航班 马上要过安检了', { v: false, i: 'reschedule', at: null }],
      ['renovation.convenient', '今天实在没空 家里来客人了 下周一你再打', { v: false, i: 'reschedule', at: '2026-11-23T10:00:00+08:00' }],
      // look-alikes: a clock to call at, and a meeting's hour still a busy one
      ['telecom-install.convenient', '不方便 你下午四点再打吧', { v: false, i: 'reschedule', at: '2026-11-18T16:00:00+08:00' }],
      ['telecom-install.ask_time', '五点以后吧', { at: '2026-11-18T17:00:00+08:00' }],
    ]);
  });
});

describe('a mealtime ruled out is no opt-out (zh.ts)', () => {
  it('reads 饭点别打 with the time after it, and keeps plain opt-outs', () => {
    check([
      ['telecom-install.ask_time', '吃饭的时候别打 两点半以后', { i: null, at: '2026-11-18T14:30:00+08:00' }],
      ['heating-sampling.ask_time', '午休时间别打啊 三点以后都行', { i: null, at: '2026-11-18T15:00:00+08:00' }],
      // look-alikes: no more calls at all
      ['telecom-install.satisfaction', '以后别打了', { i: 'opt_out' }],
      ['renovation.recommend', '别再打了 烦死了', { i: 'opt_out' }],
    ]);
  });
});

describe('an arrival with 才 that is no lateness (complaints.ts)', () => {
  it('reads the customer late home or a visit still to come as no grievance', () => {
    check([
      ['heating-sampling.ask_time', '九点以后吧 我加班 八点多才到家', { c: null }, '2026-11-18T20:40:00+08:00'],
      ['renovation.ask_time', '工人说后天才来贴砖 你周五打吧', { c: null }],
      // look-alikes: the wait of the customer, and a visit moved against what was agreed
      ['telecom-install.satisfaction', '约的上午 师傅下午四点才到', { c: 'late' }],
      ['telecom-install.satisfaction', '说好今天来装 又说下周才来', { c: 'late' }],
    ]);
  });
});

describe('too many calls, not a talkative worker (complaints.ts)', () => {
  it('reads 电话太多 as no conduct, and keeps 话太多 of the worker', () => {
    check([
      ['renovation.recommend', '你们这回访电话太多了 别再打了', { i: 'opt_out', c: null }],
      ['telecom-install.satisfaction', '装机那小伙子话太多了 一直唠叨', { c: 'attitude' }],
    ]);
  });
});

describe('whether or not, with the not-knowing said after it (complaints.ts)', () => {
  it('reads 热不热我不知道 as no fault, and keeps a fault said after it', () => {
    check([
      ['heating-repair.warm_now', '我出差呢 屋里热不热我也不清楚 下礼拜再说吧', { c: null, i: 'reschedule' }],
      // look-alikes: the cold said after all
      ['heating-repair.warm_now', '热不热我不知道 反正我卧室不热', { c: 'quality' }],
      ['heating-repair.warm_now', '不热', { v: false }],
    ]);
  });
});

describe('later calls: a child crying, a chore to finish, boarding, an agreement tag (zh.ts, pipeline.ts)', () => {
  it('reads each as a later call with no level, and keeps a go-ahead', () => {
    check([
      ['heating-sampling.convenient', '小孩儿正闹呢', { v: false, i: 'reschedule' }],
      ['heating-sampling.convenient', '等我把碗洗完再说', { v: false, i: 'reschedule' }],
      ['telecom-install.convenient', '我先把娃哄睡着了再打', { v: false, i: 'reschedule' }],
      ['heating-complaint.handling_satisfaction', '我在银行办事呢 改天再说好不好', { v: null, i: 'reschedule' }],
      ['telecom-repair.satisfaction', '在外面呢 回头再聊行吧', { v: null, i: 'reschedule' }],
      // look-alikes: the fault to be fixed first, a go-ahead beside a crying child, a level said after the later call
      ['telecom-repair.satisfaction', '修好再说', { i: null }],
      ['heating-sampling.convenient', '孩子哭了 没事 你问吧', { v: true, i: null }],
      ['heating-complaint.handling_satisfaction', '回头再说 还行吧', { v: 'neutral' }],
    ]);
  });
});

describe('a person asked for, the phone handed to family, a demand to say who, no new install (zh.ts, lexicon-zh.ts)', () => {
  it('reads each intent, and keeps the look-alikes', () => {
    check([
      ['telecom-repair.satisfaction', '叫那个来装路由器的师傅赶紧给我回个电话', { i: 'human', v: null }],
      ['telecom-install.satisfaction', '我耳背 听不清 你让我孙子跟你说吧', { i: null, v: null }],
      ['telecom-install.identity', '你是干啥的 先讲清楚', { v: null }],
      ['telecom-install.satisfaction', '我们这网都用五六年了 没新开过啊 是不是弄错了', { i: 'wrong_person', v: null }],
      // look-alikes: the worker calling is no request; a plain "say again"; clarity praised; a move instead of an install
      ['telecom-repair.satisfaction', '师傅没再给我打电话 不过修好了 满意', { i: null, v: 'satisfied' }],
      ['telecom-install.satisfaction', '听不清 你再说一遍', { i: 'repeat' }],
      ['telecom-install.satisfaction', '挺满意的 师傅讲得很清楚', { v: 'satisfied' }],
      ['telecom-install.satisfaction', '没新装 就是移了个机 挺好的', { i: null }],
    ]);
  });
});

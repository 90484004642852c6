/**
 * Round 18 (t18C), whole calls (dev17 t-c-…): a key typed as the whole message, the false escalations (a bad mark denied by
 * the set phrase, sincerity vouched for, the worker's reminder taken up, sales calls refused, fewer calls suggested, full marks
 * insisted on), pressure that must reach a person, the prompt cut off by a barge-in, a yes hurried on, an answer told from
 * away. Own phrasings, not the corpus items, each with a look-alike that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { runConversation } from '../../src/engine/conversation.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret, interpretKind } from '../../src/nlu/index.js';
import { rulesAlone } from './read-kind.js';

rulesAlone();

const NOW = '2026-11-18T10:30:00+08:00';
const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: NOW, locale: 'zh-CN' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null, res: !!r.reservation };
};
const reg = loadRegistry();
const play = (id: string, lines: string[], locale?: 'zh-CN' | 'en') =>
  runConversation(reg.get(id, locale), lines, { interpret, now: NOW, timeZone: 'Asia/Shanghai', variables: { customerName: '张先生' } });

describe('a key typed as the whole message answers as the option', () => {
  const cases: [string, string[], 'zh-CN' | 'en' | undefined, string | null][] = [
    ['telecom-install', ['1', '1', '3', '没人来'], undefined, 'dissatisfied'],
    ['telecom-repair', ['回复1', '【2】'], undefined, 'satisfied'],
    ['heating-complaint', ['１', '１'], undefined, 'very_satisfied'],
    ['telecom-install', ['yes', 'yes', '2'], 'en', 'satisfied'],
  ];
  it.each(cases)('%s %j', (id, lines, locale, level) => {
    expect(play(id, lines, locale).result.score?.level ?? null).toBe(level);
  });
  it('a digit inside words, or a key the step has not, stays words', () => {
    expect(play('telecom-install', ['是', '方便', '给3分吧']).result.score?.level ?? null).not.toBe('dissatisfied');
    expect(play('telecom-install', ['是', '方便', '7']).result.score).toBeNull();
  });
});

describe('happy customers whose words look like a complaint', () => {
  it('a bad mark denied by the set phrase "X是不可能X的"', () => {
    expect(read('投诉是不可能投诉的，挺好', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('差评是不可能差评的', 'csat3').v).toBe('satisfied');
    expect(read('差评，不可能给好评', 'csat3').v).toBe('dissatisfied');
  });
  it('sincerity vouched for after praise', () => {
    expect(read('非常满意，我真不是跟你客气', 'csat3').v).toBe('very_satisfied');
    expect(read('师傅说话不客气', 'csat3').v).toBe('dissatisfied');
  });
  it("the worker's reminder taken up as the customer's own", () => {
    expect(read('小伙子让我打满分，那就满分呗，活儿干得好', 'scale:0-10')).toMatchObject({ v: 10, c: null });
    expect(read('他让我打十分', 'scale:0-10').c).toBe('attitude');
    expect(read('他让我打十分，不打十分他要被扣钱，那就十分吧', 'scale:0-10').c).toBe('attitude');
  });
  it('sales calls refused, shorter or fewer calls suggested: no opt-out, no grievance', () => {
    expect(read('满意，以后有活动别给我打推销电话就行', 'csat3')).toMatchObject({ v: 'satisfied', i: null, c: null });
    expect(read('问卷别问这么久就行', 'text').i).toBeNull();
    expect(read('一年打一次就够了，别老打', 'text').i).toBeNull();
    expect(read('以后别打了', 'text').i).toBe('opt_out');
    expect(read('满意，就是师傅一直给我推销套餐', 'csat3').c).toBe('money');
  });
  it('another line named to call: the survey goes on', () => {
    expect(read('方便，以后别打这个座机了，打我手机', 'yesno')).toMatchObject({ v: true, i: null });
    expect(read('以后别打这个电话了', 'yesno').i).toBe('opt_out');
  });
  it('full marks insisted on', () => {
    expect(read('满分，少一分也不成', 'scale:0-10').v).toBe(10);
    expect(read('一分也不给', 'scale:0-10').v).toBe(0);
  });
});

describe('pressure for a rating reaches a person', () => {
  it('a penalty for a lower mark, dodging the callback, the rating done on the customer\'s phone', () => {
    for (const t of ['十分，不过他说不给满分要扣他工资', '满分吧，对了小伙子让我别接你们回访电话', '师傅用我手机直接点的五星']) {
      const r = read(t, 'scale:0-10');
      expect(r.c, t).toBe('attitude');
      expect(r.res, t).toBe(false);
    }
  });
});

describe('the call as people speak', () => {
  it('the prompt cut off by a barge-in', () => {
    expect(read('九分九分，不用念了', 'scale:0-10').v).toBe(9);
    expect(read('好了好了，你别念了', 'yesno').v).toBe(true);
    expect(read('不用说了', 'yesno').v).toBe(false);
  });
  it('a yes hurried on is no later call', () => {
    expect(read('可以，赶紧的我这忙着呢', 'yesno')).toMatchObject({ v: true, i: null });
    expect(read('可以，我这忙着呢，晚点再打', 'yesno').i).toBe('reschedule');
  });
  it('an answer told from away, from before the customer left', () => {
    expect(read('我在外面，出门前看了是十九度', 'scale:0-40:度')).toMatchObject({ v: 19, i: null });
    expect(read('我在外面，回家再看', 'scale:0-40:度').i).toBe('reschedule');
  });
});

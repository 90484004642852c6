/**
 * Round 20 (t20N), no score without evidence (dev19): a character spelt by its strokes or the 百家姓 line, an e-mail said
 * aloud, a dropped line picked up again, how long the line has been in use, OK before a go-ahead, the door shut by
 * someone present, 没 asking after what someone did, a hold-on on a step that does not ask for a good time. Phrasings
 * other than the corpus items, and the look-alikes that must stay answers.
 */
import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';
import { check, none, rulesAlone } from './read-kind.js';

rulesAlone();

const KINDS = ['yesno', 'csat3', 'scale:0-10'];
const everywhere = (texts: string[]): [string, string][] => texts.flatMap((t) => KINDS.map((k) => [k, t] as [string, string]));
const asked = (text: string, question: string) =>
  interpret(text, parseKind('yesno'), { locale: 'zh-CN', now: '2026-11-18T10:30:00+08:00', question }).value;

describe('no answer in it', () => {
  it('a name spelt by strokes or by the 百家姓 line', () => {
    none(everywhere(['我叫王丽 王是三横一竖的王', '我是孙涛 赵钱孙李的孙', '姓郑 周吴郑王的郑']));
  });
  it('an e-mail address said aloud', () => {
    none(everywhere(['结果发我邮箱 lihua at 一六三 点com', '邮箱是chen点jie at qq点com']));
  });
  it('the line dropped and picked up', () => {
    none(everywhere(['喂 喂 刚才掉线了', '喂，您好，刚刚断了']));
  });
  it('years the line has been in use', () => {
    none(everywhere(['用了有五年多了吧', '宽带装了十几年了']));
  });
  it('OK before a go-ahead, the door shut, 没 asking after someone', () => {
    none([['csat3', 'OK 你说吧'], ['scale:0-5', 'okay 你讲']]);
    none(everywhere(['快把窗户关了 风太大']));
    none([['yesno', '老李 物业那边后来有人来没'], ['yesno', '你们问过物业没有']]);
  });
});

describe('a hold-on and back, the signal asked about', () => {
  it('hold on, the chore, then back: nothing rated', () => {
    none([['csat3', '你稍等，我把火关了，好了'], ['scale:0-10', '等一下，快递来了，好，马上'], ['csat3', '你等会儿 我把孩子放床上 好 可以了']]);
  });
  it('the signal, then whether the caller hears', () => {
    none(everywhere(['信号不好，你能听见我说话吗']));
  });
  it('a level or the service beside them stays', () => {
    check([['csat3', '等一下，我想想，好，满意', { v: 'satisfied' }], ['csat3', '你等会儿，我把娃放下，还可以', { v: 'neutral' }], ['csat3', '信号不好，老断', { v: 'dissatisfied' }]]);
  });
});

describe('look-alikes that stay answers', () => {
  it('a name before a verdict, a spelt name beside a level', () => {
    check([['csat3', '我叫王建国 挺满意的', { v: 'satisfied' }], ['csat3', '我姓王 三横一竖那个王 服务挺满意', { v: 'satisfied' }]]);
  });
  it('the broadband dropping, said without 喂, is a grievance', () => {
    check([['yesno', '刚断线了', { v: false }], ['yesno', '还是老断线', { v: false }]]);
  });
  it('a slow install in days, an address beside a level, OK with a level', () => {
    check([['csat3', '装了三天才装好', { v: 'dissatisfied' }], ['csat3', '满意，发票发我邮箱 liu点ming at qq点com', { v: 'satisfied' }], ['csat3', 'OK 挺满意的', { v: 'satisfied' }]]);
  });
  it('the door shut beside a level; not yet, said with 没', () => {
    check([['csat3', '把门关上，满意', { v: 'satisfied' }], ['yesno', '师傅来了两回也没', { v: false }]]);
  });
  it('a hold-on is a no to "is now a good time", nothing yet elsewhere', () => {
    expect(asked('等一下啊 孩子在哭', '您现在方便接听吗？')).toBe(false);
    expect(asked('等一下，我在接孩子放学', '请问现在方便吗？')).toBe(false);
    expect(asked('等一下啊 孩子在哭', '您是否会向亲朋推荐我们？')).toBeNull();
    expect(asked('你等会儿 我在炒菜', '请问故障修好了吗？')).toBeNull();
    // (A call back asked for stays a no, as before.)
    expect(asked('等一下，我在开会，晚点再打吧', '请问故障修好了吗？')).toBe(false);
  });
});

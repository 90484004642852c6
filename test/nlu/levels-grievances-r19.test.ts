/**
 * Round 19 (t19L), levels and grievances on text steps (dev18): a level said before the customer's own hearing trouble, 好啊
 * after the staff it praises, the hotline answered by a machine, the customer sent to do the work herself, the complaint said
 * to be about the attitude, air let out and gone, not knowing what was installed before a charge, 达不到标准, the house not
 * finished, dialect 莫得装好. Phrasings other than the corpus items, and what must stay.
 */
import { describe, expect, it } from 'vitest';
import { check, read, rulesAlone } from './read-kind.js';

rulesAlone();

describe('levels', () => {
  it('keeps a level said before the customer\'s own hearing trouble', () => check([
    ['csat3', '不太满意 他说话太快 我老头子耳朵背听不清', { v: 'dissatisfied', c: 'attitude' }],
  ]));
  it('still reads trouble hearing this call as no answer', () => {
    expect(read('喂 听不清 你大声点', 'csat3').v).toBeNull();
  });
  it('reads 好啊 after the staff as the level', () => check([
    ['csat3', '那个小伙子好啊 还帮我把线理了', { v: 'satisfied' }],
    ['csat3', '你们的人好啊', { v: 'satisfied' }],
  ]));
  it('leaves a bare greeting to the master alone', () => {
    expect(read('师傅好啊', 'csat3').v).toBeNull();
  });
});

describe('grievances on text steps', () => {
  it('reads each kind', () => check([
    ['text', '客服电话打过去全是语音 根本找不到人', { c: 'unreachable' }],
    ['text', '转人工又得等半天', { c: 'unreachable' }],
    ['text', '他让我去楼顶开阀门 我这腿脚怎么爬得了', { c: 'attitude' }],
    ['text', '我投诉的是他那个态度', { c: 'attitude' }],
    ['text', '师傅来了放了放水就走了 没用', { c: 'not_fixed' }],
    ['text', '他换了个什么我都不知道 换完就让我交钱', { c: 'money' }],
    ['text', '屋里温度还是达不到标准', { c: 'quality' }],
    ['text', '活儿还没给我干完', { c: 'late' }],
    ['text', '网线都莫得弄好', { c: 'not_fixed' }],
  ]));
  it('keeps who is calling asked of a robot', () => {
    expect(read('你是机器人吧', 'text').i).toBe('who_calling');
  });
});

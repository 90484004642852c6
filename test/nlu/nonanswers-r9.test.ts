import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';

const ctx = { locale: 'zh-CN' as const, now: '2026-11-18T10:00:00+08:00' };
const value = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => interpret(text, parseKind(kind), { ...ctx, locale }).value;

// Round 9: utterances that are no answer give no value, one rule family each; the answer beside them still stands.
describe('non-answers (round 9)', () => {
  it('the keypad prompt read back, any option', () => {
    expect(value('热了请按一 还不热请按二', 'yesno')).toBeNull();
    expect(value('会请按一 不会按二是吧', 'yesno')).toBeNull();
    expect(value('十八到二十度请按二', 'scale:0-40:度')).toBeNull();
    expect(value('Press one for very satisfied, two for satisfied', 'csat3', 'en')).toBeNull();
    expect(value('满意 我按一', 'csat3')).toBe('satisfied');
  });
  it('a broadcast or words to someone in the room', () => {
    expect(value('本台消息 市民对今年供暖服务非常满意', 'csat3')).toBeNull();
    expect(value('姐 你帮我拿个笔 快', 'csat3')).toBeNull();
  });
  it('a false start at a pause, a slip taken back, a pick-up yes?', () => {
    expect(value('有 有声音吗 喂', 'yesno')).toBeNull();
    expect(value('我家在 满意 不是 满逸华庭 六号楼', 'csat3')).toBeNull();
    expect(value('yes? 喂 hello', 'yesno')).toBeNull();
    expect(value('不 不满意', 'csat3')).toBe('dissatisfied');
  });
  it('questions: A-not-A, what happens if, a rising echo, the word asked back', () => {
    expect(value('可以问一下 今年暖气费涨不涨', 'csat3')).toBeNull();
    expect(value('满意了会怎么样 不满意又会怎么样', 'csat3')).toBeNull();
    expect(value('低于六分会怎么样', 'scale:0-10')).toBeNull();
    expect(value('解决了？你们那边显示解决了？', 'yesno')).toBeNull();
    expect(value('满意吗？', 'csat3')).toBeNull();
    expect(value('门都开不开', 'yesno')).toBe(false);
  });
  it('holding the line, thinking aloud, a greeting, a name with its subject, an e-mail read out', () => {
    expect(value('一分钟 给我一分钟 我把车停好', 'csat3')).toBeNull();
    expect(value('嗯 那个 怎么说呢', 'yesno')).toBeNull();
    expect(value('喂 师傅好', 'csat3')).toBeNull();
    expect(value('工长姓郝 好坏的好 哦不对 赤耳郝', 'yesno')).toBeNull();
    expect(value('结果发邮件就行 manyi 八八 at 一二六 点 com 满意的拼音', 'csat3')).toBeNull();
    expect(value('师傅好 网不好', 'csat3')).toBe('dissatisfied');
  });
  it('no evidence: payments, someone else decided, same as last time', () => {
    expect(value('尾款还有一万二没付', 'yesno')).toBeNull();
    expect(value('设计都是我闺女定的，我不懂，她说好就好', 'yesno')).toBeNull();
    expect(value('跟上回差不多', 'csat3')).toBeNull();
  });
});

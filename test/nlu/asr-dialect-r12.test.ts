/**
 * Round 12, recogniser output, dialect-flavoured Mandarin and elderly speakers (dev11 asr, dialect, elderly):
 * each rule is checked on phrasings other than the corpus items that showed it, and on the real words a
 * homophone repair or a gloss must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const day = '2026-11-18';
const read = (text: string, kind: string, time = '10:30') => {
  const r = interpretKind(text, kind, { now: `${day}T${time}:00+08:00` });
  return { v: r.value, i: r.intent, c: r.complaint ?? null, at: r.at?.slice(5, 16) ?? null };
};

describe('homophones, guarded by the character beside them', () => {
  it('芳便/放便/方编 are 方便; 放便宜 stays', () => {
    expect(read('芳便的 你问吧', 'yesno').v).toBe(true);
    expect(read('现在不放便 在外面', 'yesno').v).toBe(false);
    expect(read('不太方编', 'yesno').v).toBe(false);
    expect(read('挺方扁的', 'yesno').v).toBe(true);
  });
  it('不方面 before more words is 不方便; 现在部方便 is 不方便', () => {
    expect(read('不方面 在开会', 'yesno').i).toBe('reschedule');
    expect(read('这会儿部方便', 'yesno').v).toBe(false);
  });
  it('梅友/没友 alone is 没有, 海星 alone is 还行, 依般般 is 一般般', () => {
    expect(read('还没友', 'yesno').v).toBe(false);
    expect(read('梅友啊', 'yesno').v).toBe(false);
    expect(read('海星吧', 'csat3').v).toBe('neutral');
    expect(read('衣般般', 'csat3').v).toBe('neutral');
  });
  it('没休好 is 没修好, 肥肠 before an evaluation is 非常, 慢分 is 满分, 偷诉 is 投诉', () => {
    expect(read('还没休好', 'yesno').v).toBe(false);
    expect(read('飞肠好', 'csat3').v).toBe('very_satisfied');
    expect(read('给蛮分', 'scale:0-10').v).toBe(10);
    expect(read('我要偷诉', 'csat3').i).toBe('complaint');
    // 慢分钟 is no score.
    expect(read('慢分析一下', 'scale:0-10').v).toBeNull();
  });
  it('实把度 is 十八度, 斯点半 is 四点半, 两个消失以后 is 两个小时以后, 晚上八 八点 is 八点', () => {
    expect(read('石吧度', 'scale:0-40:度').v).toBe(18);
    expect(read('下午思点半吧', 'time').at).toBe('11-18T16:30');
    expect(read('两个消失以后吧', 'time').at).toBe('11-18T12:30');
    expect(read('晚上八，八点', 'time').at).toBe('11-18T20:00');
    // 消失 after no count keeps its meaning.
    expect(read('信号老是消失', 'time').at).toBeNull();
  });
  it('试我 alone is 是我; 调线 after 还是 is 掉线; 向木经理 is 项目经理', () => {
    expect(read('市我', 'yesno').v).toBe(true);
    expect(read('老是调线', 'yesno').c).toBe('not_fixed');
    expect(read('象木经理电话总是不接', 'yesno').c).toBe('unreachable');
  });
});

describe('a key said aloud with its verb, or twice', () => {
  it('我按一, 就按二吧, 按三 按了三了, 我选二号', () => {
    expect(read('我按一', 'yesno').v).toBe(true);
    expect(read('就按二吧', 'yesno').v).toBe(false);
    expect(read('按三 按了三了', 'csat3').v).toBe('dissatisfied');
    expect(read('我选二号', 'csat3').v).toBe('satisfied');
    // A question about the keys is no key (the learned reader may guess at it, never as the key 1 said).
    expect(read('按一还是按二', 'yesno').v).not.toBe(true);
  });
  it('a digit said twice on a yes/no step; the star key by its shape', () => {
    expect(read('一，一', 'yesno').v).toBe(true);
    expect(read('二 二', 'yesno').v).toBe(false);
    expect(read('我按星星键', 'scale:0-10').v).toBe(10);
    expect(read('摁那个星号', 'scale:0-10').v).toBe(10);
  });
});

describe('十分 said as the score', () => {
  it('十分啦 and 十分十分 before the person praised are ten; 十分十分满意 and 十分离谱 stay the adverb', () => {
    expect(read('十分啦', 'scale:0-10').v).toBe(10);
    expect(read('十分十分 师傅人很好', 'scale:0-10').v).toBe(10);
    expect(read('十分十分 他干活麻利', 'scale:0-10').v).toBe(10);
    expect(read('你们值十分，十分离谱', 'scale:0-10').v).not.toBe(10);
  });
});

describe('dialect glosses', () => {
  it('川 么得 is 没得 (什么/怎么 keep theirs); 东北 嗯哪 alone is yes', () => {
    expect(read('还么得修好', 'yesno').v).toBe(false);
    expect(read('嗯哪，挺满意', 'csat3').v).toBe('satisfied');
    expect(read('嗯哪 满意', 'csat3').v).toBe('satisfied');
  });
  it('埋汰 (脏), 吵吵巴火/跟我吵吵 (吵架), 磨叽 (磨蹭)', () => {
    expect(read('屋里整得可埋汰了', 'yesno').c).toBe('mess');
    expect(read('师傅跟我吵吵', 'yesno').c).toBe('attitude');
    expect(read('磨磨唧唧半天', 'csat3').c).toBe('late');
  });
  it('粤 成个礼拜 / 成日, 搞了一个礼拜: late; 攞利是: money', () => {
    expect(read('搞咗成个月都未好', 'csat3').c).toBe('late');
    expect(read('搞了两个礼拜', 'csat3').c).toBe('late');
    expect(read('师傅问我攞利是', 'yesno').c).toBe('money');
    // 攞钱 nobody asked for stays no grievance.
    expect(read('冇人问我攞钱', 'yesno').c).toBeNull();
  });
  it('东北 整得稀碎, 你整吧, 晚黑儿; 川 一哈儿 / 扯拐, 屁用没得', () => {
    expect(read('活整得稀碎 零分', 'scale:0-10').c).toBe('quality');
    expect(read('那你整吧', 'yesno').v).toBe(true);
    expect(read('现在不行，晚黑儿打吧', 'yesno').at).toBe('11-18T19:00');
    expect(read('网一哈儿好一哈儿坏 扯拐得很', 'text').c).toBe('not_fixed');
    expect(read('来了拧了两下 屁用没有', 'text').c).toBe('not_fixed');
  });
  it('讲话不客气 is attitude; 不客气 alone is you are welcome; 没用过 is no fault', () => {
    expect(read('那个师傅说话太不客气了', 'yesno').c).toBe('attitude');
    expect(read('不客气不客气', 'yesno').c).toBeNull();
    expect(read('出差了，回来还没用过', 'csat3').c).toBeNull();
  });
});

describe('elderly customers', () => {
  it('闺女/姑娘 calling the caller, then the state of the heating: said to the caller', () => {
    expect(read('姑娘啊 暖气还是不热', 'csat3').v).toBe('dissatisfied');
    expect(read('闺女 屋里冷得很', 'yesno').v).toBe(false);
    // Sent off to look: said to the daughter.
    expect(read('闺女 你去看看暖气热不热', 'csat3').v).toBeNull();
  });
  it('the question back answered by the customer themselves: 我就是, 那你问吧', () => {
    expect(read('你找谁啊 老王啊 就是我', 'yesno').v).toBe(true);
    expect(read('你们哪儿的 哦电信的 那你说吧', 'yesno').v).toBe(true);
    expect(read('你是谁 是不是我', 'yesno').v).toBeNull();
  });
  it('"what?" then one state and thanks for it', () => {
    expect(read('你说啥 暖气 热了 谢谢你们啊', 'yesno').v).toBe(true);
  });
  it('a staff member asked to take the phone is a request for a person', () => {
    expect(read('让你们客服来接一下', 'csat3').i).toBe('human');
    expect(read('叫那个接线员跟我说', 'csat3').i).toBe('human');
  });
});

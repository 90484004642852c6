/**
 * Round 17 (t17V), values on satisfaction and yes/no steps (dev16 first): northern praise words, the weather outside said with
 * northern degree words, corrections after a pause or with thinking aloud, a second thought with 其实, the customer's own mood,
 * a state put as the condition of an absurd consequence, an errand declined before the answer, "not X, but Y", and a story
 * of the visit closed by the level. Own phrasings, with the look-alikes that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { locale: 'zh-CN' });
  return { v: r.value, c: r.complaint ?? null, conf: r.confidence };
};

describe('northern praise words', () => {
  it('地道, 攒劲, 行家 praise; 嘹咋咧 and 那叫一个 are the top', () => {
    for (const t of ['活儿干得挺地道', '这师傅真攒劲', '人家是行家，一看就知道毛病在哪']) expect(read(t, 'csat3').v, t).toMatch(/^(satisfied|very_satisfied)$/);
    expect(read('嘹咋咧', 'csat3').v).toBe('very_satisfied');
    expect(read('线走得那叫一个板正', 'csat3').v).toBe('very_satisfied');
  });
  it('不地道 stays a reproach', () => {
    expect(read('收费这事办得不地道', 'csat3').v).toBe('dissatisfied');
  });
  it('the weather outside is no grievance, the home still is', () => {
    expect(read('外面贼冷，家里挺暖和', 'csat3').v).toBe('satisfied');
    expect(read('外边老冷了，屋里倒是挺暖和的', 'csat3').v).toBe('satisfied');
    expect(read('屋里贼冷', 'csat3').v).toBe('dissatisfied');
  });
});

describe('corrections and second thoughts', () => {
  it('a correction after a pause, or followed by thinking aloud', () => {
    expect(read('一般，呃……算了算了，人家也挺辛苦，就满意吧', 'csat3').v).toBe('satisfied');
    expect(read('挺好……哎不对，让我想想，到现在还老掉线，不满意', 'csat3').v).toBe('dissatisfied');
  });
  it('其实 after a lukewarm level: the better second thought', () => {
    expect(read('还行吧……其实挺不错的', 'csat3').v).toBe('satisfied');
    expect(read('不太满意，嗯，其实人家师傅挺尽心的', 'csat3').v).toBe('satisfied');
    // (a worse second thought is no upgrade)
    expect(read('一般，其实网还是老断', 'csat3').v).toBe('dissatisfied');
  });
  it('the customer\'s own mood is no reservation; someone\'s conduct spoiling it is', () => {
    expect(read('挺好的，就是我这两天心情差', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('师傅说话冲，弄得我心情不好', 'csat3').v).toBe('dissatisfied');
  });
});

describe('rhetorical conditions on yes/no steps', () => {
  it('"if it were so, would I …?" denies the state', () => {
    expect(read('修好了我还用天天去邻居家蹭网？', 'yesno').v).toBe(false);
    expect(read('要是热了我还至于穿着棉袄睡觉？', 'yesno').v).toBe(false);
  });
  it('with 不 it affirms; "of course" forms affirm', () => {
    expect(read('不是我还能是谁啊', 'yesno').v).toBe(true);
    expect(read('好了还能不好？', 'yesno').v).toBe(true);
    expect(read('可不好了咋的', 'yesno').v).toBe(true);
  });
  it('a question of the customer\'s own after the state is not read as a denial', () => {
    expect(read('好了能用吗？', 'yesno').v).not.toBe(false);
  });
  it('an errand declined before the answer is no "no"', () => {
    expect(read('甭来了，昨晚就好了', 'yesno').v).toBe(true);
    expect(read('不用再跑一趟了，已经通了', 'yesno').v).toBe(true);
    expect(read('不用，现在不方便', 'yesno').v).toBe(false);
  });
  it('not X, but Y: Y is the answer', () => {
    expect(read('不是不好，是压根儿就没好过', 'yesno').v).toBe(false);
    expect(read('也不是不满意，是特别不满意', 'csat3').v).toBe('dissatisfied');
  });
});

describe('a story of the visit closed by the level', () => {
  it('the reported fault told first, then the level: satisfied, no grievance', () => {
    const t = '前天晚上路由器灯全灭了，第二天上午就来人了，查出来是光纤头松了，顺手还把线给我理了理，挺满意的';
    expect(read(t, 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    const u = '我家厨房那块暖气漏水，打了电话下午就来了，换了个阀门，地也给擦了，这服务，我给满分';
    expect(read(u, 'csat3').v).toBe('very_satisfied');
  });
  it('a "but" or a fault still there keeps the grievance', () => {
    expect(read('师傅来了，换了个光猫，调了半天，但是到现在还老掉线，满意', 'csat3').v).not.toBe('very_satisfied');
    expect(read('报的修，第二天来的，修了一上午，网还是断，满意', 'csat3').v).toBe('dissatisfied');
  });
});

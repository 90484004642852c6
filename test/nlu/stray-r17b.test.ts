/**
 * Round 17, wave 2 (t17S2): praise of things that are no part of the service (small talk, a word to someone in the room),
 * English marks out of five and a score given with the points taken off explained, and more of the recogniser's one-sound
 * slips of the yes/no words. Each rule on new wordings and on the look-alikes it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const now = '2026-11-18T10:30:00+08:00';
const en = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now, locale: 'en' });
  return { v: r.value, i: r.intent, c: r.complaint };
};
const zh = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now, locale: 'zh-CN' });
  return { v: r.value, i: r.intent, c: r.complaint };
};

describe('praise of something else gives no level', () => {
  it('reads English small talk about the weather, food, a game or a show as no level', () => {
    expect(en('The sunshine today is gorgeous', 'csat3').v).toBeNull();
    expect(en('the soup was delicious, thanks love', 'csat3').v).toBeNull();
    expect(en('That game on Sunday was brilliant', 'csat3').v).toBeNull();
    expect(en('This film is five stars, a must see', 'csat3').v).toBeNull();
    expect(en('my daughter is really happy with her new bike', 'csat3').v).toBeNull();
  });
  it('keeps the level when the service is named too', () => {
    expect(en('the weather is lovely and the engineer was great', 'csat3').v).toBe('satisfied');
    expect(en('The installation was great', 'csat3').v).toBe('satisfied');
    expect(en('my son is very happy with his new wifi', 'csat3').v).toBe('very_satisfied');
    expect(en('Great', 'csat3').v).toBe('satisfied');
  });
  it('reads Chinese small talk about a child\'s marks, pets, food, shows, the weather as no level', () => {
    expect(zh('我外孙女这次语文考了第一', 'csat3').v).toBeNull();
    expect(zh('俺家狗狗可聪明了', 'csat3').v).toBeNull();
    expect(zh('这饺子真好吃', 'csat3').v).toBeNull();
    expect(zh('昨晚那场球赛真精彩', 'csat3').v).toBeNull();
    expect(zh('这两天天儿挺暖和', 'csat3').v).toBeNull();
  });
  it('keeps the level said of the service beside it', () => {
    expect(zh('满意，饭菜真香', 'csat3').v).toBe('satisfied');
    expect(zh('师傅挺好，我家猫可喜欢他了', 'csat3').v).toBe('satisfied');
    expect(zh('暖气挺好，今年这天儿比往年暖和', 'csat3').v).toBe('satisfied');
  });
});

describe('English marks out of five, and points taken off explained', () => {
  it('reads a mark out of five on five', () => {
    expect(en('two out of five', 'csat3').v).toBe('dissatisfied');
    expect(en('three out of 5', 'csat3').v).toBe('neutral');
    expect(en('four out of five', 'csat3').v).toBe('satisfied');
    expect(en('if it is out of five, a four', 'csat3').v).toBe('satisfied');
  });
  it('keeps the score\'s level when the reason for the points off follows', () => {
    const a = en('I would give it eight, the engineer was a little late', 'csat3');
    expect(a.v).toBe('satisfied');
    expect(a.c).toBe('late');
    expect(en('took off one point for the mess, so a nine', 'csat3').v).toBe('satisfied');
    expect(en('Ninety percent, the ten is for the dust he left', 'csat3').v).toBe('satisfied');
  });
  it('leaves irony, a low score and a score given for the grievance alone', () => {
    expect(en('Ten out of ten for making me wait all day', 'csat3').v).toBe('dissatisfied');
    expect(en('Five stars for the mud on the rug', 'csat3').v).toBe('dissatisfied');
    expect(en('three, he was late', 'csat3').v).toBe('dissatisfied');
  });
});

describe('the recogniser\'s slips of the yes/no words', () => {
  it('reads the slips', () => {
    expect(zh('都结决了', 'yesno').v).toBe(true);
    expect(zh('已经整常了', 'yesno').v).toBe(true);
    expect(zh('部方便，开车呢', 'yesno').v).toBe(false);
    expect(zh('布是', 'yesno').v).toBe(false);
    expect(zh('还美热呢', 'yesno').v).toBe(false);
    expect(zh('死的，是我', 'yesno').v).toBe(true);
    expect(zh('渴依', 'yesno').v).toBe(true);
    expect(zh('殴开', 'yesno').v).toBe(true);
  });
  it('leaves the words that are words', () => {
    expect(zh('美好的一天', 'yesno').v).not.toBe(false);
    expect(zh('暖气开了，挺热', 'yesno').v).toBe(true);
  });
});

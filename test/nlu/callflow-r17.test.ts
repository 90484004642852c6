/**
 * Round 17 (t17F), the call flow (dev16): callback times in the lunar frame, events of the day, ranges and the clock said
 * short; later calls asked for in minutes or by day; a person of ours asked for by role; places answering the line; the
 * calls refused for good; the answer said again louder. Phrasings other than the corpus items, and what must stay.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, at: r.at, c: r.complaint };
};
const at = (text: string) => read(text, 'time').at?.slice(0, 16);

describe('the lunar calendar as the frame of the answer (today is the lunar 10/10)', () => {
  it('a bare day after the frame is set is a lunar day, the last one said that is not gone by', () => {
    expect(at('阴历的话，十四吧')).toBe('2026-11-22T10:00');
    expect(at('今儿个初十是吧？那就十三那天')).toBe('2026-11-21T10:00');
    expect(at('初九过了，十七吧，农历')).toBe('2026-11-25T10:00');
    expect(at('农历十九我们家有事，二十二以后')).toBe('2026-12-01T10:00');
  });
  it('past the 15th is the lunar 15th, when no 号 is said', () => {
    expect(at('十五以后再打')).toBe('2026-11-24T10:00');
  });
  it('leaves alone solar dates, minutes and a lunar month said', () => {
    // (Round 18, t18F: past the 15th said with 号 is from the 16th, the solar date.)
    expect(at('过了十五号再说')).toBe('2026-12-16T10:00');
    expect(at('十五分钟以后')).toBe('2026-11-18T10:45');
    expect(at('阴历十八')).toBe('2026-11-26T10:00');
  });
});

describe('events of the day, ranges and the clock said short', () => {
  it('after the nap, the afternoon; the afternoon shift starting, half past one; home from school', () => {
    expect(at('睡醒午觉再打')).toBe('2026-11-18T15:00');
    expect(at('明天下午刚上班的时候')).toBe('2026-11-19T13:30');
    expect(at('放了学去接孩子，接回来再打')).toBe('2026-11-18T16:30');
  });
  it('a range said free is called at its start', () => {
    expect(at('晚上六点到八点都可以')).toBe('2026-11-18T18:00');
  });
  it('a time said not to call at is skipped', () => {
    expect(at('别两点打，两点我开会，五点以后吧')).toBe('2026-11-18T17:00');
  });
  it('晚7点 is the evening, 幺点 is one o\'clock, neither lateness', () => {
    const r = read('晚7点半吧', 'time');
    expect(r.at?.slice(0, 16)).toBe('2026-11-18T19:30');
    expect(r.c).toBeNull();
    expect(at('幺点吧')).toBe('2026-11-18T13:00');
    expect(read('来得晚了两个小时', 'yesno').c).toBe('late');
  });
});

describe('a later call asked for', () => {
  it('in minutes after 过, or 等N分钟 after a busy clause; a weekday then a verb', () => {
    expect(read('在楼道里没信号，过十分钟', 'yesno').i).toBe('reschedule');
    expect(read('锅里炖着肉呢，等个半小时', 'yesno').i).toBe('reschedule');
    const r = read('下周三再聊吧', 'yesno');
    expect(r.i).toBe('reschedule');
    expect(r.at?.slice(0, 10)).toBe('2026-11-25');
    expect(read('这两天腾不出时间', 'yesno').i).toBe('reschedule');
  });
  it('leaves alone a span of minutes that happened', () => {
    expect(read('他过了五分钟就走了', 'yesno').i).toBeNull();
    expect(read('上礼拜一再打的电话', 'yesno').i).toBeNull();
  });
  it('English: call back in five; can we do later', () => {
    const r = read('on the bus now, call me back in five', 'yesno', 'en');
    expect(r.i).toBe('reschedule');
    expect(r.at?.slice(0, 16)).toBe('2026-11-18T10:35');
    expect(read('can we do next week', 'yesno', 'en').i).toBe('reschedule');
  });
  it('working days ruled out is a time, not an opt-out', () => {
    expect(read('平时别打，礼拜天行', 'yesno').i).toBe('reschedule');
    expect(read('以后别打了', 'yesno').i).toBe('opt_out');
  });
});

describe('a person of ours asked for', () => {
  it('by role or by the last call', () => {
    for (const t of ['你们维修组长在吗', '你们站长电话多少', '我要找你们工程总监谈谈', '之前帮我办业务的那个姑娘，能联系上她吗']) {
      expect(read(t, 'csat3').i, t).toBe('human');
    }
  });
  it('leaves alone staff only mentioned', () => {
    expect(read('站长人挺好的', 'csat3').i).toBeNull();
    expect(read('师傅说他们经理在不在他也不知道', 'csat3').i).toBeNull();
  });
});

describe('the line answered by a place or by kin', () => {
  it('a place that denies being a customer is a wrong number', () => {
    expect(read('这是中心医院值班室', 'yesno').i).toBe('wrong_person');
    expect(read('我们是五金店，没装过宽带', 'yesno').i).toBe('wrong_person');
    expect(read("it's a bakery, we never had internet with you", 'yesno', 'en').i).toBe('wrong_person');
  });
  it('a business that denies nothing stays', () => {
    expect(read('我们是理发店，没问题', 'yesno').i).toBeNull();
    expect(read('this is a restaurant, we are happy with it', 'yesno', 'en').i).toBeNull();
  });
  it('kin named, then the one they are kin to', () => {
    expect(read('我是外孙女，我姥姥睡觉呢', 'yesno').i).toBe('wrong_person');
    expect(read('我是，我儿子帮我弄的', 'yesno').i).toBeNull();
  });
});

describe('the calls refused for good', () => {
  it('the spam hotline threatened, no more callbacks, the callback waved off', () => {
    expect(read('还打我就去12321投诉', 'yesno').i).toBe('opt_out');
    expect(read('好了，以后不再回访了，登记一下', 'yesno').i).toBe('opt_out');
    expect(read('调查就算了，有事我打你们热线', 'yesno').i).toBe('opt_out');
  });
  it('leaves alone a problem that does not come back, and 算了 before a go-ahead', () => {
    expect(read('问题不再出现了', 'yesno').i).toBeNull();
    expect(read('算了你问吧', 'yesno').i).toBeNull();
  });
});

describe('the answer said again louder, and a go-ahead beside room made', () => {
  it('is the answer, no repeat asked', () => {
    const r = read('满意，我说满意！你没听见啊', 'yesno');
    expect(r.i).toBeNull();
    expect(read('你听不见啊', 'yesno').i).toBe('repeat');
  });
  it('speakerphone on, call taken, all set: a yes', () => {
    for (const t of ['开着免提呢，你说吧', '电话都接了，问吧', '齐活了，问吧']) {
      expect(read(t, 'yesno').v, t).toBe(true);
    }
  });
});

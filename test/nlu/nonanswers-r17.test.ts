/**
 * Round 17, non-answers (dev16, t17N): a voice message played aloud or a stage note naming another listener, a public
 * address or a device's prompt, a phone number dictated, a document or a sign read out, a counter or a waiter spoken to,
 * letters spelt out. Whatever answer words they hold, they give no value (issue 13: no score without evidence). Each
 * family is checked on wordings other than the corpus items that showed it, and on real answers it must leave alone.
 * Rules alone, as the corpus is tuned.
 */
import { describe, expect, it } from 'vitest';
import { rulesAlone } from './read-kind.js';
import { interpretKind } from '../../src/nlu/index.js';
import type { Locale } from '../../src/nlu/types.js';

rulesAlone();

const read = (text: string, kind: string, locale: Locale = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('a voice message played, or words marked for someone else', () => {
  it('is no answer', () => {
    expect(read('（语音）闺女，我这边都挺好的，暖气也热，别操心', 'csat3').v).toBeNull();
    expect(read('（QQ语音）哥们儿，那家店我给九分，下次一起去', 'scale:0-10').v).toBeNull();
    expect(read('语音转文字：好的好的，没问题，明天见', 'yesno').v).toBeNull();
    expect(read('你听听她发的这条语音：“我们那儿网可快了”', 'csat3').v).toBeNull();
    expect(read('（对老伴）你那屋暖和不暖和？我这屋挺好', 'yesno').v).toBeNull();
    expect(read('(voice note) "hey mum, all good here, the new flat is great"', 'csat3', 'en').v).toBeNull();
    expect(read('(playing a voice message) "yes, Saturday works, see you then"', 'yesno', 'en').v).toBeNull();
  });
  it('a grievance about the hotline\'s voice menu, or a plain answer, stays', () => {
    expect(read('客服电话的语音菜单绕来绕去，半天转不到人工', 'csat3').v).toBe('dissatisfied');
    expect(read('满意，挺好的', 'csat3').v).toBe('satisfied');
  });
});

describe('a public address or a device\'s prompt', () => {
  it('is no answer', () => {
    expect(read('车辆起步，请拉好扶手，注意安全', 'csat3').v).toBeNull();
    expect(read('各位居民请注意，今晚八点到十点停电', 'csat3').v).toBeNull();
    expect(read('本店今日特价，假一赔十', 'yesno').v).toBeNull();
    expect(read('蓝牙已重新连接，可以了', 'yesno').v).toBeNull();
    expect(read('Doors closing, going up', 'csat3').v).toBeNull();
  });
  it('the customer\'s own words of the works beside a notice stay', () => {
    expect(read('前方施工那块是你们的人挖的，到现在都没填，太危险了', 'yesno').v).not.toBeNull();
  });
});

describe('a number dictated, a document read out, letters spelt', () => {
  it('is no answer', () => {
    expect(read('号码是一五九，后面幺二幺二，你记一下', 'csat3').v).toBeNull();
    expect(read('尾号三四五六的那个，对，可以', 'yesno').v).toBeNull();
    expect(read('合同第五条：乙方负责清运垃圾，对，是这么写的', 'yesno').v).toBeNull();
    expect(read('每日两次，每次一粒，饭前服用', 'csat3').v).toBeNull();
    expect(read('门口牌子上写着：闲人免进，好', 'yesno').v).toBeNull();
    expect(read('j as in juliet, o, n, e, s — jones at mail dot com', 'csat3', 'en').v).toBeNull();
  });
  it('a bill or a clause in a grievance, a score, or a reading followed by a complaint stays', () => {
    expect(read('本期消费多扣了三十，到现在也没给我退', 'csat3').v).toBe('dissatisfied');
    expect(read('九分', 'scale:0-10').v).toBe(9);
    expect(read('短信上写着：师傅明天上午到……结果一整天都没人来', 'csat3').v).toBe('dissatisfied');
  });
});

describe('a counter, a waiter or a visitor spoken to', () => {
  it('is no answer', () => {
    expect(read('服务员，再加一壶茶，好', 'csat3').v).toBeNull();
    expect(read('要中杯，热的，打包', 'csat3').v).toBeNull();
    expect(read('李阿姨好！好久不见，最近挺好的吧', 'csat3').v).toBeNull();
    expect(read('哎二姐来了，好好，快进屋', 'yesno').v).toBeNull();
    expect(read('a medium latte please, that\'s great', 'csat3', 'en').v).toBeNull();
  });
  it('the company\'s engineer spoken to, or a level beside, stays', () => {
    expect(read('师傅，挺好的，辛苦了', 'csat3').v).toBe('satisfied');
  });
});

describe('someone met at the door, or a hold while the customer checks', () => {
  it('is no answer', () => {
    expect(read('好好，我下楼接你，你在小区门口别动', 'csat3').v).toBeNull();
    expect(read('行，你下来吧', 'yesno').v).toBeNull();
    expect(read('你先等一下，我去看看路由器灯亮没亮', 'yesno').v).toBeNull();
  });
  it('a level beside it, or a call back asked, stays', () => {
    expect(read('满意，你下来吧', 'csat3').v).toBe('satisfied');
    expect(read('你先等着，我晚上再打给你吧', 'yesno').i).toBe('reschedule');
  });
});

import { describe, expect, it } from 'vitest';
import { interpret, interpretKind, parseKind } from '../../src/nlu/index.js';
import { isHuifangError } from '../../src/shared/errors.js';
import type { Expectation } from '../../src/nlu/types.js';

const NOW = '2026-11-18T10:30:00+08:00';
const zh = (text: string, kind: string) => interpretKind(text, kind, { now: NOW });
const en = (text: string, kind: string) => interpretKind(text, kind, { now: NOW, locale: 'en' });

describe('csat3', () => {
  it('a softened grievance (不太好打) is a reservation beside a positive level, not an intensified one (round 8)', () => {
    const r = zh('挺满意的，就是客服电话不太好打', 'csat3');
    expect([r.value, r.complaint, r.reservation]).toEqual(['satisfied', 'unreachable', true]);
  });

  it.each([
    ['非常满意', 'very_satisfied'], ['特别满意', 'very_satisfied'], ['超级满意', 'very_satisfied'], ['十分满意', 'very_satisfied'],
    ['太满意了', 'very_satisfied'], ['相当满意', 'very_satisfied'],
    ['挺满意', 'satisfied'], ['很满意', 'satisfied'], ['满意满意', 'satisfied'],
    ['还行', 'neutral'], ['一般', 'neutral'], ['凑合', 'neutral'], ['马马虎虎', 'neutral'],
    ['不太满意', 'dissatisfied'], ['不是很满意', 'dissatisfied'],
    ['不是不满意', 'satisfied'], ['没什么不满意的', 'satisfied'],
    ['网还是断', 'dissatisfied'], ['师傅迟到了两个小时', 'dissatisfied'], ['屋里才十六度', 'dissatisfied'], ['暖气不热', 'dissatisfied'],
  ])('%s -> %s', (text, level) => expect(zh(text, 'csat3').value).toBe(level));

  it('never returns a confident satisfied for a mixed answer', () => {
    for (const t of ['满意是满意就是网还是断', '师傅挺好的就是暖气还是不热', '师傅人不错但是问题没解决']) {
      const r = zh(t, 'csat3');
      expect(r.value === 'dissatisfied' || r.confidence < 0.6, t).toBe(true);
      expect(r.complaint, t).not.toBeNull();
    }
    // The level said about the service stands beside a clear complaint, which is no reservation (it escalates).
    for (const t of ['挺好的但是网速太慢', '服务挺好可是网老掉线']) {
      const r = zh(t, 'csat3');
      expect([r.complaint === null, r.reservation], t).toEqual([false, undefined]);
    }
  });

  it('keeps the level of a positive answer with a small reservation, and names the reservation (issue 13)', () => {
    const r = zh('还行吧就是师傅来晚了', 'csat3');
    expect([r.value, r.complaint, r.reservation]).toEqual(['neutral', 'late', true]);
    const s = zh('挺满意的，就是走的时候地上有点线头没收拾', 'csat3');
    expect([s.value, s.complaint, s.reservation]).toEqual(['satisfied', 'mess', true]);
  });

  it('keeps the level said beside a clear complaint, without calling it a reservation', () => {
    const r = zh('满意，不过师傅收了我五十块上门费', 'csat3');
    expect([r.value, r.complaint, r.reservation]).toEqual(['satisfied', 'money', undefined]);
  });

  it('never calls money asked or a hazard a small reservation, however lightly said (000 第四十三条, 第二十七条)', () => {
    const m = zh('满意，就是师傅要了一点点小费', 'csat3');
    expect([m.value, m.complaint, m.reservation]).toEqual(['satisfied', 'money', undefined]);
    // The same softening beside a lateness stays a reservation: the rule is the category's, not the wording's.
    const l = zh('满意，就是师傅稍微晚了一点点', 'csat3');
    expect([l.value, l.complaint, l.reservation]).toEqual(['satisfied', 'late', true]);
  });

  it('reads a past fault put right, or a grievance that is someone else\'s, as no complaint (phases.ts)', () => {
    for (const [t, kind, value] of [
      ['满意，之前墙面开裂那块已经给补好了', 'csat3', 'satisfied'],
      ['满意，今年比去年强多了，去年才十五度', 'csat3', 'satisfied'],
      ['解决了，上次乱扣的那三十块钱已经退回来了', 'yesno', true],
      ['热了，比修之前强多了，之前冻得我在屋里穿棉袄', 'yesno', true],
      ['好了，昨天断网那个事师傅一来就弄好了，说是光纤头松了', 'yesno', true],
      ['说实话我都没想到，以为你们又得推来推去，结果第二天就给弄好了，满意', 'csat3', 'satisfied'],
      ['维修挺满意的，就是我们物业那个电梯老坏，跟你们没关系', 'csat3', 'satisfied'],
      ['满意，之前约的那天下大雨改了一天，是我自己要改的', 'csat3', 'satisfied'],
    ] as const) {
      const r = zh(t, kind);
      expect([r.value, r.complaint], t).toEqual([value, null]);
    }
    expect(zh('九分，上次网关坏了这次给换了新的，挺好', 'scale:0-10').complaint).toBeNull();
    // A past episode before its putting right, a grievance whose subject is someone else, one disclaimed with nothing else said.
    expect(zh('以前老断网，烦得我想销户，这回一次没断过，满意', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
    expect(zh('我家冷是物业把楼道窗户拆了，你们的暖气挺热的', 'csat3').complaint).toBeNull();
    expect(zh('那是开发商的问题 跟你们没关系', 'csat3').value).toBeNull();
    // Another household's trouble, told as a comparison or as theirs, is not this customer's grievance; the customer's own stays.
    expect(zh('比我对门装的那家快多了，他们等了五天，你们第二天就装好了，满意', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
    expect(zh('解决了 楼道那摊水是楼上那家洗车弄的', 'yesno')).toMatchObject({ value: true, complaint: null });
    expect(zh('邻居家二十多度 我家才十六度 一样交的钱', 'csat3').value).toBe('dissatisfied');
    // Someone's conduct is not put right by a better visit this time (only by 换人了, an apology, money back).
    expect(zh('上次来的那个师傅态度可差了 这次还行', 'csat3').value).toBe('dissatisfied');
    // Staff shifting the blame is no disclaimer (000 第三十六条), and damage seen by a landlord is still the visit's.
    expect(zh('你们师傅非说是物业的问题，跟他没关系，到现在也没修', 'csat3').value).toBe('dissatisfied');
    expect(zh('房东回来一看墙上打了个大洞，押金要扣我的', 'csat3').complaint).toBe('mess');
    // Still there, worse than before, or today's reservation after a "but": not settled.
    expect(zh('之前老掉线，现在还是掉', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'not_fixed' });
    expect(zh('满意啊，修完比修之前还凉，厉害', 'csat3').value).toBe('dissatisfied');
    expect(zh('满意，比去年好，就是早上那会儿稍微凉一点', 'csat3')).toMatchObject({ value: 'satisfied', complaint: 'quality', reservation: true });
    // Excused without saying whose (这也不怪他们): a small reservation, never money asked.
    expect(zh('基本按期吧，中间因为下雨耽误了一两天，这也不怪他们', 'yesno')).toMatchObject({ value: true, complaint: 'late', reservation: true });
    expect(zh('满意，师傅要了二百块钱，这也不怪他', 'csat3').complaint).toBe('money');
  });

  it('gives no level without evidence for one (issue 13)', () => {
    for (const t of ['你好', '喂你好', '户主是孙丽', '我还没试呢', '你问的是哪个？', '好的，我记一下', '尾号是五六七八', '今年供暖到几月份']) {
      expect(zh(t, 'csat3').value, t).toBeNull();
    }
  });

  it('reads irony said as a reproach as dissatisfied', () => {
    for (const t of ['呵呵', '你们可真行啊', '太满意了，我都报修第五次了']) expect(zh(t, 'csat3').value, t).toBe('dissatisfied');
  });

  it('gives confidence 0..1 and lowers it for hedges', () => {
    const sure = zh('非常满意', 'csat3');
    const hedge = zh('还行吧挺好的', 'csat3');
    expect(sure.confidence).toBeGreaterThanOrEqual(0.9);
    expect(hedge.confidence).toBeLessThan(0.6);
  });
});

describe('yesno', () => {
  it.each(['是', '是的', '对', '嗯对', '好的', '可以', '行', '没问题', '方便', '嗯', '修好了'])('%s -> true', (t) => expect(zh(t, 'yesno').value).toBe(true));
  it.each(['不是', '不对', '不行', '不方便', '没有', '不用', '还没好', '网还是断', '暖气不热'])('%s -> false', (t) => expect(zh(t, 'yesno').value).toBe(false));
  it('says nothing usable -> null with confidence 0', () => {
    const r = zh('这个嘛', 'yesno');
    expect(r.value).toBeNull();
    expect(r.confidence).toBe(0);
  });
});

describe('scale', () => {
  it.each([
    ['十分', 'scale:0-10', 10], ['10分', 'scale:0-10', 10], ['九分吧', 'scale:0-10', 9], ['满分', 'scale:0-10', 10], ['满分', 'scale:1-5', 5],
    ['两分', 'scale:0-10', 2], ['俩分', 'scale:0-10', 2], ['打十分', 'scale:0-10', 10], ['十分吧', 'scale:0-10', 10],
    ['等了十分钟给八分', 'scale:0-10', 8],
  ])('%s on %s -> %s', (t, k, v) => expect(zh(t, k).value).toBe(v));
  it.each([['七八分', 7], ['九点五', 10], ['八分半', 9], ['四五分吧', 4]])('%s is a whole number the engine confirms (issue 13: never 8.5分; a range at its lower end)', (t, v) => {
    const r = zh(t, 'scale:0-10');
    expect(r.value).toBe(v);
    expect(r.confidence).toBeLessThan(0.6);
  });
  it.each([['一分都不给', 0], ['零蛋', 0], ['一百分', 10], ['九十分', 9], ['九分，扣一分是因为来晚了', 9]])('%s on 0-10 -> %s', (t, v) => expect(zh(t, 'scale:0-10').value).toBe(v));
  it('a top mark in words on 0-10 is the top, confirmed', () => {
    // Round 24 (t24F): 十分满意 itself is a full mark on 0–10 ("ten points" and "very satisfied" at once; README: → 10), taken
    // as 满分 is; the other top words and a hedged one are still confirmed.
    const r = zh('十分满意', 'scale:0-10');
    expect(r.value).toBe(10);
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
    for (const t of ['非常满意', '十分满意吧', '特别满意']) {
      const h = zh(t, 'scale:0-10');
      expect(h.value, t).toBe(10);
      expect(h.confidence, t).toBeLessThan(0.6);
    }
  });
  it('temperatures are measures: a range confirmed in 度, no top mark', () => {
    const r = zh('十八九度', 'scale:0-40:度');
    expect([18, 19]).toContain(r.value);
    expect(r.confidence).toBeLessThan(0.6);
    expect(zh('十九点五度', 'scale:0-40:度').value).toBe(19.5);
    expect(zh('满分', 'scale:0-40:度').value).toBeNull();
  });
  it.each([['等了十分钟'], ['十一分']])('%s -> null (not a score / out of range)', (t) => expect(zh(t, 'scale:0-10').value).toBeNull());
  // 十分 is the adverb "very", not ten: a dissatisfied level in words gives a low score to confirm, never 10.
  it('十分差劲 -> a low score, to confirm (not ten)', () => {
    const r = zh('十分差劲', 'scale:0-10');
    expect(r.value).toBeLessThanOrEqual(6);
    expect(r.confidence).toBeLessThan(0.6);
  });
  it('不打分，态度太差 -> no score, the attitude complaint', () => {
    const r = zh('不打分，态度太差', 'scale:0-10');
    expect(r.value).toBeNull();
    expect(r.complaint).toBe('attitude');
  });
  it('out of range is null, no guess', () => expect(zh('六分', 'scale:1-5').value).toBeNull());
});

describe('intents', () => {
  it.each([
    ['别再打了', 'opt_out'], ['以后别打电话了', 'opt_out'], ['退订', 'opt_out'], ['TD', 'opt_out'], ['不要再打', 'opt_out'],
    ['转人工', 'human'], ['人工客服', 'human'], ['找你们领导', 'human'],
    ['我要投诉', 'complaint'],
    ['没听清', 'repeat'], ['你说什么', 'repeat'], ['再说一遍', 'repeat'],
    ['现在不方便', 'reschedule'], ['在开车', 'reschedule'], ['在开会', 'reschedule'], ['下午三点再打', 'reschedule'],
    ['打错了', 'wrong_person'], ['不是本人', 'wrong_person'],
  ])('%s -> %s', (t, intent) => expect(zh(t, 'csat3').intent).toBe(intent));
  it('resolves the callback time of a reschedule', () => {
    expect(zh('下午三点再打', 'csat3').at).toBe('2026-11-18T15:00:00+08:00');
  });
  it('does not read a negated complaint as a complaint', () => {
    expect(zh('没什么要投诉的', 'csat3').intent).toBeNull();
    expect(zh('不打算投诉', 'csat3').intent).toBeNull();
  });
  it('不用打分 is not an opt-out', () => expect(zh('不用打分了', 'csat3').intent).toBeNull());
  // Round 9: intents said in other words, and look-alikes that ask nothing.
  it.each([
    ['不参加 谢谢', 'opt_out'], ['你们都回访三回了 不参加了', 'opt_out'],
    ['没空跟机器说 有事让人给我打', 'human'], ['你们经理呢 让他接电话', 'human'], ['我有个事要问人', 'human'],
    ['蛤', 'repeat'], ['信号不好 你刚说的我只听到一半', 'repeat'],
    ['号码不对 我们这是饭店', 'wrong_person'], ['我替我爸说一声 他不太满意', 'wrong_person'],
    ['明儿个吧 今儿个不得空', 'reschedule'], ['等我出差回来吧', 'reschedule'], ['我busy，call me later', 'reschedule'],
  ])('%s -> %s', (t, intent) => expect(zh(t, 'yesno').intent).toBe(intent));
  it.each([
    '不满意 他最后说有意见找你们领导去', '项目经理电话多少来着', '是我 你们以后别打这个号了 打我另一个号', '喂？喂？',
    '师傅来坐了五分钟说线路没问题', '说过两天给送来', '到时候再说吧', '设计挺满意的 施工那块我待会儿再说', '工地上吵我听不清 满意',
  ])('%s asks nothing', (t) => expect(zh(t, 'csat3').intent).toBeNull());
});

describe('english', () => {
  it.each([
    ['stop calling me', 'opt_out'], ['unsubscribe', 'opt_out'], ['STOP', 'opt_out'], ['talk to a person', 'human'],
    ['I want to complain', 'complaint'], ['say again', 'repeat'], ["I'm driving, call me later", 'reschedule'], ['wrong number', 'wrong_person'],
  ])('%s -> %s', (t, intent) => expect(en(t, 'csat3').intent).toBe(intent));
  it('reads satisfaction with negation and degree', () => {
    expect(en('very satisfied', 'csat3').value).toBe('very_satisfied');
    expect(en('not very satisfied', 'csat3').value).toBe('dissatisfied');
    expect(en("it's not fixed", 'yesno').value).toBe(false);
    expect(en('nine point five', 'scale:0-10').value).toBe(10);
  });
  it('resolves English callback times', () => {
    expect(en('call me in half an hour', 'time').at).toBe('2026-11-18T11:00:00+08:00');
    expect(en('tomorrow morning', 'time').at).toBe('2026-11-19T10:00:00+08:00');
  });
});

describe('interpret', () => {
  const kinds: Expectation[] = [
    { kind: 'yesno' }, { kind: 'csat3' }, { kind: 'scale', min: 0, max: 10 }, { kind: 'time' }, { kind: 'text' },
    { kind: 'choice', options: [{ value: 'a', words: ['宽带'] }, { value: 'b', words: ['电视'] }] },
  ];
  const texts = ['', '   ', '满意', '不是不满意', '九分', '下午三点再打', '宽带', '嗯啊呃', '１０分', 'ｓｔｏｐ', '😀', 'a'.repeat(2000)];
  it('is deterministic and keeps confidence in 0..1 for every kind', () => {
    for (const expect_ of kinds) {
      for (const t of texts) {
        const a = interpret(t, expect_, { locale: 'zh-CN', now: NOW });
        const b = interpret(t, expect_, { locale: 'zh-CN', now: NOW });
        expect(a).toEqual(b);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        expect(a.text).toBe(t);
      }
    }
  });
  it('defaults to zh-CN and returns text values trimmed', () => {
    expect(interpret('  网络再稳定点  ', { kind: 'text' }, {} as never).value).toBe('网络再稳定点');
  });
  it('time answers have value null and at set', () => {
    const r = zh('明天上午', 'time');
    expect(r.value).toBeNull();
    expect(r.at).toBe('2026-11-19T10:00:00+08:00');
  });
  it('without now, a time cannot be resolved', () => expect(interpretKind('下午三点', 'time').at).toBeNull());
  it('picks choice options, skipping negated ones', () => {
    expect(zh('不是宽带是电视', 'choice:broadband=宽带|tv=电视').value).toBe('tv');
    expect(zh('第一个', 'choice:broadband=宽带|tv=电视').value).toBe('broadband');
  });
});

describe('parseKind', () => {
  it('parses every kind string', () => {
    expect(parseKind('scale:1-5')).toEqual({ kind: 'scale', min: 1, max: 5 });
    expect(parseKind('choice:a|b')).toEqual({ kind: 'choice', options: [{ value: 'a', words: ['a'] }, { value: 'b', words: ['b'] }] });
    expect(parseKind('yesno')).toEqual({ kind: 'yesno' });
  });
  it.each(['', 'scale', 'scale:5-1', 'choice:', 'bogus'])('rejects %j with HF_CLI_USAGE', (k) => {
    try {
      parseKind(k);
      expect.unreachable();
    } catch (e) {
      expect(isHuifangError(e) && e.code).toBe('HF_CLI_USAGE');
    }
  });
});

describe('round 8: topic shifts and slang', () => {
  it('reads a grievance opened by a topic shift as its own matter: a clear complaint unless softened', () => {
    const clear = interpretKind('这次满意，另外我还想说一下，营业厅那个人对我爱答不理的', 'csat3');
    expect([clear.value, clear.complaint, clear.reservation]).toEqual(['satisfied', 'attitude', undefined]);
    const soft = interpretKind('满意，对了，师傅稍微来晚了一点', 'csat3');
    expect([soft.value, soft.complaint, soft.reservation]).toEqual(['satisfied', 'late', true]);
  });
  it('reads exasperation slang by what it sits beside', () => {
    expect(interpretKind('栓Q 真的栓Q', 'csat3').value).toBe('dissatisfied');
    expect(interpretKind('离谱 这么快就给我修好了', 'csat3').value).toBe('satisfied');
    expect(interpretKind('可把我高兴坏了 终于能打游戏了', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
  });
});

describe('irony by construction (round 9, t9R)', () => {
  it.each([
    // A good word echoed into an extent complement; a state with an impossible degree, then no praise.
    ['质量好啊 好到装完第二天吊顶就掉了一块', 'yesno', false], ['正常 正常得很 一会儿有一会儿没有', 'yesno', false],
    ['热了，热得我都开窗户了', 'yesno', true], ['解决了 解决得我都没脾气了 人家一下午就弄完了', 'yesno', true],
    // Praise that ends an answer after a grievance; 那是 stressing a degree is no "yes".
    ['安全措施？有啊 工人爬脚手架连安全帽都不戴 可安全了', 'yesno', false], ['服务态度？那是相当好 我说一句他顶我十句', 'yesno', false],
    ['态度？那是相当好 师傅特别耐心', 'yesno', true],
    // Too warm, with what shows it, is warm; a cold reading takes it back.
    ['热 热死了 都开窗户了', 'yesno', true], ['热，热死了，十六度，我都中暑了', 'csat3', 'dissatisfied'],
    // A soft cue (呵呵, 可真快) before a concrete good result is delight.
    ['哎哟 你们这回可真快 上午投诉下午就好了', 'csat3', 'satisfied'], ['呵呵，满意，太满意了', 'csat3', 'dissatisfied'],
    ['嗯嗯 处理得真的很"用心"喔 我问三次讲三个说法', 'csat3', 'dissatisfied'], ['解决了 你们说解决了就解决了呗', 'yesno', false],
  ])('%s (%s) -> %s', (text, kind, value) => expect(zh(text, kind).value).toBe(value));
});

describe('negated negatives and self-corrections (round 9, t9R)', () => {
  it.each([
    ['也不是很满意', 'dissatisfied'], ['并不是很满意', 'dissatisfied'], ['也不是不满意', 'satisfied'],
    ['谈不上满意不满意 网能用就行', 'neutral'],
    ['满意 哦不对 也就一般吧', 'neutral'], ['不满意 满意 满意 刚才说错了 是满意', 'satisfied'], ['不满意 呃 也不是 就是一般', 'neutral'],
  ])('%s -> %s', (text, level) => expect(zh(text, 'csat3').value).toBe(level));
  it('不对 as an answer or inside a clause is no correction', () => {
    expect(zh('不对，不是我', 'yesno').value).toBe(false);
    expect(zh('修好了 不对 还是断', 'yesno').value).toBe(false);
  });
});

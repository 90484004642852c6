/**
 * Round 17, wave 2 (t17V2, dev16 values): a household member's view reported before the speaker's own, emphatic praise
 * followed by a fault called fun or still there, another party's fault or a fault solved on the spot beside 满意, the
 * question put back (你说呢, 按期？你看看……) and a good state closed by a question no one need answer, and a threat for if a
 * fault comes back. Phrasings of our own, with the look-alikes that must stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00', locale: 'zh-CN' });
  return { v: r.value, c: r.complaint ?? null, i: r.intent ?? null };
};

describe("a member's view reported, then the speaker's own (t17V2)", () => {
  it("the speaker's own level is the answer", () => {
    expect(read('我老婆说挺好，我觉得一般般', 'csat3').v).toBe('neutral');
    expect(read('我儿子嫌装得慢，我倒不在乎，挺满意', 'csat3').v).toBe('satisfied');
    expect(read('我闺女说网速快，我也觉得挺好', 'csat3')).toMatchObject({ v: 'satisfied', i: null });
  });
  it('a view the speaker agrees with or takes up stays as said', () => {
    expect(read('我闺女说网老断，我也觉得是', 'csat3').v).toBe('dissatisfied');
    expect(read('我老伴说还是凉的，那就不满意', 'csat3').v).toBe('dissatisfied');
    expect(read('我老伴不满意', 'csat3').v).toBe('dissatisfied');
    expect(read('我满意，我老伴不满意', 'csat3').v).toBe('satisfied');
  });
  it("how little the speaker uses the line is no fault of it", () => {
    expect(read('我平时很少上网，孙女说还行，那就满意吧', 'csat3').v).toBe('satisfied');
    expect(read('上不了网', 'csat3').v).toBe('dissatisfied');
  });
});

describe('emphatic praise, then a fault (t17V2)', () => {
  it('a fault called fun, or nothing come of the work, is a reproach', () => {
    expect(read('满意，太满意了，一天掉线五回，真有意思', 'csat3').v).toBe('dissatisfied');
    expect(read('满意，可满意了，修了俩礼拜，修出来个寂寞', 'csat3').v).toBe('dissatisfied');
  });
  it('real praise after it stays', () => {
    expect(read('太满意了，师傅人贼有意思，修得也快', 'csat3').v).toBe('very_satisfied');
    expect(read('太好了，师傅来了一趟，暖气片都热乎了', 'csat3').v).toBe('very_satisfied');
  });
});

describe("another party's fault, or one solved on the spot, beside 满意 (t17V2)", () => {
  it('no grievance of ours', () => {
    expect(read('满意，你们师傅比以前电信那个强多了，电信那个还要了我五十块钱', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，那个味儿是隔壁烧烤店的，跟暖气没关系', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，客服电话我打过两回，当天就给处理好了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('a fault of ours stays', () => {
    expect(read('满意，就是师傅收了我五十块钱', 'csat3').c).toBe('money');
  });
});

describe('the question put back (t17V2)', () => {
  it('a retort, then a grievance: no', () => {
    expect(read('你说呢，地板都翘起来了', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('按期？你看看今天都几号了', 'yesno')).toMatchObject({ v: false, c: 'late' });
    expect(read('不冷了？你来我家住一晚就知道了，盖两床被子呢', 'yesno').v).toBe(false);
  });
  it('a good state, then a question no one need answer: yes', () => {
    expect(read('一天没耽误，按时交的房，你说满不满意', 'yesno').v).toBe(true);
    expect(read('走的时候地都拖得干干净净，还有什么好说的', 'yesno').v).toBe(true);
  });
  it('a go-ahead stays a go-ahead, and a good state shown stays', () => {
    expect(read('你说吧，网一直断', 'yesno').v).toBe(true);
    expect(read('热了，你摸摸就知道了', 'yesno').v).toBe(true);
  });
});

describe('a threat for if the fault comes back (t17V2)', () => {
  it('content as things stand', () => {
    expect(read('现在是不漏了，要是后天又漏我再打电话', 'yesno')).toMatchObject({ v: true, c: null });
  });
  it('a threat over what is still undone stays', () => {
    expect(read('要是再不来修我就打电话', 'yesno').v).toBe(false);
  });
});

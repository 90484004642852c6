/**
 * Round 18 (t18F), the call flow (dev17): callback times on working days, after a date of the month, after a lunar date
 * said with 过了, the week after next and past midnight; the prompt cut short (不用问了) and hurried go-aheads; the question
 * echoed with "what?"; "as before" said of a state that works or of the fault; the keypad asked
 * about; requests that are none (人工做得, 不用再打10000). Phrasings other than the corpus items, and what must stay.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';
import { rulesAlone } from './read-kind.js';

rulesAlone();

const read = (text: string, kind: string, now = '2026-11-18T10:30:00+08:00') => {
  const locale = /[\u4e00-\u9fff]/.test(text) ? ('zh-CN' as const) : ('en' as const);
  const r = interpretKind(text, kind, { now, locale });
  return { v: r.value, i: r.intent, at: r.at?.slice(0, 16) ?? null, c: r.complaint };
};
const at = (text: string, now?: string) => read(text, 'time', now).at;

// Wednesday 18 November 2026, 10:30 (lunar 10/10).
describe('callback times', () => {
  it.each([
    ['工作日打吧，周末家里有人来', '2026-11-19T10:00'],
    ['周末不行，工作日晚上打吧', '2026-11-18T19:00'],
    ['下周工作日吧，周末别打', '2026-11-23T10:00'],
    ['过了二十号再打', '2026-11-21T10:00'],
    ['二十号以后吧', '2026-11-21T10:00'],
    ['等过了农历十五再说', '2026-11-24T10:00'],
    ['过了十月十八吧，阴历的', '2026-11-27T10:00'],
    ['下下个星期五上午', '2026-12-04T10:00'],
    ['过了半小时你再打', '2026-11-18T11:00'],
    ['半夜一点以后', '2026-11-19T09:00'],
  ])('%s -> %s', (text, when) => expect(at(text)).toBe(when));
  it('working days said on a Friday afternoon are the Monday after', () => {
    expect(at('周末不行，工作日吧', '2026-11-20T17:00:00+08:00')).toBe('2026-11-23T10:00');
  });
  it.each([
    // The weekend said free wins over working days said busy.
    ['周末打吧，工作日我都在单位', '2026-11-21T10:00'],
    // The day itself said free after 以后 is the day.
    ['25号以后我才回来，25号晚上吧', '2026-11-25T19:00'],
    // 十五 as minutes, the solar date with no 过了.
    ['十五分钟以后', '2026-11-18T10:45'],
    ['十五号吧', '2026-12-15T10:00'],
  ])('look-alike %s -> %s', (text, when) => expect(at(text)).toBe(when));
  it('a weekend ruled out is no opt-out', () => {
    expect(read('下周一吧，周末别打', 'time').i).not.toBe('opt_out');
    expect(read('以后别打了', 'yesno').i).toBe('opt_out');
  });
});

describe('yes/no: the prompt cut short, hurried go-aheads, busy but free now', () => {
  it.each([
    ['行行，不用说那么多，直接问吧', true],
    ['好了好了，不用问了，好了', true],
    ['热了，不用再派人来了', true],
    ['中，问吧，快点儿', true],
    ['我在开车，不过现在停着呢，可以', true],
    ["I'm at work but I'm on my break, go ahead", true],
  ])('%s -> %s', (text, v) => expect(read(text, 'yesno').v).toBe(v));
  it.each([
    ['我在上班，不过晚上可以', false],
    ['不用了，谢谢', false],
  ])('look-alike %s -> %s', (text, v) => expect(read(text, 'yesno').v).toBe(v));
  it('wanting a person is no yes', () => {
    const r = read('I would like to talk to a real person', 'yesno');
    expect(r.i).toBe('human');
    expect(r.v).toBeNull();
  });
});

describe('yes/no: the keypad asked about, the question echoed with "what?"', () => {
  it.each([
    ['满意是按2吗', null],
    ['好了是按几', null],
  ])('%s -> %s', (text, v) => expect(read(text, 'yesno').v).toBe(v));
  it('which key a time option is stays a repeat', () => {
    expect(read('一小时后是按几？', 'time').i).toBe('repeat');
  });
  it('a word of the question echoed with "what?" before asking again is a repeat', () => {
    const r = read('安全什么？你重说一下', 'yesno');
    expect(r.i).toBe('repeat');
    expect(r.v).toBeNull();
  });
});

describe('yes/no: as before, of a working state or of the fault', () => {
  it.each([
    ['还那样，挺好用的', true, null],
    ['老样子，没毛病', true, null],
    ['跟以前一样快', true, null],
    ['跟修之前没两样', false, 'not_fixed'],
    ['和报修之前一个样', false, 'not_fixed'],
    ['还是那么回事', false, 'not_fixed'],
  ])('%s -> %s %s', (text, v, c) => {
    const r = read(text, 'yesno');
    expect(r.v).toBe(v);
    expect(r.c).toBe(c);
  });
  it.each([
    ['还那样', false],
    ['老样子，还是断', false],
  ])('look-alike %s -> %s', (text, v) => expect(read(text, 'yesno').v).toBe(v));
});

describe('requests that are none', () => {
  it.each([
    ['人工干得挺仔细', 'yesno', null],
    ['解决了，以后不用再打95598了', 'yesno', null],
    ['好了，这回不用再打报修电话了', 'yesno', null],
    ['Again please', 'csat3', 'repeat'],
  ])('%s (%s) -> intent %s', (text, kind, i) => expect(read(text, kind).i).toBe(i));
  it.each([
    ['转人工', 'yesno', 'human'],
    ['以后不用再打了', 'yesno', 'opt_out'],
    ['再打我就投诉', 'yesno', 'opt_out'],
  ])('look-alike %s (%s) -> intent %s', (text, kind, i) => expect(read(text, kind).i).toBe(i));
  it('household busyness is no grievance', () => {
    expect(read('过两天再打吧，这两天家里事多', 'time').c).toBeNull();
  });
});

/**
 * Round 12, second pass on the call flow (dev11): being snapped at and a matter pushed off as "not theirs" beside a
 * satisfied answer, a yes said between two fillers, a hello before the customer names themselves, and 听不懂 of a
 * language or of the subject. Each rule is checked on phrasings other than the corpus items, and on what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale: 'zh-CN' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null, res: !!r.reservation };
};

describe('abuse and blame beside a satisfied answer reach a person (000 第四十六条, 第三十六条)', () => {
  it('凶 said of how someone treated the customer is a clear attitude complaint, no reservation', () => {
    for (const t of ['满意 就是接电话那个人凶了我两句', '挺满意的，就是那个客服对我可凶了', '满意 不过上门那师傅凶巴巴的']) {
      const r = read(t, 'csat3');
      expect(r.v, t).toBe('satisfied');
      expect(r.c, t).toBe('attitude');
      expect(r.res, t).toBe(false);
    }
  });
  it('说这事不归她管 is shifting the blame, a clear complaint; one passed on with help is not', () => {
    for (const t of ['满意，就是客服说这个不归他们管', '满意 但是那个接线员说这事不归她管']) {
      const r = read(t, 'csat3');
      expect(r.c, t).toBe('attitude');
      expect(r.res, t).toBe(false);
    }
    expect(read('满意，客服说不归她管但帮我转了', 'csat3').v).toBe('satisfied');
  });
});

describe('fillers and hellos around a yes', () => {
  it('a yes between two fillers is a yes (a filler is never a character spelt out)', () => {
    for (const t of ['嗯 好的 嗯', '啊 可以的 啊', '嗯 方便的 嗯']) expect(read(t, 'yesno').v, t).toBe(true);
    // a name spelled out stays no answer
    expect(read('我姓于 于是的于', 'yesno').v).toBe(null);
  });
  it('a hello before 是我 leaves the identity confirmed; a copula after a hello stays no yes', () => {
    for (const t of ['喂 是我', '喂喂 是我是我', '喂？是我是我，你大点声说']) {
      const r = read(t, 'yesno');
      expect(r.v, t).toBe(true);
      expect(r.i, t).toBe(null);
    }
    expect(read('喂 是我报的修', 'yesno').v).toBe(null);
    expect(read('喂 是我 您好', 'yesno').v).toBe(null);
    expect(read('喂 是下午来的', 'yesno').v).toBe(null);
  });
});

describe('听不懂 of a language or of the subject asks no repeat', () => {
  it('a language or 这些 not understood is no repeat; the call not heard still is', () => {
    for (const t of ['我听不懂英语 你说中文吧', '听不懂普通话', '这些东西我听不懂', '我年纪大了 听不懂这些']) expect(read(t, 'yesno').i, t).not.toBe('repeat');
    for (const t of ['听不懂 你再说一遍', '我听不懂你说啥', '没听清']) expect(read(t, 'yesno').i, t).toBe('repeat');
  });
});

describe('how the caller got the number', () => {
  it('asking how the number was known, with "I never gave it", is a question about who calls, no "no"', () => {
    for (const t of ['你们怎么知道我电话的 我从来没给过', '哪来的我号码', '我没留过电话 你们咋知道的']) {
      const r = read(t, 'yesno');
      expect(r.v, t).toBe(null);
      expect(r.i, t).toBe('who_calling');
    }
    expect(read('方便 你们咋知道我电话的', 'yesno').v).toBe(true);
  });
});

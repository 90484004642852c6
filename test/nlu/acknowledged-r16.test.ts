/**
 * Round 16 (t16V2), values on dev15: an all-purpose "fine" said to the call before letting it go on or asking it to wait, and a
 * mood word with a cause of the customer's own life beside it, rate nothing (issue 13: no score without evidence). Each rule is
 * checked on phrasings other than the corpus items, and on what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const value = (text: string, kind = 'csat3') => interpretKind(text, kind, { locale: 'zh-CN' }).value;

describe('"fine" said to the call, then go on or wait', () => {
  it('rates nothing on a level step', () => {
    expect(value('蛮好，你说吧，我听着')).toBeNull();
    expect(value('要得，你等一下，我把火关了')).toBeNull();
    expect(value('安逸，我在打牌，你讲嘛')).toBeNull();
    expect(value('好嘞，你说')).toBeNull();
  });
  it('keeps a level, the service or a grievance said beside it', () => {
    expect(value('满意，你说')).toBe('satisfied');
    expect(value('挺好，师傅也客气，你说吧')).toBe('satisfied');
    expect(value('挺好的，就是网有点慢，你说')).toBe('satisfied');
    expect(value('蛮好')).toBe('satisfied');
  });
  it('is still a go-ahead on "is now a good time?"', () => {
    expect(value('蛮好，你讲', 'yesno')).toBe(true);
  });
});

describe('a mood with a cause of the customer\'s own life', () => {
  it('rates nothing', () => {
    expect(value('烦死了，儿子又考砸了')).toBeNull();
    expect(value('郁闷，油价又涨了')).toBeNull();
    expect(value('闹心啊，老公又加班')).toBeNull();
  });
  it('keeps a cause the service touches, or a level', () => {
    expect(value('闹心，孩子在屋里冻得直哭')).toBe('dissatisfied');
    expect(value('烦死了，网又断了')).toBe('dissatisfied');
    expect(value('烦死了')).toBe('dissatisfied');
  });
});

describe('"I don\'t know" in dialect beside what someone else said', () => {
  it('reads as 不知道: no level of the customer\'s own', () => {
    expect(value('我爱人讲蛮好，我弗晓得')).toBeNull();
    expect(value('我个仔话几好，我唔知')).toBeNull();
    expect(value('挺好，我不晓得')).toBeNull();
  });
  it('leaves a level said without it', () => {
    expect(value('我觉得蛮好')).toBe('satisfied');
    expect(value('挺好，我晓得你们忙')).toBe('satisfied');
  });
});

describe('a mood beside the service\'s own failings', () => {
  it('stays a grievance (光猫 is no cat, a visit missed is the service)', () => {
    expect(value('离谱 约了两次都没来 来了又说没带光猫')).toBe('dissatisfied');
    expect(value('烦死了，师傅来了三趟')).toBe('dissatisfied');
  });
});

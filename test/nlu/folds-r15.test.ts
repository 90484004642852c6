/**
 * Round 15 (t15D), folds: readers that were written twice are read once. Talk to someone in the room is one clause
 * reader (nonanswer.ts) for the non-answers and for zh.ts addressesOther; the weather's words are one list with two
 * uses; the turn words ("but") are one list for the pipeline and the engine (contrast.ts); "it's me" is one list for its
 * three readers in pipeline.ts. Behaviour pinned on new phrasings, with the look-alikes each must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';
import { BUT_EN, BUT_ZH, CONTRAST_OPEN, ONLY_ZH, TURNED_REPLY } from '../../src/nlu/contrast.js';
import { roomTalkOnlyZh, withoutRoomTalkZh } from '../../src/nlu/nonanswer.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale: 'zh-CN' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null, at: r.at };
};

describe('talk to someone in the room: one clause reader', () => {
  it('a level said to the caller in a clause of its own stays, whatever the order to someone present beside it', () => {
    for (const [t, v] of [
      ['满意，你先把鞋穿上', 'satisfied'],
      ['挺满意的，你把外套穿好', 'satisfied'],
      ['满意，别吵了', 'satisfied'],
      ['别闹了，挺满意的', 'satisfied'],
      ['不满意，帮我递一下眼镜', 'dissatisfied'],
      ['还行，赶紧去睡觉', 'neutral'],
      ['往右一点，满意', 'satisfied'],
      ['满意，饭好了快来吃', 'satisfied'],
    ] as const) expect(read(t, 'csat3').v, t).toBe(v);
  });
  it('the aside clause gives nothing (你慢点吃 is no "slow")', () => {
    for (const t of ['满意，你慢点吃', '满意，你慢着走']) expect(read(t, 'csat3'), t).toMatchObject({ v: 'satisfied', c: null });
  });
  it('the yes-words beside the aside answer that person; the aside alone is no answer', () => {
    for (const t of ['对对，你先把鞋穿上', '是的，别哭了', '有，你把手机拿来', '你先把袜子穿上', '好好，别抓那个线！过来！']) expect(read(t, 'yesno').v, t).toBeNull();
    for (const t of ['你先把鞋穿上', '赶紧去睡觉', '饭好了快来吃']) expect(read(t, 'csat3').v, t).toBeNull();
  });
  it('a time or a call back said to the caller beside it stays', () => {
    expect(read('明天下午三点吧，别吵了', 'time').at).toBe('2026-11-19T15:00:00+08:00');
    expect(read('明天再说吧，你先把鞋穿上', 'csat3').i).toBe('reschedule');
  });
  it('the reader itself: clauses taken out, the rest kept', () => {
    expect(withoutRoomTalkZh('满意，你先把鞋穿上')).toBe('满意');
    expect(withoutRoomTalkZh('满意，挺好的')).toBe('满意，挺好的');
    expect(roomTalkOnlyZh('好的，你先把鞋穿上')).toBe(true);
    expect(roomTalkOnlyZh('五分，你先把鞋穿上')).toBe(false);
    // (你试试 is offered to someone present only after something else was said.)
    expect(roomTalkOnlyZh('你试试')).toBe(false);
    expect(roomTalkOnlyZh('这个汤挺烫的，你尝尝')).toBe(true);
  });
});

describe('weather talk: one word list, two uses', () => {
  it('asked back or said alone is no answer', () => {
    for (const t of ['你们那儿降温了没有', '外头可冷了', '这两天天儿真热啊', '今年这雪下得可真大', '室外都零下二十了']) expect(read(t, 'csat3').v, t).toBeNull();
  });
  it('a level beside it, or the home measured, stays', () => {
    expect(read('今天这雨下得真大，满意', 'csat3').v).toBe('satisfied');
    expect(read('满意，今天天气真好', 'csat3').v).toBe('satisfied');
    expect(read('外面零下五度，屋里十八度', 'csat3').v).toBeNull();
  });
});

describe('turn words: one list for the pipeline and the engine', () => {
  it('"but" opens both; "just" only the pipeline', () => {
    for (const w of ['但是有点贵', '可是有点贵', '不过有点贵', '只不过有点贵', '可他没来']) {
      expect(CONTRAST_OPEN.test(w), w).toBe(true);
      expect(TURNED_REPLY.test(w), w).toBe(true);
    }
    for (const w of ['就是有点贵', '唯一的问题是贵']) {
      expect(CONTRAST_OPEN.test(w), w).toBe(true);
      expect(TURNED_REPLY.test(w), w).toBe(false);
    }
    expect(TURNED_REPLY.test('yes, but he was late'.replace(/^yes, /, ''))).toBe(true);
    expect(TURNED_REPLY.test('though it took a while')).toBe(true);
    expect(BUT_ZH.length + BUT_EN.length + ONLY_ZH.length).toBeGreaterThan(0);
  });
  it('可 before 可以 / 可能 is no turn in either', () => {
    for (const w of ['可以了', '可能还要再看看']) {
      expect(CONTRAST_OPEN.test(w), w).toBe(false);
      expect(TURNED_REPLY.test(w), w).toBe(false);
    }
  });
  it('the pipeline reads a verdict then a 可以 as the verdict', () => {
    expect(read('热了，可以了', 'yesno').v).toBe(true);
    expect(read('满意，可是有点贵', 'csat3').v).toBe('satisfied');
  });
});

describe('"it\'s me": one list for three readers', () => {
  it('a claim said alone, after a hello, or after the question back', () => {
    for (const t of ['喂，是我', '喂 我就是', '嗯，我本人', '你说王桂芳？那就是我', '对，是我呀']) expect(read(t, 'yesno').v, t).toBe(true);
    expect(read('你找谁？就是我', 'yesno').v).toBe(true);
  });
  it('a denial or a greeting beside it is no claim', () => {
    for (const t of ['不是我，你打错了', '喂 是我 你好']) expect(read(t, 'yesno').v, t).not.toBe(true);
  });
});

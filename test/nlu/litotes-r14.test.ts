/**
 * Round 14 (t14Q): litotes and the rhetorical "how could it not be". A negated negative state (也不是不热, 不能说不正常,
 * 倒也不是没弄好, 不至于不满意, 没有不热) is a grudging yes, 能不满意吗 is of course satisfied, a question echoed or put back
 * and then answered alone is answered, and an English contrast with another provider keeps the other's grievance out. Each is checked on
 * phrasings other than the corpus items, and on the questions, plain negations and requests that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('a negated negative state is a grudging yes', () => {
  it('也不是不X, 不能说不X, 倒也不是没X, 不至于不X, 没有不X, 不会不X', () => {
    for (const t of ['也不是不暖和', '不能说不稳定吧', '其实也不是没修好', '不至于不能用', '没有不正常啊', '倒也不是不方便', '不会不推荐的吧', '并不是没解决']) {
      const r = read(t, 'yesno');
      expect(r.v, t).toBe(true);
      expect(r.c, t).toBeNull();
    }
  });
  it('on a satisfaction scale it stays a lukewarm satisfied', () => {
    expect(read('也不是不满意吧', 'csat3').v).toBe('satisfied');
    expect(read('不是不满意，是非常满意', 'csat3').v).toBe('very_satisfied');
  });
  it('leaves plain negations, A-not-A questions and a polite no alone', () => {
    for (const t of ['不暖和', '也不热', '还是没修好']) expect(read(t, 'yesno').v, t).toBe(false);
    expect(read('有没有不热的房间', 'yesno').v).toBeNull();
    expect(read('不是不想配合你们，实在是在开车', 'yesno').v).toBe(false);
  });
});

describe('能不X吗: of course it is', () => {
  it('the rhetorical question answers', () => {
    expect(read('这还能不满意吗', 'csat3').v).toBe('satisfied');
    expect(read('都开窗户了，能不热吗', 'yesno').v).toBe(true);
    expect(read('能不高兴吗？一上午就弄好了', 'csat3').v).not.toBe('dissatisfied');
  });
  it('a request put the same way is no praise', () => {
    expect(read('你们能不迟到吗', 'csat3').v).not.toBe('satisfied');
  });
});

describe('the question echoed or put back, then answered alone', () => {
  it('the word said again in its own clause, or a short answer after 你说呢', () => {
    for (const t of ['好了吗？好了', '能用吗 你说网啊 嗯 能用了', '方便吗？方便方便', '你觉得呢？当然好了', '你看呢，修好了呗']) expect(read(t, 'yesno').v, t).toBe(true);
  });
  it('leaves a denial, a question back and a story alone', () => {
    expect(read('方便吗？你们哪里', 'yesno').v).toBeNull();
    expect(read('热了吗？你们自己不知道吗', 'yesno').v).toBeNull();
    expect(read('好了吗？好什么好', 'yesno').v).not.toBe(true);
  });
});

describe('an English contrast with another provider or the last time', () => {
  it("the other side's grievance is what this service is measured against", () => {
    for (const t of ['very satisfied, much better than the old company, they never turned up twice', "satisfied. my sister's provider took a week, you came the next morning"]) {
      const r = read(t, 'csat3');
      expect(r.v, t).not.toBe('dissatisfied');
      expect(r.c, t).toBeNull();
    }
  });
  it('keeps the grievance when this time is the same, worse, or raised as its own point', () => {
    expect(read("my neighbour's installer took three visits, yours took four", 'csat3').v).toBe('dissatisfied');
    expect(read('the last provider was slow, and you were just as slow', 'csat3').v).toBe('dissatisfied');
    expect(read('satisfied, but last time they never showed up and I want that looked into', 'csat3').c).not.toBeNull();
  });
});

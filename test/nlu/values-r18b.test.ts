/**
 * Values left on dev17 (wave 2): a rhetorical question that says the verdict (How could I not be satisfied?, 能不给满分吗), a
 * go-ahead after the call is taken (电话都接了，问吧), and a demand to redo the work (马上给我重新装) that is no repair made good.
 * Each construction is read in other words, beside what it must leave alone; the rules alone.
 */
import { describe, expect, it } from 'vitest';
import { read, rulesAlone } from './read-kind.js';

rulesAlone();

describe('a rhetorical question that says the verdict', () => {
  it('English: how could I not be, why would I be unhappy, who would not be, what is not to like', () => {
    const cases: [string, unknown][] = [
      ['How can I not be happy? It works great now', 'satisfied'],
      ['Why would anyone be unhappy? He was quick', 'satisfied'],
      ["Who couldn't be pleased with that?", 'satisfied'],
      ['What is not to love?', 'satisfied'],
      // look-alikes: the plain question and the opposite rhetorical stay as they were
      ['Why would I be satisfied? It still drops every night', 'dissatisfied'],
      ['How could I be satisfied?', null],
      ['What is there to like?', null],
    ];
    for (const [t, v] of cases) expect(read(t, 'csat3').v, t).toBe(v);
  });
  it('Chinese: a score asked back as what could not be withheld is given', () => {
    expect(read('这还能不打十分吗', 'scale:0-10').v).toBe(10);
    expect(read('哪能不给五分呢，装得真好', 'scale:0-5').v).toBe(5);
    // look-alikes: a score asked for, and the scale asked about, give none
    expect(read('能给满分吗', 'scale:0-10').v).toBeNull();
    expect(read('能不能给满分吗', 'scale:0-10').v).toBeNull();
  });
});

describe('the call taken, then the go', () => {
  it('电话都接了 / 既然接通了 then 问吧 is a yes to "is now a good time"', () => {
    expect(read('都接起来了，你问吧', 'yesno').v).toBe(true);
    expect(read('既然接通了那就问吧', 'yesno').v).toBe(true);
    // look-alike: the call taken, but no time now
    expect(read('电话都接了，没空', 'yesno').v).toBe(false);
  });
});

describe('a demand to redo the work is no repair made good', () => {
  it('马上（给我）重新装 after 不满意 leaves the verdict; a redo told as done still settles the fault', () => {
    expect(read('不满意，你们立马给我重新弄', 'csat3').v).toBe('dissatisfied');
    expect(read('不满意 马上重新装', 'csat3').v).toBe('dissatisfied');
    expect(read('墙面裂了，已经重新刷好了', 'csat3').v).toBe('satisfied');
  });
});

/**
 * Round 21 (t21H): dev20's odd single answers. A count exclaimed (打了多少次电话都没人接) is no question; slowness told with
 * the time it dragged is lateness; the plan called a rip-off is billing; the customer's own 我哪知道 is no staff rudeness;
 * "you are" to "am I speaking with…" is a yes; busy said in English inside a Chinese answer is a later call asked.
 * Phrasings of our own, each beside a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('a count exclaimed, not asked', () => {
  it('keeps the grievance it tells', () => {
    expect(readOnStep('heating-complaint.handling_satisfaction', '不满意 打了多少回电话都没人接').c).toBe('unreachable');
    expect(readOnStep('heating-complaint.handling_satisfaction', '打多少次电话能接通').c).toBeNull();
  });
});

describe('slowness with the time it dragged', () => {
  it('is late on the schedule step; a slow line stays quality', () => {
    expect(readOnStep('renovation.schedule', '太慢了 拖了两个多礼拜')).toMatchObject({ v: false, c: 'late' });
    expect(readOnStep('renovation.schedule', '网速慢得很').c).toBe('quality');
  });
});

describe('the plan called a rip-off', () => {
  it('is billing beside a score; a hole in the wall is not', () => {
    expect(readOnStep('unicom-engineer.rating', '资费真坑人 给两分')).toMatchObject({ v: 2, c: 'billing' });
    expect(readOnStep('unicom-engineer.rating', '墙上打了个坑 给两分').c).not.toBe('billing');
  });
});

describe('我哪知道', () => {
  it('said by the customer is no grievance; said by staff is rudeness', () => {
    expect(readOnStep('heating-repair.temperature', '我哪知道 屋里没温度计').c).toBeNull();
    expect(readOnStep('heating-repair.temperature', '我问他几度 他说我哪知道').c).toBe('attitude');
  });
});

describe('"you are" to the identity question', () => {
  it('is a yes; you are kidding is not', () => {
    expect(readOnStep('telecom-install.en.identity', 'yes you are').v).toBe(true);
    expect(readOnStep('telecom-install.en.identity', 'You are').v).toBe(true);
    expect(readOnStep('telecom-install.en.identity', 'you are kidding').v).not.toBe(true);
  });
});

describe('busy in English inside a Chinese answer', () => {
  it('asks a later call', () => {
    expect(readOnStep('telecom-install.en.convenient', '抱歉 I am busy at the moment').i).toBe('reschedule');
    expect(readOnStep('telecom-install.en.convenient', '不好意思 busy').i).toBe('reschedule');
  });
});

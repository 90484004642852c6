// Round 11 (t11E): a level said first, then a grievance opened by a topic shift (one more thing,
// actually wait, 就一个事, 还是要说一句, 哎你等一下): the level stands beside a clear complaint
// (test/corpus/README.md "Complaints anywhere in the call": the level stays what the customer said).
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const NOW = '2026-11-18T10:30:00+08:00';
const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => interpretKind(text, kind, { now: NOW, locale });

describe('a topic shift after the level, round 11', () => {
  it.each([
    ['satisfied. Oh, one more thing, the technician wanted fifty yuan cash for the cable', 'en', 'satisfied', 'money'],
    ['very satisfied. Actually wait, the cable he left runs right across the doorway, my dad nearly tripped', 'en', 'very_satisfied', 'safety'],
    ['Satisfied. By the way, he asked me for a tip', 'en', 'satisfied', 'money'],
    ['满意满意 就一个事 师傅在我家阳台抽烟 烟头还扔花盆里了', 'zh-CN', 'satisfied', 'attitude'],
    ['满意。我还是要说一句，师傅走的时候问我要了一百块钱', 'zh-CN', 'satisfied', 'money'],
    ['满意满意。哎你等一下，我老公说电源线就搭在煤气管子上，这样安全吗', 'zh-CN', 'satisfied', 'safety'],
  ] as const)('%s -> the level stands, a clear complaint beside it', (text, locale, value, complaint) => {
    const r = read(text, 'csat3', locale);
    expect(r.value).toBe(value);
    expect(r.complaint).toBe(complaint);
    expect(r.reservation).toBeFalsy();
  });

  it('a score said first, then 还是要说一句 and a grievance: the score stands, the grievance is clear', () => {
    const r = read('十分。嗯……想想还是要说一句，他迟到了三个多小时，我专门请了半天假在家等', 'scale:0-10');
    expect(r.value).toBe(10);
    expect(r.complaint).toBe('late');
    expect(r.reservation).toBeFalsy();
  });

  it('without a topic shift the ironic top mark beside a grievance is still no score', () => {
    expect(read('满分 迟到一下午的满分', 'scale:0-10').value).toBeNull();
  });
});

describe('a self-correction that takes back a hedged aside, round 11', () => {
  it('算了不说了 takes back what came before: the level said after it is as sure as it is said there', () => {
    const r = read('我的宽带账号好像是02887……算了不说了，满意', 'csat3');
    expect(r.value).toBe('satisfied');
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('a hedge on the level itself stays a hedge (no correction taken back)', () => {
    expect(read('好像还算满意吧', 'csat3').confidence).toBeLessThan(0.6);
  });
});

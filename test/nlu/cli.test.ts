import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFromOptions } from '../../src/cli/commands/interpret.js';

const BIN = join(import.meta.dirname, '../../bin/huifang.js');
const run = (args: string[], input: string) => spawnSync(process.execPath, [BIN, 'interpret', ...args], { input, encoding: 'utf8' });

describe('huifang interpret', () => {
  it('prints one JSON object per input line', () => {
    const r = run(['--expect', 'scale:0-10'], '给九分吧\n十分差劲\n来得太晚了\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { text: '给九分吧', value: 9, intent: null, confidence: 0.95, at: null, complaint: null },
      // 十分 is "very" here, not ten: a dissatisfied level in words, a low score to confirm (round 2).
      { text: '十分差劲', value: 3, intent: null, confidence: 0.45, at: null, complaint: null },
      // Issue 13: a complaint on a numeric scale gives no number, but its category.
      { text: '来得太晚了', value: null, intent: null, confidence: 0, at: null, complaint: 'late' },
    ]);
  });
  it("marks the learned reader's guess (round 12) with learned: true, at confidence 0.5; the rules' readings carry no mark", () => {
    const r = run(['--expect', 'csat3'], '他那个态度我就不说了\n满意\n');
    const [guess, said] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(guess).toEqual({ text: '他那个态度我就不说了', value: 'dissatisfied', intent: null, confidence: 0.5, at: null, complaint: null, learned: true });
    expect(said).toEqual({ text: '满意', value: 'satisfied', intent: null, confidence: 0.92, at: null, complaint: null });
  });
  it('resolves times against --now and --tz', () => {
    const r = run(['--expect', 'time', '--now', '2026-11-18T10:30:00+08:00', '--tz', 'Asia/Shanghai'], '下午三点\n');
    expect(JSON.parse(r.stdout).at).toBe('2026-11-18T15:00:00+08:00');
  });
  it('takes --locale en', () => {
    const r = run(['--expect', 'yesno', '--locale', 'en'], 'yes\n');
    expect(JSON.parse(r.stdout).value).toBe(true);
  });
  it('exits 2 with HF_CLI_USAGE on an invalid --expect', () => {
    const r = run(['--expect', 'scale:9-1'], 'x\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error HF_CLI_USAGE: /);
  });
  it('exits 2 on an invalid --now or --tz', () => {
    expect(run(['--expect', 'time', '--now', 'yesterday'], 'x\n').status).toBe(2);
    expect(run(['--expect', 'time', '--tz', 'Mars/Base'], 'x\n').status).toBe(2);
  });
  it('defaults now to the clock, in the zone', () => {
    const ctx = contextFromOptions({ expect: 'time', locale: 'zh-CN', tz: 'Asia/Shanghai' }, () => new Date('2026-11-18T02:30:00Z'));
    expect(ctx).toEqual({ locale: 'zh-CN', now: '2026-11-18T10:30:00+08:00', timeZone: 'Asia/Shanghai' });
  });
});

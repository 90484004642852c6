/**
 * `huifang try`: the transcript reads as a conversation (the customer's lines shown, piped too),
 * English dialogs print English labels, and `--json` prints the result (issue 13).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/huifang.js');
const NOW = '2026-11-18T10:30:00+08:00';
const run = (args: string[], input: string) => spawnSync(process.execPath, [BIN, 'try', ...args, '--now', NOW], { input, encoding: 'utf8' });

describe('huifang try', () => {
  it('shows the customer\'s lines in the transcript when they are piped', () => {
    const r = run(['telecom-install'], '是\n#1\n\n不满意\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const i = lines.indexOf('客户: 是');
    expect(i).toBeGreaterThan(0);
    expect(lines.slice(i)).toEqual(expect.arrayContaining(['客户: [按键 1]', '客户: （没有说话）', '客户: 不满意']));
    expect(lines.findIndex((l) => l.startsWith('机器人: 您好'))).toBeLessThan(i);
  });

  it('prints English labels for an English dialog', () => {
    const r = run(['telecom-install', '--locale', 'en'], 'Yes\nSure\nDissatisfied\n');
    expect(r.stdout).toMatch(/^Bot: Hello/m);
    expect(r.stdout).toContain('Customer: Yes');
    expect(r.stdout).toMatch(/\[listening: csat3; keys 1=very satisfied/);
    expect(r.stdout).not.toMatch(/机器人|客户/);
  });

  it('--json: a customer who hangs up right after 不满意 ends hung_up with an escalation', () => {
    const r = run(['telecom-install', '--json'], '是\n方便\n不满意\n');
    const json = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(json).toMatchObject({ outcome: 'hung_up', escalation: { reason: 'dissatisfied', detail: 'hung up before giving a reason' } });
  });
});

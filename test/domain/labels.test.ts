/**
 * The one label table (src/domain/labels.ts): every code the workspace can show has a Chinese
 * and an English label, and every value the workspace's APIs answer for the pages (reasons,
 * kinds, statuses, channels, outcomes, roles) is named in words, not as a raw code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTEMPT_CHANNELS, ATTEMPT_OUTCOMES, CALLBACK_STATUSES } from '../../src/domain/callbacks.js';
import { KIND_RULES } from '../../src/domain/deadlines.js';
import { basisLabel, bySeverity, LABELS, labelOf, REASON_SEVERITY, type LabelGroup } from '../../src/domain/labels.js';
import { COMPLAINT_CATEGORIES } from '../../src/nlu/complaints.js';
import { ROLES } from '../../src/store/repos/users.js';
import { FINAL_TASK_CALL_OUTCOMES } from '../../src/store/repos/task-calls.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every escalation and flag reason the product can produce: dialogs, the engine, text flags, the scheduler. */
function producedReasons(): string[] {
  const found = new Set<string>();
  for (const f of readdirSync(join(ROOT, 'dialogs')).filter((x) => x.endsWith('.yaml'))) {
    for (const m of readFileSync(join(ROOT, 'dialogs', f), 'utf8').matchAll(/^\s+(?:escalate|reason)\s*:\s*['"]?([a-z_]+)['"]?\s*$/gm)) found.add(m[1] as string);
  }
  // (src/campaigns' `reason`s are the contact policy's decisions, not escalations: its human tasks are below.)
  for (const dir of ['src/engine', 'src/results', 'src/conversation', 'src/channels/twilio']) {
    for (const f of readdirSync(join(ROOT, dir)).filter((x) => x.endsWith('.ts'))) {
      for (const m of readFileSync(join(ROOT, dir, f), 'utf8').matchAll(/reason: '([a-z_]+)'/g)) found.add(m[1] as string);
    }
  }
  // The scheduler's human tasks (src/campaigns/scheduler.ts): vip_human_first, auto_<reason>.
  for (const r of ['vip_human_first', 'auto_unreachable', 'auto_machine']) found.add(r);
  for (const c of COMPLAINT_CATEGORIES) {
    found.add(`complaint:${c}`);
    found.add(`reservation:${c}`);
  }
  // Reasons of the plan's own bookkeeping that are no escalation reason.
  for (const r of ['vip', 'unreachable', 'machine', 'no_rule', 'no_customer']) found.delete(r);
  return [...found].sort();
}

function expectLabelled(group: LabelGroup, codes: readonly string[]): void {
  const missing = codes.filter((c) => labelOf(group, c, 'zh-CN') === c || labelOf(group, c, 'en') === c);
  expect(missing, `${group} codes without a zh and en label`).toEqual([]);
  for (const c of codes) expect(labelOf(group, c, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
}

describe('the label table', () => {
  it('names every reason the product produces, in Chinese and English', () => {
    const reasons = producedReasons();
    expect(reasons).toEqual(expect.arrayContaining(['dissatisfied', 'not_fixed', 'misconduct', 'human_requested', 'vip_human_first', 'complaint:late']));
    expectLabelled('reason', reasons);
  });

  it('names every kind of work order, callback status, channel, outcome, role, task status and call outcome', () => {
    expectLabelled('kind', Object.keys(KIND_RULES));
    expectLabelled('callbackStatus', CALLBACK_STATUSES);
    expectLabelled('channel', [...ATTEMPT_CHANNELS, 'speech', 'dtmf', 'text']);
    expectLabelled('outcome', ATTEMPT_OUTCOMES);
    expectLabelled('role', ROLES);
    expectLabelled('taskStatus', ['open', 'in_progress', 'resolved', 'unreachable']);
    expectLabelled('taskCallOutcome', [...FINAL_TASK_CALL_OUTCOMES, 'calling_agent', 'calling_customer', 'connected']);
    expectLabelled('segment', ['vip', 'high_value']);
  });

  it('has both languages for every entry, and orders reasons by severity', () => {
    for (const [group, table] of Object.entries(LABELS)) {
      for (const [code, l] of Object.entries(table)) {
        expect(l['zh-CN'], `${group}.${code} zh`).toBeTruthy();
        expect(l.en, `${group}.${code} en`).toBeTruthy();
      }
    }
    for (const r of REASON_SEVERITY) if (r !== 'reservation') expect(labelOf('reason', r)).not.toBe(r);
    expect(bySeverity(['dissatisfied', 'not_fixed', 'complaint:late', 'dissatisfied'])).toEqual(['complaint:late', 'not_fixed', 'dissatisfied']);
    expect(labelOf('reason', 'complaint:money', 'en')).toBe('Complaint: Asked for money or extra charges');
  });

  it('says a deadline basis in words', () => {
    expect(basisLabel('hours:2 (004 第六十条)')).toBe('2 小时内（004 第六十条）');
    expect(basisLabel('workingDays:1 (tenant default)')).toBe('1 个工作日内（公司默认规则）');
    expect(basisLabel('workingDays:1@18:00 (004 第五十二条, 第五十四条)', 'en')).toBe('within 1 working day(s) by 18:00 (004 第五十二条, 第五十四条)');
    expect(basisLabel('set by hand')).toBe('手工设定');
  });
});

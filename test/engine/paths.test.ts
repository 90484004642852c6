/**
 * Path coverage of every compiled dialog with @xstate/graph: every state of every machine is
 * reached by some path of answers, and every path ends (in a final state or a hang-up).
 */
import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import type { Candidate, CompiledDialog, EngineEvent } from '../../src/engine/compile.js';
import { loadRegistry } from '../../src/engine/registry.js';

const INTENTS = ['opt_out', 'human', 'complaint', 'repeat', 'reschedule', 'wrong_person', 'who_calling'];
const AT = '2026-11-23T15:00:00+08:00';

function candidate(value: unknown, extra: Partial<Candidate> = {}): Candidate {
  return { raw: String(value), via: 'speech', value, intent: null, confidence: 0.95, at: null, ...extra };
}

/** The answers worth trying in a state: every value of the expected kind, every intent, silence, low confidence. */
function eventsFor(d: CompiledDialog, snap: AnyMachineSnapshot): EngineEvent[] {
  const state = String(snap.value);
  const id = state.replace(/__confirm$/, '');
  const ls = d.listens.get(id);
  if (!ls || snap.status === 'done' || state === '__hung_up') return state === '__hung_up' ? [{ type: 'RESUME' }] : [];
  const values: unknown[] = state.endsWith('__confirm')
    ? [true, false]
    : ls.expect.kind === 'csat3'
      ? ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied']
      : ls.expect.kind === 'scale'
        ? [ls.expect.min, ls.expect.max, Math.floor((ls.expect.min + ls.expect.max) / 2), ...ls.branches.flatMap((b) => (typeof b.when === 'object' && 'max' in b.when && b.when.max !== undefined ? [b.when.max] : []))]
        : ls.expect.kind === 'yesno'
          ? [true, false]
          : ls.expect.kind === 'choice'
            ? ls.expect.options.map((o) => o.value)
            : ls.expect.kind === 'time'
              ? [AT]
              : ['some words'];
  return [
    ...values.map((v) => ({ type: 'ANSWER' as const, c: candidate(v, ls.expect.kind === 'time' ? { at: AT } : {}) })),
    { type: 'ANSWER', c: candidate(values[0], { confidence: 0.3 }) },
    { type: 'ANSWER', c: candidate(null) },
    ...INTENTS.map((intent) => ({ type: 'ANSWER' as const, c: candidate(null, { intent, at: intent === 'reschedule' ? AT : null }) })),
    { type: 'ANSWER', c: candidate(null, { intent: 'reschedule' }) },
    // A relative answering for the customer, with and without a time; a complaint said with an answer; 随便.
    { type: 'ANSWER', c: candidate(null, { intent: 'wrong_person', person: 'relative' }) },
    { type: 'ANSWER', c: candidate(null, { intent: 'wrong_person', person: 'relative', at: AT }) },
    { type: 'ANSWER', c: candidate(values[0], { complaint: 'late' }) },
    { type: 'ANSWER', c: candidate('any') },
    { type: 'NO_INPUT' },
    { type: 'HANG_UP' },
    { type: 'TIMEOUT' },
  ];
}

const serialize = (s: AnyMachineSnapshot) => {
  const c = s.context as { tries: number; keypadOnly: boolean; escalation: unknown; lastAsk: string | null };
  return JSON.stringify([s.value, c.tries, c.keypadOnly, Boolean(c.escalation), s.value === '__hung_up' ? c.lastAsk : null]);
};

describe('path coverage (@xstate/graph)', () => {
  for (const d of loadRegistry().all()) {
    it(`${d.spec.id} (${d.spec.locale}): every state is reached and every path ends`, () => {
      const options = {
        input: { vars: {}, locale: d.spec.locale, tz: 'Asia/Shanghai', now: '2026-11-23T10:00:00+08:00' },
        events: (s: AnyMachineSnapshot) => eventsFor(d, s),
        serializeState: (s: AnyMachineSnapshot) => serialize(s),
        serializeEvent: (e: EngineEvent) => JSON.stringify(e),
      };
      const paths = getShortestPaths(d.machine, options as never);
      const reached = new Set(paths.flatMap((p) => p.steps.map((s) => String(s.state.value))));
      // Resting states: the ones a turn can stop in (transient states have `always`).
      const all = Object.entries(d.machine.root.states)
        .filter(([, node]) => !(node as { config: { always?: unknown } }).config.always)
        .map(([k]) => k);
      const missing = all.filter((k) => !reached.has(k));
      expect(missing, `states never reached in ${d.spec.id}`).toEqual([]);
      // Every path ends: from every reachable vertex some answers lead to a final state.
      const adj = getAdjacencyMap(d.machine, options as never) as unknown as Record<string, { state: AnyMachineSnapshot; transitions: Record<string, { state: AnyMachineSnapshot }> }>;
      const canEnd = new Set(Object.entries(adj).filter(([, v]) => v.state.status === 'done').map(([k]) => k));
      for (let changed = true; changed; ) {
        changed = false;
        for (const [k, v] of Object.entries(adj)) {
          if (canEnd.has(k)) continue;
          if (Object.values(v.transitions).some((t) => canEnd.has(serialize(t.state)))) {
            canEnd.add(k);
            changed = true;
          }
        }
      }
      const stuck = Object.keys(adj).filter((k) => !canEnd.has(k));
      expect(stuck, `states from which no answer ends the call in ${d.spec.id}`).toEqual([]);
      expect(Object.keys(adj).length).toBeGreaterThan(10);
    });
  }
});

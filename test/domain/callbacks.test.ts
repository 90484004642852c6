import { describe, expect, it } from 'vitest';
import { CALLBACK_STATUSES, canTransition, FINAL_STATUSES, isFinal, statusesLeadingTo, TRANSITIONS } from '../../src/domain/callbacks.js';

describe('the callback lifecycle table', () => {
  it('final statuses go nowhere; every open status may end', () => {
    for (const s of FINAL_STATUSES) expect(TRANSITIONS[s]).toEqual([]);
    for (const s of CALLBACK_STATUSES.filter((x) => !isFinal(x))) {
      for (const end of ['completed', 'escalated', 'opted_out', 'failed'] as const) expect(canTransition(s, end), `${s} -> ${end}`).toBe(true);
    }
  });
  it('in_progress is entered only from a status not in progress (the claim)', () => {
    expect(statusesLeadingTo('in_progress')).toEqual(['pending', 'rescheduled', 'incomplete']);
    expect(canTransition('in_progress', 'in_progress')).toBe(false);
  });
  it('a second path to a final status is refused', () => {
    expect(statusesLeadingTo('opted_out')).not.toContain('opted_out');
    expect(statusesLeadingTo('completed')).not.toContain('completed');
  });
});

/**
 * Round 23, lead: readings fixed at the merges. What the worker had to do, told after praise (great job … he had to haul
 * everything up six floors), is his effort, not the ironic "great, I had to …" (en.ts IRONY_EN): it was read as
 * dissatisfied, a false escalation.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 23 (lead): the worker had to, after praise', () => {
  it('is praise of his effort', () => {
    checkOnStep([
      ['telecom-install.en.satisfaction', 'Brilliant work. There is no lift in our block so the technician had to carry the boxes up nine floors.', { v: 'very_satisfied' }],
      ['telecom-install.en.satisfaction', 'Great job, the engineer had to redo the cabling but it works now.', { v: 'satisfied' }],
    ]);
  });
  it("look-alike: the customer's own had to stays the reproach", () => {
    checkOnStep([
      ['telecom-install.en.satisfaction', 'Great, I had to stay in all day for nothing.', { v: 'dissatisfied' }],
      ['telecom-install.en.satisfaction', 'Oh wonderful, had to phone three times.', { v: 'dissatisfied' }],
    ]);
  });
});

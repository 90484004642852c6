/**
 * A keypad key said aloud (按2, 选一) on a step whose keypad the interpreter reads itself: the room
 * temperature steps (zh.ts TEMPERATURE_OF_KEY) and the ask_time steps (time.ts askTimeKey). The
 * interpreter does not see the dialog, so this guard fails when a script's keypad and the
 * interpreter's reading of the said key drift apart.
 */
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpretKind } from '../../src/nlu/index.js';

const NOW = '2026-11-18T10:30:00+08:00';
const steps = loadRegistry()
  .all()
  .filter((d) => d.spec.locale === 'zh-CN')
  .flatMap((d) => d.spec.steps.map((s) => ({ dialog: d.spec.id, step: s as { id: string; expect?: { kind: string; unit?: string }; keypad?: Record<string, unknown>; reschedule?: string } })));

describe('a keypad key said aloud means what the script\'s keypad means', () => {
  const temperature = steps.filter((s) => s.step.expect?.kind === 'scale' && s.step.expect.unit === '度' && s.step.keypad);
  it('finds the room temperature steps', () => expect(temperature.length).toBeGreaterThanOrEqual(2));
  for (const { dialog, step } of temperature) {
    it(`${dialog}.${step.id}`, () => {
      for (const [key, value] of Object.entries(step.keypad!)) {
        expect(interpretKind(`按${key}`, 'scale:0-40:度', { now: NOW }).value, `${dialog}.${step.id} 按${key}`).toBe(value);
      }
    });
  }

  // The points steps (unicom-engineer 0–10, renovation 0–5) key each digit for its points and * for ten.
  const points = steps.filter((s) => s.step.expect?.kind === 'scale' && s.step.expect.unit === undefined && s.step.keypad);
  it('finds the points steps', () => expect(points.length).toBeGreaterThanOrEqual(2));
  for (const { dialog, step } of points) {
    const e = step.expect as unknown as { min: number; max: number };
    it(`${dialog}.${step.id}`, () => {
      for (const [key, value] of Object.entries(step.keypad!)) {
        const said = key === '*' ? '按星号' : `按${key}`;
        expect(interpretKind(said, `scale:${e.min}-${e.max}`, { now: NOW }).value, `${dialog}.${step.id} ${said}`).toBe(value);
      }
    });
  }

  const askTime = steps.filter((s) => s.step.reschedule !== undefined && s.step.keypad);
  it('finds the ask_time steps', () => expect(askTime.length).toBeGreaterThanOrEqual(4));
  for (const { dialog, step } of askTime) {
    it(`${dialog}.${step.id}`, () => {
      for (const [key, words] of Object.entries(step.keypad!)) {
        const said = interpretKind(`按${key}`, 'time', { now: NOW }).at;
        expect(said, `${dialog}.${step.id} 按${key}`).not.toBeNull();
        expect(said, `${dialog}.${step.id} 按${key} = ${String(words)}`).toBe(interpretKind(String(words), 'time', { now: NOW }).at);
      }
    });
  }
});

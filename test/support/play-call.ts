/**
 * Play a whole call through the engine with the real interpreter, as the engine tests do: text lines
 * (`#n` for keypad digits), each turn through a session saved and restored as JSON, then a hang-up
 * if the call is still running. Returns the last step's result (its `session.ctx` holds the outcome).
 */
import { step, type Session, type StepResult } from '../../src/engine/engine.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret } from '../../src/nlu/index.js';

const reg = loadRegistry();
export const CALL_NOW = '2026-11-18T10:30:00+08:00';
const opts = { interpret, timeZone: 'Asia/Shanghai' };

export function playCall(id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN'): StepResult {
  const d = reg.get(id, locale);
  let r = step(d, null, { type: 'start', variables: {}, now: CALL_NOW, timeZone: 'Asia/Shanghai', locale }, opts);
  const restored = () => JSON.parse(JSON.stringify(r.session)) as Session;
  for (const text of lines) {
    if (r.session.done || r.session.state === '__hung_up') break;
    r = text.startsWith('#') ? step(d, restored(), { type: 'digits', digits: text.slice(1), now: CALL_NOW }, opts) : step(d, restored(), { type: 'answer', text, now: CALL_NOW }, opts);
  }
  if (!r.session.done && r.session.state !== '__hung_up') r = step(d, restored(), { type: 'hang_up' }, opts);
  return r;
}

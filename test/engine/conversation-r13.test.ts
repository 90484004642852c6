// Round 13 (t13F): whole-call mechanisms, played with the real interpreter.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;

describe('round 13: whole calls', () => {
  it('a relative who did not catch "when can we reach them?" hears it again, then gives a time', () => {
    const ctx = call('telecom-install', ['我是他姥姥，他上学去了', '你说啥？', '他下午五点放学回来']);
    expect(ctx.outcome).toBe('rescheduled');
  });
  it('a relative who does not know when still ends the call incomplete', () => {
    const ctx = call('telecom-install', ['我是他姥姥', '不知道']);
    expect(ctx.outcome).toBe('incomplete');
  });
  it('busy, then a go-ahead said last: the survey goes on', () => {
    const ctx = call('telecom-install', ['是', '我在地铁上，信号一般，你说吧我听着', '满意']);
    expect(ctx.answers.satisfaction?.value).toBe('satisfied');
    expect(ctx.outcome).toBe('completed');
  });
});

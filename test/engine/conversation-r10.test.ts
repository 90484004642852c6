// Whole-call rules of round 10 (dev9), played with the real interpreter.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;

describe('whole calls, round 10', () => {
  it('a go-ahead said first in its own clause answers "is now a good time?"; the grievance after it still escalates', () => {
    const ctx = call('heating-sampling', ['方便，我正想找你们呢，我家暖气就没热过', '十四度', '不满意']);
    expect(ctx.answers.convenient?.value).toBe(true);
    expect(ctx.answers.temperature?.value).toBe(14);
    expect(ctx.escalation).not.toBeNull();
    const ok = call('renovation', ['方便，你说吧，我耳朵不太好，你说慢点', '满意']);
    expect(ok.answers.convenient?.value).toBe(true);
    expect(ok.answers.design?.value).toBe(true);
  });

  it('…but a busy customer is still asked when to call back', () => {
    const ctx = call('heating-sampling', ['可以，不过我现在有点忙', '明天上午十点']);
    expect(ctx.outcome).toBe('rescheduled');
    expect(ctx.answers.convenient).toBeUndefined();
  });

  it('a relative handing the phone to a kin word, with a hold-on, waits for the customer', () => {
    const ctx = call('heating-repair', ['我是他儿子，你等会儿，我把电话给我妈', '喂，是我，暖气热了', '二十度', '满意']);
    expect(ctx.outcome).toBe('completed');
  });

  it("a relative's vague 'soon' asks when the customer can be reached", () => {
    const ctx = call('unicom-engineer', ['我是他老伴，他下楼遛弯去了，一会儿就回来', '一个钟头以后吧']);
    expect(ctx.outcome).toBe('rescheduled');
    expect(ctx.callbackAt).toBe('2026-11-18T11:30:00+08:00');
  });

  it('a wish on the closing question is flagged, not escalated, unless a clause outside it complains or it is money', () => {
    const lines = ['方便', '二十度', '满意', '满意'];
    for (const wish of ['建议就是取暖费能不能便宜点', '没有，就盼着一直这么热乎', '希望能搞个网上缴费，别老让跑营业厅']) {
      const ctx = call('heating-sampling', [...lines, wish]);
      expect(ctx.escalation, wish).toBeNull();
      expect(ctx.outcome, wish).toBe('completed');
    }
    for (const grievance of ['建议你们管管那个师傅，态度太差了', '希望师傅下次别再收钱了']) {
      expect(call('heating-sampling', [...lines, grievance]).escalation, grievance).not.toBeNull();
    }
  });

  it('a hum after the keypad prompt is no answer: three answers without evidence end incomplete', () => {
    const ctx = call('heating-repair', ['热了', '二十度', '嗯……', '这个嘛……', '呃……', '嗯……']);
    expect(ctx.outcome).toBe('incomplete');
    expect(ctx.escalation).toBeNull();
  });

  it('a confirmation answered with the same answer in other words agrees; the measure said with it answers the next question', () => {
    const ctx = call('heating-repair', ['温乎的 不怎么热', '也就十六度', '满意 师傅挺认真的']);
    expect(ctx.answers.warm_now?.value).toBe(false);
    expect(ctx.answers.temperature?.value).toBe(16);
    expect(ctx.outcome).toBe('escalated');
  });

  it('our calls counted with an opt-out, and the hour of the call with a reschedule, are no complaint', () => {
    const a = call('telecom-complaint', ['解决了，你们别再打电话了行不行，一天打三回']);
    expect(a.outcome).toBe('opted_out');
    expect(a.escalation).toBeNull();
    const b = call('telecom-complaint', ['解决了', '别再打了 打了好几回了']);
    expect(b.escalation).toBeNull();
    const c = call('renovation', ['方便是方便 就是太晚了 五到十分钟？那明天吧', '明天中午十二点']);
    expect(c.outcome).toBe('rescheduled');
    expect(c.escalation).toBeNull();
  });

  it('a hello or "I can hear you" before the answer is no part of it', () => {
    expect(call('telecom-install', ['喂喂是我是我']).answers.identity?.value).toBe(true);
    expect(call('heating-repair', ['喂？', '能听见能听见，热了', '十八度']).answers.temperature?.value).toBe(18);
  });

  it('"say again" answered by the customer themselves is the answer', () => {
    expect(call('heating-sampling', ['你说啥？哦，方便', '二十度']).answers.temperature?.value).toBe(20);
  });

  it('a hedge said ahead to the satisfaction question goes to its either-or question', () => {
    const ctx = call('heating-repair', ['热了', '十八九度', '还行吧', '对，还行']);
    expect(ctx.outcome).toBe('completed');
    expect(ctx.answers.satisfaction?.value).toBe('neutral');
  });

  it('a request for a person said with a robot question is the request (English)', () => {
    const ctx = call('telecom-install', ["Is this a real person? I'd rather talk to a human"], 'en');
    expect(ctx.escalation?.reason).toBe('human_requested');
  });
});

// Whole-call mechanisms of issue 13 (round 3), played with the real interpreter.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';

const call = playCall;

describe('conversation mechanisms', () => {
  it("the step's own reason (not_resolved) names the escalation, not the category heard in the same answer", () => {
    const r = call('telecom-complaint', ['没解决 还是天天断网']);
    expect(r.session.ctx.escalation?.reason).toBe('not_resolved');
  });

  it('a complaint request on a reason step is recorded and goes to a person', () => {
    const r = call('telecom-complaint', ['没解决', '还是天天断 我要投诉 给我升级处理']);
    expect(r.session.ctx.outcome).toBe('escalated');
    expect(r.session.ctx.answers.unsolved_detail?.raw).toContain('我要投诉');
  });

  it('a bare 对 to the either-or clarify question keeps the hedge', () => {
    const r = call('telecom-repair', ['能用了', '一般般', '对']);
    expect(r.session.ctx.answers.satisfaction?.value).toBe('neutral');
  });

  it('a vague "later" asks when; the time given then is the callback time', () => {
    const r = call('telecom-repair', ['我在开会 回头再打吧', '下午两点']);
    expect(r.session.ctx.outcome).toBe('rescheduled');
    expect(r.session.ctx.callbackAt).toBe('2026-11-18T14:00:00+08:00');
  });

  it('a confirmation denied with the right answer takes it: 不满意 reaches a person even on a hang-up', () => {
    for (const reply of ['不对 不满意', '不满意']) {
      const r = call('telecom-repair', ['能用了', '算是满意吧', reply]);
      expect(r.session.ctx.answers.satisfaction?.value).toBe('dissatisfied');
      expect(r.session.ctx.escalation).not.toBeNull();
    }
  });

  it('after an answer, a relative named for one question is no reason to end the call', () => {
    const r = call('telecom-repair', ['能用了', '这个要问我老婆', '满意']);
    expect(r.session.ctx.outcome).toBe('completed');
  });

  // Round 4.
  it('a level said with an opt-out is recorded; a dissatisfied one keeps the escalation open', () => {
    const r = call('telecom-repair', ['能用了', '很不满意 以后别再打来了']);
    expect(r.session.ctx.outcome).toBe('opted_out');
    expect(r.session.ctx.answers.satisfaction?.value).toBe('dissatisfied');
    expect(r.session.ctx.escalation).not.toBeNull();
  });

  it('a confirmation answered with a score: the same one confirms it, another one corrects it', () => {
    const same = call('unicom-engineer', ['大概六分吧', '六分']);
    expect(same.session.ctx.answers.rating?.value).toBe(6);
    const other = call('unicom-engineer', ['大概六分吧', '五分']);
    expect(other.session.ctx.answers.rating?.value).toBe(5);
  });

  it('a question back said with a sure answer is answered already: the answer is taken', () => {
    const r = call('telecom-install', ['不是 你找谁啊']);
    expect(r.session.ctx.outcome).toBe('incomplete');
  });

  it('a hang-up at the closing question (意见或建议) ends the finished survey completed; at a reason step it stays hung_up', () => {
    const done = call('heating-sampling', ['方便', '二十一度', '满意', '满意']);
    expect(done.session.ctx.outcome).toBe('completed');
    const reason = call('heating-sampling', ['方便', '二十一度', '不满意']);
    expect(reason.session.ctx.outcome).toBe('hung_up');
    expect(reason.session.ctx.escalation).not.toBeNull();
  });

  it('a yes to the go-ahead that names the level answers the level question; a bare yes or 满意度 does not', () => {
    const r = call('telecom-install', ['是我', '方便 挺满意的']);
    expect(r.session.ctx.outcome).toBe('completed');
    expect(r.session.ctx.answers.satisfaction?.value).toBe('satisfied');
    for (const go of ['好', '满意度调查是吧 可以']) {
      const q = call('telecom-install', ['是我', go]);
      expect(q.session.ctx.outcome).toBe('hung_up');
      expect(q.session.ctx.answers.satisfaction).toBeUndefined();
    }
  });
  // Round 5.
  it('a confirmation answered with the next question\'s answer keeps the value read back; the next question is not asked', () => {
    const r = call('heating-repair', ['热了', '二十一二度', '非常满意 就是师傅收了我两百块钱 说是上门费']);
    expect(r.session.ctx.answers.temperature?.value).toBe(21);
    expect(r.session.ctx.answers.satisfaction?.value).toBe('very_satisfied');
    expect(r.session.ctx.escalation?.reason).toBe('complaint:money');
    const asked = r.effects.filter((e) => e.type === 'prompt' && e.stepId === 'satisfaction');
    expect(asked).toHaveLength(0);
    // A level word reads as a yes to "您是说“18度”，对吗？" but says nothing of degrees.
    const s = call('heating-repair', ['热了', '大概十八九度', '满意 满意']);
    expect(s.session.ctx.answers.satisfaction?.value).toBe('satisfied');
    // A plain yes still only confirms.
    const t = call('heating-repair', ['热了', '十八九度', '对']);
    expect(t.session.ctx.answers.temperature?.value).toBe(18);
    expect(t.session.ctx.answers.satisfaction).toBeUndefined();
  });

  it('a yes/no confirmation answered by the step\'s own answer said again takes it', () => {
    const r = call('telecom-complaint', ['解决啥呀 一点没变', '网还是卡 卡得闹心']);
    expect(r.session.ctx.answers.solved?.value).toBe(false);
    expect(r.session.ctx.escalation).not.toBeNull();
  });

  it('after an answer, a relative named on a survey item is no "no" to it', () => {
    const r = call('renovation', ['方便', '这个我不懂 都是我爱人管的']);
    expect(r.session.ctx.escalation).toBeNull();
    expect(Object.keys(r.session.ctx.answers)).toEqual(['convenient']);
  });

  // Round 6.
  it('a confirmation of an unhappy yes/no answer, agreed by the grievance itself, answers the reason question too', () => {
    const r = call('telecom-repair', ['有时候好有时候不好 晚上还是掉线', '一到晚上八九点就断', '满意']);
    expect(r.session.ctx.answers.fixed_check?.value).toBe(false);
    expect(r.session.ctx.answers.problem_detail?.raw).toBe('一到晚上八九点就断');
    expect(r.session.ctx.answers.satisfaction?.value).toBe('satisfied');
    expect(r.session.ctx.escalation?.reason).toBe('not_fixed');
  });

  it('a bare agreement said twice (嗯 对) to the either-or clarify question keeps the hedge', () => {
    const r = call('telecom-repair', ['能用了', '一般般', '嗯 对']);
    expect(r.session.ctx.answers.satisfaction?.value).toBe('neutral');
  });

  it('a relative who says only a vague "later" is asked once more; the day given then is the callback time', () => {
    const r = call('heating-repair', ['我是他闺女 我爸住院了 不在家', '你过两天再打吧', '周六']);
    expect(r.session.ctx.outcome).toBe('rescheduled');
    expect(r.session.ctx.callbackAt?.slice(0, 10)).toBe('2026-11-21');
  });

  it('a vague "later" held on the time question stands when nothing better comes', () => {
    const r = call('heating-repair', ['我是他闺女 我爸住院了 不在家', '你过两天再打吧', '不知道']);
    expect(r.session.ctx.outcome).toBe('rescheduled');
    expect(r.session.ctx.callbackAt?.slice(0, 10)).toBe('2026-11-20');
  });

  // Round 8.
  it('the hedge said again to the either-or clarify question (对，一般般 / 凑合) is the customer standing by it', () => {
    for (const reply of ['对，一般般', '凑合吧']) {
      const r = call('telecom-repair', ['能用了', '一般般', reply]);
      expect(r.session.ctx.answers.satisfaction?.value).toBe('neutral');
      expect(r.session.ctx.outcome).toBe('completed');
    }
  });

  it('a positive level said with a request to complain is kept; the complaint goes to a person', () => {
    const r = call('telecom-install', ['是', '方便', '挺满意的，但是我要投诉一下上次来抄表的人，说话太冲']);
    expect(r.session.ctx.answers.satisfaction?.value).toBe('satisfied');
    expect(r.session.ctx.outcome).toBe('escalated');
  });

  it('a grievance given as the reason is no question about the call (推销 done by the engineer)', () => {
    const r = call('telecom-install', ['是', '方便', '不满意', '推销东西']);
    expect(r.session.ctx.answers.reason?.raw).toBe('推销东西');
    expect(r.session.ctx.outcome).toBe('escalated');
  });

  // Round 9.
  it('a relative who fetches the customer: the engine waits, and the customer who comes answers the question', () => {
    const r = call('telecom-install', ['我是他儿子，你等一下，我把电话给他', '喂，是我是我', '可以', '非常满意']);
    expect(r.session.ctx.outcome).toBe('completed');
    expect(r.session.ctx.answers.satisfaction?.value).toBe('very_satisfied');
    // "打他手机吧" is no hand-over: the relative is asked when to call; hanging up there ends the call incomplete.
    expect(call('telecom-install', ['他不在家，你打他手机吧']).session.ctx.outcome).toBe('incomplete');
  });

  it('不满意 to "现在方便吗？" answers the satisfaction question ahead: it reaches a person', () => {
    const r = call('telecom-install', ['是', '不满意', '师傅迟到了四个小时']);
    expect(r.session.ctx.answers.satisfaction?.value).toBe('dissatisfied');
    expect(r.session.ctx.outcome).toBe('escalated');
  });

  it('a self-correction (……哦不对不对，解决了 / 算了算了，你问吧): what follows it is the answer', () => {
    expect(call('heating-complaint', ['没解决……哦不对不对，解决了，我记岔了', '满意']).session.ctx.escalation).toBeNull();
    expect(call('telecom-install', ['是', '等一下我在炒菜……算了算了，你问吧，快一点', '满意']).session.ctx.outcome).toBe('completed');
  });

  it('a grievance that mentions a complaint keeps its dissatisfied level; one that opens with 我要投诉 gives none', () => {
    const told = call('telecom-complaint', ['解决了', '解决是解决了 可我前前后后打了五六次10000号 每次都让我等 最后找了工信部才有人管']);
    expect(told.session.ctx.answers.handling_satisfaction?.value).toBe('dissatisfied');
    const asked = call('heating-complaint', ['解决了', '我要投诉那个接电话的 工号三零一五 说话太难听了']);
    expect(asked.session.ctx.answers.handling_satisfaction).toBeUndefined();
  });
});

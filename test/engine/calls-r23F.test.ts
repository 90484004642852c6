// Round 23 (t23F): whole calls behind dev22's failing conversations, in phrasings of our own, each beside a look-alike:
// a hold to quiet the room (等会儿 我把窗户关上) is no later call; a busy today beside another day, and "now" said busy on the
// time question; a relative's errand today is no time to call; the matter asked about named back and a call count beside an
// opt-out are no grievance; the speed or the level asked back as a reproach, reaching the company harder each time and a
// put-off staff told; 快 as "nearly" before a length of time.
import { describe, expect, it } from 'vitest';
import { CALL_NOW, playCall } from '../support/play-call.js';
import { rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[]) => playCall(id, lines).session.ctx;

describe('round 23 (t23F): holding the line to quiet the room', () => {
  it('a window shut first, then the answer: the survey goes on', () => {
    const c = call('unicom-engineer', ['你稍等 我把窗户关上 楼下在施工', '好了 给八分吧']);
    expect(c.outcome).toBe('completed');
    expect(c.callbackAt).toBeNull();
  });
  it('the radio turned down first on a yes/no item: no reschedule', () => {
    const c = call('renovation', ['方便', '等一下 我把收音机关小点', '好了 设计挺满意']);
    expect(c.outcome).not.toBe('rescheduled');
    expect(c.answers.design?.value).toBe(true);
  });
  it('look-alike: a long chore before a later call stays a reschedule', () => {
    const c = call('unicom-engineer', ['等会儿 我把孩子哄睡了再打吧']);
    expect(c.outcome).toBe('rescheduled');
  });
});

describe('round 23 (t23F): callback times', () => {
  it('another day named, today said busy with an adverb: that day', () => {
    const c = call('renovation', ['周四上午再打吧 今天确实没空', '周四上午']);
    expect(c.outcome).toBe('rescheduled');
    expect(c.callbackAt?.startsWith('2026-11-19T')).toBe(true);
  });
  it('look-alike: today said busy alone is tomorrow', () => {
    const c = call('renovation', ['今天真的没空', '明天吧']);
    expect(c.callbackAt?.startsWith('2026-11-19T')).toBe(true);
  });
  it('"whenever, just not now" on the time question: a polite slot after the call', () => {
    const c = call('heating-complaint', ['我这会儿在忙 晚点再说', '你们看着打吧 反正这会儿不方便']);
    expect(c.outcome).toBe('rescheduled');
    expect(c.callbackAt).not.toBeNull();
    expect(Date.parse(c.callbackAt!)).toBeGreaterThan(Date.parse(CALL_NOW));
  });
  it('a relative on an errand today and no time for the customer: incomplete', () => {
    const c = call('heating-repair', ['我是她闺女 今天就是来送点菜 暖气的事我不清楚', '她什么时候在家我也不知道']);
    expect(c.outcome).toBe('incomplete');
    expect(c.callbackAt).toBeNull();
  });
  it('look-alike: a relative naming when the customer is back today: rescheduled then', () => {
    const c = call('heating-repair', ['我是她闺女 她今天下午四点回来', '下午四点']);
    expect(c.outcome).toBe('rescheduled');
    expect(c.callbackAt).toBe('2026-11-18T16:00:00+08:00');
  });
});

describe('round 23 (t23F): no grievance where none is told', () => {
  it('the matter asked about named back, then solved: completed without escalation', () => {
    const c = call('telecom-complaint', ['哦 您问的是网速慢那个问题吧 好了 早好了', '满意']);
    expect(c.escalation).toBeNull();
    expect(c.outcome).toBe('completed');
  });
  it('look-alike: named back and still there: not fixed, a person', () => {
    const c = call('telecom-complaint', ['您问的是网速慢那个问题吧 到现在还是慢']);
    expect(c.escalation).not.toBeNull();
  });
  it('a count of our calls beside an opt-out: opted out, no repeat visit', () => {
    const c = call('renovation', ['这都第四次了 别再打了']);
    expect(c.outcome).toBe('opted_out');
    expect(c.escalation).toBeNull();
  });
  it('look-alike: the visits counted beside the opt-out still reach a person', () => {
    const c = call('renovation', ['工人来了四趟都没弄好 别打了']);
    expect(c.escalation).not.toBeNull();
  });
});

describe('round 23 (t23F): reproaches and grievances that reach a person', () => {
  it('the speed reproached after a concession: dissatisfied, the reason taken', () => {
    const c = call('heating-complaint', ['解决了', '弄是弄好了 可催了三回才派人 这算什么速度', '太拖拉']);
    expect(c.answers.handling_satisfaction?.value).toBe('dissatisfied');
    expect(c.outcome).toBe('escalated');
  });
  it('the level asked back as a reproach: dissatisfied', () => {
    const c = call('telecom-complaint', ['处理了', '你觉得我会满意吗 跑了好几趟营业厅', '办事太慢']);
    expect(c.answers.handling_satisfaction?.value).toBe('dissatisfied');
    expect(c.escalation).not.toBeNull();
  });
  it('look-alike: "you tell me? I am quite satisfied" keeps its level', () => {
    const c = call('telecom-complaint', ['处理了', '你说呢 我挺满意的']);
    expect(c.answers.handling_satisfaction?.value).toBe('satisfied');
    expect(c.escalation).toBeNull();
  });
  it('reaching the company harder each time: unreachable, a person', () => {
    const c = call('heating-complaint', ['解决了', '也就那样吧 联系你们是越来越费劲']);
    expect(c.escalation?.reason).toBe('complaint:unreachable');
  });
  it('look-alike: the same said after a clear 满意 is a reservation', () => {
    const c = call('heating-complaint', ['解决了', '满意 就是打你们热线越来越难打', '没有']);
    expect(c.escalation).toBeNull();
    expect(c.answers.handling_satisfaction?.value).toBe('satisfied');
  });
  it('a put-off staff told ("said tomorrow, then nothing") is no later call', () => {
    const c = call('telecom-complaint', ['解决是解决了', '打给他五回 有三回没人接 另外两回说下班了改天再说', '推来推去']);
    expect(c.outcome).not.toBe('rescheduled');
    expect(c.escalation).not.toBeNull();
  });
  it('look-alike: a relative relaying the customer\'s wish to be called tomorrow stays a later call', () => {
    const c = call('heating-repair', ['我是他老伴 他说明天上午再打吧', '明天上午']);
    expect(c.outcome).toBe('rescheduled');
  });
  it('快 as "nearly" before a delay: a sure no on the schedule item, escalated with late', () => {
    const c = call('renovation', ['可以', '满意', '满意', '满意', '晚了快两个礼拜了', '满意', '没有', '会', '四分', '没有']);
    expect(c.answers.schedule?.value).toBe(false);
    expect(c.escalation?.reason).toBe('complaint:late');
  });
  it('look-alike: quick work praised on the schedule item stays a yes', () => {
    const c = call('renovation', ['可以', '满意', '满意', '满意', '挺快 十天就完工了', '满意', '没有', '会', '五分', '没有']);
    expect(c.answers.schedule?.value).toBe(true);
    expect(c.escalation).toBeNull();
  });
});

// Round 24 (t24F): whole calls behind dev23's failing conversations, in phrasings of our own, each beside a look-alike: the
// site or the work praised in words the rules lacked (规矩, 平整, 做工细, clean said in English) so a happy renovation call no
// longer slips a line; the staff said not to keep the rules on the violations question; the go-ahead with "speak up"; who
// calls asked, or the matter not recalled, then settled with 哦 and answered; 十分满意 on 0–10; the calls chased for days before
// one visit; the visits counted with the fault still there; a complaint taken above the company as the verdict on the handling.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';
import { checkOnStep, rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[]) => playCall(id, lines).session.ctx;

describe('round 24 (t24F): renovation items praised in plain words', () => {
  it('the site kept in order, the walls laid flat, fine workmanship, clean in English: yes', () => {
    checkOnStep([
      ['renovation.site_safety', '现场一直挺规矩', { v: true }],
      ['renovation.site_safety', '工地收拾得很tidy', { v: true }],
      ['renovation.site_safety', '工地每天都很clean', { v: true }],
      ['renovation.quality', '地砖铺得平平整整', { v: true }],
      ['renovation.quality', '活儿做得挺细致', { v: true }],
      ['renovation.quality', '手艺特别细', { v: true }],
    ]);
  });
  it('look-alikes: the same words negated say no; 细 of a thing is no praise', () => {
    checkOnStep([
      ['renovation.site_safety', '工地乱七八糟 一点不规矩', { v: false }],
      ['renovation.quality', '墙面不平整', { v: false }],
      ['renovation.quality', '这根线太细了', { v: null }],
    ]);
  });
  it('look-alike: on the violations question the same praise of the staff is still "nothing of the kind"', () => {
    checkOnStep([
      ['renovation.violations', '工人一直很规矩', { v: false }],
      ['renovation.violations', '没发现谁不规矩', { v: false }],
    ]);
  });
  it('a whole happy call in those words completes without an escalation', () => {
    const c = call('renovation', ['可以', '设计挺好', '瓷砖贴得平整', '态度好', '按期的', '工地挺规矩', '没有', '会', '五分', '没了']);
    expect(c.outcome).toBe('completed');
    expect(c.escalation).toBeNull();
  });
});

describe('round 24 (t24F): the go-ahead said, then "speak up"', () => {
  it('is yes to "is now a good time?"', () => {
    checkOnStep([
      ['telecom-install.convenient', '你问吧，你声音大一点', { v: true }],
      ['telecom-install.convenient', '行你说吧，声音大点儿', { v: true }],
    ]);
  });
  it('look-alike: "what did you say? louder" asks to hear it again', () => {
    const c = call('telecom-install', ['是我', '你说啥？大点声', '方便', '满意']);
    expect(c.outcome).toBe('completed');
    checkOnStep([['telecom-install.convenient', '你说什么？大声点', { v: null }]]);
  });
});

describe('round 24 (t24F): who calls asked, or the matter not recalled, then settled with 哦', () => {
  it('the answer after the recognition stands', () => {
    checkOnStep([
      ['heating-repair.warm_now', '谁呀？噢，供暖公司的呀，早就热了', { v: true }],
      ['heating-repair.warm_now', '你们是哪里？哦热力公司啊，还是冰凉的', { v: false }],
      ['telecom-complaint.solved', '我都忘了…哦是那个宽带的事啊，早弄好了', { v: true }],
    ]);
  });
  it('look-alikes: the recognition alone, or a question after it, answers nothing', () => {
    checkOnStep([
      ['heating-repair.warm_now', '你是哪儿？噢，热力公司的啊', { v: null }],
      ['heating-repair.warm_now', '谁啊？哦热力公司啊，你们找谁？', { v: null }],
    ]);
  });
  it('an elderly opening on a repair call goes on to the end', () => {
    const c = call('heating-repair', ['喂？你是哪里？哦供暖的啊，热乎了，挺好', '十九度', '满意']);
    expect(c.outcome).toBe('completed');
  });
});

describe('round 24 (t24F): 十分满意 on 0–10', () => {
  it('is the full mark, taken without a confirmation', () => {
    const c = call('unicom-engineer', ['十分满意，师傅挺专业']);
    expect(c.outcome).toBe('completed');
  });
  it('look-alikes: 非常满意 and a hedged 十分满意吧 are confirmed; 十分差劲 is no ten', () => {
    const a = playCall('unicom-engineer', ['非常满意']);
    expect(a.session.ctx.outcome).not.toBe('completed');
    const b = playCall('unicom-engineer', ['十分满意吧']);
    expect(b.session.ctx.outcome).not.toBe('completed');
    checkOnStep([['unicom-engineer.rating', '十分差劲', { v: 3 }]]);
  });
});

describe('round 24 (t24F): grievances told without their usual words', () => {
  it('calls chased for days before one visit is late; praise before it is ironic', () => {
    checkOnStep([
      ['heating-complaint.handling_satisfaction', '催了好几天才派人来', { v: 'dissatisfied', c: 'late' }],
      ['heating-complaint.handling_satisfaction', '太满意了，打了半个月电话就来了那么一回', { v: 'dissatisfied', c: 'late' }],
    ]);
  });
  it('look-alike: one call and a quick visit is praise', () => {
    checkOnStep([['heating-complaint.handling_satisfaction', '满意，打了一个电话当天就来了', { v: 'satisfied', c: null }]]);
  });
  it('handled that many times and still the same is a repeat visit', () => {
    checkOnStep([
      ['telecom-complaint.handling_satisfaction', '调了四次了还是老样子', { v: 'dissatisfied', c: 'repeat_visit' }],
      ['telecom-complaint.handling_satisfaction', '检修了好几回都不行 你说呢', { v: 'dissatisfied' }],
    ]);
  });
});

describe('round 24 (t24F): a complaint taken above the company', () => {
  it('on the handling question it is a dissatisfied level, kept', () => {
    const c = call('telecom-complaint', ['没解决', '网还是一天断好几回', '我要去通管局投诉你们']);
    expect(c.answers.handling_satisfaction?.value).toBe('dissatisfied');
    expect(c.escalation).not.toBeNull();
  });
  it('look-alike: the request to complain alone gives no level', () => {
    const c = call('telecom-complaint', ['没解决', '网还是一天断好几回', '我要投诉']);
    expect(c.answers.handling_satisfaction).toBeUndefined();
    expect(c.escalation).not.toBeNull();
  });
});

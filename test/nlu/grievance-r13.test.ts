/**
 * Round 13 (dev12, t13G): dissatisfied customers said indirectly — grievances told by a proverb or a way of speaking
 * no category word names, the household suffering the cold, the same story told again and again, irony whose degree
 * is leaving the provider, the step's word echoed back as a reproach, internet slang of despair, and grievances beside
 * words that only looked like a question (还是 "still", 谁也 "nobody"). Phrasings of our own, beside look-alikes
 * that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('grievances told by a way of speaking', () => {
  it('staff asking for extra to go faster is money asked', () => {
    expect(read('想让他早点来就得给他加一百', 'text').c).toBe('money');
  });
  it('a charge nobody can explain, a refund never seen, paying for nothing: billing and the heating', () => {
    expect(read('话费扣得稀里糊涂的', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
    // (the property company is a third party: no grievance against the service)
    expect(read('物业费收得稀里糊涂的', 'csat3').c).toBe(null);
    expect(read('说好退我押金，都三个月了还是没影', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
    expect(['billing', 'money']).toContain(read('又让我交了个什么调试费', 'csat3').c);
    expect(read('暖气费交了钱却不热', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('叫它宽带都抬举它了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
  });
  it('the household suffering the cold is the heating below standard', () => {
    expect(read('家里老人都冻感冒了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('十六度，孩子都受不了', 'scale:0-40:度')).toMatchObject({ v: 16, c: 'quality' });
  });
  it('a home still below 18 度 after the work is the fault still there', () => {
    expect(read('说是修好了，屋里还是十五度', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('修完了屋里还是二十度，挺好', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('the same story told again and again', () => {
    expect(read('他们那套说辞我耳朵都起茧子了', 'yesno')).toMatchObject({ v: false, c: 'repeat_visit' });
    expect(read('一个网的事，我打了不下二十个电话', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'repeat_visit' });
  });
  it('promises said smoothly and not kept, being lectured like a child', () => {
    expect(read('说得头头是道的，可就是不管用', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('那客服训我跟训小孩似的', 'csat3').c).toBe('attitude');
    expect(read('话说得好听，满嘴跑火车', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
  });
  it('slowness said by a proverb, a pace or a day count; hold music listened to for half an hour', () => {
    expect(read('真是皇帝不急太监急', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('照这个进度，过年都住不进去', 'yesno')).toMatchObject({ v: false, c: 'late' });
    expect(read('合同签的九十天，现在第一百二十天了', 'yesno')).toMatchObject({ v: false, c: 'late' });
    expect(read('你们这处理速度，一年都快过去了', 'yesno')).toMatchObject({ c: 'late' });
    expect(read('等待音乐都听了半个小时', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'unreachable' });
    expect(read('客服电话一直占线', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'unreachable' });
  });
  it('renovation hazards and defects told by what they look like', () => {
    expect(read('他们要砸承重墙', 'yesno')).toMatchObject({ v: false, c: 'safety' });
    expect(read('暖气管一摸就烫手，也没包', 'csat3').c).toBe('safety');
    expect(read('墙砖空了三块', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('说好的北欧风，装得跟农家乐似的', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('提了好几回他们也不改', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('他们走了连大门都没关', 'yesno').c).toBe('safety');
  });
  it('look-alikes keep their reading', () => {
    expect(read('客服挺忙的，还耐心给我解释', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('在墙上打了两个眼装的路由器，挺好', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
});

describe('irony and the step word echoed as a reproach', () => {
  it('satisfied to the point of leaving the provider', () => {
    expect(read('满意得我都想退网了', 'csat3').v).toBe('dissatisfied');
  });
  it('the step word echoed then denied by the facts', () => {
    expect(read('这也叫暖和啊', 'yesno').v).toBe(false);
    expect(read('按期？按的是他们自己的期', 'yesno')).toMatchObject({ v: false, c: 'late' });
    expect(read('热了？屋里跟冰窖似的，你说热不热', 'yesno').v).toBe(false);
  });
  it('speed praised, then how long it took', () => {
    expect(read('真是神速，两个月了', 'csat3').v).toBe('dissatisfied');
    expect(read('你们处理了啥呀，就是让我干等', 'csat3').v).toBe('dissatisfied');
  });
  it('a grievance beside a rhetorical question is the verdict', () => {
    expect(read('多交的钱还没退，你说解决了没有', 'yesno')).toMatchObject({ v: false, c: 'billing' });
    expect(read('让我多交了两百块的什么服务费，这合理吗', 'csat3').c).toBe('billing');
  });
  it('internet slang of despair is dissatisfied', () => {
    expect(read('我心态崩了', 'csat3').v).toBe('dissatisfied');
    expect(read('真的麻了', 'csat3').v).toBe('dissatisfied');
  });
});

describe('words that only looked like a question', () => {
  it('最后还是 is "in the end", 谁也 is "nobody"', () => {
    expect(read('热线打了十几遍都是忙音，最后还是自己跑的营业厅', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'unreachable' });
    expect(read('收费稀里糊涂的，问谁谁都说不清楚', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
  });
  it('a real question still asks', () => {
    expect(read('你说的是宽带还是电视', 'csat3').v).toBe(null);
    expect(read('你是谁', 'csat3').v).toBe(null);
  });
});

describe('the words of an intent inside a grievance told', () => {
  it('what the customer had to do again, a person never reached, a rhetorical "why not convenient" ask nothing now', () => {
    expect(read('打了四回电话，每次都得从头再说一遍', 'text')).toMatchObject({ i: null, c: 'repeat_visit' });
    expect(read('热线打过去，人工坐席一直忙', 'text')).toMatchObject({ i: null, c: 'unreachable' });
    expect(read('客服电话转了五六遍才转到人工', 'csat3').i).toBe(null);
    expect(read('有啥不方便的，网断了三天了，我天天在家闲着', 'yesno')).toMatchObject({ v: true, i: null });
  });
  it('the same words asked now keep their intent', () => {
    expect(read('你再说一遍', 'csat3').i).toBe('repeat');
    expect(read('人工客服一直占线，给我转个经理', 'csat3').i).toBe('human');
    expect(read('现在不方便', 'yesno')).toMatchObject({ v: false, i: 'reschedule' });
  });
});

describe('a whole service that drags, work redone', () => {
  it('everything dragging beside a hedge is a clear complaint; work redone is a repeat visit', () => {
    expect(read('还行吧，就是办啥都拖，装个宽带得等五天', 'csat3')).toMatchObject({ c: 'late' });
    expect(read('还行吧，就是办啥都拖，装个宽带得等五天', 'csat3').v).not.toBe('satisfied');
    expect(read('光卫生间就返工了三回', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'repeat_visit' });
    expect(read('师傅很快，啥事都不拖', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
});

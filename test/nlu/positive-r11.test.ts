/**
 * Round 11: praise misread as a complaint. Each construction is tested with its positive reading
 * and, where the same words can carry a grievance, with the grievance that must still be read.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind);
  return { value: r.value, complaint: r.complaint };
};

describe('praise carried to its limit (X到不行, X得不得了, 又X又Y)', () => {
  it('is the top of the scale', () => {
    expect(read('满意到不行', 'csat3')).toEqual({ value: 'very_satisfied', complaint: null });
    expect(read('开心得要命', 'csat3')).toEqual({ value: 'very_satisfied', complaint: null });
    expect(read('很满意，处理得又快又好', 'csat3')).toEqual({ value: 'very_satisfied', complaint: null });
    expect(read('灰常满意', 'csat3')).toEqual({ value: 'very_satisfied', complaint: null });
  });
  it('leaves grievances and sarcasm as they were', () => {
    expect(read('差得不行', 'csat3').value).toBe('dissatisfied');
    expect(read('又慢又差', 'csat3').value).toBe('dissatisfied');
    expect(read('满意死了', 'csat3').value).toBe('dissatisfied');
    expect(read('满意到不行 装个宽带请了我三天假', 'csat3').value).toBe('dissatisfied');
  });
});

describe('cleaning and shoe covers told as kind acts', () => {
  it('is no mess when done', () => {
    expect(read('满意，师傅走之前还把地给拖了', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
    expect(read('挺好的，师傅戴着鞋套进来的，走的时候还把旧垫片带走了', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
    expect(read('满意 那个师傅来了又是鞋套又是擦地 现在这样的年轻人不多了', 'csat3').complaint).toBeNull();
  });
  it('is mess when not done, or only wished for', () => {
    expect(read('不满意，没把地拖干净', 'csat3')).toEqual({ value: 'dissatisfied', complaint: 'mess' });
    expect(read('地也没拖就走了', 'csat3')).toEqual({ value: 'dissatisfied', complaint: 'mess' });
    expect(read('鞋套都没穿', 'csat3').complaint).toBe('mess');
    expect(read('非常满意 硬要挑的话 进门能套个鞋套就更好了', 'csat3')).toEqual({ value: 'very_satisfied', complaint: 'mess' });
    expect(read('下回收尾的时候把垃圾带走吧 我自己雇人清了两车', 'text').complaint).toBe('mess');
  });
});

describe("the worker's effort told with trips", () => {
  it('is praise beside diligence', () => {
    expect(read('非常非常满意，那个师傅太负责了，楼上楼下跑了好几趟找原因', 'csat3')).toEqual({ value: 'very_satisfied', complaint: null });
    expect(read('你们那个小伙子来了三回 也不嫌麻烦 这回好了 满意', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
  });
  it('stays a repeat visit after a "but" or a denied level', () => {
    expect(read('师傅挺负责，就是跑了三趟才修好', 'csat3').complaint).toBe('repeat_visit');
    expect(read('不满意，来了三趟，师傅倒是挺认真', 'csat3')).toEqual({ value: 'dissatisfied', complaint: 'repeat_visit' });
  });
});

describe('words of a grievance in a good frame', () => {
  it('报修第二天 is a day, not a third report', () => {
    expect(read('挺满意的，上回报修第二天就来了', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
  });
  it('解决得彻底 is sarcasm only with a grievance after it', () => {
    expect(read('满意，这次给我解决得挺彻底', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
    expect(read('解决了 解决得可彻底了 人都不来了', 'yesno').value).toBe(false);
  });
  it('smoking outside the home and a helmet worn are no violation', () => {
    expect(read('抽烟都是下楼去抽，这点我挺佩服', 'yesno').complaint).toBeNull();
    expect(read('师傅在我家抽烟', 'yesno').complaint).toBe('attitude');
    expect(read('干活都戴着安全帽，没见乱来', 'yesno')).toEqual({ value: true, complaint: null });
  });
  it('a fault waved off (要说X，也就……，不算事) is none', () => {
    expect(read('要说迟到，也就晚了两分钟，不算事', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
    expect(read('要说迟到，晚了两个小时，这事不能算', 'csat3').value).toBe('dissatisfied');
  });
});

describe('praise in own words on renovation items', () => {
  it('is a yes', () => {
    expect(read('设计得挺合理的，收纳空间多了一倍', 'yesno').value).toBe(true);
    expect(read('活儿干得挺细，瓷砖缝都是直的', 'yesno').value).toBe(true);
    expect(read('进度挺快的，说多少天就多少天', 'yesno').value).toBe(true);
    expect(read('都是按合同上的节点走的', 'yesno').value).toBe(true);
    expect(read('邻居都没来找过我，说明挺文明的', 'yesno').value).toBe(true);
    expect(read('推荐推荐，必须推荐', 'yesno').value).toBe(true);
    expect(read('服务这块儿我给你们竖大拇指', 'csat3').value).toBe('very_satisfied');
  });
  it('negated or asked, is not', () => {
    expect(read('设计不合理', 'yesno').value).toBe(false);
    expect(read('没按合同来', 'yesno').value).toBe(false);
    expect(read('不推荐', 'yesno').value).toBe(false);
    expect(read('推荐？我都这岁数了 跟谁推荐去', 'yesno').value).toBeNull();
    expect(read('文明施工？啥叫文明施工', 'yesno').value).toBeNull();
    // 规矩 is said on renovation.violations, where praise of conduct is a "no".
    expect(read('冇啊，都好规矩', 'yesno').value).toBe(false);
  });
  it('a softened negative after praise and a "but" is a yes with a reservation', () => {
    expect(read('挺满意 就是灯的位置后来想想不太合理', 'yesno')).toEqual({ value: true, complaint: 'quality' });
    expect(read('挺好的，就是不太满意', 'yesno').value).toBe(false);
  });
});

describe('a story that ends well', () => {
  it('drops the past fault once it is put right', () => {
    expect(read('我们家这暖气好几年都不热，每年都报，今年这个师傅是真上心，把管子整个冲了一遍，现在二十多度，这回我是真满意', 'csat3').complaint).toBeNull();
    expect(read('我那个是被乱扣了增值业务费，投诉以后客服给我回了电话，三个月的全退了，还帮我把业务都关了，挺满意的', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
    expect(read('前天晚上断的网，孩子要上网课急得不行，第二天一早师傅就来了，查出来是楼道里的线让老鼠咬了，换了一截就好了，挺好的', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
    expect(read('一开始是没信号，师傅又回来一趟给弄好了，挺负责的', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
    expect(read('满意，有个小裂缝我一说第二天就来补好了', 'yesno')).toEqual({ value: true, complaint: null });
  });
  it('keeps a fault still there', () => {
    expect(read('我们家这暖气好几年都不热，今年还是不热', 'csat3').value).toBe('dissatisfied');
  });
});

describe("the customer's own doing, or an outage, disclaimed", () => {
  it('is no complaint', () => {
    expect(read('满意，网慢是我自己办的套餐小，不怪你们', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
    expect(read('满意，之前不热是我家自己的过滤网堵了，师傅给清了', 'csat3')).toEqual({ value: 'satisfied', complaint: null });
    expect(read('宽带没问题，卡是我那台老电脑卡，跟网没关系', 'yesno')).toEqual({ value: true, complaint: null });
    expect(read('晚了几天是因为我中间要改设计，不怪你们，满意', 'yesno')).toEqual({ value: true, complaint: null });
    expect(read('解决了，那天不热是小区停电循环泵停了，不是你们的事', 'yesno')).toEqual({ value: true, complaint: null });
    expect(read('正常 就是我手机本身太老了 反应慢', 'yesno')).toEqual({ value: true, complaint: null });
  });
  it('is a grievance when staff say it, or when the customer had to do it', () => {
    expect(read('满意，处理得挺快。不过那个来修的人说暖气片是我自己弄坏的，还说不想用就别用，这话太难听了', 'csat3').complaint).toBe('attitude');
    expect(read('给师傅打了三次电话都不接 最后还是我自己跑营业厅找的人', 'csat3')).toEqual({ value: 'dissatisfied', complaint: 'unreachable' });
    expect(read('那人一进门就说我们暖气片装得不对 是我们自己的事', 'csat3')).toEqual({ value: 'dissatisfied', complaint: 'attitude' });
  });
});

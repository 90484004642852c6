/**
 * Round 13 (t13C2, dev12 first): complaints heard where the customer made none — the customer's own doing, a cause of
 * nature or of a passer-by, money offered and declined, a grievance word denied or only looked like one, talk that is not
 * about the service, a fault already put right, a key pressed by mistake — and a cold home after a repair, which is the
 * fault still there. Each rule is checked on phrasings other than the corpus items that showed it, and on the grievances
 * it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00' });
  return { v: r.value, c: r.complaint ?? null };
};

describe("the customer's own doing is no complaint", () => {
  it('是我自己……, 我自己拧小的, 扣在我自己身上, 我来晚了, 师傅等了我', () => {
    expect(read('满意，插座是我自己不小心碰坏的，师傅还帮我换了', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('十六度，暖气阀是我自己拧小的', 'scale:0-40:度')).toEqual({ v: 16, c: null });
    expect(read('八分，扣的那两分算在我自己身上，约好的时间我来晚了', 'scale:0-10')).toEqual({ v: 8, c: null });
    expect(read('满意，那天我自己记错了日子，师傅在门口等了我二十分钟', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('能用了，断网是因为我家那台路由器太旧了', 'yesno')).toEqual({ v: true, c: null });
    expect(read('满意吧，说到底是我自己没看清套餐说明', 'csat3')).toEqual({ v: 'satisfied', c: null });
  });
  it('but staff blaming the customer, the customer doing their job, or a counterfactual stay grievances', () => {
    expect(read('满意，说是我自己弄坏的，还要收我钱', 'csat3').c).toBe('attitude');
    expect(read('给师傅打了五次电话都不接，最后还是我自己跑营业厅找的人', 'csat3').c).toBe('unreachable');
    expect(read('来修的人说这管子是我们自己改的，不管', 'text').c).toBe('attitude');
    expect(read('要不是我自己会放气，到现在还冷着呢', 'csat3').c).toBe('not_fixed');
    expect(read('效果就是我家暖气片能当冰箱使', 'csat3').c).toBe('quality');
  });
});

describe('a cause of nature or of a passer-by is no complaint', () => {
  it('被……挖断, 打雷把……打坏', () => {
    expect(read('满意，光缆是被挖地铁的施工队挖断的，师傅连夜给接上了', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('好了，打雷把我家光猫打坏了，师傅给换了个新的', 'yesno')).toEqual({ v: true, c: null });
  });
});

describe('money offered and declined, or the asking denied', () => {
  it('死活不吃, 人家没收, 没人要过, 人家说不收', () => {
    expect(read('满意，我留师傅吃饭，他死活不吃', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('没有，我塞了个红包，人家没收', 'yesno')).toEqual({ v: false, c: null });
    expect(read('没人跟我要过钱，也没人要过东西', 'yesno')).toEqual({ v: false, c: null });
    expect(read('挺满意，我以为要收材料费，人家说保修期内不收', 'csat3')).toEqual({ v: 'satisfied', c: null });
  });
  it('money taken stays money', () => {
    expect(read('他收了我两百块钱红包', 'csat3').c).toBe('money');
    expect(read('满意，就是师傅把我的旧路由器拿走了，那是我自己花钱买的', 'csat3').c).toBe('money');
  });
});

describe('a grievance word denied or only looking like one', () => {
  it('一点没弄脏, 一分钟都没迟到, 找到毛病, 工程师, 明年正好, 还这么准时, 孩子摸不着, 说到底', () => {
    expect(read('满意，师傅进门就穿鞋套，一点没弄脏', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('建议你们多派这样的师傅，一分钟都没迟到', 'text').c).toBeNull();
    expect(read('这师傅厉害，五分钟就找到毛病了', 'csat3').c).toBeNull();
    expect(read('十分，这个工程师太能干了', 'scale:0-10')).toEqual({ v: 10, c: null });
    expect(read('会推荐，我同事明年正好要装宽带', 'yesno')).toEqual({ v: true, c: null });
    expect(read('希望以后也还这么准时', 'text').c).toBeNull();
    expect(read('满意，插座都装了保护盖，孩子摸不着', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('哈哈，你们这个师傅真不像话，装得这么快，我想挑毛病都找不着理由', 'csat3').c).toBeNull();
    expect(read('满意，师傅走的时候把拆下来的旧猫也给带走了', 'csat3')).toEqual({ v: 'satisfied', c: null });
  });
});

describe('talk that is not about the service after a "but"', () => {
  it('the weather, the workers out in the cold', () => {
    expect(read('满意，就是这天太冷了，师傅在外面爬梯子冻得够呛', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('满意，就是今年太冷了，外头零下二十度，没办法', 'csat3')).toEqual({ v: 'satisfied', c: null });
  });
});

describe('a key pressed by mistake on the reason step', () => {
  it('我按错了, 手抖了', () => {
    expect(read('不好意思，我按错了，其实挺好的', 'text').c).toBeNull();
    expect(read('我手抖了，本来想按1', 'text').c).toBeNull();
  });
});

describe('a cold home after the repair is the fault still there', () => {
  it('越修越凉, 修完……冰窖', () => {
    expect(read('越修越凉，还不如不修', 'csat3')).toEqual({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('修完以后屋里跟冰窖一样', 'csat3')).toEqual({ v: 'dissatisfied', c: 'not_fixed' });
  });
});

/**
 * Round 17 (t17C), whole calls (dev16 s-c-…): the false escalations first — praise whose words sound like a complaint, a past
 * problem told as made good, the customer's own doings, a grievance named only to be denied, a level conceded before a small
 * grievance — then the call's outcome: a go-ahead after "not now", opt-out look-alikes, 算了 before the answer. Own phrasings,
 * not the corpus items, with the look-alikes that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale: 'zh-CN' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null, res: !!r.reservation };
};

describe('praise that sounds like a grievance', () => {
  it('praise idioms after emphatic praise are no irony', () => {
    for (const t of ['太满意了，师傅干活干脆利落', '可太好了，人家一丝不苟的', '太满意了，真是随叫随到']) {
      expect(read(t, 'csat3').v, t).toBe('very_satisfied');
    }
  });
  it('relief that the trouble is over', () => {
    expect(read('挺满意，这下再也不用挨冻了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，以后不用再打电话催了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，今年不用打电话报修了', 'csat3')).toMatchObject({ v: 'satisfied', i: null });
  });
  it('the worker scolded in mock, kind acts and a good level after', () => {
    const r = read('这小伙子真不像话，非要帮我把旧电视搬下楼，我拦都拦不住，满意', 'csat3');
    expect(r).toMatchObject({ v: 'satisfied', c: null });
  });
  it('a complaint said in jest, to praise', () => {
    expect(read('我要投诉你们那个师傅，太负责了，非常满意', 'csat3')).toMatchObject({ v: 'very_satisfied', i: null });
  });
  it('a grievance named only to be called untrue', () => {
    expect(read('说人家态度差那是冤枉人家，挺满意的', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('embarrassment, and the customer owning harsh words', () => {
    expect(read('满意，我都不好意思了，之前我还凶过师傅', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('the worker frozen at the job, a past fault answered fast, a spend advised against', () => {
    expect(read('满意，小伙子在外墙上弄线，脸都冻红了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，去年暖气漏了，打了个电话二十分钟就来了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，师傅说没必要买新的，别花冤枉钱', 'csat3').c).not.toBe('money');
  });
  it('leaves the real grievances alone', () => {
    expect(read('师傅太不像话了，还给我弄坏了一个插座', 'csat3').v).toBe('dissatisfied');
    expect(read('不满意，客服骂我', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
    expect(read('我要投诉，你们太不负责了', 'csat3').i).toBe('complaint');
    expect(read('再也不用你们家了', 'csat3').v).toBe('dissatisfied');
    expect(read('满意，就是他让我花了冤枉钱', 'csat3').c).toBe('money');
    expect(read('不满意，上回水管漏了，打电话三天才来', 'csat3').v).toBe('dissatisfied');
    expect(read('满意，脸都冻红了', 'csat3').v).toBe('dissatisfied');
  });
});

describe('a problem told as made good', () => {
  it('the grievance named as the matter now solved', () => {
    expect(read('嗯，那个多收月租的问题，已经解决了', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('这个月没再乱扣费了，解决了', 'yesno')).toMatchObject({ v: true, c: null });
  });
  it('not solved, or a visit still owed, stays', () => {
    expect(read('多收月租的问题还没解决', 'yesno').v).toBe(false);
    expect(read('还是老断网，也没再来修', 'yesno').c).not.toBeNull();
  });
  it('not known yet: away from home', () => {
    expect(read('通没通我不清楚，我在外地，月底回去', 'yesno').c).toBeNull();
    expect(read('暖气热不热我得回家看看', 'yesno').c).toBeNull();
    expect(read('不热', 'yesno').c).not.toBeNull();
  });
  it('the callback itself said to come late is no late service', () => {
    expect(read('修完俩月了才打电话，以后别打了', 'text').c).toBeNull();
    expect(read('装了两个月了还没装完', 'yesno').c).toBe('late');
  });
});

describe('a level conceded before a grievance', () => {
  it('满意是满意 then a grievance with no but: the level stands, a reservation', () => {
    expect(read('满意是满意，客服电话倒是不好打', 'csat3')).toMatchObject({ v: 'satisfied', res: true });
  });
  it('a fault still there takes the level back', () => {
    expect(read('满意是满意，暖气还是不热', 'csat3').v).toBe('dissatisfied');
  });
});

describe('the call flow', () => {
  it('a go-ahead after "not now"', () => {
    expect(read('不太方便，不过你问吧', 'yesno')).toMatchObject({ v: true, i: null });
    expect(read('不方便……算了你都打过来了，说吧', 'yesno')).toMatchObject({ v: true, i: null });
    expect(read('不方便', 'yesno').i).toBe('reschedule');
    expect(read('不方便，但是晚上可以说', 'yesno').i).toBe('reschedule');
  });
  it('opt-out look-alikes: the hour asked, the fault over', () => {
    expect(read('下次别打那么早，我上夜班', 'text').i).not.toBe('opt_out');
    expect(read('以后别打了', 'text').i).toBe('opt_out');
  });
  it('算了 before the answer: never mind, not no', () => {
    expect(read('唉算了，满意吧', 'yesno').v).toBe(true);
    expect(read('算了，挺满意', 'csat3').v).toBe('satisfied');
    expect(read('算了', 'yesno').v).toBe(false);
    expect(read('算了，不说了', 'yesno').v).toBe(false);
  });
});

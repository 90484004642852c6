import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const NOW = '2026-11-18T10:30:00+08:00';
const zh = (text: string, kind: string) => interpretKind(text, kind, { now: NOW });

describe('complaints and reservations, round 10', () => {
  it.each([
    // a fault still there (000 第三十三条), also after 就是 (no 是A还是B question)
    ['满意，就是网还是会断', 'csat3', 'not_fixed'],
    ['修完以后那个接头一直在滴水', 'csat3', 'not_fixed'],
    ['修得挺好的 暖气照旧冰凉', 'csat3', 'not_fixed'],
    // a hazard (000 第二十七条, 第三十条)
    ['挺好的 就是那根线皮破了 铜丝都看得见', 'csat3', 'safety'],
    ['电线扔了一地 也不收', 'yesno', 'safety'],
    // a hotline answered only after several calls (000 第三十六条)
    ['满意 就是客服打了三回才接通', 'csat3', 'unreachable'],
    ['师傅的电话打了五次都没人接', 'csat3', 'unreachable'],
    // a price grievance, the work itself, staff excusing the fault
    ['一个月收那么贵 网还老断', 'text', 'billing'],
    ['柜子装得太高了 我够不着', 'yesno', 'quality'],
    ['厨房下水返味', 'yesno', 'quality'],
    ['花了那么多钱 就这效果', 'csat3', 'quality'],
    ['来修的人说这一片都这样 让我自己想办法', 'text', 'attitude'],
    ['纸箱子扔了一地就走了', 'csat3', 'mess'],
    // a home below 18 度 on a level step (003 三.2)
    ['屋里十五度，你说呢', 'csat3', 'quality'],
  ])('%s (%s) -> %s', (text, kind, category) => expect(zh(text, kind).complaint).toBe(category));

  it.each([
    // English and mixed (the same families)
    ['The router keeps shutting itself down', 'text', 'not_fixed'],
    ['They left cable offcuts all over the stairs', 'text', 'mess'],
    ['Nobody said it would take all morning', 'csat3', 'late'],
    ['He wanted 100 yuan extra for the socket', 'csat3', 'money'],
    ['Still cannot get online', 'csat3', 'not_fixed'],
    ['They said they must come back tomorrow', 'csat3', 'repeat_visit'],
    ['We get only 50 Mbps, we paid for 500', 'text', 'quality'],
    // Chinese: a consequence told instead of the fault, a comparison with another company, a product pressed on the customer
    ['忘带配件又跑回去拿 耽误了一下午', 'text', 'late'],
    ['只退了五十 还差一百呢', 'yesno', 'billing'],
    ['让我冻了两天 谢谢你们啊', 'csat3', 'late'],
    ['跟电信比差远了 人家半天就修好了', 'csat3', 'late'],
    ['机顶盒是师傅硬塞给我的 两百', 'csat3', 'money'],
    ['他走了以后电视就黑屏了', 'scale:0-10', 'quality'],
    ['电视还是一会儿有一会儿没有', 'text', 'not_fixed'],
    ['来的人门都没进 问了一句就走了', 'text', 'attitude'],
    // reservations named by what they are
    ['满意 就是网线在墙上走得有点乱', 'csat3', 'quality'],
    ['四分 收尾不太细', 'scale:0-5', 'quality'],
    ['满意，就是卧室灯的颜色我不太喜欢', 'yesno', 'quality'],
    ['还行 就是楼道的垃圾放了三天才清', 'yesno', 'mess'],
  ])('%s (%s) -> %s', (text, kind, category) => expect(interpretKind(text, kind, { now: NOW, locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en' }).complaint).toBe(category));

  it('the signal on a train, and staff who came the next day, are no grievance', () => {
    expect(zh('我在火车上 信号一会有一会没 晚点再说', 'scale:0-10').complaint).toBeNull();
    expect(zh('打电话报修 人家第二天就来了 满意', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
  });

  it('a home temperature is the reading on the temperature step, and 不到 N 度 is a measure', () => {
    expect(zh('屋里十五度', 'scale:0-40:度').complaint).toBeNull();
    expect(zh('不到十七度', 'scale:0-40:度').complaint).toBeNull();
    expect(zh('也就零上十二度', 'scale:0-40:度').complaint).toBe('quality');
  });

  it('effort for the customer beside praise is no delay and no repeat visit; without praise it is', () => {
    expect(zh('很满意 师傅为我们家这事来了三趟 太辛苦了', 'csat3')).toMatchObject({ value: 'very_satisfied', complaint: null });
    expect(zh('满意 小伙子挺耐心 给我调了半天', 'csat3').complaint).toBeNull();
    expect(zh('真是辛苦你们了 装个电视跑了三趟', 'csat3').complaint).toBe('repeat_visit');
    expect(zh('师傅来了三趟 挺辛苦的 可是第三趟才修好', 'csat3').complaint).toBe('repeat_visit');
  });

  it('a fault said as what was put right is settled', () => {
    expect(zh('解决了 多收的那笔钱已经退给我了', 'yesno')).toMatchObject({ value: true, complaint: null });
    expect(zh('好了 卫生间的管子不往外渗水了', 'yesno')).toMatchObject({ value: true, complaint: null });
    expect(zh('解决了 家里冷得不行 师傅来了就给修好了', 'yesno')).toMatchObject({ value: true, complaint: null });
    // (the visit's own lateness is not put right by the repair)
    expect(zh('他来晚了 但是一来就修好了 我挺满意的', 'csat3').complaint).toBe('late');
  });

  it("the customer's own slowness, queue or part of the day is no grievance", () => {
    expect(zh('是我本人 年纪大了 字打得慢', 'yesno').complaint).toBeNull();
    expect(zh('我在银行排队呢 一个钟头以后吧', 'csat3').complaint).toBeNull();
    expect(zh('后天上半天', 'time').complaint).toBeNull();
  });

  it('a wish on the suggestions step names no grievance by its incidental words', () => {
    expect(zh('没有 你们挺好 就是冬天多关心关心我们老年人', 'text').complaint).toBeNull();
    expect(zh('希望保修期里有事能找到人', 'text').complaint).toBeNull();
    expect(zh('建议你们把暖气烧热点', 'text').complaint).toBe('quality');
  });

  it('"I cannot say" after a but is no reservation', () => {
    expect(zh('满意是满意 就是 也说不上来', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
  });
});

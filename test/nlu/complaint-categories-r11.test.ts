import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const NOW = '2026-12-10T10:30:00+08:00';
const zh = (text: string, kind: string) => interpretKind(text, kind, { now: NOW });
const en = (text: string, kind: string) => interpretKind(text, kind, { now: NOW, locale: 'en' });

/** Round 11: which category a stated grievance belongs to, by construction (complaints.ts). */
describe('complaint categories, round 11', () => {
  it.each([
    // money (000 第四十三条): a sale made the condition of the work, gifts and meals asked for, "a little something"
    ['一个劲儿让我换五百兆的套餐，说不换就装不了', 'csat3', 'money'],
    ['要我买他的路由器 说不买网就不好', 'text', 'money'],
    ['那个工长管我要了两张超市卡', 'yesno', 'money'],
    ['天天中午还得我管饭', 'yesno', 'money'],
    ['有个工人问我要了两条玉溪', 'yesno', 'money'],
    ['乱收试压费', 'text', 'money'],
    // a negation that negates nothing: A-not-A, rhetorical "how not"
    ['怎么没有，要红包要得可勤了', 'yesno', 'money'],
    ['管饭算不算 请他们吃了好几顿饭', 'yesno', 'money'],
    // billing (000 第四十三条(三)): the company's own fee over-charged, a package changed, a refund owed
    ['暖气费多收了我三百', 'csat3', 'billing'],
    ['路由器套餐他给我改了，多了五十块钱', 'text', 'billing'],
    ['停网那几天的钱得退给我', 'text', 'billing'],
    // attitude (000 第四十六条): the blame put on the customer, the manner, a top mark pressed for
    ['上门的人说你家网慢是你自己的问题，推得一干二净', 'csat3', 'attitude'],
    ['师傅进门就说你们这线太老了修不好，爱答不理的', 'csat3', 'attitude'],
    ['我问他为什么不热，他说你问我我问谁', 'csat3', 'attitude'],
    ['他让我给满分，说不给满分他要挨罚', 'scale:0-10', 'attitude'],
    // late (000 第十三条–第十八条): a wait told by its length, calls before anyone acted
    ['师傅来得太晚了，我接孩子都没人接', 'text', 'late'],
    ['不满意，投诉了一个礼拜才有人理', 'csat3', 'late'],
    ['马马虎虎吧，问题是解决了，就是慢', 'csat3', 'late'],
    // not_fixed (000 第三十三条): the repair denied, still not right, a promised fix never done, the line itself
    ['修完还是那熊样', 'csat3', 'not_fixed'],
    ['修完了还是不热，暖气片上边热下边凉', 'csat3', 'not_fixed'],
    ['光纤说要换，到现在也没人来换', 'text', 'not_fixed'],
    ['座机能打出去，别人打不进来', 'text', 'not_fixed'],
    // mess (000 第二十八条, 第三十八条): damage done, things not put back, dust everywhere, before the exit beside them
    ['修个线把我家吊顶扒了一块', 'csat3', 'mess'],
    ['墙上打了个眼，灰弄得沙发上全是，走的时候拍拍屁股就走了', 'csat3', 'mess'],
    ['拔了我的插头走了也没插回去', 'csat3', 'mess'],
    // safety (000 第二十七条, 第三十条): a leak over electricity or into another home
    ['暖气接头还在滴水，底下就是插排', 'csat3', 'safety'],
    ['管子漏水都漏到楼下了，也没人管', 'csat3', 'safety'],
    // unreachable (000 第三十六条): nobody once a problem arose; the charge-eagerness only frames it
    ['收钱的时候跑得快，出了问题就找不到人了', 'csat3', 'unreachable'],
    ['那个监理特别难找', 'yesno', 'unreachable'],
    // repeat_visit: a third call-out, a trip for a missing part
    ['这是第三回叫你们了', 'scale:0-10', 'repeat_visit'],
    ['说缺个零件，又跑了一趟', 'text', 'repeat_visit'],
    // quality (004 第五篇; 000 第三十七条): the work itself, untidy wiring, a comparison that is no before-and-after
    ['网是慢了点，不过师傅挺好的', 'csat3', 'quality'],
    ['柜子的尺寸量错了', 'yesno', 'quality'],
    ['装完测都没测就走了', 'csat3', 'quality'],
    ['线从阳台那耷拉下来，乱七八糟的', 'csat3', 'quality'],
    ['网速比蜗牛爬还慢', 'csat3', 'quality'],
  ])('%s (%s) -> %s', (text, kind, category) => expect(zh(text, kind).complaint).toBe(category));

  it.each([
    // kept as they were (guards of the constructions above): a hazard named with untidy wiring, a before-and-after
    // comparison, money asked with a rating
    ['线耷拉在楼道里，老人差点绊一跤', 'csat3', 'safety'],
    ['修完比修之前还凉', 'csat3', 'not_fixed'],
    ['让我给好评还要红包', 'text', 'money'],
  ])('%s (%s) -> %s', (text, kind, category) => expect(zh(text, kind).complaint).toBe(category));

  it.each([
    // no grievance: a question what is meant, the customer asking not to be called, praise of an extra trip
    ['解决啥了？哦那个电话没声音的事，好了好了', 'yesno'],
    ['你们别老打电话了', 'csat3'],
    ['第一次没带对零件，下午又跑了一趟给换好了，挺辛苦', 'csat3'],
  ])('%s (%s) -> no complaint', (text, kind) => expect(zh(text, kind).complaint ?? null).toBeNull());

  it.each([
    ['He did not even test the line', 'csat3', 'quality'],
    ['Took the engineer a week to turn up', 'csat3', 'late'],
  ])('%s (%s) -> %s', (text, kind, category) => expect(en(text, kind).complaint).toBe(category));
});

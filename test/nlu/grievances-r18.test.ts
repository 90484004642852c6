/**
 * Grievances and their categories (dev17's a3 conventions): the survey's own calls counted, the rating taken over or pressed
 * for, a grievance only supposed, others' grievances set against the customer's own home, scores given to several things,
 * the sale's promise broken after the install (billing), the home recorded or photographed without asking. Phrasings of our
 * own, each with a look-alike that must stay as it is.
 */
import { describe, it } from 'vitest';
import { check, rulesAlone } from './read-kind.js';

rulesAlone();

describe('the survey\'s own calls counted are no repeat visit', () => {
  it('reads the calls, not the visits', () => check([
    ['csat3', '你们这回访都打了四次了，我在上班呢', { c: null }],
    ['csat3', '问过了，一天问三遍，烦不烦', { c: null }],
    ['text', '回访能不能少打几次，一个单子回访好几次', { c: null }],
  ]));
  it('leaves the engineer\'s visits and the customer\'s own calls', () => check([
    ['csat3', '师傅来了三次才修好', { c: 'repeat_visit' }],
    ['csat3', '我一天打三遍电话都没人接', { c: 'unreachable' }],
  ]));
});

describe('the rating taken over or pressed for', () => {
  it('on the customer\'s phone, or a bad mark defined by him: attitude', () => check([
    ['text', '他拿着我的手机自己点了个满分', { c: 'attitude' }],
    ['scale:0-10', '不用打了，工程师用我手机替我评过了', { c: 'attitude' }],
    ['text', '师傅说不是满分就算差评', { c: 'attitude' }],
    ['text', 'He pestered me for a top rating before leaving', { c: 'attitude' }],
  ]));
  it('the mark he pressed for is not the customer\'s score', () => check([
    ['scale:0-10', '六分，他非逼着我打十分，我不喜欢', { v: 6 }],
  ]));
  it('a plain reminder the customer agrees with is no grievance', () => check([
    ['csat3', '师傅让我给个好评，他确实干得不错，满意', { v: 'satisfied', c: null }],
  ]));
});

describe('a grievance only supposed', () => {
  it('a condition with what the customer would do then: none', () => check([
    ['csat3', '满意，有问题的话我再找你们', { v: 'satisfied', c: null }],
    ['csat3', '要是来晚了我肯定投诉，人家准点到的，满意', { v: 'satisfied', c: null }],
    ['csat3', '满意，以后坏了还找他', { v: 'satisfied', c: null }],
  ]));
  it('leaves what happened after the condition', () => check([
    ['csat3', '要是迟到我肯定投诉，结果还是迟到了', { c: 'late' }],
  ]));
});

describe('others\' grievances set against the customer\'s own', () => {
  it('hearsay, another home, another company, an earlier visit: none', () => check([
    ['csat3', '听说你们师傅会要红包，我们这个我不清楚', { c: null }],
    ['csat3', '小区里都在抱怨不热，可我家挺热的，满意', { v: 'satisfied', c: null }],
    ['csat3', '满意，不像隔壁那家，说是修了三次', { v: 'satisfied', c: null }],
    ['csat3', '上回那个师傅态度差，这回这个小伙子挺好，满意', { v: 'satisfied', c: null }],
  ]));
  it('leaves the grievance the customer adopts', () => check([
    ['csat3', '邻居说你们师傅要烟，我家也被要了', { c: 'money' }],
    ['csat3', '上回那个师傅态度差，这回这个也差', { c: 'attitude' }],
  ]));
});

describe('scores given to several things', () => {
  it('the service\'s score, the other thing\'s low mark as its grievance', () => check([
    ['scale:0-10', '师傅我打十分，网络我只能打五分', { v: 10, c: 'quality' }],
    ['scale:0-10', '服务八分，价格四分', { v: 8, c: 'billing' }],
    ['scale:0-5', '工人给五分，设计给两分，总体四分', { v: 4, c: 'quality' }],
    ['scale:0-10', '设备没毛病，九分给设备，人给两分', { v: 2, c: 'attitude' }],
  ]));
  it('leaves one score, and one thing scored', () => check([
    ['scale:0-10', '路由器不错，九分', { v: 9, c: null }],
    ['scale:0-5', '设计五分', { v: 5, c: null }],
  ]));
  it('the app that fails beside praise: quality', () => check([
    ['csat3', '满意，就是那个小程序老是登不上', { v: 'satisfied', c: 'quality' }],
    ['csat3', 'Happy with the engineer. The app, not so much', { v: 'satisfied', c: 'quality' }],
  ]));
});

describe('the sale\'s promise broken after the install: billing', () => {
  it('free or included when sold, charged after', () => check([
    ['text', '办的时候说免费装，装完又要收一百安装费', { c: 'billing' }],
    ['text', '合同说一年不涨价，半年就涨了', { c: 'billing' }],
    ['text', '说好送机顶盒，装完说要买', { c: 'billing' }],
    ['scale:0-10', '七分，收费没说清楚', { v: 7, c: 'billing' }],
  ]));
  it('leaves a promise kept', () => check([
    ['csat3', '满意，师傅说不收钱，结果真没收', { v: 'satisfied', c: null }],
  ]));
});

describe('the home recorded or photographed without asking: attitude', () => {
  it('recordings, photos of the family or the papers, data passed on', () => check([
    ['text', '他一直偷偷录音，问了才说是怕我投诉', { c: 'attitude' }],
    ['text', '他拍了视频发到群里，把我家孩子也拍进去了', { c: 'attitude' }],
    ['text', '没同意就翻我抽屉', { c: 'attitude' }],
    ['text', '我的号码肯定是你们泄露的', { c: 'attitude' }],
    ['text', 'He took photos of my bedroom without asking', { c: 'attitude' }],
  ]));
  it('leaves the photos the rules require', () => check([
    ['csat3', '满意，他拍了光猫的照片就走了', { v: 'satisfied', c: null }],
    ['csat3', '满意，师傅穿了鞋套还拍了照片', { v: 'satisfied', c: null }],
  ]));
});

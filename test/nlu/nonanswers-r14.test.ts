/**
 * Round 14, non-answers given a level (dev13): words to someone present (a child, a pet, someone met downstairs),
 * songs and wishes, a show or another business praised, questions of another matter, names, labels, sums and counting,
 * places whose names hold answer words, greetings alone, a parcel or the neighbours' works, a voice assistant; in
 * English a pet, a child, a partner or a driver spoken to, a hold, a card, a number or an e-mail read out. Each rule is
 * checked on phrasings other than the corpus items, and on real answers that share its words.
 */
import { describe, expect, it } from 'vitest';
import { read, none } from './read-kind.js';

describe('said to someone present', () => {
  it('a child or a pet told off, someone met or invited, a relative called before 你', () => {
    none([
      ['csat3', '好好，别挠沙发！过来！'],
      ['yesno', '好了好了别哭了，去睡觉'],
      ['yesno', '行行行，我这就下楼，你在门口等着'],
      ['yesno', '会的会的，下礼拜去你家坐坐'],
      ['yesno', '对对对，老公你说得对'],
      ['scale:0-5', '宝贝真聪明，三个苹果数对了'],
      ['yesno', '这粥热着呢，你慢点吃'],
    ]);
  });
  it('a level said in its own clause stays', () => {
    expect(read('满意，别吵了', 'csat3').v).toBe('satisfied');
    expect(read('满意，宝宝别闹', 'csat3').v).toBe('satisfied');
    expect(read('有，工人在楼道里抽烟', 'yesno').v).toBe(true);
    expect(read('是是是，师傅来过了', 'yesno').v).toBe(true);
  });
});

describe('songs, shows and other businesses', () => {
  it('a song or a wish, a show or a game watched, another hotel praised', () => {
    none([
      ['csat3', '祝你生日快乐，祝你生日快乐'],
      ['scale:0-10', '这个电影里女主给自己打了满分'],
      ['scale:0-10', '在看CBA呢，刚那个三分球真漂亮'],
      ['scale:0-5', '上回住的那家五星级酒店服务真好'],
    ]);
  });
  it('a comparison with them praises this service', () => {
    expect(read('比五星酒店服务还好', 'csat3').v).toBe('satisfied');
    expect(read('我给你们打五星', 'scale:0-5').v).toBe(5);
  });
});

describe('questions of another matter', () => {
  it('how to set something, the office hours, the standard', () => {
    none([
      ['csat3', '那个光猫的密码怎么设置啊'],
      ['yesno', '你们营业厅几点下班啊'],
      ['scale:0-40:度', '多少度算合格啊，十六还是十八'],
    ]);
  });
  it('a how-to told of the engineer, or a question of the service, stays', () => {
    expect(read('挺好，师傅还教我WiFi密码怎么改', 'csat3').v).toBe('satisfied');
    expect(read('我问他路由器怎么设，他说你自己看说明书去', 'csat3').v).toBe('dissatisfied');
    expect(read('网速怎么这么慢', 'csat3').v).toBe('dissatisfied');
    expect(read('一到周末就不热，是不是你们烧锅炉的也放假了', 'csat3').v).toBe('dissatisfied');
  });
});

describe('names, labels, sums, counting, places', () => {
  it('answer words inside a name, a label, a model or a place; a sum, counting, a fever, electricity', () => {
    none([
      ['scale:0-10', '我们都喊他小十全'],
      ['csat3', '我外号叫好哥，你们那儿登记的啥'],
      ['csat3', '路由器盒子上印着一千兆'],
      ['csat3', '五十九加三十九，九十八，两张卡'],
      ['yesno', '七，八，九，十，数完了'],
      ['scale:0-10', '华为路由器3A，他给换的'],
      ['scale:0-40:度', '一度电六毛，贵死了'],
      ['scale:0-40:度', '三十九度二，孩子还发烧呢'],
      ['scale:0-10', '我是十全公寓的，十全公寓九楼'],
      ['yesno', '我现在在好家商场这边'],
    ]);
  });
  it('a level said beside them stays', () => {
    expect(read('师傅叫小王，挺好的', 'csat3').v).toBe('satisfied');
    expect(read('九分，我们家住幸福家园', 'scale:0-10').v).toBe(9);
    expect(read('小米路由器4A，师傅给换的，打十分', 'scale:0-10').v).toBe(10);
    expect(read('家里才十六度，孩子都冻发烧了', 'scale:0-40:度').v).toBe(16);
    expect(read('二 十 一 点 五', 'scale:0-40:度').v).toBe(21.5);
  });
});

describe('greetings, the weather, a parcel, the neighbours, a voice assistant', () => {
  it('no answer in them', () => {
    none([
      ['yesno', '您好，您好，嗯'],
      ['csat3', '这天气真不错，出太阳了'],
      ['yesno', '今年冬天比往年冷多了'],
      ['csat3', '京东上买的电热毯还没到'],
      ['yesno', '隔壁又在打钻，吵死了'],
      ['yesno', '小爱同学，明天下雨吗'],
    ]);
  });
  it('你说 lets the call go on; a day that went well is no weather', () => {
    expect(read('你说吧，我听着', 'yesno').v).toBe(true);
    expect(read('嗯嗯你说', 'yesno').v).toBe(true);
    expect(read('今天还行 昨天不太热', 'csat3').v).toBe('neutral');
    expect(read('撇得很，搞了半天都没搞好', 'csat3').v).toBe('dissatisfied');
  });
});

describe('English: a pet, a child, a driver, a hold, a card, a number', () => {
  it('no answer in them', () => {
    none([
      ['csat3', 'Good girl, Luna! Sit! Sit!'],
      ['yesno', 'Okay, sweetheart, you can watch one more episode'],
      ['yesno', 'Yep, just leave it at the front door, cheers'],
      ['csat3', 'Great, now the dog chewed the remote'],
      ['csat3', "Fine, I'll hold"],
      ['csat3', 'Four stars on Google reviews, the leaflet says'],
      ['yesno', 'My work number is 020 555 0199'],
      ['yesno', "It's jane dot good at hotmail"],
      ['yesno', "I'm on Sunnyside Avenue at the moment"],
    ]);
  });
  it('the service named beside them, or a call back asked, stays', () => {
    expect(read('Honey, the engineer was great', 'csat3').v).toBe('satisfied');
    expect(read("Speeds are nowhere near what I'm paying for", 'csat3').v).toBe('dissatisfied');
    expect(read('hold on, I am at work, call me tonight', 'csat3').i).toBe('reschedule');
  });
});

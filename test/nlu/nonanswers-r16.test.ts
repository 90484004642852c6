/**
 * Round 16 (t16N), non-answers given a level (dev15, author n1): a smart speaker's own replies, a child on the phone, a
 * visitor greeted, the door, the bot's voice, another product asked about, shouts at sport, games and the television,
 * blessings and proverbs, things read out or counted; and answers whose level word is only mentioned (a child's slang, a
 * diary). Each rule is checked on phrasings other than the corpus items, and on real answers
 * that share its words.
 */
import { describe, expect, it } from 'vitest';
import { read, none, some } from './read-kind.js';

describe('a smart speaker and its replies', () => {
  it('wake words and canned replies', () => {
    none([
      ['csat3', '好的，现在为您播放天气预报'],
      ['csat3', '您的满意就是我前进的动力'],
      ['yesno', '这个我还在学习中，换个问题吧'],
      ['scale:0-10', '当前音量为八'],
      ['yesno', '为您找到以下结果：暖气不热怎么办'],
      ['csat3', '小艺小艺，关灯，好'],
      ['csat3', 'Siri，set a timer，好'],
    ]);
  });
  it("a customer's own 满意 or 好的 stays", () => {
    some([['csat3', '好的，满意'], ['csat3', '满意，师傅挺好']]);
  });
});

describe('someone else on the line or at the door', () => {
  it('a child, a visitor, a courier', () => {
    none([
      ['csat3', '阿姨好！我叫乐乐，我六岁了'],
      ['yesno', '我在上一年级，老师夸我了'],
      ['csat3', '刘叔叔好！去买菜啊？'],
      ['csat3', '好久不见，快进来坐，家里都好吧'],
      ['yesno', '对，快递放驿站就行'],
      ['csat3', '好好，外卖挂门把手上'],
      ['yesno', 'Hi, I am Tom, I\'m five. Is this Grandpa?'],
      ['yesno', 'Yes, that\'s mine, thanks'],
    ]);
  });
  it('an answer beside them stays: a relative who says who is out, busy with the door, a call back, a score first', () => {
    expect(read('我爸不在家，我是他女儿，我上四年级', 'yesno').i).toBe('wrong_person');
    expect(read('我在楼下拿快递，你十分钟以后再打', 'csat3').i).toBe('reschedule');
    expect(read('九分，扣一分是给快递的，不怪师傅', 'scale:0-10').v).toBe(9);
    some([['yesno', '快递那种扔下就走的，你们师傅不是，挺好']]);
  });
});

describe('the bot itself', () => {
  it('its voice praised or mocked', () => {
    none([
      ['csat3', '你这声音挺好听的，是真人录的吗'],
      ['csat3', '你们这机器人做得挺好，跟真人差不多'],
      ['csat3', 'Your accent is very good for a machine'],
    ]);
  });
  it('a go-ahead or a verdict on the service beside it stays', () => {
    expect(read('Ha, you sound like a robot. Sure, go ahead', 'yesno').v).toBe(true);
    some([['csat3', '你这声音挺好听，师傅修得也挺好']]);
  });
});

describe('another product, a game, the television', () => {
  it('shouts and questions', () => {
    none([
      ['csat3', '有没有便宜点的宽带套餐？邻居那个挺好'],
      ['yesno', '你们卖不卖电暖器？好用吗'],
      ['csat3', '好球！三比一了！'],
      ['scale:0-10', '十分！评委给了十分！'],
      ['csat3', '自摸！不错不错'],
      ['csat3', 'Good shot！再来一局'],
      ['scale:0-10', '这部剧我给八分'],
      ['csat3', '这家面馆挺好的，下次还来'],
      ['yesno', '高铁晚点了吗？没有，好'],
    ]);
  });
  it('a reschedule for the game, a grievance about a shop the worker chose, stay', () => {
    expect(read('我在打麻将呢，等这局完了你再打', 'yesno').i).toBe('reschedule');
    some([['yesno', '材料非让我去他指定那家店买，贵了不少']]);
  });
});

describe('blessings, proverbs, things read out or counted', () => {
  it('set phrases and readings', () => {
    none([
      ['csat3', '菩萨保佑，孩子考个好成绩'],
      ['csat3', '祝你一路顺风，好'],
      ['csat3', '熟能生巧，你多练练就好了'],
      ['yesno', '收据上写的，合计两百，对'],
      ['scale:0-40:度', '电表读数是三十五'],
      ['csat3', '一个、两个、三个，好，数齐了'],
    ]);
  });
  it('a verdict or a grievance beside them stays; a thermometer is a reading', () => {
    expect(read('一分钱一分货，墙面到处都是裂纹', 'yesno').c).not.toBeNull();
    expect(read('墙上那个温度表写的二十', 'scale:0-40:度').v).toBe(20);
    expect(read('十全十美，满分', 'scale:0-10').v).toBe(10);
  });
});

describe('a level word said of something else', () => {
  it('a word mentioned, not used', () => {
    none([
      ['csat3', '我孙女整天说绝绝子'],
      ['csat3', '好评如潮那是我年轻时候'],
      ['csat3', '我闺女日记里写的挺满意'],
    ]);
  });
  it('a level said of this service stays', () => {
    expect(read('我儿子天天说你们师傅不来，我不满意', 'csat3').v).toBe('dissatisfied');
    expect(read('满意的是师傅态度好', 'csat3').v).toBe('satisfied');
    expect(read('不满意的是我们家那个网，老断', 'csat3').v).toBe('dissatisfied');
  });
});

/**
 * Round 15 (t15N), non-answers given a level (dev14): what a recogniser, a phone network, a voicemail, a call-screening
 * assistant, a ring-back song, the bot's own prompt echoed, an advert, a toy or a smart speaker, or a chat window delivers
 * when no customer answered; and answers with no verdict (a score's meaning asked, 一般 as "usually", 没法试). Each rule is
 * checked on phrasings other than the corpus items, and on real answers that share its words.
 */
import { describe, expect, it } from 'vitest';
import { read, none, some } from './read-kind.js';

describe('a recogniser on silence', () => {
  it('caption credits, video outros, a loop', () => {
    none([
      ['csat3', '字幕由 满意 翻译组 提供'],
      ['yesno', '喜欢的话点赞订阅加关注'],
      ['scale:0-10', '本期视频就到这里，给个十分好评吧'],
      ['yesno', '好的，下期节目见'],
      ['yesno', '对 对 对 对 对 对 对 对 对 对 对 对'],
      ['csat3', '主题曲：《好运常在》'],
    ]);
  });
  it("a customer's own praise or a short repeated yes stays", () => {
    some([['csat3', '满意，必须给你们点个赞'], ['yesno', '对对对'], ['yesno', '嗯嗯嗯，好了']]);
  });
});

describe('the network, a switchboard, a voicemail greeting', () => {
  it('announcements and recordings', () => {
    none([
      ['yesno', '对不起，您拨打的号码正忙，请稍后再拨'],
      ['csat3', '您的话费余额不足五元，请及时充值'],
      ['yesno', '您好，欢迎致电好邻居物业，请输入分机号'],
      ['yesno', '您好，我是老赵，现在不方便接电话，有事请留言'],
      ['csat3', '你好，这是自动录音，满意的话请留个言吧'],
      ['yesno', 'The subscriber you have dialled is not available, please leave a message after the beep.'],
    ]);
  });
  it('a customer complaining of the line keeps the grievance', () => {
    expect(read('打你们热线老是正在通话中，根本打不进去', 'csat3').v).toBe('dissatisfied');
    expect(read('我留言了好几次都没人回', 'csat3').v).toBe('dissatisfied');
  });
});

describe('a call-screening assistant, a relayed reply', () => {
  it('the assistant speaks', () => {
    none([
      ['yesno', '您好，机主正在开会，请问您有什么事？'],
      ['csat3', '好的，已为您记录，我会转达机主'],
      ['yesno', '您好，我是来电秘书，请说明您的来意'],
    ]);
  });
  it('a relayed "later" stays a reschedule, with no value', () => {
    const r = read('自动回复：我在开会，晚点再联系', 'yesno');
    expect(r.v).toBeNull();
    expect(r.i).toBe('reschedule');
  });
  it('the customer as the owner stays', () => {
    expect(read('是我，我就是机主', 'yesno').v).toBe(true);
    expect(read('原来那个机主换号了，这号是我的', 'yesno').i).toBe('wrong_person');
  });
});

describe('the prompt echoed, a ring-back song, an advert, a toy', () => {
  it('no answer', () => {
    none([
      ['yesno', '已修好请按1，没修好请按2'],
      ['csat3', '请问您对上门服务是否满意'],
      ['csat3', '真心英雄（彩铃）满意满意'],
      ['csat3', '品质保证，认准XY空调'],
      ['yesno', '小朋友你真聪明，再来一次吧'],
      ['yesno', '好的，已为你关闭客厅的灯'],
      ['scale:0-10', '三只小熊在跳舞'],
      ['scale:0-10', 'Three, two, one, go!'],
      ['csat3', 'Nine out of ten customers recommend it'],
    ]);
  });
  it('an answer said after the echo stays', () => {
    expect(read('满意请按2是吧，那我按2', 'csat3').v).not.toBeNull();
    expect(read('不满意，就来看了一眼就走了', 'csat3').v).toBe('dissatisfied');
  });
});

describe('a chat window', () => {
  it('tags, cards, system lines, pasted templates', () => {
    none([
      ['scale:0-10', '[语音] 9"'],
      ['csat3', '[名片] 王师傅 维修三组'],
      ['yesno', '对方已撤回了一条消息'],
      ['csat3', '【联通】尊敬的用户，满意请回复1'],
      ['yesno', '邀请码：八八六六'],
    ]);
  });
  it('typed text beside an emoji tag stays', () => {
    some([['csat3', '满意[表情]']]);
  });
});

describe('no verdict', () => {
  it('a meaning asked, 一般 as usually, a check not made', () => {
    none([
      ['scale:0-10', '九分？九分啥意思'],
      ['scale:0-10', '最高是多少分啊'],
      ['csat3', '一般都是我儿子跟你们联系'],
      ['yesno', '我在单位呢，试不了'],
    ]);
  });
  it('a level beside them stays', () => {
    some([['csat3', '一般都挺满意的'], ['scale:0-40:度', '一般都在二十度左右']]);
    expect(read('我在外面，没法试，晚上七点你再打', 'yesno').i).toBe('reschedule');
  });
});

/**
 * Round 12, second pass (t12P2, dev11 positive/hedged): the identity said in a clause of its own beside a question, a past
 * grievance put right by how fast they answer now, the customer's own household named as the cause, a recommendation on a
 * condition, the hotline answered only after a wait. Each rule on phrasings other than the corpus items, and on what it must
 * leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind);
  return { v: r.value, c: r.complaint ?? null, i: r.intent ?? null };
};

describe('the identity claimed beside a question or a registration', () => {
  it('我是啊 / 我是我是 / 那就是我 with a question beside it: yes', () => {
    expect(read('我是啊，有什么事？', 'yesno').v).toBe(true);
    expect(read('我是我是，你说？', 'yesno').v).toBe(true);
    expect(read('你找王芳？那就是我', 'yesno').v).toBe(true);
    expect(read('是我啊。你是联通的吧？', 'yesno').v).toBe(true);
  });
  it('the account in my name (户主是我, 登记的是我名字): yes; someone else named is not', () => {
    expect(read('应该算是吧，机主登记的是我', 'yesno').v).toBe(true);
    expect(read('户主写的是我爸', 'yesno').v).not.toBe(true);
    expect(read('不是我，我是他老婆', 'yesno').v).toBe(false);
  });
  it('a greeting at the line\'s opening (喂 是我 你好) and a name left (留的是我名字 张伟) are no answer yet', () => {
    expect(read('喂 是我 您好', 'yesno').v).toBeNull();
    expect(read('装宽带的时候留的是我名字 张伟 弓长张', 'yesno').v).toBeNull();
  });
});

describe('a past grievance put right, the customer\'s own doing', () => {
  it('以前打不通，这回一打就通 / 专门有人对接: the past unreachable is over', () => {
    expect(read('满意，以前热线总占线，这次马上就有人接了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('挺好，去年客服老打不通，今年一打就通', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('以前打不通，现在还是打不通', 'csat3').c).toBe('unreachable');
  });
  it('投诉完 / 投诉以后 told as the past is no complaint intent; 我要投诉 still is', () => {
    expect(read('满意，我投诉以后当天就有人来了', 'csat3').i).toBeNull();
    expect(read('我要投诉', 'csat3').i).toBe('complaint');
  });
  it('the cause is the customer\'s own household (是我家狗把线咬了, 是因为我家窗户漏风, 怪不得人家)', () => {
    expect(read('满意，线断了是我家狗把线咬了，怪不得师傅', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('挺满意，屋里凉是因为我家窗户关不严', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，拖的那几天是我自己改了几次设计', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('满意，虽然一开始挺着急的，后来处理得很好', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('the hotline answered only after a wait is unreachable, not late', () => {
    expect(read('满意，就是客服电话响了半天才接', 'csat3').c).toBe('unreachable');
    expect(read('师傅等了半小时才来', 'csat3').c).toBe('late');
  });
});

describe('a recommendation on a condition', () => {
  it('要是/只要/换个……我就推荐, 推荐倒是会推荐: yes', () => {
    expect(read('要是工期能再快点我就推荐', 'yesno').v).toBe(true);
    expect(read('只要还是那个班组 我就会推荐', 'yesno').v).toBe(true);
    expect(read('推荐倒是会推荐，就是得自己盯着点', 'yesno').v).toBe(true);
    expect(read('我不会推荐', 'yesno').v).toBe(false);
  });
});

describe('rubbish taken down for the customer', () => {
  it('帮我把垃圾带下去/捎下楼 is cleaning done, praise; 没带下去 stays mess', () => {
    expect(read('挺好的，还帮我把垃圾拿下去了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('走的时候顺手把包装捎下楼了', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('垃圾都没拿下去', 'csat3').c).toBe('mess');
  });
});

describe('an earlier phase said at the end of its clause (English)', () => {
  it('"it kept dropping at first but he sorted it out": the fault is over; a fault after the turn stands', () => {
    expect(read('Satisfied, it kept dropping at first but he sorted it out', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('Good at first but then it broke again', 'csat3').v).toBe('dissatisfied');
  });
});

/**
 * The Chinese lexicon: every word the polarity analyser knows, with its tag.
 *
 * Degree decision (documented in docs/nlu.md): 非常/特别/超级/超/十分/太/相当/极其/贼/巨/绝对/完全/百分百
 * make a positive evaluation `very_satisfied`; 很/挺/蛮/比较/还算/基本 keep it `satisfied`.
 *
 * Phrases are matched longest first, so 不错 beats 不 + 错, 还可以 beats 还 + 可以 and 差不多 beats 差.
 */
import { BLOCK, CONTRAST, DOWN, HEDGE, N, NEG, NEG_NO, P, STRONG, WEAK, type Lexicon, type Tag } from './scan.js';

const HEDGE_YES: Tag = { t: 'hedge', ans: 1 };

const ANSWER_YES = P('answer');
const ANSWER_NO = N('answer');
/** 嗯/哦: yes only when nothing else was said. */
const WEAK_YES: Tag = { t: 'pol', pol: 1, cls: 'answer', w: 0.6, weakOnly: true };

function all(words: string, tag: Tag): [string, Tag][] {
  return words.split(/\s+/).filter(Boolean).map((w) => [w, tag] as [string, Tag]);
}

/** Round 24 (t24F): every head + degree + word joined (做工 + 挺 + 细), for a family of praise said around a degree word. */
function crossZh(heads: string[], degrees: string[], words: string[], tag: Tag): [string, Tag][] {
  return heads.flatMap((h) => degrees.flatMap((d) => words.map((w) => [h + d + w, tag] as [string, Tag])));
}

export const LEXICON_ZH: Lexicon = [
  // Bare answers.
  ...all('是 是的 对 对的 对啊 是啊 是呀 对呀 没错 对头 正确 确实 当然 肯定 肯定是 嗯对 嗯是 可以 可以的 行 行啊 行的 好 好的 好啊 好吧 成 中 妥 ok okay yes 没问题 方便 有 有的 需要 要的 同意 愿意 在的 愿意的 认可 接受 收到 知道了 明白', ANSWER_YES),
  ...all('嗯 嗯嗯 恩 哦 噢 昂 嗯呢 嗯哼 对对 要', WEAK_YES),
  // An emphatic yes (东北: 那可不咋地, 可不是): not the 不咋地 inside it.
  ...all('可不咋地 那可不咋地 可不咋的', ANSWER_YES),
  ...all('不用 不需要 否 不了 算了 没必要 no 不必 用不着 不是的', ANSWER_NO),
  // Negators (不是/不/没/没有 alone are a "no").
  // Round 19 (t19Y): nothing of the kind seen (没发现有, 没看到有什么问题, 没见有人要钱): the 有 is what was not seen, a negator.
  ...all('没发现有 没有发现有 没看到有 没有看到有 没看见有 没见有 没见着有 没遇到有 没有遇到有 没碰到有 没注意到有 没觉得有', NEG_NO),
  ...all('不 不是 没 没有 还没 还没有 并没有 没啥 不能 不会 还不能 还不会 莫得 莫有 冇 唔 唔系 唔得 冇得 不可能 哪能 哪有 不是几 不是好 也不是 并不是 都不是 倒不是 又不是', NEG_NO),
  ...all('莫 不太 不大 不怎么 不够 不算 并不 并非 并没 也不 都不 一点也不 一点都不 一点儿也不 一点儿都不 一点都没 一点也没 一点儿都没 一点儿也没 根本不 根本没 完全不 压根不 压根没 从来不 从来没 毫不 别 谈不上 说不上 算不上 称不上 没那么 没多 不咋 不那么 没什么 没有什么 未 无 没有啥子 没啥子 没得啥子 没得啥', NEG),
  // Round 22 (t22E): not thoroughly (还没彻底好, 没有彻底修好): the negation said over 彻底, a no as 还没完全好 is (彻底解决了 is no degree word:
  // 能不能给彻底解决了 asks, it praises nothing).
  ...all('没彻底 还没彻底 没有彻底 还没有彻底 并没彻底 没能彻底', NEG),
  // Round 13 (t13P): "not one day / drop / tile" (一天都没耽误, 一滴水都没洒, 没一块空鼓的): the grievance after it denied.
  ...all('一天都没 一天也没 一天都不 一滴都没 一滴水都没 一滴水也没 一滴也没 一块都没 一块也没 没一块 没一处 没一滴 一处都没 一处也没 一次都没 一次也没 一回都没 一回也没 一分钟都没 一分钟也没 一点没 一点儿没 半点没 半点都没', NEG),
  // A rhetorical denial of what follows (谁说不满意了 = not dissatisfied; 也不是说不满意, 倒不是说不好).
  ...all('哪儿说 哪里说 我哪说 我哪儿说 我哪里说 我啥时候说 我什么时候说', NEG),
  ...all('谁说 谁说了 谁说我 哪个说 谁讲 不是说 也不是说 并不是说 倒不是说 倒也不是说', NEG),
  // Degree.
  ...all('那叫一个 贼拉 老鼻子 倍儿 非常 特别 超级 超 十分 太 相当 极其 极 贼 巨 绝对 完全 百分百 百分之百 真的很 真是 实在 太太 最 好好 十二分 万分', STRONG),
  // Round 24 (t24A): the degree said with the literary 之 (非常之满意, 相当之好, 十分之到位): the same strong degree.
  ...all('非常之 特别之 十分之 相当之 极其之 极为之', STRONG),
  // The written register said aloud (甚为满意, 颇为满意, 极为满意): a strong degree.
  ...all('甚为 甚是 极为 颇为 尤为', STRONG),
  ...all('很 挺 蛮 比较 还算 基本 基本上 总体 整体 总的来说 还是挺 真 都 还挺 也挺 挺挺', WEAK),
  ...all('有点 有点儿 有一点 有些 稍微 略 略微 稍 一点点', DOWN),
  // Contrast: what follows weighs more.
  ...all('但是 但 不过 可是 只是 就是 然而 就是说 可 只不过 唯一', CONTRAST),
  // Neutral phrases that must not be read as negation or evaluation.
  ...all('不知道 不清楚 不好意思 不客气 不用谢 没想到 不管 不然 不仅 不但 不断 不停地 差点 差一点 好像 好多 好几 最好 好在 慢慢 慢慢的 判断 冷静 冷气 热水 通知 沟通 通话 交通 普通话 负责人 人工费 一点 不一定 不得不 不少 不一会 没多久 没过多久 对不起 对了 打扰 麻烦你 麻烦您 要不 要么 不要紧 是不是 对不对 好不好 行不行 可不可以 有没有 满不满意 方不方便 要不要 银行卡 电话卡 手机卡 流量卡 会员卡 信用卡 卡号 办卡 补卡 卡片 问一下 问题是 断定 好奇 还是 总是 老是 要是 都是 像是 好像是 算是 凡是 于是 正是 倒是 硬是 估计是 可能是 主要是 关键是 原因是 意思是 说是 对于 对方的 对方说 对方是 对方那边 对面 针对 面对 对比 对接 对象 相对 只好 正好 刚好 刚刚好 幸好 好处 银行 行业 行为 进行 执行 行李 旅行 自行 步行 流行 行程 一行 主要 重要 要求 只要 想要 所有 有人 有时 有时候 还有 只有 有关 具有 拥有 没听清 没听清楚 没听见 没听到 没听懂 听不清 听不清楚 听不见 听不到 听不懂 没明白 不明白 暖气 暖气片 凉快 冰箱 热线 快递 拖鞋 拖地 拖把 方便面 不方便说 不方便讲 晚上 今晚 明晚 昨晚 晚饭 晚安 晚会 晚间 傍晚 早晚 晚点 晚一点 晚些 晚点儿 晚些时候 不着急 不急 没啥说的 没什么说的 没啥好说的 你好 您好 早上好 上午好 下午好 晚上好 喂你好 大家好 户号 用户号 热用户 卡号 号码 记一下 好知道了 好的知道了 好我知道了 好的我知道了 好的我记 好我记 好的好的 行行行 好好好 耳朵不好 眼睛不好 身体不好 腿脚不好 记性不好 耳朵不太好 耳朵不大好 耳朵不怎么好 眼睛不太好 眼神不太好 身体不太好 腿脚不太好 记性不太好 大冷天 大热天 冷天 天冷 天气冷 天儿冷 还可以再 可以再 还能再 把垃圾 垃圾带走 垃圾袋 好我去 好我看 好我找 好我等 好我拿 好我问 好我记 快点说 快说 快点儿说 快点问 快问 问题要问 有问题要问 有个问题 问个问题 有问题想问 想问 地暖 暖气费 取暖费 热力 热力站 热力公司 不知道怎么说 冷的天 这么冷的天 大冷的天 效果图 满意度 满意率 满意度调查 满意度回访 满意程度 说好 说好的 说好了 讲好 讲好的 讲好了 约好 约好的 约好了 定好 定好的 定好了 商量好 好容易 好不容易 好打发 中间 中途 当中 其中 之中 过程中 中国 中国电信 中国联通 中国移动 中心 会展 供暖 采暖 报修 维修 保修 检修 维修工', BLOCK),
  // Round 23 (t23D): 说清楚 demanded of the caller (你先说清楚, 哪个公司的 先说清楚, 你再说清楚点, 这个得给我讲清楚): a demand, no praise of
  // clarity (问题也说清楚了 and 讲得清楚 keep theirs).
  ...all('先说清楚 先讲清楚 你说清楚 您说清楚 你讲清楚 您讲清楚 说清楚点 讲清楚点 说清楚些 讲清楚些 给我说清楚 给我讲清楚 得说清楚 要说清楚 要讲清楚 得讲清楚', BLOCK),
  // Round 22 (t22F): a long while (忙活了好半天, 好一会儿) is a duration, no 好 of praise: neutral (a wait is read by complaints.ts).
  ...all('好半天 好一阵 好一阵子 好一会 好一会儿', BLOCK),
  // Round 23 (t23A): 别 of "other" (别的, 别人, 别家, 别处) is no "don't": 别的都挺好 praises, 别的我也不指望了 gives up; the
  // negator 别 stays for 别提了, 别指望 (their own entries) and 别 + verb.
  ...all('别的 别人 别家 别处 别个 别样', BLOCK),
  // (别的不会说 "I can't put it any other way" before thanks is the speaker's modesty, no "no".)
  ...all('别的不会说 别的也不会说 别的我不会说 别的我也不会说 别的不会讲 别的也不会讲 别的说不来 别的也说不来 别的不懂 别的也不懂', BLOCK),
  // Round 23 (t23A): the customer caught off guard (快得我都没反应过来, 还没回过神来): the speed told, no device without response
  // (没反应 of a fault).
  // Round 23 (t23A): a worker more concerned than the customer (那工长比我还操心, 比我自己还上心): praise of his care.
  ...all('比我还操心 比我还上心 比我自己还操心 比我自己还上心 比我还着急 比我自己还着急 比我还用心', P('eval')),
  ...all('没反应过来 没有反应过来 反应不过来 还没反应过来 没回过神 没缓过神 没回过神来', BLOCK),
  // Round 21 (t21B): traffic on the road (那天下雨堵车, 路上堵车) is the day's, not a pipe 堵了: neutral.
  ...all('堵车 塞车 路上堵 路上堵车 堵在路上', BLOCK),
  // Round 11 (dev10): 全是/净是/满是 (楼道里全是垃圾: "full of") is no yes.
  ...all('全是 全都是 净是 尽是 满是 遍地是 到处是', BLOCK),
  // Round 19 (t19C2): only one half of the radiator warm (就上半截热 下半截凉, 上面热下面凉, 一半热): the half named warm is no
  // "it is warm"; the cold half or the 不热 said with it answers (complaints.ts reads the half-warm radiator as a fault).
  ...all('上半截热 下半截热 上半部分热 下半部分热 上面热 下面热 上边热 下边热 上头热 下头热 前半截热 后半截热 一半热 半截热 一头热', BLOCK),
  // Round 19 (t19C2): 快 of someone's speech (说话太快, 语速有点快, 讲得太快了) is no praise of quick service (快, 挺快): a
  // grievance about the talk, whose 太 must not lift a 满意 before it (挺满意 就是说话太快 is satisfied with a reservation).
  // 话太快 too, as 就是说 ("that is to say") takes the 说 of 就是说话太快 first.
  ...all('话快 话太快 话很快 话挺快 话有点快 话特别快 说话快 说话太快 说话很快 说话挺快 说话有点快 说话特别快 讲话快 讲话太快 讲话很快 讲话有点快 语速快 语速太快 语速很快 语速有点快 语速挺快 说得快 说得太快 说得很快 说得有点快 讲得快 讲得太快 讲得很快 讲得有点快 说太快 讲太快', BLOCK),
  // The prompt cut short (不用说那么多, 不用念了, 不用问了) and no more visits needed (不用再派人了): 不用 of the call or of a
  // further visit, no "no" to the question (好好好，不用说那么多，直接问; 热了，不用再派人了).
  ...all('不用说那么多 不用说那么多了 不用念了 不用念 不用你念 不用问了 不用再问了 不用解释了 不用介绍了 不用再派人 不用派人 不用再派 不用再来人 不用再上门', BLOCK),
  // Round 13 (t13C): paying by card (当天就能刷卡收款了) is no lag.
  ...all('刷卡 刷卡收款 能刷卡', BLOCK),
  // Round 13 (t13C): the customer finding fault (我挑了半天毛病) and a standing offer for later trouble (有问题直接找他) name no grievance.
  ...all('挑毛病 挑了半天毛病 挑了好多毛病 挑了不少毛病 挑了一堆毛病 有问题找 有问题就找 有问题直接找 有问题随时找 有问题可以找 有问题再找 有问题打 有问题就打 有问题直接打 有问题联系 有问题就联系 有问题随时联系 有事找 有事就找 有事直接找 有事随时找', BLOCK),
  // Hedges -> neutral.
  ...all('说不上好也说不上坏 好也说不上坏 不好也不坏 中等 中规中矩 差强人意 麻麻地 麻麻哋 还行 还可以 一般 一般般 凑合 凑合吧 还凑合 马马虎虎 马虎 将就 将就吧 过得去 还过得去 说得过去 就那样 也就那样 就那么回事 还好 差不多 中规中矩 普通 不好不坏 不好说 说不好 说不上来 无所谓 没感觉 没什么感觉 勉强 勉勉强强 勉强可以 有好有坏 一半一半 五五开 及格 凑活 凑乎 就这样 还那样 正常吧 一般吧 还成 不好评价 不予评价 不好讲 说不清 讲不清 说不清楚 不好评 普普通通', HEDGE),

  // Round 12 (dev11): middling said as a standard met or mixed (正常水平吧, 一般水平, 有好有不好吧): a hedge, not praise or a grievance.
  // Round 13 (t13P): "not perfect" (也不是那么完美, 不算十全十美) takes the top off, no more: a hedge beside a level.
  ...all('不是那么完美 也不是那么完美 没那么完美 不算完美 不太完美 不是很完美 不是十全十美 不算十全十美 也不是十全十美 不是百分百完美', HEDGE),
  ...all('正常水平 一般水平 中等水平 平均水平 有好有不好 有好有差', HEDGE),
  // The written register's middling (尚可, 尚需改进, 还有待商榷, 基本达标): a hedge, as 还行 and 有待提高 are.
  ...all('尚可 尚好 尚佳 尚需改进 尚需提高 尚需加强 尚待提高 尚待改进 有待商榷 还有待商榷 基本达标 基本合格', HEDGE),
  // Room for improvement, the polite way of saying "not quite" (还有提升空间, 有待提高): middling, a hedge.
  ...all('提升空间 提高空间 进步空间 改进空间 改善空间 提升的空间 提高的空间 进步的空间 改进的空间 有待提高 有待提升 有待改进 有待加强 有待改善 还需努力 还需要努力 还得努力 再接再厉 还能更好 还可以更好', HEDGE),
  // Face-saving (你们也不容易 我就不说不满意了 就是……): the verdict is withheld, not given: a hedge, the grievance after it counts.
  ...all('不说不满意 就不说不满意 不说什么不满意 不想说不满意 不好说不满意 不好意思说不满意', HEDGE),
  // "You could call it either" (说满意也满意 说不满意也有那么一点, 说好也好 说不好也不好): both halves said, a hedge.
  ...all('说满意也满意 说满意也算满意 说满意吧也满意 说好也好 说好吧也好 说不满意也有那么一点 说不满意吧也有那么一点 说不满意也有点 说不满意吧也有点 说不满意也有一点 说不满意吧也有一点 说不好也不好 说不好吧也不好 说不好也有点 说不好吧也有点', HEDGE),
  // At least not freezing (反正冻不着, 冻不着就行): lukewarm, a hedge.
  ...all('冻不着 冻不到 冻不坏 冻不死 冻不着就行', HEDGE),
  // Neither one nor the other (不冷不热, 不温不火, 不咸不淡, 不上不下): middling, a hedge.
  // Middling, said in the north and the south (中不溜儿, 大差不差).
  ...all('中不溜 中不溜儿 中不溜秋 大差不差 不过不失', HEDGE),
  ...all('不冷不热 不温不火 不咸不淡 不上不下 不高不低 不快不慢 不好不差 不好不赖', HEDGE),
  ...all('可以吧 行吧 好吧 还行吧 也行 也可以 那行吧', HEDGE_YES),
  // Round 16 (t16Y): "can't do without" (干啥都离不开网) is need, not a fault: no negation.
  ...all('离不开 离不了 离不得', BLOCK),
  // Round 16 (t16Y): a tentative yes said alone (算是吧, 应该吧, 好像是吧): a reluctant yes, as 行吧 (issue 13: no more than said).
  ...all('算是吧 应该吧 应该是吧 好像是吧 大概是吧 估计是吧', HEDGE_YES),
  // Round 16 (t16Y): "not necessarily" (未必, 不见得) said as the answer: a no, and a negation of what follows (不见得满意).
  ...all('未必 不见得 未见得', NEG_NO),
  // Evaluations, positive.
  // Round 17 (t17C): embarrassment with a degree word before it (我都不好意思说, 怪不好意思的): 不好意思 whole, not a 好 negated by 都不.
  ...all('都不好意思 也不好意思 真不好意思 怪不好意思 挺不好意思 多不好意思 太不好意思 还不好意思 蛮不好意思 可不好意思', BLOCK),
  ...all('用心 上心 尽心 费心', P('eval')),
  // Praise of the workers' manners as an older customer says it (小伙子挺懂事, 有眼力见儿, 知冷知热).
  ...all('懂事 懂礼貌 有眼力见 有眼力见儿 知书达理 会来事 勤快 厚道', P('eval')),
  // 要是……就完美了: a wish, not the level. 接不了电话, 耳朵背: the person called, not the service.
  ...all('就完美了 就更完美了 就十全十美了 就更好了 就最好了 接不了电话 接不了你电话 不方便接电话 耳朵背 耳背', BLOCK),
  // The renovation company named (你们装修公司): a noun, not a repair done.
  ...all('装修公司 装修队 装修的事', BLOCK),
  // Round 24 (t24E): the paperwork and payments of a renovation (装修许可证, 中期款, 期中款) and "I don't get it" in mixed language
  // (get不到, 没get到): nouns and a not-understood, no repair done, no 中 of assent, no 不 of an answer.
  ...all('装修许可证 装修许可 装修手续 装修申请 装修押金 装修保证金 装修合同 中期款 中期 期中 get不到 没get到 不get', BLOCK),
  ...all('规整 整齐 规范 漂亮 清楚 讲得清楚 讲解清楚 明明白白 客气 和气 满意 满足 不错 好评 点赞 赞 棒 给力 优秀 专业 热情 耐心 细心 仔细 认真 负责 靠谱 礼貌 周到 到位 贴心 及时 准时 高效 利索 麻利 放心 舒服 舒心 开心 高兴 喜欢 认可 好用 好使 厉害 不赖 可以可以 挺好 好 可靠', P('eval')),
  ...all('爽 挺爽 爽快 舒坦 痛快', P('eval')),
  // Round 17 (t17C): praise said as a four-character idiom of the work or the crew (雷厉风行, 干脆利落, 一丝不苟, 尽职尽责):
  // an evaluation, so 太满意了 雷厉风行 goes on with praise and is no ironic praise (pipeline ironicPraise).
  ...all('雷厉风行 干脆利落 干净利落 手脚麻利 一丝不苟 尽职尽责 兢兢业业 任劳任怨 精益求精 认认真真 踏踏实实 手到病除 药到病除 立竿见影 随叫随到 热情周到 周到细致 及时雨', P('eval')),
  // Round 17 (t17C): relief that a trouble is over (再也不用打你们热线了, 再也不用挨冻了, 再也不用操心了): the fault fixed, praise; it is
  // not 再也不用 said of the company (再也不用你们家了), which stays a dissatisfied verdict below (longest match wins).
  ...all('再也不用打 再也不用打电话 再也不用操心 再也不用挨冻 再也不用受冻 再也不用请假 再也不用催 再也不用担心 再也不用发愁 再也不用跑 再也不用受罪 再也不用遭罪 再也不用等 再也不用投诉 再也不用闹心 不用再打电话 不用再操心 不用再挨冻 不用再担心 不用再催', P('fact')),
  // Round 12 (dev11): everyday praise with no level word: honest (人挺实在), worry-free (这么省心), punctual (师傅守时),
  // taken seriously (挺重视的), done acceptably (处理的可以: 可以 as the verb's complement is an evaluation, not a bare yes).
  ...all('挺实在 很实在 蛮实在 人实在 实实在在 省心 挺省心 很省心 真省心 守时 挺守时 很守时 重视 挺重视 很重视 得可以 的可以 得挺可以', P('eval')),

  // Round 11 (dev10 dialect): 东北 板正 (neat, proper work), 敞亮 (open-handed, straightforward), 北京 局气 (decent, generous).
  ...all('板正 板板正正 敞亮 局气', P('eval')),
  // Round 17 (t17V): 北京 地道 (proper, well done: 装得那叫一个地道; 不地道 is unfair, negated as any praise), 西北 攒劲 (excellent),
  // 嘹咋咧 (陕西, as 嫽扎咧: the best), 行家 (a master of the trade, said of the engineer).
  ...all('地道 攒劲 行家 内行', P('eval')),
  ...all('攒劲得很 嘹咋咧 嘹咋了 嘹扎咧 嘹得很', P('eval', 1, true)),
  // Round 12 (dev11): the work or the crew praised in plain words on a renovation item: tiles straight and even (贴得挺齐, 缝也匀),
  // a proper site (挺正规), a fresh design (挺新颖), changes made without a word back (没二话, 二话不说).
  ...all('挺齐 很齐 贴得齐 贴得挺齐 齐整 均匀 挺匀 很匀 缝也匀 缝匀 正规 挺正规 很正规 新颖 挺新颖 很新颖 没二话 没有二话 二话不说 二话没说', P('eval')),
  // Round 12 (dev11): what was done, said as done: the site protected (铺了保护膜, 电梯也包了), a leak stopped (给堵上了),
  // a refund or a fee cut received (退到账上了, 给我减了), passed at the first inspection (验收一次就过了), no outage since (一整天都没断过).
  ...all('铺了保护膜 贴了保护膜 铺保护膜 盖了保护膜 铺了防护膜 做了保护 做了防护 电梯也包了 电梯包了 包了电梯 给堵上了 给堵住了 给补上了 补上了 堵好了 退到账 退到账上 退到卡上 钱退了 退回来了 到账了 给我减了 给减了 减免了 一次就过 一次就过了 一次过 没断过 都没断过 一直没断 没再断过 没掉过线 再没断过', P('fact')),
  // Round 20 (t20Y): the site made safe on leaving (每次走都断电关水, 水电都关好了): a site-safety practice kept (000 第二十七条), no outage.
  // Round 22 (t22C): no money taken (人家一分没要, 一分钱都没收, 分文没取): 000 第四十三条 kept, a good fact of the visit (the fear
  // said before it, 还以为要收钱呢, came to nothing); a job done at the first go (你们一次就装上了, 一趟就弄好了): satisfied.
  ...all('一分没要 一分钱没要 一分钱都没要 一分都没要 一分没收 一分钱没收 一分钱都没收 一分都没收 分文没收 分文没要 分文未取 分文不取 一次就装上 一次就装上了 一次就装好了 一次就弄好了 一趟就装好了 一趟就修好了 一趟就弄好了 一次就搞定 一次就搞定了 一回就装上了 一回就修好了', P('fact')),
  ...all('断电关水 关水断电 断水断电 断电断水 拉闸断电 断电拉闸 关水关电 关电关水 水电都关 水电都关了 水电关好 关好水电 水电都关好', P('fact')),
  // Coming back to us (下回有事还找你们, 以后还用你们家): goodwill, a satisfied verdict.
  ...all('还找你们 还会找你们 再找你们 还来找你们 还用你们 还会用你们 再用你们 还选你们 还会选你们 再选你们', P('eval')),
  // Round 24 (t24A): a job that went smoothly said with the short 顺 (挺顺的, 装得很顺, 顺顺当当), as 顺利 is; and a sweet-talking
  // engineer (嘴甜, 嘴太甜了, 嘴可甜了, 会说话) is praise of his manner. (顺 alone stays out: 顺便, 顺手, 顺着.)
  ...all('挺顺 很顺 蛮顺 特顺 可顺 老顺 贼顺 顺顺当当 顺顺利利 顺当 顺溜 嘴甜 嘴巴甜 嘴真甜 嘴可甜 嘴太甜 嘴特甜 嘴挺甜 嘴很甜 嘴巴真甜 嘴巴太甜', P('eval')),
  ...all('撇脱 霸得蛮 恣儿 巴适 几好 好正 得劲 蛮灵 老灵 交关好 灵光 安逸 要得 好犀利 犀利 超正 老美 邪气好 不赖 满不错 细致 细心细致 利落 效率高 效率很高 效率挺高 整挺好 老好额 蛮好 有耐心', P('eval')),
  ...all('老好了 贼拉好 倍儿好 倍儿棒 贼好 老棒了 可好了 太好了 好得很 老满意了 嫽得很 超赞', P('eval', 1, true)),
  // A rhetorical question that denies the lack (怎么不满意, 哪会不满意, 能不满意吗, 有啥不满意的): satisfied (dev9: not the top).
  // Round 13 (t13P): 河南 排场 (fine, decent).
  ...all('排场 真排场 怪排场', P('eval')),
  // Round 22 (t22C): gratitude said with a degree (挺感谢的, 十分感谢, 非常感激): more than a courtesy, a good word for what was
  // done (satisfied); a bare 谢谢 stays a courtesy, and 太感谢 is left out (真是太感谢你们了 is the usual sneer).
  ...all('挺感谢 很感谢 十分感谢 非常感谢 特别感谢 蛮感谢 挺感激 很感激 十分感激 非常感激 特别感激', P('eval')),
  // Round 22 (t22C): 四川 撇 (shoddy) of the work (做得撇得很, 好撇哦, 太撇了): a dissatisfied verdict; 撇脱 (easy-going) is praise.
  ...all('撇得很 太撇了 好撇 撇惨了 做得撇 干得撇 弄得撇 装得撇', N('eval')),
  ...all('能不满意吗 能不满意么 能不满意嘛 还能不满意', P('eval')),
  // Round 13 (t13P): young people's praise (妥妥的, 爱了爱了, 牛掰): satisfied; 爱了 the top.
  ...all('妥妥的 妥妥滴 妥妥儿的 牛掰 真牛 太牛了 挺牛 牛啊 稳稳的 稳得一批', P('eval')),
  // Nothing to pick at or complain of (没啥好挑的, 没什么可抱怨的, 连投诉的理由都找不着), the only regret not coming sooner
  // (唯一的不满意就是没早点找你们), efficiency praised (效率是真的高): praise.
  ...all('没啥好挑的 没什么好挑的 没啥可挑的 没什么可挑的 没啥挑的 没什么挑的 没啥可抱怨的 没什么可抱怨的 没啥好抱怨的 没什么好抱怨的 没啥抱怨的 挑不出来毛病 毛病挑不出来 效率高 效率挺高 效率很高 效率真高 效率是真的高 效率是真高 效率贼高 没早点找 没早点装 没早点办 没早点用 没早些找 没早点来找 觉得好的 觉得挺好的', P('eval')),
  ...all('一点毛病挑不出来 一点毛病都挑不出来 啥毛病都挑不出来 投诉的理由都找不着 投诉的理由都找不到 找不到投诉的理由 找不着投诉的理由 想投诉都找不到理由 想挑毛病都挑不出来', P('eval', 1, true)),
  ...all('爱了爱了 爱了 我给跪了 给跪了 跪了跪了', P('eval', 1, true)),
  ...all('怎么不满意 怎么会不满意 怎么能不满意 怎么可能不满意 咋不满意 咋会不满意 咋能不满意 哪会不满意 哪能不满意 有啥不满意的 有什么不满意的 有啥不满意 有什么不满意', P('eval')),
  // Thanks made public (送锦旗, 写表扬信): the top of the scale.
  ...all('送锦旗 送面锦旗 送个锦旗 送一面锦旗 表扬信 写表扬 要表扬', P('eval', 1, true)),
  ...all('没啥可挑剔的 没什么可挑剔的 没啥好挑剔的 没什么好挑剔的 挑不出 无可挑剔', P('eval', 1, true)),
  // Round 11: praise in own words on a renovation item or as a gesture (设计得挺合理, 挺文明的, 说到做到, 按合同节点走的,
  // 竖大拇指, 要表扬), and a fault waved off (不算事). (Round 17, t17S: the thumb given as the answer, 给个大拇指, as 竖大拇指 is.)
  ...all('竖大拇指 竖起大拇指 竖个大拇指 竖一个大拇指 挑大拇指 给个大拇指 给一个大拇指 给他个大拇指 给你们个大拇指 给他竖大拇指 表扬 值得表扬 该表扬', P('eval', 1, true)),
  // (规矩 alone is left out: it is said on renovation.violations, whose "yes" is the grievance: 没有 都挺规矩的 = no, and 不太规矩
  // alone is too vague to be the yes there. Round 24 (t24F): said with a degree word, 挺规矩, 很规矩, it is praise, below.)
  ...all('合理 说到做到 言而有信 守信用 守信 讲信用', P('eval')),
  // Round 24 (t24F): the site or the crew kept in order with a degree said (工地挺规矩的, 现场一直很规矩, 规规矩矩) and the work laid
  // flat and true (墙面弄得平整, 地面平平整整, 横平竖直): praise of the item asked; 不平整 negates it as any praise.
  ...crossZh(['', '都', '也', '一直', '倒是'], ['挺', '很', '蛮', '特别', '非常', '真', '还算', '比较'], ['规矩'], P('eval')),
  ...all('规规矩矩 井井有条 平整 平平整整 横平竖直', P('eval')),
  // Round 24 (t24F): fine workmanship (做工挺细, 活儿做得很细, 手艺精细) said with or without a degree word: praise of the work
  // (细 alone names nothing: 线太细了, 细节). A strong degree (做工特别细) is the top, as 特别 + praise is.
  ...crossZh(['做工', '做工上', '活', '活儿', '做得', '干得', '弄得', '贴得', '铺得', '装得', '工艺', '手艺'], ['', '挺', '很', '真', '蛮', '还挺', '也挺', '都挺', '都很'], ['细', '精细', '细致', '细腻'], P('eval')),
  ...crossZh(['做工', '活', '活儿', '做得', '干得', '弄得', '工艺', '手艺'], ['特别', '非常', '相当', '超级', '十分'], ['细', '精细', '细致', '细腻'], P('eval', 1, true)),
  ...all('文明 挺文明 很文明', P('fact')),
  ...all('文明施工', BLOCK),
  // Round 13 (t13G2): a demonstrative's copula (不正常，这是我这个月第四回报修了; 那是他家的事) is no "yes".
  ...all('这是 那是 这都是 这已经是 这可是 那可是', BLOCK),
  ...all('按合同 按节点 按计划 按进度 按约定 按工期 按时间表 按图纸 不算事 不算啥事 不算什么事 不叫事 不是事', P('fact')),
  // Round 24 (t24D): a colour's name (暖白, 暖色调, 冷灰): the paint, no warmth of the home and no fault.
  ...all('暖白 暖白色 暖色 暖色调 暖黄 暖灰 冷白 冷色 冷色调 冷灰', BLOCK),
  // Round 24 (t24D): the same kept by 照 (照时间表来的, 照计划走的, 照着图纸做的): the plan followed, as 按 is.
  ...all('照合同 照节点 照计划 照进度 照约定 照工期 照时间表 照图纸 照着合同 照着计划 照着时间表 照着图纸 照着进度', P('fact')),
  // Round 15 (t15A): beyond what the customer expected (超出预期, 超乎想象): the top of the scale; better than expected (好于预期): praise.
  ...all('超出预期 超过预期 超乎预期 超预期 远超预期 超出了预期 超出我的预期 超出了我的预期 超过我的预期 超出想象 超乎想象 超出我的想象 出乎意料地好 出乎意料的好', P('eval', 1, true)),
  ...all('没有超出预期 没超出预期 没有超过预期 没超过预期 没有超预期', HEDGE),
  // The household divided (我们俩意见不一样): no negation of the level said after it.
  ...all('意见不一样 意见不一致 意见不同 看法不一样 看法不同 想法不一样', BLOCK),
  // The whole household agreeing (我们家都说好, 全家都说不错): praise.
  ...all('都说好 都说挺好 都说不错 都说满意 都夸好 都说很好', P('eval')),
  ...all('好于预期 高于预期 比预期好 比预期的好 比我预期的好', P('eval')),
  // Round 16 (t16V, dev15): praise in dialect, set phrases and feelings, no level word said. 云贵 板扎 (great), 川 雄起 (cheering
  // the crew on), nothing to say against it (没啥说的: 川 莫得啥子说的), a reputation borne out (名不虚传), worth more than paid
  // (物超所值), commendable (可圈可点), at ease (顺心, 安心, a weight off the mind: 心里的石头落地了).
  ...all('板扎 雄起 没啥说的 没有啥说的 没什么说的 没有什么说的 名不虚传 物超所值 可圈可点 顺心 挺顺心 安心 挺安心 很安心 石头落地 心里踏实 挺踏实', P('eval')),
  // Round 16 (t16V, dev15): middling in set phrases (无功无过, 乏善可陈: nothing to speak of, 不过如此: no more than that, 不尽如人意:
  // not all one hoped), a hedge; a heavy heart (心塞) and worthless (啥也不是), a dissatisfied verdict.
  // Nothing to say against it, said in passing (你们宽带倒没什么, 倒也没啥): lukewarm, a hedge.
  // 北方 差不离 (差不多: about right), a hedge; satisfied by a hundred (一百分满意), the top.
  ...all('差不离 差不离儿', HEDGE),
  ...all('一百分满意 一百分的满意', P('eval', 1, true)),
  ...all('倒没什么 倒也没什么 倒没啥 倒也没啥 倒是没什么 倒是没啥', HEDGE),
  ...all('无功无过 乏善可陈 不过如此 也不过如此 不尽如人意 不尽人意', HEDGE),
  // Round 16 (t16V): 无话可说 is said both ways (of praise, 无话可说 好得很; of exasperation, 我是无话可说了 修了三回): no evidence of its
  // own, what is said beside it decides.
  ...all('无话可说 无话可说了', BLOCK),
  // Nothing worth remarking (没什么好讲的，都蛮好; 湘 冒得么子好讲的): no evidence of its own either way (not 没 + 好).
  ...all('没什么好讲的 没啥好讲的 没有什么好讲的 没什么好说的 没啥好说的 没有什么好说的 没什么可讲的 没啥可讲的', BLOCK),
  ...all('心塞 真心塞 太心塞 啥也不是 什么也不是 啥都不是', N('eval')),
  // Internet praise (yyds 永远的神, 绝绝子): the top of the scale.
  ...all('yyds 永远的神 绝绝子', P('eval', 1, true)),
  // Round 22 (t22D): the worker called a marvel (师傅太强了, 真是太强了) and the work praised as meticulous (活干得太细了, 干得真细):
  // praise. (太强 needs its 了: 态度太强硬 is no praise; 线太细了 names no work.)
  ...all('太强了 太强啦 也太强了 强得没话说 活干得太细了 活干得太细 活干得细 活干得真细 干得太细了 干得真细 活太细了 活儿细 活儿太细了 活细', P('eval')),
  // Round 15 (t15P): warm beyond need (热得不行, 热得要命, 热过头了, 热得开窗户) and warmer than ever (这么多年没这么暖和过): the heating
  // praised, no grievance (every author reads overheating at home as satisfied, at worst neutral).
  ...all('热得不行 热得不得了 热得要命 热过头 热得开窗 热得开窗户 热得开着窗户 热得我开着窗户 热得我开窗 没这么暖和过 没这么热乎过 没这么热过 没这么舒服过 从没这么暖和过 从来没这么暖和过', P('fact')),
  ...all('杠赛来 杠杠的 杠杠滴 嘎嘎好 嘎嘎满意 美得很 嫽 嫽扎咧 好嘢 一级棒 顶呱呱 完美 满分 无可挑剔 没得说 没的说 没话说 没说的 没的挑 没得挑 挑不出毛病 超赞 一百个满意 非常棒 太棒了 好极了 棒极了 特别棒 十全十美 五星好评 五星', P('eval', 1, true)),
  // A fault denied after it is named (一点毛病没有, 什么问题都没有): praise, not a grievance.
  ...all('一点毛病没有 一点毛病都没有 一点毛病也没有 啥毛病没有 啥毛病都没有 什么毛病都没有 一点问题没有 一点问题都没有 一点问题也没有 啥问题没有 啥问题都没有 什么问题都没有 一点儿毛病没有 一点儿问题没有 毛病都没有 问题都没有 毛病也没有', P('eval')),
  // Round 21 (t21F): the denial said first (没有一点毛病, 没一点问题, 没有半点毛病): the same praise.
  ...all('没有一点毛病 没有一点问题 没有一点儿毛病 没有一点儿问题 没一点毛病 没一点问题 没有半点毛病 没有半点问题 没半点毛病 没半点问题', P('eval')),
  // Round 22 (t22E): nothing went wrong (没出过事, 没见出过啥事, 从来没出什么事) to a safety or reliability question: praise, a yes
  // (a violations question whose yes reports a problem reads praise as no). Not 出事了, 出过事.
  ...all('也没出事 也没出什么事 也没出啥事 也没出过事 也没出过什么事 也没出过任何事 也没出过啥事 从来没出事 从来没出什么事 从来没出啥事 从来没出过事 从来没出过什么事 从来没出过任何事 从来没出过啥事 从没出事 从没出什么事 从没出啥事 从没出过事 从没出过什么事 从没出过任何事 从没出过啥事 没出事 没出什么事 没出啥事 没出过事 没出过什么事 没出过任何事 没出过啥事 没有出事 没有出什么事 没有出啥事 没有出过事 没有出过什么事 没有出过任何事 没有出过啥事 没看见出事 没看见出什么事 没看见出啥事 没看见出过事 没看见出过什么事 没看见出过任何事 没看见出过啥事 没见出事 没见出什么事 没见出啥事 没见出过事 没见出过什么事 没见出过任何事 没见出过啥事 没见过出事 没见过出什么事 没见过出啥事 没见过出过事 没见过出过什么事 没见过出过任何事 没见过出过啥事', P('eval')),
  // "Can't say it's that good": a hedge, not a complaint.
  ...all('说不上多好 说不上太好 没那么好 也没那么好 没有那么好 也没有那么好 谈不上多好 谈不上太好 算不上多好 算不上太好 称不上多好 没多好 没有多好 也没多好', HEDGE),
  // (也不错 is one word: read as 也不 + 错 it would be a negation with nothing to negate; round 12.)
  ...all('唔错 冇问题 没毛病 挺好的 还不错 都挺好 都很好 都满意 都不错 也不错 也挺不错 也蛮不错 倒也不错', P('eval')),
  ...all('扎实 结实 牢固 稳当 严实 做工好 做工不错 手艺好 手艺不错', P('eval')),
  ...all('推荐给 推荐了 推荐过 已经推荐 介绍给 介绍过 介绍了', P('fact')),
  // Evaluations, negative.
  ...all('没变 一点没变 一点都没变 一点也没变 啥也没变 啥都没变 什么都没变 没啥变化 解决啥 解决什么 解决个啥 解决个什么', N('fact')),
  // Round 15 (t15V): the state denied by "what you'd call" (这哪叫热, 这哪算修好了, 这也叫解决), the fault said to persist in the
  // same words (拔了再插，还是一样; 刷新了三次，还是这个页面); the same said of a good state (还是一样好用) is praise.
  ...all('哪叫热 哪叫暖和 哪叫热乎 哪叫好了 哪叫修好 哪叫修好了 哪叫解决 哪叫解决了 哪叫正常 哪算热 哪算暖和 哪算好了 哪算修好 哪算修好了 哪算解决 哪算解决了 哪算正常 这也叫热 这也叫暖和 这也叫修好 这也叫修好了 这也叫解决 这也叫解决了', N('fact')),
  ...all('还是一样 还是这样 还是那样 还是这个样 还是那个样 还是这个页面 还是那个页面 还是这个画面', N('fact')),
  ...all('还是一样好 还是一样好用 还是一样快 还是一样稳 还是一样稳定 还是一样暖和 还是一样热乎 还是一样的好 还是一样的快 还是这样好 还是那样好', P('fact')),
  // Back to how it was before the fault (跟原来一样快了, 跟没坏之前一样): working again.
  ...all('跟原来一样快 和原来一样快 跟以前一样快 和以前一样快 跟原来一样好 跟以前一样好 跟原来一样了 跟没坏之前一样 跟没坏以前一样 跟没坏的时候一样 和没坏之前一样', P('fact')),
  // Round 20 (t20G): the level asked back as impossible (怎么可能满意, 咋会满意): a rhetorical no, dissatisfied (怎么可能不满意 is praise, listed above).
  ...all('怎么可能满意 怎么会满意 怎么能满意 咋可能满意 咋会满意 咋能满意 哪可能满意 哪会满意', N('eval')),
  ...all('哪解决了 哪解决 哪里解决了 哪儿解决了 哪修好了 哪里修好了 哪儿修好了 哪好了 哪里好了 哪儿好了 哪热了 哪里热了 哪通了 哪能用 哪满意 哪里满意 哪儿满意', N('fact')),
  // Round 23 (t23C): annoyance with a degree word (好烦, 很烦, 挺烦, 烦得很; 粤 真系好烦): 好烦 was read as the praise 好, a
  // dissatisfied customer reached nobody (issue 13: recall first). 不烦, 麻烦你 keep theirs (not listed, 麻烦你 blocked above).
  ...all('好烦 很烦 挺烦 蛮烦 特别烦 非常烦 超烦 烦得很 好烦人 真是烦', N('eval')),
  ...all('差点意思 差了点意思 差点儿意思 不敢恭维 一言难尽 心累 说多了都是泪 烦死了 烦死 烦人 太烦了 真烦 崩溃 无力吐槽 憋屈 添堵 堵心 被坑了 坑惨了 伤心 醉了 我也是醉了 呵呵哒', N('eval')),
  // Helplessness said of oneself (钱都交了 我还能咋样): the customer gave up, a dissatisfied verdict. (还能怎么样呢 解决了就行
  // accepts the result, dev8; 还能说啥 装得利索 is praise: neither is listed.)
  ...all('我还能咋样 我还能怎么样 我还能怎样 我还能怎么办 我还能咋办 我又能怎么样 我又能咋样 我能咋办 我能怎么办', N('eval')),
  // The written register's verdicts said aloud: approval (值得肯定, 予以肯定, 我是认可的, 理想 as 不太理想 negates it) and its polite
  // negatives (远未达到要求, 持保留意见, 不尽如人意, 低于预期, 差距较大, 乏善可陈): a level like the plain words.
  ...all('值得肯定 应予肯定 予以肯定 给予肯定 表示肯定 是值得肯定的 表示认可 是认可的 予以认可 很理想 较为理想 比较理想 十分理想 非常理想', P('eval')),
  ...all('远未达到 远远没有达到 远没达到 远没有达到 持保留意见 保留意见 低于预期 低于我的预期 差距较大 差距很大 不理想 不太理想 不够理想 不大理想 不甚理想 不甚如意 不甚满意 难言满意', N('eval')),
  // Resigned, nobody takes it up (反正你们也不管, 说了也白说): a dissatisfied verdict, also after a rhetorical 有什么不满意的.
  ...all('反正你们也不管 反正也不管 反正也没人管 反正你们也不会管 说了也白说 说了也没用 反正说了也没用', N('eval')),
  // Praise by a figure of rivalry (让别的公司怎么活, 让同行怎么活): the top.
  ...all('让别的公司怎么活 让别人怎么活 让同行怎么活 让别家怎么活', P('eval', 1, true)),
  // A pointed refusal to say more (我就不多说了 你们自己心里有数): a reproach.
  ...all('你们自己心里有数 你们心里有数 自己心里有数 你们自己心里清楚 你们心里清楚 你们自己清楚 自己心里清楚', N('eval')),
  ...all('满意不了 满意不起来 不能接受 没法接受 无法接受 接受不了 不认 我不认 不服 别提了 瞎得很 费劲 老费劲 气得 气死 气死了 没法说好 没法满意 不可能满意 ', N('eval')),
  // Round 13 (t13G2): hardship the customer went through (自己遭这罪就够了, 跟着受了不少罪): a dissatisfied verdict.
  ...all('遭罪 遭这罪 遭这个罪 遭老罪 遭了罪 受这罪 受这个罪 受了罪 活受罪 受罪', N('eval')),
  ...all('孬 孬得很 差得很 一塌糊涂 再也不用 再也不找 再也不选 不会再用 没有下次 糟心 寒心 受够了 坑爹 稀烂 差远了 想哭 哭笑不得 欲哭无泪 不巴适 恼火 够呛 拉胯 拉垮 差评 唔好 不咋的 不满 差 差劲 很差 糟糕 糟 垃圾 烂 失望 生气 气人 火大 恶心 离谱 过分 无语 郁闷 窝火 闹心 心烦 坑 坑人 骗人 忽悠 敷衍 糊弄 推诿 推脱 踢皮球 扯皮 不耐烦 恶劣 凶 骂人 骂 吼 态度差 不像话 不靠谱 不负责任 太差 太烂 很失望 不怎么样 不咋地 不咋样 不行 不好 不理想 不到位 不合格 不合理 不满足 有意见 意见很大 意见大 很有意见 不满意 不太行 不给力 不及格 不专业 水平差 没水平 外行 磨蹭 拖拉 拖沓 磨叽 拖 一拖再拖 慢吞吞 欺骗 态度恶劣 爱答不理 爱理不理 没礼貌 服了 真服了 无奈 失职 混日子 不作为 麻烦死了 太麻烦 很麻烦 真麻烦 特别麻烦 折腾 瞎折腾 白跑 白等 撇 撇得很 瞎搞 磕碜 完犊子 白扯 扯犊子 扯拐 好衰 太衰 衰死 有够烂 很瞎 傻眼 机车 勿灵 勿来事 推扳 推板 日塌 膈应 糟心透了 乱搞 胡搞 不中 不得行 水得很 太水 很水 坑得很', N('eval')),
  // Round 11 (dev10 first): resentment said without a level word, a dissatisfied verdict. Anger held in (窝了一肚子火),
  // regret at choosing the company (早知道就不装你们家的了), decline (一年不如一年), leaving for a competitor (合同到期我就换联通,
  // a switch announced, not one made to us), giving up (我也不指望了, 能怎么着), contempt (我给你们跪了, 走个流程, 打发要饭的,
  // 做梦去吧), a demand for redress (给个说法), never recommending (我不坑朋友), a part solved (解决了一半), nobody at all (根本没人处理).
  ...all('一肚子火 一肚子气 一肚子怨气 窝了一肚子 憋了一肚子 憋着一肚子 早知道就不 早知道不 早知道就换 早知道就选 早知道就找别 早知道就用别 后悔装 后悔办 后悔选 后悔找 后悔用 后悔死 真后悔 一年不如一年 一次不如一次 一回不如一回 一天不如一天 一年比一年差 越来越差 越来越烂 越来越不行 越来越糟 到期就换 到期我就换 到期不续 不续约了 不续了 就换联通 就换移动 就换电信 就换广电 就换别家 就换别的运营商 就换其他运营商 就换运营商 就换一家 就换别的公司 就换别的 就换成联通 就换成移动 就换成电信 就换成广电 就换成别家 就换成别的运营商 就换成其他运营商 就换成运营商 就换成一家 就换成别的公司 就换成别的 要换联通 要换移动 要换电信 要换广电 要换别家 要换别的运营商 要换其他运营商 要换运营商 要换一家 要换别的公司 要换别的 想换联通 想换移动 想换电信 想换广电 想换别家 想换别的运营商 想换其他运营商 想换运营商 想换一家 想换别的公司 想换别的 得换联通 得换移动 得换电信 得换广电 得换别家 得换别的运营商 得换其他运营商 得换运营商 得换一家 得换别的公司 得换别的 准备换联通 准备换移动 准备换电信 准备换广电 准备换别家 准备换别的运营商 准备换其他运营商 准备换运营商 准备换一家 准备换别的公司 准备换别的 打算换联通 打算换移动 打算换电信 打算换广电 打算换别家 打算换别的运营商 打算换其他运营商 打算换运营商 打算换一家 打算换别的公司 打算换别的 立马换联通 立马换移动 立马换电信 立马换广电 立马换别家 立马换别的运营商 立马换其他运营商 立马换运营商 立马换一家 立马换别的公司 立马换别的 马上换联通 马上换移动 马上换电信 马上换广电 马上换别家 马上换别的运营商 马上换其他运营商 马上换运营商 马上换一家 马上换别的公司 马上换别的 我就换联通 我就换移动 我就换电信 我就换广电 我就换别家 我就换别的运营商 我就换其他运营商 我就换运营商 我就换一家 我就换别的公司 我就换别的 改用联通 改用移动 改用电信 改用广电 改用别家 改用别的运营商 改用其他运营商 改用运营商 改用一家 改用别的公司 改用别的 就转联通 就转移动 就转电信 就转广电 就转别家 就转别的运营商 就转其他运营商 就转运营商 就转一家 就转别的公司 就转别的 转到联通 转到移动 转到电信 转到广电 转到别家 转到别的运营商 转到其他运营商 转到运营商 转到一家 转到别的公司 转到别的', N('eval')),
  ...all('给你们跪了 跪了 不指望了 不敢指望 不抱希望 没指望 指望不上 别指望 也不指望 能怎么着 还能怎么着 能咋着 还能咋着 你们也就这样 你们也就这水平 走个流程 走流程 走过场 走形式 形式主义 给个说法 给个交代 给我个说法 给我个交代 给我一个说法 给我一个交代 讨个说法 要个说法 讨说法 打发要饭 打发叫花子 好意思问 做梦去吧 想得美 门都没有 不坑朋友 不能坑朋友 不害朋友 不坑亲戚 不坑邻居 甭提了 甭提 莫名其妙', N('eval')),
  ...all('解决了一半 修了一半 好了一半 处理了一半 弄了一半 根本没人 压根没人 从来没人 根本没人处理 根本没人管 根本没人理 根本没人来 压根没人处理 压根没人管 压根没人来', N('fact')),
  // Round 11 (t11N): anger held in (我自己还一肚子气呢), the forms the list above lacks.
  ...all('一肚子委屈 一肚子的气 一肚子的火 窝一肚子火', N('eval')),
  // Round 12 (dev11, t12R): grievances said without a level word, a dissatisfied verdict. Proverbs of a promise not
  // kept or a fix that changes nothing (雷声大雨点小, 光打雷不下雨, 换汤不换药, 按下葫芦浮起瓢, 拆东墙补西墙), of work done by
  // fits (三天打鱼两天晒网), of a wrong swallowed (哑巴吃黄连), of a big firm's contempt (店大欺客), of self-praise nobody
  // believes (王婆卖瓜), of double talk (说一套做一套, 挂羊头卖狗肉, 睁眼说瞎话); never wanting the company again (再也不想用);
  // a switch to a competitor awaited (等着换运营商吧); none of them reliable (没一个靠谱的: 没一个 denies the praise of all);
  // a sigh of resignation (唉 还能怎么样呢: the sigh makes it resignation, 还能怎么样呢 解决了就行 alone accepts, dev8);
  // a charge questioned (这合理吗).
  ...all('雷声大雨点小 雷声大雨点儿小 光打雷不下雨 只打雷不下雨 换汤不换药 换汤没换药 按下葫芦浮起瓢 拆东墙补西墙 三天打鱼两天晒网 三天打鱼 两天晒网 哑巴吃黄连 店大欺客 王婆卖瓜 说一套做一套 说一套干一套 挂羊头卖狗肉 睁眼说瞎话 睁着眼睛说瞎话 睁着眼说瞎话', N('eval')),
  ...all('再也不想用 再也不想找 再也不想选 再也不想装 再也不想办 再也不敢用 再也不敢找 不想再用 不想再找 不想再选 等着换联通 等着换移动 等着换电信 等着换广电 等着换别家 等着换别的运营商 等着换其他运营商 等着换运营商 等着换别的公司 等着我换联通 等着我换移动 等着我换电信 等着我换广电 等着我换别家 等着我换别的运营商 等着我换其他运营商 等着我换运营商 等着我换别的公司 换联通吧 换移动吧 换电信吧 换广电吧 换别家吧 换别的运营商吧 换其他运营商吧 换运营商吧 换别的公司吧', N('eval')),
  ...all('没一个靠谱 没有一个靠谱 没一个好 没一个行 没一个管用 没一个负责 没一个专业 没一个像样 没一个能 没一个上心 一个都不靠谱 一个比一个差', N('eval')),
  ...all('唉还能怎么样 哎还能怎么样 唉还能咋样 哎还能咋样 唉还能怎样 哎还能怎样 唉能怎么样 唉能咋样 唉还能咋办 唉还能怎么办 哎还能咋办 哎还能怎么办 唉有啥办法 唉有什么办法 哎有啥办法 哎有什么办法', N('eval')),
  ...all('这合理吗 这合理么 这合适吗 这像话吗', N('eval')),
  // Round 14 (t14C): a threat to pursue the matter (这事没完, 跟你们没完): the grievance is not over, a dissatisfied
  // verdict. A reproach by mock surprise at the call itself (哟 还知道打电话回访啊, 你们还知道联系我): sarcasm, the
  // customer felt forgotten.
  ...all('这事没完 这事儿没完 这事还没完 这事儿还没完 这件事没完 这个事没完 跟你们没完 和你们没完 跟你没完 这事不算完 这事儿不算完 没这么容易算了 没那么容易算了', N('eval')),
  ...all('还知道打电话 还知道打个电话 还知道来电话 还知道回访 还知道回电话 还知道联系我 还知道找我 还知道问问', N('eval')),
  ...all('投诉 举报 曝光 申诉', N('complaint')),
  // Facts, positive (the problem is solved, it works, it is warm).
  ...all('稳了 修好了 修好 弄好了 弄好 搞好了 搞定 搞定了 好了 解决了 解决 处理好了 处理了 恢复了 恢复正常 正常了 正常 通了 打通了 能用了 能用 可以用了 能上网 能上网了 上网正常 网速快 很快 快 挺快 速度快 稳定 热了 热乎 热乎乎 暖和 暖暖的 挺暖和 热 暖 不冷了 按时 准点 干净 干干净净 收拾干净 没事 没事了 没关系 挺顺利 顺利 顺畅 流畅 清晰 好多了', P('fact')),
  ...all('谢谢 谢谢你 谢谢你们 谢谢啊 感谢 多谢 辛苦了 辛苦 麻烦你了 谢了', { t: 'pol', pol: 1, cls: 'courtesy', w: 0.6 }),
  ...all('修 联系 回复 处理 来了 到了 上门了', P('fact', 0.5)),
  // The radiator hot to the touch (摸着烫手了): warm, a yes to "is it warm now?".
  ...all('烫手了 摸着烫手 摸着烫 摸着挺烫 暖气片烫手 暖气烫手 片子烫手 现在烫手 暖气片都烫手', P('fact')),
  ...all('打扫 收拾 清理 打扫干净 收拾干净 清理干净 打扫了', P('fact')),
  // Round 16 (t16V): the rubbish cleared away (帮我收拾垃圾, 把垃圾带走了, 粤 执埋啲垃圾): the site left clean, not rubbish (垃圾) said of the work
  // (没收拾垃圾 denies it: a mess, 000 第三十八条).
  ...all('收拾垃圾 收拾的垃圾 收拾了垃圾 清理垃圾 清了垃圾 扔垃圾 扔了垃圾 带走垃圾 垃圾带走 垃圾带走了 垃圾都带走了 垃圾也带走了 把垃圾带走 把垃圾带下楼 垃圾带下楼', P('fact')),
  ...all('任何问题 啥问题 什么问题 任何毛病 啥毛病 什么毛病', N('fact', 0.5)),
  ...all('没人 没人联系 没人处理 没人回复 没人上门 联系不上 还没来 没来人 不确定了', N('fact')),
  // Round 12: work not done well (防水没做好, 活没干好): 做/干 stand between 没 and 好, so the phrase is one word.
  ...all('没做好 没有做好 没干好 没有干好 没做完 没干完', N('fact')),
  ...all('不确定 说不准 不太清楚 不太确定 不一定', HEDGE),
  ...all('上网 能打电话 有信号 有网 来电了 出热水', P('fact', 0.6)),
  ...all('温乎 温乎乎 温和 能看了 能看 能打了 能打 强多了 好多了 好些了 强不少 好一些 比以前好 比去年好 比往年好', P('fact')),
  ...all('没有什么问题 没有啥问题 没有什么毛病 没有啥毛病 没问题 没有问题 没什么问题 没啥问题 问题不大 没毛病 没意见 没有意见 没什么意见 没啥意见 提前 提前了 按期 按时完成 能看了 好使了', P('fact')),
  // Facts, negative (complaints without a complaint keyword).
  // Round 15 (t15V): the fault seen on the screen or the bill after the fix (还是显示无信号, 电视还是马赛克, 页面一直转圈圈,
  // 还是一格信号, 已连接但无法访问互联网, 那个包还在扣), furniture blocked by a fitting (床一放正好挡住): a "no" to "is it working / solved?".
  ...all('无信号 显示无信号 马赛克 花屏了 一直转圈 一直转圈圈 还是一直转圈 老转圈 还在转圈 一直在转圈 在那转圈 转圈加载 一格信号 就一格信号 只有一格信号 一格两格 无法访问 无法上网 无法连接 无法使用 无法打开 打不开网页 还在扣 还在扣费 还在扣钱 还在收 还在收费 还扣 照扣 照样扣 挡住 挡着 给挡住了', N('fact')),
  // Round 15 (t15V): the fix seen working (信号满格, 光猫亮绿灯了, 电路检测都合格, 下雨一点没渗): a "yes"; 有线 (cable) names a kind of TV, no "yes"; a person pacing (急得直转圈) is no page spinning.
  ...all('满格 信号满格 都满格 满格了 亮绿灯 亮绿灯了 绿灯了 都是绿的 都合格 检测合格 验收合格 合格了 一点没渗 一点儿没渗 都没渗 没渗 一滴没漏 一点没漏', P('fact')),
  ...all('有线 有线电视 有线网 直转圈 急得直转圈 急得我直转圈 急得团团转', BLOCK),
  // Round 20 (t20Y): the customer's worry told (昨天还急得不行): 不行 here is a degree of the worry, no "not working".
  ...all('急得不行 急得我不行 急得要命 急得要死 急得够呛 急得不得了', BLOCK),
  ...all('断 断网 断线 断了 网断 掉线 老掉线 断断续续 时好时坏 时断时续 没网 没有网 上不了网 上不去网 上不去 上不了 连不上 连不上网 登不上 不通 打不通 打不出去 接不通 接不了 没信号 信号差 没声音 杂音 回音 卡 很卡 太卡 卡顿 卡死 特别卡 网卡 卡得要命 慢 太慢 很慢 特别慢 网速慢 龟速 延迟 延迟高 扣费 乱扣费 乱收费 多收 多扣 扣了 多扣钱 扣钱 乱扣 收费高 贵 太贵 吸费 冷 很冷 好冷 冰 冰凉 冰冷 凉 凉的 凉冰冰 冷冰冰 冷冰冰的 冻 冻死 冻得 温度低 温度不够 不达标 没暖气 不供暖 停暖 不循环 太热 热死 漏水 漏 滴水 跑水 渗水 漏气 堵 堵了 噪音 噪声 异响 响声 吵 异味 脏 弄脏 乱七八糟 一团糟 坏 坏了 又坏了 弄坏了 搞坏了 故障 没修好 修不好 没修 没解决 解决不了 没处理 不处理 没人管 没人理 没人来 不来 没来 没上门 不上门 迟到 来晚了 来晚 晚到 晚了 太晚 晚 来得晚 爽约 放鸽子 不守时 没回复 没回音 没消息 没动静 没效果 没用 没啥用 不管用 没变化 老样子 还是老样子 还那样 白修 反复 总是坏 老坏 有问题 还有问题 问题还在 出问题 老出问题 有毛病 毛病 没反应 黑屏 花屏 没画面 收不到 打不开 用不了 不能用 退不了 要小费 收红包 吃拿卡要 不守约 不准时 等了半天 等半天 等了好久 等了很久 好久 老半天 等太久 等得太久 耽误 耽误事', N('fact')),
];

/** Characters that may lie between a negator or degree word and the word it modifies. */
export const GAP_ZH: ReadonlySet<string> = new Set([...'是很太怎么什啥大算那这特够觉得感一点都也还会能再的地咋样多真给就蛮挺有得说任何我帮']);

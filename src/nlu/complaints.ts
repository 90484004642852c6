/**
 * The complaint detector: what a customer reports as wrong, by category, on any utterance of
 * any step (issue 13). Categories are grounded in the companies' rules (../shared/domain.md;
 * the table in test/corpus/README.md cites the clauses):
 *
 * | category | what | rules |
 * |---|---|---|
 * | late | late, no-show, missed or moved appointment, slow handling | 000 第十三条–第十八条; 004 第十三条 |
 * | mess | mess, dirt or damage left behind | 000 第二十八条, 第三十八条 |
 * | attitude | rudeness, forbidden phrases, shifting the blame, smoking | 000 第四十六条, 第四十三条(六)(七) |
 * | money | money, gifts, tips, meals or extra charges asked for by staff | 000 第四十三条(一)(三)(四), 第四十六条 |
 * | not_fixed | the fault is still there or came back | 000 第三十三条 (即修即通) |
 * | repeat_visit | several visits or complaints for one problem | 000 第三十三条; 004 第十五条 |
 * | unreachable | hotline, engineer or manager cannot be reached | 000 第三十六条 (首问负责) |
 * | billing | bill, fee, package or refund dispute | 000 第四十三条(三) |
 * | safety | a hazard left or created | 000 第二十七条, 第三十条; 004 第五篇 |
 * | quality | the work or service itself below standard (a cold home, defects, slow broadband) | 004 第五篇; 003 三.2 |
 *
 * Each category is a small lexicon of linguistic patterns (who did what, what is still wrong),
 * matched on the normalised utterance. A match is `severe` when it is a clear complaint whatever
 * else was said (money asked for, a hazard, damage, abuse, a fault still there); otherwise a
 * positive answer with it is a small reservation (the level stands, the call is flagged).
 * A diminisher (有点, 稍微, a bit) makes a complaint minor.
 */

import { RegexTable } from './prefilter.js';
import { findNumbers } from './numerals.js';
import { blank, notOursZh } from './notours.js';

export type ComplaintCategory =
  | 'late'
  | 'mess'
  | 'attitude'
  | 'money'
  | 'not_fixed'
  | 'repeat_visit'
  | 'unreachable'
  | 'billing'
  | 'safety'
  | 'quality';

export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = [
  'late', 'mess', 'attitude', 'money', 'not_fixed', 'repeat_visit', 'unreachable', 'billing', 'safety', 'quality',
];

export interface ComplaintMatch {
  category: ComplaintCategory;
  /** A clear complaint whatever else was said (money, a hazard, damage, abuse, a fault still there). */
  severe: boolean;
  /** Softened by a diminisher (有点, 稍微, 一点, a bit): at most a reservation. */
  diminished: boolean;
  /** Where the complaint was said (index in the normalised text). */
  at: number;
}

interface Rule {
  category: ComplaintCategory;
  re: RegExp;
  severe?: boolean;
  /** Never softened by a diminisher (还有点渗水 is a fault still there however little): stays severe. */
  firm?: boolean;
  /** Reject the match when this tests true on the whole utterance (a negated or hypothetical mention). */
  unless?: RegExp;
  /** Round 24 (t24A): a small matter however strongly said (说话太快): an intensifier does not make it severe. */
  mild?: boolean;
}

const N = '[二两俩仨三四五六七八九十几好多\\d]';

/** Round 11 (t11R2): the handset noisy or the other party unheard (听筒里沙沙的, 听不清对面说啥): the customer's line, not this call. */
const HANDSET_FAULT_ZH = /^(?!.*((你|您)(那边|那儿|这边)|是不是也))[^]*?(听筒|话筒|座机|固话|(?<![你您这])电话(?=里))(里|里头|里面)?[^，]{0,3}(沙沙|滋滋|嗞嗞|呲呲|嗡嗡|杂音|电流声)|听不(清|见|到)(对面|对方)/;

/** Chinese rules, in priority order: the first category that matches wins. */
/**
 * Round 17 (t17C2): the wait reproached (你们早干嘛去了, 早干什么去了): said beside 满意 it is no small reservation but a reproach, a
 * clear complaint that reaches a person (domain.md: every 不满意 goes to a human callback, 004 第五十二条).
 */
const REPROACHED_WAIT_ZH = /早(都)?(干|做)?(嘛|啥|什么|哪儿?)去了/;

/**
 * The worker's reminder of the callback taken up by the customer as their own (师傅让我给十分，那就十分吧，人家干得也不错; 师傅说了让我说
 * 非常满意，那就非常满意): 000 第四十二条 lets the worker remind and ask for 10 if the customer is satisfied, so a reminder
 * reported and agreed to, with no pressure said (a penalty, begging, 非/硬/逼, dodging the call, money), is no grievance.
 */
const REMINDER_TAKEN_ZH = /^(?!.*(罚|扣|求|逼|非要|非让|非得|硬要|硬让|别接|不接|不然|要不然|否则|小费|红包|好处|手机|盯着|当着)).*那(我)?(就|也就)(给|打|说|评)?(他|你们)?(个)?(十分|满分|五星|好评|非常满意|满意)/;

const ZH: Rule[] = [
  // Round 22 (t22C): a charge unlike what was agreed (月租跟当初说好的不一样, 价格和合同上的对不上): the company's charges, billing
  // (000 第四十三条(三)), before the quality rule below that reads the same words of the work.
  { category: 'billing', re: /(费用|价格|价钱|月租|资费|套餐|报价|收费|钱|账单|优惠)[^，。]{0,3}(跟|和|与)((当初|之前|原来|以前|开始|一开始)[^，。]{0,4}?(说好|谈好|定好|讲好|约好|签|承诺|说)的?|(签合同时|合同上|合同|营业厅|业务员|销售)[^，。]{0,4}?(说好|谈好|讲好|签|承诺|说)?的?)[^，。]{0,2}(不一样|不一致|不符|两码事|差(得)?(太)?远|对不上|完全两样)/ },
  // Round 22 (t22C): the result unlike what was agreed (跟当初说好的不一样, 和效果图差得远, 跟签的合同对不上): the design or the work
  // below what was promised (004 第五篇), quality. Only against what was agreed or drawn: 跟之前完全两样了 (the fault gone) is no
  // grievance. A charge unlike what was said is billing (above); the speed sold, quality below.
  { category: 'quality', re: /(跟|和|与)((当初|之前|原来|以前|开始|一开始)[^，。]{0,4}?(说好|谈好|定好|讲好|约好|画|设计|签|承诺|说)的?|(签合同时|合同上|合同|效果图|图纸|设计图|样板间)[^，。]{0,4}?(说好|谈好|画|设计|签|承诺|说)?的?)[^，。]{0,2}(不一样|不一致|不符|两码事|差(得)?(太)?远|对不上|完全两样)/, unless: /钱|费|价|收|套餐|资费|账单|扣|租|优惠|网速|兆/ },
  // Round 22 (t22C): no protection at all on the site (一点防护都没有, 安全措施也没做, 安全绳都不系): a hazard of the site (004 第五篇,
  // 000 第三十条), safety.
  { category: 'safety', re: /(防护|保护措施|安全措施|防护措施|护栏|围挡|安全绳|安全帽|安全带)[^，。]{0,2}(都|也|啥的|什么的)?(没有|没做|没弄|没戴|没系|不做|不戴|不系|不弄)/ },
  // Round 22 (t22C): power cables left lying about (电线周围乱摆, 电线到处乱放, 乱拉电线; 粤 乱咁摆 as 乱摆): a hazard of the site
  // (000 第二十七条), safety, before the untidy wiring reads as the work's look (quality). A network cable (网线) is no hazard.
  { category: 'safety', re: /电线[^，。]{0,4}(乱|到处)(咁)?[^，。]{0,1}(摆|放|扔|拉|堆|甩|搭|丢|扯)|(乱|到处)(咁)?(摆|放|扔|拉|堆|甩|搭|丢|扯)[^，。]{0,3}电线/ },
  // Round 21 (t21A): a matter complained of several times and still with nobody on it (投诉都三回了 还是没人管, 反映了好几次了):
  // several complaints for one problem, repeat_visit (004 第十五条), before the silence beside it reads as unreachable.
  { category: 'repeat_visit', re: /(?<=(投诉|反映|催)了?)(都|已经)?(有)?(第)?[两三四五六七八九十几好多]+(回|次|遍)(了)?(?=[^。]{0,6}(还|都|也|仍|依然|照样))/ },
  // Round 24 (t24F): handled or seen to that many times, and still so (处理了三回了还这样, 检修了四次都没好, 弄了好几回也不行): the
  // fault outlasting the visits. Not the visits praised (处理了两次都挺及时).
  { category: 'repeat_visit', re: /(?<=(处理|维修|检修|弄|调|修理)了?)(都|已经)?(有)?(第)?[两三四五六七八九十几好多]+(回|次|遍)(了)?(?=[^。，,\s]{0,4}(还|都|也|仍|依然|照样)(是)?(这样|那样|一样|这个样|老样子|不|没|老|坏|断|卡|漏|冷))/ },
  // Round 22 (t22D): days of repair and the fault still there (修了三天还是不热, 弄了一个礼拜还是不行, 折腾了两天网照样断): the visit
  // that did not fix it (not_fixed, 000 第三十三条), before the days spent read as lateness (修了三天 alone stays late).
  { category: 'not_fixed', severe: true, re: new RegExp(`(修|弄|搞|整|折腾|鼓捣)了?(半|一|两|${N})+个?多?(天|礼拜|星期|周|月)[^，]{0,4}(还是|也还是|都还是|仍然|依然|照样|照旧)[^，]{0,3}(不热|不暖和|不行|不通|没好|不好|用不了|不能用|凉|冷|断|漏|坏|卡|没(有)?(网|信号))`) },
  // Round 22 (t22D): a job slower than something proverbially slow (装个宽带比盖楼还慢, 修个暖气比蜗牛还慢): the service's speed, late,
  // before 宽带……慢 reads as the line's speed (quality).
  { category: 'late', re: /(装|修|弄|办|换|接)个[^，]{0,5}比[^，]{0,6}还(慢|久|费劲)/ },
  // Round 21 (t21A): the heating poor year after year (前年不热 去年不热 今年还是不热, 年年都不热): the supply below standard (quality,
  // 003 三.2), before 还是不热 reads as a repair that did not take.
  { category: 'quality', re: /(前年|去年|往年|上一?年)[^，。]{0,4}(不热|不暖和|冷|凉)[^。]{0,12}今年[^，]{0,2}(还是|也|又|依然|照样|照旧)[^，]{0,2}(不热|不暖和|冷|凉)|(?<!(反映|投诉)[^。]{0,12})年年(都|也)?(不热|不暖和|冻|冷)/ },
  // Round 21 (t21A): the home the coldest or the heating the worst (暖气最差, 顶楼 最冷), said beside the fee paid in full (钱一分不少):
  // the heating below standard (quality, 003 三.2), as the older splits read the fee paid for a cold home; not money asked by staff.
  { category: 'quality', re: /(暖气|暖和|温度|屋里|家里)[^，]{0,3}(最差|最不热|最冷|最凉|最低)|(顶楼|顶层|边户|山墙)[^，]{0,6}(最冷|最差|最凉)/ },
  // Round 21 (t21A): dust or debris left all over (把地上弄得全是灰, 弄得满屋都是土), old parts left piled for weeks (拆下来的管子 堆了一个月了):
  // mess (000 第二十八条, 第三十八条), before the rude exit beside it (拍拍屁股就走了) or the wait read as lateness.
  { category: 'mess', re: /(弄|搞|整|落|撒)得?(满地|一地|满屋|到处|全是|都是|满屋子?都是)(是)?(灰|土|渣子?|泥|碎屑|水|线头)|(管子|暖气片|垃圾|废料|材料|旧线|纸箱|渣土|旧管)[^。]{0,10}(堆|扔|放)(了|着)(都)?(快|有)?(一|两|三|几|半|好几|\d)+个?多?(天|礼拜|星期|月)/ },
  // Round 24 (t24B): a puddle or dirt left on the floor after the job (地上一滩黑水也不管, 地板上一摊泥也没擦), or water found all over
  // the room when the customer came back (回来一看客厅全是水, 进门发现屋里都是水): mess and damage left behind (000 第二十八条,
  // 第三十八条), before the rude exit beside it (拍拍屁股走了) reads as conduct or the water as a leak not fixed.
  { category: 'mess', re: /(地上|地板上|地面上?|屋里|客厅|厨房|卫生间|楼道)[^，。]{0,3}(一滩|一摊|一大滩|一大摊|一片)[^，。]{0,2}(黑|脏|污|泥)?(水|泥|油|汤)[^，。]{0,3}(也|都)?(不管|没管|不擦|没擦|不收拾|没收拾|不清理|没清理|就走|没人管)|(回来|回家|到家|进门|进屋)[^，。]{0,3}(一看|发现|才发现)[^，。]{0,6}(全是|都是|一地|满地|一滩|一摊|到处是)[^，。]{0,2}(黑|脏|污|泥)?水/ },
  // Round 21 (t21A): a sour face from the door (从进门就没个好脸, 摆着个臭脸, 甩脸子), a retort to every question (问一句怼三句, 还怼我):
  // conduct, attitude (000 第四十六条).
  { category: 'attitude', severe: true, re: /没(个|有)?好脸|给(我)?脸色看|(摆|拉|耷拉|甩)(着)?(个)?(臭)?脸(子|色)?(?![^，]{0,2}(盆|巾))|臭脸|问[一两三几]?句[^，]{0,2}(怼|顶|呛|噎)[一两三几]?句|怼(我|人|了我|俺)/ },
  // Round 21 (t21A): the customer blamed for the fault (张嘴就说是我自己把线弄断的, 硬说是我们自己弄坏的) or the job pushed off (说是楼上的事 不归他管):
  // shifting the blame (000 第四十六条), attitude, before the broken line read as a fault left.
  { category: 'attitude', severe: true, re: /(张嘴|张口|开口|上来|一口咬定|硬|非|反倒|倒)(就)?(说|讲|赖|怪)(是)?(我|我们|俺|咱)(自己|家)?[^，]{0,8}(弄|搞|整|碰|扯|拽|用|造成)(断|坏|掉|的|成)|(说|推)(是|给|到)?(楼上|楼下|邻居|物业|开发商|别的部门|厂家)(的)?(事|问题|原因)[^。]{0,4}不归[^，]{0,4}管/ },
  // Round 21 (t21A): hung up on once the customer said what the call was about (一听我是投诉的 直接给我挂了, 听说是投诉 就把电话撂了):
  // the one who answered cut the customer off, conduct (attitude, 000 第四十六条), not a line nobody answers.
  { category: 'attitude', severe: true, re: /(一听|听说|听到|听见)(我|是)[^，。]{0,8}[，\s]?(直接|就|当场|立马|马上|啪的?一下)(就)?(给我|把我的?|把)?(电话)?(挂(了|断了|掉了)|撂了)(?![^，]{0,2}[吗么])/ },
  // Round 21 (t21A): the signal still at one bar (信号还是一格, 信号依然两格; 我这信号就一格 is the line of this call): the fault left (000 第三十三条), not the call's line; the match opens at
  // 还是, which a 没觉得 before it does not negate (说是解决了 我自己怎么没觉得 信号还是一格).
  { category: 'not_fixed', severe: true, re: /(?<=信号[^，]{0,2})(还是|依然|仍然|照样)(只有|就|才)?(一|两|1|2)格/ },
  // Round 21 (t21A): the hotline that passes the customer to an agent for ages and then drops the call (转了半天人工 最后还给挂了):
  // unreachable (000 第三十六条), before a hang-up read as rudeness or the half day as lateness.
  { category: 'unreachable', re: /(转|等|排)(了)?(半天|好久|老半天|好半天|[一两几半]个?(多)?(小时|钟头))(的)?人工|人工[^，。]{0,6}(转|等|排)(了)?(半天|好久|老半天)/ },
  // Round 21 (t21B): the staff changed once the contract is signed or the money paid (设计师一签完合同就跟变了个人似的, 交了钱就
  // 翻脸): their conduct (000 第四十三条); and the person sought who does not answer (找他也不回, 找他们都不理): unreachable.
  { category: 'attitude', severe: true, re: /(签完|签了|签好|交了|交完|付了|付完|收了|收完)(合同|钱|款|定金|首付)?[^，。]{0,3}就[^，。]{0,4}(变了个人|变了一个人|变脸|翻脸|不认人|不理人|爱答不理|换了副嘴脸)/ },
  { category: 'unreachable', severe: true, re: /找(他|她|他们|人|经理|设计师|工长|负责人)[^，。]{0,2}(也|都)(不回|没回|不理|没人理|不接|找不到)/ },
  // Round 24 (t24D): renovation grievances said in the customer's own words, before the broader rules below read them under
  // another category. The item dismissed as beyond words (进度就别提了, 态度甭提了, 那质量别提了; 别提多好了 is praise): that
  // item's grievance (004 第五篇).
  ...([['late', '进度|工期|速度|效率'], ['attitude', '态度|口气|语气|脸色'], ['quality', '质量|做工|手艺|活儿?|设计|效果|工艺']] as const).map(
    ([category, item]): Rule => ({ category, re: new RegExp(`(${item})[^，。]{0,4}(就|可|也|真)?别提了(?![^，。]{0,2}(多|有多))`) })),
  // Round 24 (t24D): the work short of a measure by so many centimetres (做出来宽度差了五公分, 柜子短了两厘米), the result unlike the
  // drawing it was shown on (效果图上是暖白 刷出来……, 图纸上画的是推拉门 装出来是平开的; 刷出来也是暖白 agrees), the finish not
  // levelled (腻子没刮平, 地面没找平), tiles sounding hollow when tapped (敲着空空的响: 空鼓), a door that opens by itself once shut
  // (门关上了自己又开了): the design or the work below standard, quality (004 第五篇 设计, 施工质量).
  { category: 'quality', re: new RegExp(`差了?(一|半|${N})+(个)?(公分|厘米|毫米|cm|mm)|(效果图|图纸|设计图|样板间|图)上[^，。]{0,2}(是|画的是?|画着|标的是?)[^，。]{1,10}?[，。\\s]*[^，。]{0,4}(刷|做|装|铺|贴|弄|搞|砌|打)出来(?![^，。]{0,4}(也|一样|一模一样|挺|很|真|还))|(没|没有|不|也没|都没)(刮|抹|找|磨|铺|贴|打|刷)平|敲(起来|上去|着|一敲)?[^，。]{0,3}(空空|空洞洞|空咚咚|咚咚)的?(响|声)|(门|窗|窗户|柜门|抽屉|推拉门)[^，。]{0,4}(关上|关好|锁上|推上|合上)(了)?[^，。]{0,3}(自己|自个儿|自动)[^，。]{0,3}(又|还|就)?(能|会)?(再)?(开开|开了|弹开|滑开|打开|开)`) },
  // Round 24 (t24D): the customer's word brushed off (来了一句你不懂别瞎指挥, 说我瞎指挥, 甩一句少管): conduct, attitude (000 第四十六条).
  { category: 'attitude', re: /(来|甩|撂|扔|回|怼)(了)?(我)?(一句|句)[^，。]{0,3}(你|您)?(不懂|懂什么|懂啥|别管|少管|别瞎|少废话|别废话|关你什么事|关你啥事)|(?<!我)(别|不要|少)瞎指挥|(说|嫌|怪)(我|我们)瞎指挥/ },
  // Round 24 (t24D): the staff lording it over the customer (比我这个甲方还像甲方, 比业主还横, 摆架子): conduct, attitude.
  { category: 'attitude', re: /比(我|我们|业主|客户|甲方)[^，。]{0,6}还(更)?(像(甲方|老板|领导|大爷|祖宗)|横|拽|牛气|冲)|(摆|端|拿)(起)?(了)?(个|着)?(臭)?(架子|谱)/ },
  // Round 24 (t24D): nobody turning up (后头人影都见不着, 等了一天连个人影都没有): a no-show, late (000 第十三条); messages read and
  // never answered, a person harder to find than a star (已读不回, 找他比找明星还难): unreachable (000 第三十六条).
  { category: 'late', re: /人影(儿)?(都|也)?(见不着|见不到|看不见|看不到|没有|没了|都没)|(见不着|见不到|看不着|看不到)(个)?人影/ },
  { category: 'unreachable', re: /已读不回|找(他|她|他们|人|经理|工长|设计师)[^，。]{0,2}比[^，。]{0,8}还难/ },
  // Round 24 (t24D): materials pushed with a warranty threat (用别的牌子就不给保修) or at twice the price outside (他们推的牌子比外头贵一倍),
  // and a payment asked for off the company's books (别走公司的账, 私下给他加钱): money (000 第四十三条).
  { category: 'money', severe: true, re: /(用|买|换|装)(别的|别家|外面|外头|自己买)的?[^，。]{0,4}(就)?(不给|不管|不)(保修|质保|售后)|(他们|他|师傅|工长|设计师)?推(荐)?的[^，。]{0,4}(牌子|品牌|材料|开关|瓷砖|地板|涂料)[^，。]{0,6}比(外头|外面|市场|网上|别家)[^，。]{0,2}贵|(别|不)走(公司|你们)的?(账|帐)|私下[^，。]{0,4}(加|多给|另给)/ },
  // Round 24 (t24D): dragged out (跟你们磨了大半年, 磨了三个月才完, 改图稍微有点磨, 进度太磨人): 磨 of time, late (000 第十三条);
  // not 磨蹭 (mock grumbles read elsewhere), nor grinding or wear (磨砂, 磨损, 磨平, 磨合).
  { category: 'late', re: new RegExp(`磨了?(大|小|快|整整|足足)?(半|一|两|${N})+个?多?(年|月|礼拜|星期|周)|(有点|稍微|太|真|挺|可|特别|也太)磨(人)?(?![蹭叽砂损平合光破牙洋])`) },
  // Round 24 (t24D): the staff's manner named and sighed over (那个态度 唉, 那个监理的口气 啧): a grievance of attitude said without its words.
  { category: 'attitude', re: /(那|这)(个|种)?([^，。]{1,4}?的)?(态度|口气|语气|脸色|嘴脸)(啊|呀)?[，。\s]*(唉|哎|啧|呵呵|哼)/ },
  // Round 24 (t24D): the contract's days against the days now passed (合同上写九十天 现在一百二十多天了): late (000 第十三条).
  { category: 'late', re: new RegExp(`(合同|说好|约好|工期|原定|本来说)[^，。]{0,8}(${N}|一|百|零)+天[，。\\s]?[^，。]{0,4}(现在|这都|已经|如今)[^，。]{0,3}(${N}|一|百|零)+(多)?天了`) },
  // Round 24 (t24D): the crew's noise at an early hour (七点多就响了, 电钻开得太早, 一大早就砸墙): the site's civility, mess
  // (004 第五篇 文明施工).
  { category: 'mess', re: /(早上|一早|一大早|大清早|清早|早晨)?[五六七]点(多|半|钟)?[^，。]{0,3}就[^，。]{0,3}(响|开始?(砸|敲|钻|干活|施工|开工)|砸|敲|钻|开工|施工)|(电钻|电锤|冲击钻|切割机|电镐)[^，。]{0,3}(开|响|用|打)得(太|有点|特别)?早|(一大早|大清早)[^，。]{0,3}就[^，。]{0,3}(砸|敲|钻|开工|施工)/ },
  // Round 23 (t23F): reaching the company harder each time (找你们一回比一回难, 联系你们越来越费劲, 打你们电话是越来越难打): unreachable,
  // 000 第三十六条 (首问负责). (Something else getting harder, 活儿一回比一回难干, is no contact.)
  { category: 'unreachable', re: /(找|联系|打给?|打通|够着)(你们|您们|客服|热线|人|他们)(的)?(电话|热线)?(是)?(一回比一回|一次比一次|越来越)(难|费劲|费事|不好(找|打|联系))(打|找|联系|打通)?/ },
  // Round 21 (t21B): the site stopped now and then (隔三差五就停工) is the schedule, not the heating stopping (the 停 rule below
  // leaves 停工 to `late`).
  // Round 21 (t21B): scaffolding or a ladder left unsecured (脚手架就靠在窗户上 也没个固定, 梯子没人扶): a hazard of the site (004 第五篇).
  { category: 'safety', severe: true, re: /(脚手架|架子|梯子|人字梯)[^。]{0,10}(没(有|个)?(固定|绑|拴|加固|人扶)|不(固定|稳|牢)|晃晃悠悠|摇摇晃晃)/ },
  // Round 21 (t21B): the works damaging a neighbour's or the customer's home (施工把他家天花板震裂了, 打孔把楼下吊顶震坏了): damage
  // done on the site, `mess` (000 第三十六条; not 楼上那家装修把我家顶棚震裂了, another's works), before the crack reads as the work's own quality.
  { category: 'mess', severe: true, re: /(?<!(楼上|楼下|隔壁|邻居|对门|那家|别人家|别家)(那家|家|的)?)(施工|装修|砸墙|打孔|打眼|钻孔|拆墙|敲)[^，。]{0,6}把[^，。]{0,10}(震|砸|弄|打|磕|碰|敲)(裂|坏|碎|破|掉)/ },
  // Round 21 (t21B): the work failing soon after (地板才铺半年就翘了, 墙纸没几个月就起皮): the fitting-out's quality (地板都鼓起来了
  // from water spilt by the worker is damage, `mess`, below).
  { category: 'quality', severe: true, re: /(地板|木地板|瓷砖|地砖|墙砖|墙纸|壁纸|柜门|吊顶|踢脚线|乳胶漆|墙面)[^，。]{0,3}(才|刚|没)[^，。]{0,6}(就|都)(翘|起鼓|鼓起来|开裂|裂了|脱落|掉了|变形|起皮|发霉|松动)/ },
  // Round 21 (t21B): the final bill far above the contract (合同价跟最后结算差了一大截, 结算比报价多了好几千): billing (000 第三十八条).
  { category: 'billing', severe: true, re: /(合同价?|报价|预算|说好的价(钱|格)?)[^，。]{0,6}(跟|和|与|比)[^，。]{0,6}(结算|结账|决算|实际|最后)[^，。]{0,4}(差|多|超)(了)?[^，。]{0,3}(一大截|一截|很多|好多|不少|一倍|[\d一两二三四五六七八九十几好]+(千|万|百|块))|(结算|结账|决算|最后)[^，。]{0,6}比[^，。]{0,6}(合同|报价|预算)[^，。]{0,3}(多|高|超)(了|出)/ },
  // Round 21 (t21B): charge items the customer cannot make sense of (结算单上乱七八糟的收费项目能不能说清楚, 收费明细看不懂): billing.
  { category: 'billing', severe: true, re: /(收费|费用|结算单|账单)(项目|明细|清单|标准)?[^，。]{0,10}((没|不|能不能|能否|也不|都不)(说|讲|列|写)清楚|不清不楚|不明不白|看不懂|搞不懂)|乱七八糟的(收费|费用|名目)/ },
  // Round 21 (t21B): a replacement talked up for money and found needless (说水管得全换 开口就是八千 后来别人说根本不用换): money
  // sought by the worker (000 第四十三条), before 开口就是 reads as a manner of speaking.
  { category: 'money', severe: true, re: /(得|要|必须|需要)(全|都|整个)?换[^。]{0,24}(别人|人家|后来|其实|结果)[^，。]{0,6}(根本|压根|其实)?(就)?(不用|不需要|没必要|用不着)换/ },
  // Round 21 (t21B): a device that never worked after the job (装完那个摄像头就没连上过), the job left half done (台都没搜全人就走了):
  // not fixed, 000 第三十三条.
  { category: 'not_fixed', severe: true, re: /(装完|修完|弄完|来完|装好)[^，。]{0,10}(就|都|也)?(从来|一直|压根|根本)?没(连上|连通|用上|好过|通过|亮过|正常过)(过)?|(都|还|也)?没(搜全|搜完|调好|弄好|装好|弄完|调完|弄利索|接好)[^，。]{0,2}(人)?就走/ },
  // Round 21 (t21C): grievances told inside irony or after a positive, each by its own construction (none names a category word).
  // (Round 21, t21C's wait at the payment counter read as late was taken back at the merge: the older splits and round 20's
  // test read a queue at the payment office as billing, and dev20's item now accepts both.)
  // Round 21 (t21C): a time given that is never kept (你们说几点来也不会几点来, 谁知道他今天来不来, 说好哪天来从来没准过): the
  // appointments not kept, late — said as a reason for the customer's own choice of time, still a reproach.
  { category: 'late', re: /说(好)?(几点|什么时候|啥时候|哪天|几号)来[^。]{0,4}(也|都)?(不会|不|没|从来不|从来没)(按时|准时|按点|在)?[^。]{0,2}(几点|什么时候|啥时候|哪天|几号)?来|谁知道(他|她|他们|师傅|你们|你们那师傅|那师傅)[^。]{0,6}(来不来|几点来|啥时候来|什么时候来|会不会来|能不能来)/ },
  // Round 21 (t21C): the time booked and the visit late against it (上次约的时间你们晚了一点, 说好的点师傅迟到了): late.
  { category: 'late', re: /(约|约好|定|定好|说好)(的)?(时间|点|钟点)[^。]{0,3}(你们|他们|他|师傅|人家)?[^。]{0,2}(来)?(晚|迟到|迟)了/ },
  // Round 21 (t21C): slower than anyone at the repair, faster than anyone at the charge (修得比谁都慢, 收钱比谁都快, 收钱那么积极):
  // the repair late, and the company's own charge set against it the billing (000 第四十三条(三)), not money asked by staff.
  { category: 'late', re: /(修|处理|解决|来人|上门|干活|办事|来)(得|的)?比谁都(慢|晚|磨蹭)/ },
  // Round 21 (t21H): the plan or the charges called a rip-off (那套餐太坑, 资费真坑人): billing (000 收费), even beside praise of the
  // engineer. (坑 alone, or a hole in the wall, 墙上一个坑, is not named here.)
  { category: 'billing', re: /(套餐|资费|话费|网费|月租|收费)[^，]{0,3}(太|真|好|忒|可|也太|真是|特别)坑/ },
  { category: 'billing', re: /(收钱|收费|扣钱|扣费|要钱)(比谁都|那么|这么|倒是|可|真|倒)(快|积极|勤快|痛快|麻利|准时|及时)/ },
  // Round 21 (t21C): the customer left to clean up after the visit (满意到我扫地扫了一下午, 我擦了半天灰): mess left behind
  // (000 第二十八条). Only the customer's own cleaning (我…), not the worker's (师傅走前打扫了半天: the site cleared).
  { category: 'mess', re: /(我|俺|我老婆|我媳妇|我老公|我妈|我爸)[^。]{0,3}(又|还|光|得|自己)?(扫|擦|拖|收拾|打扫|清理|清扫)(地|灰|了)?[^。]{0,2}?(扫|擦|拖|收拾|打扫|清理)?了?(一|半|整|大半|好几)(个)?(下午|上午|晚上|天|宿|小时|钟头)|(我|俺)[^。]{0,3}(扫|擦|拖|收拾|打扫|清理)[^。]{0,3}了?老?半天/ },
  // Round 21 (t21C): a thing sold by the worker at his own price (一根网线卖我八十, 卖给我两百块): products sold for gain on the
  // visit, money (000 第四十三条(一)(四)).
  { category: 'money', severe: true, re: new RegExp(`卖(给)?(我|俺)(了)?[^。]{0,2}(${N}|百|千)+(块|元|十|百)`) },
  // Round 21 (t21C): work that looks waved or a gap wider than a finger (瓷砖贴得跟波浪似的, 地砖缝比手指头还宽, 墙角收口有点糙),
  // a door that strikes the fixture (厕所门一开就撞马桶): the renovation below standard or designed wrong, quality (004 第五篇).
  { category: 'quality', re: /(贴|铺|刷|抹|砌|装|吊|做|砌)得[^。]{0,2}(跟|像)[^。]{0,4}(波浪|搓板|狗啃|狗啃的|山路|麻子脸|地图)(似的|一样)?|缝[^。]{0,4}比[^。]{0,6}(还|都)(宽|大|粗)|(收口|收边|边角|墙角|阴角|阳角|接缝|接口)[^。]{0,4}(有点|有些|稍微|太|很|挺|比较)?(糙|毛糙|粗糙)|门[^。]{0,2}(一开|打开|开)[^。]{0,3}(就)?(撞|碰|顶|卡)(到)?(马桶|墙|柜|灯|门|台盆|洗手池|床)/ },
  // Round 21 (t21C): the heating likened to camping in winter or a stay in the arctic (在自己家里体验了一把冬天露营, 享受北极的待遇):
  // the home cold, the heating's quality (003 三.2).
  { category: 'quality', re: /(冬天|冬季)?露营|(体验|享受|感受)[^。]{0,4}(北极|南极|冰窖|西伯利亚)|(是|这是)(暖气|热气|暖风|供暖)还是(冷气|凉气|冷风|制冷|冰箱)/ },
  // Round 21 (t21C): repairs for as long as the home has been lived in (住进来三个月 修了三个月): several visits for one home, repeat_visit.
  { category: 'repeat_visit', re: new RegExp(`(住|用|搬)[^。]{0,4}(半|一|${N})+个?多?(月|年|礼拜|星期)[^。]{0,2}(就)?修了(半|一|${N})+个?多?(月|年|礼拜|星期)`) },
  // Round 21 (t21C): products pushed again and again (推荐我换套餐推荐了好几回, 劝我升级劝了三回): pushed for gain, money
  // (000 第四十三条(四)); one mention (推荐了个套餐) is advice.
  { category: 'money', re: new RegExp(`(推荐|劝|让)(我|俺)?[^。]{0,2}(换|办|买|升级|升|加|开)[^。]{0,6}(套餐|副卡|会员|保险|净水器|宽带|融合|卡)[^。]{0,6}(推荐|劝|说|提)?了?(好几|${N})+(回|次|遍)`) },
  // Round 21 (t21C): a manner that ignores the customer (不管不问, 不闻不问): conduct (000 第四十六条), also on the ironic banner.
  { category: 'attitude', re: /不管不问|不闻不问/ },
  // Round 21 (t21E): grievances beside a good level that are never a small reservation. Swearing and cursing at the
  // customer or the household (一直骂骂咧咧的, 嘴里不干不净, 骂了我家老人): abuse (000 第四十六条), however it is introduced
  // (lead, at the merge: not the neighbours or the family scolding the customer, 人家找上门来骂我, 推荐了人家骂我).
  { category: 'attitude', severe: true, firm: true, re: /骂骂咧咧|不干不净|(?<!(人家|邻居|隔壁|楼上|楼下|对门|朋友|亲戚|老伴|老公|媳妇|家里人)[^，。]{0,6})骂(了|过)?(我|俺|咱|我们|我家|俺家)/ },
  // Round 24 (t24A): the customer lectured or told off (把我数落一顿, 把我训了一通, 给我上了半天课) or called a troublemaker for
  // complaining (说我乱投诉, 说俺瞎反映, 说我无理取闹): conduct 000 第四十六条 forbids, a clear complaint; the same guard as above for the
  // neighbours or the family doing it (我老伴把我数落一顿).
  { category: 'attitude', severe: true, re: /(?<!(人家|邻居|隔壁|楼上|楼下|对门|朋友|亲戚|老伴|老公|老婆|媳妇|家里人|孩子|儿子|闺女|女儿|我妈|我爸)[^，。]{0,6})(把|给)(我|俺|我们)(给)?(数落|训|训斥|批|批评|教育|损|呲|熊|凶|吼|说教)(了)?(一顿|一通|半天|好半天|好一顿)|(?<!(人家|邻居|老伴|老公|老婆|媳妇|家里人|孩子)[^，。]{0,6})(说|嫌|怪)(我|俺|我们)[^，。]{0,2}(乱|瞎|胡乱|无故)(投诉|告状|反映|举报|打电话)|(说|嫌)(我|俺|我们)[^，。]{0,2}(无理取闹|胡搅蛮缠|故意找茬|没事找事)/ },
  // Round 21 (t21E): the forbidden brush-off (说爱修不修, 爱装不装, 爱找谁找谁) and the customer sought out for complaining (投诉完
  // 就找上门问我为什么投诉): conduct the rules forbid outright (000 第四十六条), a clear complaint.
  { category: 'attitude', severe: true, firm: true, re: /爱(修|装|弄|管|找|办|来|用)不\1|爱找谁找谁|(问|质问|追问|追着问)(我|俺|我们)?[^，]{0,2}(为什么|为啥|凭什么|干嘛|干什么)(要)?(投诉|反映|举报|打12345|打电话)/ },
  // Round 21 (t21E): charged for what was promised free (收了一百五 当时说好免费的; 说好不要钱 结果收了两百): the charge against the
  // promise is an extra charge asked by staff (money, 000 第四十三条(三); the older splits read it so: lead, at the merge), never a
  // small reservation however lightly it is said.
  { category: 'money', severe: true, firm: true, re: /收(了|我|走)[^。]{0,12}(说好|讲好|说了|明明说|不是说|当时说|之前说|答应)(了|的)?(是)?(免费|不要钱|不收钱|不收费|不花钱)|(说好|讲好|明明说|当时说|之前说|答应)(了|的)?(是)?(免费|不要钱|不收钱|不收费)[^。]{0,10}(结果|却|可|但是?|还是|又)[^，]{0,4}收(了|我)/ },
  // Round 21 (t21E): water dripping or leaking again (暖气片又开始往下滴水了, 接口又漏了): the fault come back (000 第三十三条), before
  // the dripping reads as the work's quality.
  { category: 'not_fixed', severe: true, firm: true, re: /又(开始|在|接着)?(往下|往外)?(滴水|漏水|渗水|滴答|漏|渗)/ },
  // Round 21 (t21E): an electrical thing burnt (把我插排烧了, 插座烧黑了, 电源线都烧化了): a hazard created (000 第二十七条).
  { category: 'safety', severe: true, re: /(插排|插座|插线板|接线板|排插|电线|电源线|电源|适配器|电表|开关)[^，]{0,3}(给)?(烧|冒烟|短路)(了|坏|黑|焦|化|掉)/ },
  // Round 21 (t21E): the line dropping again and again after the visit (网还是一会儿断一会儿断的, 一会儿通一会儿断): the fault still there.
  { category: 'not_fixed', severe: true, re: /(还是|仍然|依然|照样|还)(一会儿|隔一会儿?|一阵儿?)(就)?(断|掉线|掉)|(一会儿|一阵儿?)(断|掉|通|好)[^，]{0,3}(一会儿|一阵儿?)(断|掉)/ },
  // Round 20 (t20C2): grievances of the satisfaction, score and text steps said without a category word.
  // The work not done to plan or hollow under the tiles (水电没按图纸走, 瓷砖空鼓了好几块), the size mismeasured (柜子尺寸没量准), the
  // position or the look the customer dislikes (光猫放的那个位置我不太满意): the work's quality (004 第五篇), before a repair
  // sought again reads as a fault still there.
  { category: 'quality', re: /没(有)?按(照)?(图纸|图|设计|规范|标准|要求)(走|来|做|施工|装)|空鼓|(尺寸|尺码|尺子)[^，]{0,3}(没|不)(量)?(准|对)|没量(准|对)|量得不(准|对)|(位置|颜色|尺寸|款式|样式|布局|走线)[^，]{0,8}(我)?不(太|怎么|大)?(满意|合适|理想)/ },
  // Round 20 (t20C2): the cable left trailing and not fixed (线就那么在地上拖着 也不给固定), the job left untested (把线插上就走了 也不测一下):
  // the work below standard (000 第二十八条 tests before leaving), quality.
  { category: 'quality', re: /(线|网线|电线)[^。]{0,10}(拖|耷拉|搭|扔|堆)着[^。]{0,6}(不|没)(给)?(固定|钉|整理|理)|(就走了?|就完事了?)[^。]{0,4}(也|都)(不|没)(给)?(我)?(测|试|调|检查)(一下|下|试|一测)?/, unless: /绊/ },
  // Round 20 (t20C2): the home too cold said in degrees or by the body (温度太低了, 暖气温乎乎的, 不算太暖和, 我们老年人就怕冷 这屋里不行), and
  // Round 21 (t21A): lukewarm all winter said plainly (暖气一冬天都是温乎的): the same shortfall, the window widened by two and 都是温乎的 added.
  // the heat still awaited (暖气到底啥时候能热): the heating's quality (003 三.2), not a fault left after a repair.
  { category: 'quality', re: /(温度|室温)[^，]{0,2}?(太|有点|有些|偏|也太|这么|那么|特别|实在)低(?![^，]{0,2}[吗么])|(暖气|暖气片|屋里|屋子)(?![^，]{0,4}(还是|又))[^，]{0,6}(温乎乎|(都是|就是|一直)温乎的|温吞吞?|温温的|半温不热)|^[^，]{0,4}[，]?不(算|怎么|太|大)(太)?(暖和|热乎)|怕冷[^。]{0,6}(屋里|屋子|家里|这屋|房子)[^，]{0,2}(不行|不中|不够)|暖气[^，]{0,4}(到底|究竟)?(啥时候|什么时候|多会儿|几时)(才)?(能)?(热|暖和)/, unless: /(外面|外头|天气|气温|水温|设定|调到|空调|电费)[^，]{0,4}低/ },
  // Round 22 (t22B): coats or quilts needed indoors (老人在屋里都得盖被, 在家还得穿羽绒服): a cold home told by what it takes
  // (003 三.2). Not a home where none is needed (屋里都不用穿棉袄: no negation inside the gap).
  { category: 'quality', re: /(屋里|屋子里|在家|家里|室内|在屋|房间里)[^，不没]{0,4}?((都|也|还)(得|要)|只能|得|要)(盖|穿|裹|披)(着)?(被|棉|羽绒服|大衣|厚衣服|毛衣|袄)/ },
  // Round 20 (t20C2): the work scorned (装了个啥呀, 嘎哈都不行): below standard, quality.
  { category: 'quality', re: /(修|装|弄|干|整)了个(啥|什么)(呀|啊|玩意儿?)(?![^，]{0,2}(吗|么))|(嘎哈|干啥|干什么|做啥)(都|也)不(行|中)/ },
  // Round 20 (t20C2): the line dead after the install or the repair (网根本用不了, 装完网就不中了, 还是上不到网): the fault still there
  // (000 第三十三条), before 根本…不了 reads as the work's quality.
  { category: 'not_fixed', severe: true, re: /(网|宽带|电视|电话|信号)(?![课速])[^，]{0,4}(根本|完全|压根|还是)?(用不了|连不上|(?<!能)不能用)|(装完|修完|弄完)[^，]{0,2}(网|宽带|电视)?就不(中|行|能用|好使)了|还是上不(到|了|去)网/ },
  // Round 20 (t20C2): the bill above last year's (交的钱比去年多了好几百), a cut in the rental asked and refused (问能不能减点月租 说不行): the
  // company's charges, billing (000 第四十三条(三)), before the weeks of the fault read as lateness.
  { category: 'billing', severe: true, re: /(交|缴|花)的?(钱|费|暖气费|采暖费|取暖费|网费|话费)[^，]{0,8}比(去年|往年|上个?月|以前|原来|上一年)[^，]{0,3}(多|贵|高)|(减|降|免|退|少收)(点|些|一点|一些)?(月租|月费|套餐费|网费|话费|取暖费|暖气费|采暖费)[^。]{0,8}(不行|不给|不能|没给|不让|没同意)/ },
  // Round 20 (t20C2): the dispatch slow (你们派单太慢了): the handling late (004 第十三条), before the days offline read as a fault.
  { category: 'late', re: /派单[^，]{0,3}(太|很|特别|有点|也太|真)?慢/ },
  // Round 20 (t20C2): rubbish left piled for days or the site untidy at the day's end (垃圾在楼道堆两天才清, 每天收工有点乱): mess (000
  // 第二十八条, 第三十八条), not a late visit.
  { category: 'mess', re: /(垃圾|渣土|废料|碎砖|包装)[^。]{0,8}(堆|放|扔|摆)[^，]{0,6}(才|没|不)(清|运|拉|收)|(收工|完工|干完活?|下班)[^，]{0,4}(有点|有些|挺|太|比较|特别|老是)?乱/ },
  // Round 20 (t20C2): a hot joint left bare where a child reaches (接头烫手 也没包一下 孩子老往那凑): a hazard (000 第二十七条).
  { category: 'safety', severe: true, re: /(烫手|烫人|漏电|带电|裸露|尖|锋利)[^。]{0,16}(孩子|小孩|老人)[^，]{0,4}(老|总|常|爱|会)?(往|去)?(那|这)?(儿)?(凑|摸|碰|爬|抓)/ },
  // Round 20 (t20C2): the customer told nothing (也没跟我细说), one story then another (一会一个说法): conduct, attitude (000 第三十六条
  // 首问负责, 第四十六条).
  { category: 'attitude', re: /没(跟|给|和|对|向)(我|俺|咱)(细说|说清楚|讲清楚|解释|交代|讲一下|说一下)|一会(儿)?一个说法/ },
  // Round 20 (t20C): a reply promised within days and given a week later (说好了三个工作日给答复 一个礼拜了才打电话): late, before
  // the call at last reads as the hotline reached.
  { category: 'late', re: new RegExp(`(说好|答应|承诺|说)(了)?[^，]{0,2}(${N}|一)+个?(工作日|天|小时)[^，]{0,4}(给|回|答复|回复|处理|解决)[^。]{0,12}(一|${N}|半)+个?(多)?(礼拜|星期|月|天|周)(了)?[^，]{0,3}才`) },
  // Round 20 (t20C): the plan sold against the plan opened (说好了是包年套餐 结果给我办成了按月的): the company's charges (billing).
  { category: 'billing', severe: true, re: /(说好|说的|讲好|讲的|谈好|签的)(了)?(是)?[^，]{0,6}(套餐|包年|包月|资费)[^。]{0,8}(结果|却|可|但是?)[^，]{0,6}(办成|弄成|改成|变成|给我办了)/ },
  // Round 20 (t20C): the hotline that takes half a day to reach (打个电话得打半天): unreachable, not a late visit.
  { category: 'unreachable', re: /打(个|一个|一通)?电话(得|要|就得|都得)?打(了)?(半天|老半天|好半天|一上午|一下午|好久)/ },
  // Round 20 (t20C): the worker busy with his phone and not the job (自己在那打电话打了半小时 活不干): conduct (attitude, 000 第三十六条).
  { category: 'attitude', re: /(玩手机|刷手机|打电话|打游戏|聊天|抽烟)[^。]{0,12}(活(儿)?(也|都)?不干|不干活)/ },
  // Round 20 (t20C): the customer sent round the offices (跑了营业厅三趟, 找了三个部门): repeat_visit.
  { category: 'repeat_visit', re: new RegExp(`跑了?[^，]{0,4}(营业厅|公司|物业|服务站|办事处)[^，]{0,2}(${N})+(趟|回|次)|找了(好几|${N})+个部门`) },
  // Round 20 (t20C): the hotline that passes the customer around (一直打不进来 转来转去), or the complaint noted and never answered
  // (每次打过去都说记下了 然后就没人回): unreachable, before 打不进来 reads as the customer's own line at fault. (推来推去 is the
  // staff's conduct: not here. normalize leaves 打不进来转来转去 as 打不进来转去.)
  { category: 'unreachable', re: /转来转去|打不(进|通)[^。]{0,4}转去|(记下|记录|登记|反映上去)了?[^。]{0,10}(就|再|也|都)?没(有)?人(回|理|管)(?!来|去|家)/ },
  // Round 20 (t20G): grievances told without a word of a category. The matter still not done for the customer (事情到现在也没给我
  // 办好, 至今没给处理好): the fault or the request still open, not_fixed (000 第三十三条; 第三十六条 首问负责); the picture still
  // missing (电视还是没图像): the fault still there.
  // Round 22 (t22F): the channels too (电视还是没台, 还是收不到节目, 还是搜不到频道).
  { category: 'not_fixed', severe: true, re: /(到现在|至今|到今天|一直)[^，]{0,3}(也|都|还)?(没|没有)(给我|帮我|给俺|给咱)?(办|处理|解决|搞|弄)(好|利索|明白)|还是(没|没有|不出|收不到|搜不到)(图像|画面|图|影像|信号|声音|台(?!风|灯|阶|子|词)|节目|频道)/ },
  // Round 20 (t20G): a cable left on the floor where the old trip (线就那么搭在地上 老人走路绊着怎么办): a hazard described, no verdict
  // needed (000 第二十七条); paint drying with the windows shut (刷漆那几天窗户都不开 一屋子味): fumes, a hazard (004 第五篇).
  { category: 'safety', severe: true, re: /(老人|孩子|小孩|人|走路|走道|进出)[^，]{0,4}(容易|会|老|总|得)?绊(着|到)|(刷漆|油漆|刷墙|涂料|喷漆)[^。]{0,10}(窗户?|门窗)[^，]{0,3}(都|也)?(不开|没开|关着|不通风)|(窗户?|门窗)[^，]{0,3}(都|也)?(不开|没开|关着)[^，]{0,6}(一屋子|满屋子?)[^，]{0,2}(味|漆味|甲醛)/ },
  // Round 20 (t20G): staff shouting at the customer (客服跟我嚷嚷, 冲我发火): conduct, a clear complaint (000 第四十六条).
  { category: 'attitude', severe: true, re: /(跟|对|冲|朝)(我|俺|我们|咱)[^，]{0,3}(嚷嚷|嚷|喊叫|大喊大叫|发火|发脾气|甩脸子?|拍桌子)/ },
  // Round 22 (t22B): a voice raised over the customer's own (接电话的小姑娘嗓门比我还大, 说话的声音比我都高): shouting at the
  // customer told by comparison (000 第四十六条). Not a loud voice wanted (嗓门大点正好) nor a device's noise (no 嗓门/说话).
  { category: 'attitude', severe: true, re: /(嗓门|嗓子|调门|(说话|讲话)的?(声音|声儿?))[^，]{0,3}比(我|俺|我们|咱)(还|都|更)(大|高|响|冲)/ },
  // Round 20 (t20G): the work scorned as "what thing" (修的什么玩意, 装的这是啥东西): below standard (004 第五篇); a pile of money
  // added to the price (加了一堆钱, 多了好多钱): the bill disputed (000 第四十三条(三)).
  { category: 'quality', re: /(修|弄|装|干|做|整)的(这)?(是|叫)?(啥|什么)(破)?(玩意儿?|东西)(?![^，]{0,2}(吗|么|呀[？?]))/ },
  { category: 'billing', severe: true, re: /(加|多|涨)(了)?(一堆|一大堆|好多|不少|那么多|这么多)(的)?(钱|费用?)/, unless: /(没|不|别)(加|多|涨)/ },
  // Round 20 (t20G): the work dragged on, in dialect (拖起拖起的, normalised to 拖起的; 拖拖拉拉): late (004 第十三条).
  { category: 'late', re: /拖起拖起|拖起的|拖拖拉拉|一拖再拖/ },
  // Round 20 (t20V2): a job left half done (烂尾工程, 干成了烂尾): the schedule broken for good.
  { category: 'late', severe: true, re: /烂尾/ },
  // The line called over and over before anyone answered or cared (电话打了八遍才接, 打了十几次10000才有人理, 打了六个电话才有人管):
  // the company hard to reach, `unreachable`, not a visit repeated or a wait for the work. (Said beside the handling's slowness,
  // 处理的太慢了打了三次电话才有人管, the calls are the chasing of a slow job, read as before.)
  // Round 19 (t19K2): messages or a promised call left unanswered (设计师签完合同就不回我微信了, 发了消息也不回, 说好今天回电话 到现在也没
  // 动静): the staff or the company cannot be reached, `unreachable` (000 第三十六条), not a late visit.
  { category: 'unreachable', re: /(不|没|也不|都不|再也不|就不)回(我|俺)?(的)?(微信|消息|信息|短信)|(微信|消息|信息|短信)[^，。]{0,4}(也|都|就)?(不回|没回|不理|没人回)|(说好|答应|说)(了)?[^，。]{0,6}回(个)?(电话|话|复)[^。]{0,10}(没(有)?(动静|消息|信儿|下文|人回|回|打)|也没(打|回))/ },
  // Round 19 (t19K2): the leak still there or back after the repair (没解决 还是漏水 地板都泡了, 修的接口不到一天又渗水了): the fault not
  // fixed (000 第三十三条), before the wet floor reads as mess or the repair's work as quality. (A leak onto the neighbours, near
  // the power or freezing on the floor is a hazard, and a bathroom's or the waterproofing's leak after a renovation is the work's quality: the safety rules keep it; the repairs counted, 返工了两次还是渗水, are the repeat-visit and
  // quality rules'.)
  { category: 'not_fixed', severe: true, unless: new RegExp(`楼下|邻居|隔壁|电|插座|插排|插线板|插板|热水|烫|冰|滑|摔|绊|老人|孩子|小孩|卫生间|防水|(返工|修|来|补)了?(好几|${N})+(次|回|趟|遍)`), re: /(还是|又|还在|依然|仍然|照样|又开始|照旧)(在)?(往外)?(漏|渗|滴)(水)?(?!不漏|没漏)/ },
  // Round 19 (t19K2): an opening left guarded by a rope or a strip only (阳台的窗户拆了好几天 就拿根绳拦着): a hazard left, `safety`
  // (004 第五篇 文明施工和安全措施).
  { category: 'safety', severe: true, re: /(窗|阳台|洞|楼梯|栏杆|护栏|井|坑)[^。]{0,14}(拿|用|就)[^，。]{0,3}(根|条|个)?(绳子?|布条|胶带|塑料布|彩条布)[^，。]{0,2}(拦|挡|围|拉|挂|系)/ },
  { category: 'unreachable', unless: /慢|拖/, re: new RegExp(`(电话|热线|客服|\\d{5})?打了?(好几|${N}+)(个|回|次|遍|通)(电话|热线|客服|\\d{5})?[^，]{0,3}才(有人)?(接|理|管|回|应)`) },
  // The sale's promise broken after the install (营业员说的免费送宽带，装完了告诉我要交一百块钱的光猫押金; 说的是包安装，结果安装费另收了八十;
  // 合约说两年不涨价，第三个月就涨了; 当初说打七折，结果账单还是原价; 设计费说好抵工程款的，后来又不抵了), the price or the package changed
  // (价格做着做着就上去了, 套餐还是没改回来), a fee on the bill or not made clear (账单里怎么有一笔上门维修费, 费用没讲清楚): the company's
  // own charges, `billing`, not money the staff asked for themselves (000 第四十三条: that is `money`).
  { category: 'billing', severe: true, re: /(说|说好|说的是|说的|答应|承诺|合约|合同|营业员|宣传|广告)[^。]{0,14}?(免费|送|包(安装|装)?|不涨价|不收|打[一二三四五六七八九]折|优惠|抵)[^。]{0,24}?(?<![没不未别])(另收|另外收|要交|得交|要收|要另收|要买|得买|收了|涨了|涨价|原价|又不抵|不抵了|不送了|要钱)|账单[^。]{0,10}(怎么|多了|有一笔|多出)|(价格|价钱)[^，。]{0,6}(上去了|涨上去|越来越高)|(费用|收费)[^，。]{0,4}(没讲清楚|没说清楚|不透明|不清不楚)|(套餐|资费)[^，。]{0,8}(没改回|没变回|还是没改)|(收费|调价)[^。]{0,10}(公示|调多少)/, unless: /(我自己|自己)(要求|要|选|改|升)的|(已经|都)退(了|回来)|现金|不给(开)?票|没(给|开)(票|收据|发票)|私下|(师傅|工人|小伙子?)[^，。]{0,6}(上门)?[^，。]{0,2}(又)?(收|要)/ },
  // Round 22 (t22B): a fee of the company's not told at the outset (收了我上门费 当初可没说过, 装完才告诉我每月还要加二十, 每个月
  // 又多扣十块): the company's charge disputed, `billing`, not money staff asked for themselves (师傅收了我五十上门费 stays
  // money). A recurring charge (每月, 月租) is always the company's.
  { category: 'billing', severe: true, re: new RegExp(`(收|扣|要|加)(了)?(我)?[^，]{0,6}(费|钱)[^。]{0,6}(当初|事先|事前|之前|一开始|开始|办的时候|装的时候|签的时候)[^，]{0,3}(可|也|都|根本|压根|又)?(没|没有|从没)(跟我)?(说|讲|提|告诉)|(装完|办完|签完|装好|开通|用了[^，]{0,4})(了)?(以后|之后)?才(告诉|说|通知)(我)?[^，]{0,6}(费|每月|每个月|月租|要收|要加|还要|得加|得交)|(每月|每个月|月月|月租|包月)[^，]{0,3}(还|又|另|都)?(要|得)?(另)?(加|多|收|交|扣|涨)(了)?[^，]{0,2}(${N}|百|千)+`), unless: /(师傅|工人|小伙子?|装机的|维修的|他们|他)[^，]{0,4}(上门)?(收|要|找我要|管我要)(了)?(我)?/ },
  // The home and the family recorded, photographed or looked into without asking, or the customer's data passed on (他在我家拍视频发到
  // 他们群里 里面有我家小孩, 一直在录音 说录了防止我投诉, 没同意他就打开我电脑 还翻了我的文件夹, 把路由器后台的密码拍下来了, 装完自己在他手机上
  // 也绑定了, 对着我卧室调了半天角度, 投诉人信息怎么能给被投诉的单位, 叫出我名字和住址 肯定是你们这泄露的): conduct, `attitude` (000 第四十三条
  // (十一)). Not the photos the rules require of the shoe covers, the tools and the modem (000 第二十八条), nor a recording asked about.
  { category: 'attitude', re: /(一直|偷偷|在我家|在屋里|在家里|没问|不问|没经|未经|没同意|不经)[^，。]{0,10}(录音|录像|拍视频|拍照|拍了|录了|拍下)|(拍|录)[^，。]{0,6}(发到|发在|传到)[^，。]{0,4}(群|网上|朋友圈|抖音)|(拍|录)[^，。]{0,8}(小孩|孩子|卧室|证件|身份证|密码|文件)|拍[^，。]{0,6}(墙上|桌上|柜子上)[^，。]{0,4}(挂|放|摆)?的?(照片|相片)|(密码|证件|身份证|文件)[^，。]{0,4}(拍|录)(下来|了)|(没同意|不经|未经|没经过|没问)[^，。]{0,6}(就)?(打开|翻|动|用)[^，。]{0,4}(我|我的)(的)?(电脑|文件|手机|抽屉|东西)|翻了?我的?(文件|电脑|手机|抽屉|东西)|(自己|他)[^，。]{0,10}(手机上)?(也)?绑定了|(对着|对准)[^，。]{0,4}(我)?(卧室|卫生间|床)|(?<![勿别不要])(泄露|泄漏)|(信息|号码|电话|住址|名字)[^，。]{0,8}(给了|给|透露给|卖给)[^，。]{0,4}(被投诉|别人|外人|卖保险|推销)|问[^，。]{0,6}(孩子|家人|闺女|儿子)[^，。]{0,6}(在哪|干什么|多大|工作|上班)/, unless: /(鞋套|光猫|工单|设备|路由器(?![^，。]{0,4}(后台|密码)))[^，。]{0,4}(拍|照)|(拍|照)[^，。]{0,6}(鞋套|光猫|工单)|(会不会|是不是|能不能|可以)[^，。]{0,4}(录|拍)|(不会|会不会|是不是)[^，。]{0,12}(卖|给|泄|拍|录)/ },
  // Round 17 (t17G): the callback coached or the rating taken over by the worker — forbidden conduct (000 第四十六条; the
  // callback's result must be the customer's own, 004 第三篇 第十三条 and 第五十四条), whatever level is given with it:
  // told what to say when the call comes (跟我说接到电话一定要说非常满意, 叮嘱我回访要说满意, 教我说你们打电话来就按1, 回访的时候都说满意),
  // pressed for the words (千叮咛万嘱咐让我说满意, 非让我在他手机上签个满意, 别老让用户说好评, 让我对你们说一切都好), a low mark made
  // to cost the worker (不然他要被罚钱, 少一分扣他两百, 公司规定必须满分), the rating done on his phone or under his eyes (拿我手机点了个五星,
  // 盯着我打). Not the customer's own wish (我让他…), nor the bot's question (你让我说满意…), nor 满意度 or 满不满意.
  // Pressure said outright, a clear complaint whatever level is given (000 第四十三条(二)(十)): a mark withheld made to cost the
  // worker (说不打十分要罚他两百), the customer told to dodge the callback (让我别接你们电话), the rating done on the customer's phone
  // by the worker (他拿我手机自己点的十分).
  { category: 'attitude', severe: true, re: /不(打|给)(到)?(十分|满分|五星|好评)[^，]{0,6}(要|会|就|得)?(被)?(罚|扣)|(让|叫|要|教)(我|用户|业主|客户)[^，。]{0,3}(别|不要|甭)(接|理)(你们|回访)(的)?(电话|回访)?|(他|师傅|工人|小伙子?)(拿|用)(我|我的)(的)?手机[^，。]{0,4}(自己|直接|替我|帮我)(点|评|打|签)/, unless: /小费|红包|给钱|要钱|转账|好处|(会不会|是不是)[^，。]{0,8}(扣|罚)/ },
  { category: 'attitude', re: /(?<![你您])(让|叫|要|教|嘱咐|叮嘱|交代|交待|说|告诉)(我|用户|业主|客户|我们|大家|人家)?[^。]{0,20}(回访|打电话来|打来电话|来电话|电话来|接到电话|接电话|打电话问|问起来)[^。]{0,8}(说|答|讲|签|打|评|点)[^，。]{0,3}(非常满意|满意(?!度)|好评|五星|满分|十分|一切都好|都好)|(?<![你您])(打电话来|打来电话|来电话|电话来|接到电话|回访)[^，。]{0,6}(就|都)?按[1一]|(?<![你您]|[你您]们)(让|叫|要|教|逼|逼着|嘱咐|叮嘱|求)(我|用户|业主|客户|我们|大家|人家)[^，。]{0,8}(说|签|打|评|点|填)(个|了)?(非常满意|满意(?!度)|好评|五星|满分|十分|一切都好|都好)|(让|叫|要)(我|我们)(对|跟|向|和)(你们|您们|客服|回访的?)(说|讲)[^，。]{0,2}(一切都好|都好|挺好|非常满意|满意(?!度)|没问题|好话)|(不然|否则|要不然|要不|少一分|少[一两]分|差评|低分|不是满分|不满意)[^，。]{0,6}(他|他们|师傅|人家)?(就)?(要|会|得)?(被)?(扣|罚)(他|他们)?(的)?(钱|工资|奖金|绩效|[一二两三四五六七八九十百千\d]+)|(规定|要求|公司|上面|他说|他们说|师傅说)[^，。]{0,6}(必须|一定要|非得|只能)(打|给|是)?(满分|十分|五星|好评|非常满意)|(拿|用)(我|我的)(的)?手机[^，。]{0,6}(点|评|打|签)(了|的)?(个)?(五星|好评|满分|满意|十分)|(让|叫|要|教)(我|用户|业主|客户)[^，。]{0,3}(别|不要|甭)(接|理)(你们|回访)(的)?(电话|回访)?|(在|用)(他|他的|师傅的?|他自己的?)手机上[^，。]{0,4}(签|点|评|打)|(盯着|看着|当着)(我|他)[^，。]{0,4}(打|评|签|点)(完|分|了)?|(拿|用)着?(我|我的)的?手机[^。]{0,12}(自己|替我|帮我)(点|评|打|签)|(低于|不到|少于|不是|不打)(十分|满分|五星|10分)[^，。]{0,4}(就)?(都)?(算|是|当)差评/, unless: new RegExp(`(会不会|是不是)[^，。]{0,8}(扣|罚)|(扣|罚)[^，。]{0,6}(吗|么)[？?]?$|${REMINDER_TAKEN_ZH.source}|^(?!.*(必须|非得|非要|非让|逼|求|扣|罚|差评|盯着|手机|回访)).*(确实|的确|本来就|也确实)[^，]{0,4}(干得|做得|修得|装得|弄得)?(好|不错|漂亮|利索|满意)`) },
  // Scores given to several things (工程师我给十分，你们联通的信号我只能给五分; 服务九分，产品七分; 师傅十分，价格五分; 九分给产品，人给三分):
  // the low mark of the network, the product or the designer is a grievance about the work's quality, of the price about the
  // billing, of the people beside a product praised about their conduct (zh.ts scoreOfServiceZh takes the service's score).
  // Only when two scores are said. The app or the account page that fails (那个APP就别提了, 缴费那个公众号老是登不上): quality.
  { category: 'attitude', re: /(产品|设备|东西|路由器)[^。]{0,10}(?<![家别个])(人|师傅|工程师|小伙子?)(给|打)?(个)?[零一二两三四]分(?![钟钱货靠])/ },
  { category: 'quality', re: /(?<!(价格|材料费?|费用|收费|资费|套餐)[^，。]{0,8})(信号|网络|网速|路由器|光猫|产品|设备|设计师?|app)(的)?[^，。零一二两三四五六七八九十\d]{0,8}?(给|打)?(个|它)?[零一二两三四五六七]分(?![钟钱货靠])|(app|小程序|公众号|网上营业厅|客户端)[^，。]{0,10}(别提了|登不上|登不进去?|闪退|打不开|用不了|不好用|卡死|没搞明白|搞不明白|老崩)/, unless: /^(?![^]*分[^]*分)(?![^]*(app|小程序|公众号|网上营业厅|客户端))/ },
  { category: 'billing', re: /(价格|材料费?|费用|收费|资费|套餐)(的)?[^，。零一二两三四五六七八九十\d]{0,8}?(给|打)?(个)?[零一二两三四五六七]分(?![钟钱货靠])/, unless: /^(?![^]*分[^]*分)/ },
  // Round 17 (t17G): conduct in the customer's home named by what was done rather than by a word of manner — idling on the job
  // (工人中午在屋里打扑克, 在我家打了一个钟头的游戏, 斗地主), coming in without knocking (进门没敲门, 直接推门就进来了), speech
  // "not very polite" (说话不太客气): attitude (000 第四十六条, 第四十三条(六)(七)). Not the customer's own cards or games
  // (我在打牌, 在打麻将呢, 他在楼下下棋: only a worker named idles), nor a knock that was made (敲了门才进).
  { category: 'attitude', re: /(?<=(工人|师傅|小伙子?|工长|施工队|装修队|干活的|装机的|维修的|那几个人|他们几个)[^，]{0,8})(打扑克|打牌|斗地主|打麻将|下象棋|下棋)|(?<=(他|她|他们|工人|师傅|小伙子?|那人)[^，]{0,8})(打|玩)了[^，]{0,8}游戏|(进门|进屋|进来)[^，]{0,3}(没|不|也不|都不|也没|都没)敲门|(没|不)敲门[^，]{0,4}(就|直接)|直接推门(就)?(进|闯)|(讲话|说话|口气|语气|态度)[^，]{0,3}(不太|不大|不怎么|不是很)客气/, unless: /(要是|如果)[^，]{0,6}(打牌|游戏)|敲了门/ },
  // Round 22 (t22E): a finish uneven (有一两处打胶不太匀, 漆刷得不均匀, 砖贴得不太齐): the work below standard (004 第五篇), quality;
  // 打得很匀 is praise and names nothing.
  { category: 'quality', re: /(打胶|胶|油漆|漆|涂料|乳胶漆|腻子|颜色|砖缝|缝)[^，]{0,4}不(太|大|够|怎么|是很)?(匀|均匀)|(刷|打|抹|涂|刮|喷|贴|铺)得[^，]{0,3}不(太|大|够|怎么|是很)?(匀|均匀|齐|整齐)/ },
  // Round 22 (t22E): a pressure test failed (地暖管子打压没过, 水管试压不合格, 保压掉压了): the pipework leaks, a clear complaint about
  // the work (004 第五篇), never a small reservation. (The fee for the test, 打压费, is money: below.)
  { category: 'quality', severe: true, re: /(打压|试压|保压|压力测试)[^，]{0,4}(没过|没通过|不过关|不合格|没合格|不达标|掉压|漏)|掉压/, unless: /(打压|试压)[^，]{0,6}(吗|么|没有)$/ },
  // Round 17 (t17G): a flaw of the finish named by the thing (吊顶有条缝, 踢脚线有两处没打胶, 施工队太差劲): the work itself below
  // standard (004 第五篇). Not a gap asked about (有没有缝).
  { category: 'quality', re: new RegExp(`(有|留了?|裂了?)(一|${N})?(条|道|处|个)(缝|缝隙|裂缝|裂纹)|(没|没有|忘了)打(玻璃)?胶|胶(没|没有)打|(施工队|施工的|队伍|班组|干活的)[^，]{0,3}(太|真|很|特别|也太|真是)?(差劲|不行|垃圾)`), unless: /有没有[^，]{0,4}缝/ },
  // Round 17 (t17G2): an extra charge put to the customer on the spot (得加一百块钱材料费, 阀门得换新的 要收八十, 说材料涨价了要我补一千,
  // 还得另交五十上门费): money asked at the visit (000 第四十三条(一)(三)), not a bill disputed afterwards (billing). Not what was
  // given back or refused (退, 没收, 没要), nor a price asked about (要收多少, 要不要收钱).
  { category: 'money', severe: true, re: new RegExp(`(得|要|还要|还得|又要|另外|额外|非要)(我)?(另|再|多)?(加|收|补|交|掏|付)(我|了)?[^，]{0,2}(${N}|百|千|[一五])+(十|百|千)?(块|元|十|百|千)(钱)?(?![^，]{0,2}(吗|么|左右|的话))`), unless: /(已经|都|也|又)?退(回来|给我|了)|(没|不|没有)(收|要)(钱|我的钱)|(死活|坚决|硬是|说什么也|怎么也)(不|没)(要|收|肯)/ },
  // Round 22 (t22B): a sum named as the price of service by staff, or else a wait or no service (不给两百就得等下个月, 不掏三百块
  // 就不给修): money asked for (000 第四十三条(一)). Not a sum the customer kept and was served anyway (不给两百他也照样修了: no 就).
  { category: 'money', severe: true, re: new RegExp(`不(给|掏|拿|塞)(他|他们|师傅)?[^，]{0,2}(${N}|百|千)+(十|百|千)?(块|元)?(钱)?(就|的话)[^，]{0,4}(等|排|不|没|别想|甭想|休想)`) },
  // A threat for a low answer (要是我敢说不满意他就不来了, 打差评就别想再修): severe.
  { category: 'attitude', severe: true, re: /(要是|如果|敢|谁)[^，。]{0,4}(说|打|评|给)[^，。]{0,2}(不满意|差评|低分)[^，。]{0,3}(他|他们|师傅)?(就)(不|别|再也不|要|让)/ },
  // Round 16 (t16G2): grievances told by a construction the rules below read under another category or not at all.
  // Money asked on the side (000 第四十三条(一)(三)): the work made to hang on a payment (不给两百块就不给好好弄; a sum of money, not 不给五星就不给调: a rating), a transfer to the
  // worker himself (让我单独给他转钱), a product said to be required (暖气片得买个什么保险). Not what was declined (MONEY_DECLINED_ZH).
  { category: 'money', severe: true, re: new RegExp(`不给[^，]{0,4}(${N}|百|千)+(块|元|块钱)[^，]{0,2}就(不|别)|(单独|私下|私自|偷偷)[^，]{0,3}(给|跟)?(他|她|师傅|工人)[^，]{0,2}转(账|钱)|(得|要|必须|非得)(买|办|上)(个|一份|一个)?(什么)?[^，]{0,3}保险`) },
  // Personal data sold or passed on (000 第四十三条(五): 严禁泄漏客户个人信息): 把业主的信息往外卖; the customer's WiFi renamed or locked
  // by the worker (把我家WiFi名字改成了他自己的名字): conduct (attitude). Not a question whether it would be (你们不会把我的号码卖给别人吧).
  { category: 'attitude', severe: true, re: /(信息|号码|电话|住址|资料)[^，]{0,3}(往外卖|卖给|卖出去|泄露|外泄)|(wifi|无线|网络)[^，]{0,3}(名字|名称|密码)[^，]{0,3}改成[^，]{0,3}(他|她)(自己)?/, unless: /(不会|会不会)[^，]{0,12}(卖|泄露|外泄)|(卖|泄露|外泄)[^，]{0,8}(吧|吗|么)[？?]?$/ },
  // Smoke left in the home (抽得满屋子烟味) and bare feet walked through it (光着脚在我家走来走去, 那脚味儿): conduct in the home
  // (000 第四十三条(六)(七)). Not someone else's smoking (抽烟的是我老公: no smoke "left" said).
  { category: 'attitude', severe: true, re: /抽得[^，]{0,4}烟味|(光着脚|光脚|赤脚)[^，]{0,6}(走|踩|进)|脚(臭|味)/ },
  // What was left behind not cleared (000 第二十八条: the site left clean): the packaging not taken, the old line left hanging
  // with nobody to take it (not a live wire left lying about: 电线满地拉着没人管 is a hazard), the cleaning promised not done (说好的完工保洁到现在都没做): mess.
  { category: 'mess', re: /(没|忘了?)(带走|拿走|收走|清走)[^，]{0,4}(包装|纸箱|箱子|盒子|垃圾)|(网线|旧[^，]{0,4}线|包装|纸箱|盒子)[^，]{0,12}没人(收|清|拿)|(保洁|打扫|清洁)[^，]{0,6}(都|也)?(没做|没搞|没弄|没来)/ },
  // Tiles or a wall cracked by themselves (瓷砖全裂了): the work's quality (000 第三十七条); cracked by the worker is damage (mess,
  // below: 敲裂, 砸裂).
  { category: 'quality', re: /(瓷砖|地砖|墙面|吊顶|地板)(全|都|也|又)?(开)?裂/ },
  // A part that sounds (阀门那边有点响), warmth below what it was (没以前那么烫): the work's quality, usually small.
  { category: 'quality', re: /(阀门|暖气片|管子|水管|路由器|光猫|机器|风机)[^，]{0,4}(有点|有些|老|总|一直)?(响|异响|嗡嗡)|(没|不如)(以前|去年|往年|原来)(那么|那样)?(烫|热|暖和)|(暖气|屋|房间|卧室|客厅|这屋|那屋|这边|那边)[^，]{0,6}不如[^，]{0,6}(烫|热|暖和)|(温度|暖气|供暖|供热)[^，]{0,3}(一年不如一年|一天不如一天|一年比一年(低|差|冷))/ },
  // Round 17 (t17F2): the heating itself called no good (空调开的二十六度，暖气不行; 暖气真不给力; 暖气太差劲了): the heating's quality,
  // what the sampling survey asks about (003 三.2). Not asked or supposed (暖气不行吗, 暖气不行的话), nor its absence owned (暖气不行就开空调 is a plan: 就 follows).
  { category: 'quality', re: /暖气(片)?(也|真|太|就是|根本|实在|还是)?(不行|不给力|不中用|差劲|太差)(了|啊|呀)?(?![吗么就]|的话)/ },
  // A receipt or invoice for money paid still not given (材料款的收据到现在没给我): a bill not settled, 000 第四十三条(三).
  { category: 'billing', severe: true, re: /(收据|发票|票据|小票)[^，]{0,6}(到现在|一直|至今|还|都)?(都|也)?没(给|开|寄)(?![^，]{0,2}[吗么])/ },
  // The home used as the crew's own (把我家当宿舍了, 在我新沙发上睡觉) and the customer told to go complain where they like (你爱找谁
  // 找谁): conduct (000 第四十三条(六), 第四十六条), a clear complaint.
  { category: 'attitude', severe: true, re: /把(我|我们|俺)?(家|房子|新房)当(成)?(宿舍|旅馆|饭店|自己家)|在(我|我们|俺)(家)?[^，]{0,4}(沙发|床)上(睡|躺)|爱找谁找谁|爱(上)?哪(儿)?(投诉|告)(就)?(上)?哪/ },
  // Photos taken without a word first (拍之前没跟我说一声): conduct (000 第四十三条(十一)), usually a small reservation when the
  // photos were the required ones; not when asked first (拍之前都问过我: not negated).
  { category: 'attitude', re: /(拍|照)(照)?[^，]{0,2}(之前|以前|前)[^，]{0,3}(没|也没|都没|不)(跟|和|问|给)(我|我们|俺)?[^，]{0,2}(说|讲|打招呼|问)/ },
  // Come too early (来得有点早, 我还没起床他就在门口了): the appointment not kept, 000 第三十二条 (late: the time).
  { category: 'late', re: /来得(有点|有些|稍微|太)早(?!点|些|一点)/ },
  // Round 17 (t17F2): the fix told as slow in coming (解决了，但解决得有点慢; 处理得太慢了): late, not a fault left (000 第三十三条 即修即通
  // is about the wait). Not the line still slow (网速还是慢).
  // Round 19 (t19K): the desk's replies told as slow (就是回复慢, 回复得有点慢, 答复太慢): the complaint's handling slow, late (000
  // 第十三条–第十八条), not a line nobody answers (unreachable: 打不通, 没人接).
  { category: 'late', re: /(解决|处理|修|弄|办)(得|的)(有点|有些|稍微|太|挺|比较|真|也太|是)?慢|(回复|答复|回应|反馈|回话)(得|的)?(有点|有些|稍微|太|挺|比较|真|也太|是|也)?慢/ },
  // Round 19 (t19K): the first visit that did not fix it, told beside another (第一次没修好又来了一趟, 第一次来人没弄好): several
  // visits for one problem, repeat_visit (000 第三十三条), not a fault still there (还是不行, 现在还没好: not_fixed).
  // Not when the answer goes on to the fix that followed (第二天又来了个师傅一下就弄好了): the older readings of a fault put
  // right stand (a merge of round 19 found the level lost to it).
  { category: 'repeat_visit', re: /(第一|头一)(次|回|趟)[^，]{0,4}(没|没有)(修|弄|搞|整|处理|解决)(好|明白|利索)?/, unless: /还是|还没|(现在|到现在|至今)(也|还)|又(坏|不行|断|漏|不热)|(又|再|第二|后来|后面)[^，。]{0,10}(弄好|修好|搞好|整好|搞定|解决)了/ },
  // Round 19 (t19K): the staff's words quoted that put the fault on the building or on the customer, or leave the customer to
  // fend for themselves (来了就会说这楼本来就不热, 维修工说你们这老楼就这样, 一提问题就说这是你们自己选的, 一进门就问我是不是自己弄坏的,
  // 你嫌冷你自己买个电暖气): blame shifted, a forbidden phrase (000 第四十六条), attitude — not the heating's quality or damage.
  // Only said by someone (说, 问), or to the customer (你嫌冷); not the customer's own account (我自己弄坏的, 我怕冷自己买了个).
  { category: 'attitude', re: /(说|讲|问)[^，。]{0,8}(楼|房子|房|小区|管道|管网|老楼)[^，。]{0,3}(本来就|就这样|都这样|就是这样|一直这样)|(说|讲|问)[^，。]{0,4}(这|那)?(是|都是)?(你们|你|你家)(自己)?(选|要|定|买|挑)的|问(我|俺)[^，。]{0,3}是不是(我|你们|你)?(自己|家里人|孩子)[^，。]{0,3}(弄|搞|整|碰|摔|拽)坏的|(?<![我俺])你(要是)?(嫌|怕)(冷|凉|慢)[^，。]{0,3}(就|你)?(自己)(买|装|开|加|弄)|(?<=(说|讲)[，\s]?)(要是)?嫌(冷|凉|慢)[^，。]{0,3}(就|你)?(自己)(买|装|开|加|弄)/ },
  // Round 23 (t23B): the customer's own device put out of order by the worker's handling (机顶盒让他一弄现在没信号了, 电视被师傅一动就
  // 不亮了, 路由器叫他给鼓捣坏了): damage to the customer's equipment (003 四: 不得损坏用户室内设施), mess, a clear complaint even
  // after the line conceded (网是通了). By the worker only (让他, 被师傅); 我一弄就好了 is the customer's own doing.
  { category: 'mess', severe: true, firm: true, re: /(机顶盒|电视|路由器|电脑|座机|电话机|光猫|空调|热水器|插座|灯|音响|投影)[^，。]{0,4}(让|被|叫)(他|她|师傅|人家|他们|工人|小伙子?|装维)(给)?(一)?(弄|搞|整|碰|动|拆|鼓捣|捣鼓|折腾)(了)?[^，。]{0,8}(没(了)?信号|没声|坏|不亮|不能用|用不了|不好使|黑屏|打不开|开不了机|不行了|没反应)/ },
  // Round 23 (t23B): the customer told off in staff's quoted words (他说你这人咋这么多事, 跟我讲 你这种情况多了去了, 回我一句 你这人真麻烦):
  // a forbidden phrase (000 第四十六条, 服务禁用语), attitude, a clear complaint. Only as said to the customer (你这人…), or the
  // grievance waved off as common (这种情况多了去了); not the customer's own words about a relative (我老伴说我这人事多 has no 你).
  { category: 'attitude', severe: true, firm: true, re: /(说|讲|来了一句|回(了)?(我)?一句|嘟囔)[^，。]{0,4}(你|您)(这|这个|这种)?人[^，。]{0,3}(咋|怎么|真|就是|也太|太)?(这么|那么)?(多事|事多|事儿多|麻烦|烦人|啰嗦|难缠|矫情|事儿妈)|(你|您)?(这种|这样的|这类)(情况|事|事儿|问题)(多了去了|多得是|海了去了|多的是)/ },
  // Round 19 (t19K): the line slower than the package sold or the speed promised (网速没有宣传的快, 网速没我想的那么快, 说是五百兆的
  // 看个视频都卡): the service itself below standard, quality (000 第三十七条), not slow handling.
  // Round 21 (t21J): the line slower than what was said or signed for (网速好像比说的稍微慢一点点, 网速感觉比套餐的慢): the speed
  // delivered, quality (004 第三十二条), however softly said; not the visit's hour (比约的晚 stays late).
  { category: 'quality', re: /(网|网速|宽带|上网|下载|网络|速度)(好像|似乎|感觉|貌似|确实|是|也|就|还)*比(说|讲|承诺|宣传|套餐|办|签|合同|预期|预想|想象|标)(好|定|的|中的|里的|上的)*[^，]{0,6}慢/ },
  { category: 'quality', re: /网速[^，]{0,2}(没有?|不如|比不上|达不到|不到)[^，]{0,8}(快|标的|说的|宣传|承诺)|(说是|说好的?|办的是?|宣传的?|套餐是?)[^，]{0,3}[一二两三四五六七八九十百千\d]+兆[^。]{0,12}(卡|慢|不够|达不到|不到)/ },
  // Round 16 (t16G): grievances about privacy, conduct in the home, products pushed, damage told in detail, work left half
  // done, promises and bills, each told by its construction rather than by a level word.
  // A hazard beside smoking (烟头扔在油漆桶边上, 抽烟 旁边就堆着稀料): 000 第二十七条, before the smoking itself (conduct).
  { category: 'safety', severe: true, re: /(烟头|抽烟|烟灰)[^]{0,14}(油漆|稀料|易燃|汽油)(桶|罐)?(边|旁|跟前)|(烟头|抽烟)[^]{0,14}(旁边|边上)[^，]{0,6}(油漆|稀料|易燃|汽油)/ },
  // Privacy (000 第四十三条(五)(十一): 严禁泄漏客户个人信息, 打探客户私密): the home or an ID photographed beyond the required photos
  // of the modem (客厅卧室挨个拍了一遍, 把身份证正反面拍了发他私人微信, 拍户口本), personal data passed on or made public (把我家住址
  // 告诉楼下搞装修的, 把我的名字和电话给了被投诉的营业厅, WiFi密码写在楼道墙上, 泄露我家信息), the complainant's anonymity broken (匿名投诉的
  // …全楼都知道是我), spam since the visit (骚扰电话天天打, 卖建材的电话都打爆了), the household probed (问我家几口人 白天有没有人在家).
  // No category of its own: conduct (attitude). Not a photo the customer asked for (我自己让他帮我拍) or asked for consent first
  // (拍之前都问过我), a question whether it would be done (你们不会把我的号码卖给别人吧: the pipeline's question reading).
  { category: 'attitude', severe: true, re: /(身份证|户口本|证件|卧室|客厅|屋里|家里|房间|门牌)[^，]{0,8}(挨个|都|全)?(拍|照)(了|走|下来|到|个遍|了个遍|回去|(?=，|$))|(拍|照)(了)?(我|我家|我们家|俺家)?的?(身份证|户口本|证件|卧室|客厅|屋里|家里|房间|门牌)|(要|让|叫)我(把)?[^，]{0,4}(身份证|户口本)[^，]{0,6}(拍|号|发|报)|(把|将)(我|我家|我们家|俺家|业主|我老婆|我爸|我妈)?的?[^，]{0,8}(号码|电话|手机号|地址|住址|门牌号?|名字|姓名|信息|身份|户型图|照片|密码)[^，]{0,12}(给了|(?<![没不])告诉|卖|泄露|泄漏|透露|发给|发到|发在|念给|贴到|贴在|写在|往外)|(照片|拍)[^，]{0,8}发(朋友圈|群里|到群|抖音)|(号码|电话)[^，]{0,6}(推销|骚扰)名单|被投诉的(人|那边|营业员)?[^，]{0,6}(打电话来|找上门|上门|知道)|问(得)?(这么|那么|太|有点|挺)细|(泄露|泄漏|透露|卖)(了|出去)?[^，]{0,4}(我|我家|我的|业主的?)[^，]{0,3}(号码|电话|信息|地址|身份)|(号码|电话|信息|地址|身份)[^，]{0,3}(被|让|给)?[^，]{0,4}(泄露|泄漏|卖|透露)(出去)?(了|的)|(匿名|别透露|不要透露|保密)[^]{0,24}(都知道|都在传|知道了|(?<!(怎么|咋|如何|让人|让别人|别人))知道是我|说出去|被投诉的人)|(全楼|小区|群里)[^，]{0,6}(都知道|都在传)是我|(给了|告诉了?)(那个)?被投诉的|(骚扰|推销|贷款)电话[^，]{0,6}(天天|每天|一天|不断|打爆|老多|比|都)|(天天|每天|一天)[^，]{0,6}(骚扰|推销|贷款)电话|(推销|卖|贷款|保险|中介)[^]{0,30}(一天|天天|每天)[^，]{0,3}[两三四五六七八九十几好多\d]+个电话|电话(都|也)?(被)?打爆了|(问|打听)[^，]{0,6}(几口人|有没有人在家|几点出门|几点回)/, unless: /(我|我自己|我们)(让|叫|请)他[^，]{0,4}(帮我)?拍|(之前|先|都)(都)?问(过|了)我|(会不会|会|不会|能)[^，]{0,8}(卖|给|泄露)[^，]{0,8}(吗|吧)/ },
  // Products pushed for gain (000 第四十三条(四)): 推销, pressed to take a second SIM, an upgrade, insurance, a filter (磨了我半个
  // 多小时让我办副卡, 非让我升级到两百九十九的套餐, 劝我换他们的融合套餐), a commission named (提成, 回扣), a product made a condition of
  // the work (说不升级光猫带不动, 说买两盒能优先检修). Not what nobody pushed (他什么都没推销: negated).
  { category: 'money', severe: true, re: /推销(?!电话|名单)|(给我|又|一直|硬|使劲|顺便|还)[^，]{0,2}推(了)?(个|了|三样|几样|[^，]{0,2}东西|[^，]{0,6}(套餐|会员|卡|保险))|提成|回扣|\bcommission\b|(非|非要|非得|硬|一直|磨|劝|缠着)[^，]{0,10}(让我|给我|我)?(办|买|换|升级|升|装|开|加钱换)[^，]{0,10}(副卡|套餐|保险|净水器|过滤器|会员|摄像头|保健品|卡|东西|橱柜)|说(不)?(买|办|升级|升|装|换)[^，]{0,8}(才|就|能|不能)[^，]{0,6}(优先|好好|修不好|带不动|做不出来)|(说|让|叫)[^，]{0,8}(得|要|必须)(买|办|装)[^，]{0,4}(个|份)?(什么)?(保险|净水器|过滤器|会员|卡|套餐)|(让|叫)(我|我妈|我爸|老人|她|他)[^，]{0,2}(办|买|开)(了)?(个|张|份)?(什么)?(卡|副卡|保险|会员)/, unless: /推销[^，]{0,8}的是[^，]{0,12}(不是你们|摆摊)/ },
  // Damage told in detail (000 第二十八条, the table: damage left behind): a thing of the home broken, scratched, knocked off or
  // cut by the worker (把我家防盗门锁弄坏了, 把阀门旁边的墙皮敲掉一大块, 天花板吊顶戳了个洞, 隔壁老王家的网线让他给剪断了, 木地板都
  // 泡起鼓了, 地板被刮成那样), and a repair asked for it (门锁谁赔, 先把我家门锁赔了再说).
  { category: 'mess', severe: true, re: /(地板|地砖|瓷砖|门锁|锁|防盗门|墙皮|墙面|吊顶|天花板|屏幕|电视|大理石|窗台|柜子|家具|网线|水管|暖气管|钢琴|窗户)[^，没不未]{0,8}(弄坏|整坏|搞坏|撬坏|拧坏|刮(?!风)|划|磕|敲掉|敲裂|敲脱|撬了|戳|剪断|打穿|泡起|砸|碰掉|弄断|踩坏)|(弄坏|整坏|搞坏|撬坏|刮坏|磕坏|敲裂|剪断|打穿)(了)?[^，]{0,4}(我家|我们家|俺家|邻居)|(门锁|地板|地砖|墙皮)[^，]{0,6}(谁赔|赔了|什么时候(给我)?(换|赔|修))|赔[^，]{0,2}(门锁|地板)|(拖|划|刮|磕|蹭)出[^，]{0,4}(印子|印儿|道子|划痕)|(孔|洞|眼)[^，]{0,4}打错|打错(了)?[^，]{0,4}(孔|洞)|多了(个|一个|几个)(窟窿|洞)|白打了[^，]{0,3}(个)?(洞|孔)/, unless: /(是|让)(我|我家|我们家|我老公|我自己|楼上|我家狗)[^，]{0,8}(自己)?[^，]{0,6}(坏|断|掉|挠)的/ },
  // Hygiene and conduct in the home (000 第四十三条(六)(七); 003 九): the toilet used unasked or left unflushed, smoking in the
  // home, spitting, phone games or videos on the job, drink, lewd talk or swearing, the customer's things used unasked, no
  // shoe covers. Not smoking by someone else or declined (抽烟的是我老公, 让他们抽烟他们都不抽), a hypothetical (要是他在我家
  // 抽烟), games refused (他说上班时间不玩).
  { category: 'mess', re: /(不|没)(套|穿|换)鞋套|进门[^，]{0,4}不(换鞋|套|穿鞋套)|连鞋都不换|鞋套[^]{0,20}(没|不)再?(套|穿)/ },
  { category: 'attitude', severe: true, re: /(没问|不问|没打招呼|问都没问|没问一声)[^，]{0,8}(就)?(进|用|上)[^，]{0,6}(卫生间|厕所|马桶)|(卫生间|厕所|马桶)[^，]{0,12}(不冲|没冲|也不冲|从来不冲)|(上|用)[^，]{0,4}(厕所|卫生间|马桶)[^，]{0,8}(没冲|不冲|门都不关)|抽(了)?[^，]{0,3}烟(?!钱)(?![^，]{0,6}(下楼|楼下|出去|出门|外面|外头)[^，]{0,2}(去|才)?(抽|吸))|点烟(?!钱)|烟头|烟味|\bsmoke\b|吐痰|吐口水|(坐|躺|蹲|一直|上班时间|干活|修到一半)[^，]{0,10}((打|玩)(手机)?游戏|刷(短)?视频|刷抖音)|酒气|酒味|醉醺醺|喝(得)?醉|开黄腔|(骂|说)脏话|嘴巴不干净|(自己|擅自)(开|拿|用)[^，]{0,4}(我家|冰箱|洗衣机)|(用|拿)我家[^，]{0,6}(洗衣机|冰箱|电视)[^，]{0,4}(洗|看|拿)|(在|用)(我家|我们家|俺家)[^，]{0,8}洗(了)?(个)?澡|(床上|床)[^，]{0,2}一坐|躺(在)?我家沙发|(冲|对着?)[^，]{0,6}(吼|嚷嚷|嚷|发火|甩脸)|配了?[^，]{0,4}钥匙|钥匙[^，]{0,8}(没还|什么时候还|不还)/, unless: /不在[^，]{0,4}抽烟|抽烟的是|要烟|烟钱|买(包|条)烟|(让|请|给)[^，]{0,6}(抽烟|烟)[^，]{0,4}(都|也)不抽|(要是|如果)[^，]{0,8}(抽烟|游戏)|不玩|拉着他/ },
  // Work left half done (000 第三十七条, 第三十九条): not shown how to use it (一句没教, 没教怎么用), trunking or clips not fitted,
  // the lagging not wrapped, the remote not paired, the speed not tested in front of the customer.
  { category: 'quality', severe: true, re: /(一句|一点|怎么[^，]{0,6})(也|都)?没教|没教(我)?(怎么|咋)?(用|设置|弄)|(线槽|卡子|保温棉|遥控器|线管)[^，]{0,6}(没|不)(装|钉|包|配对|固定)|(没|不)(给)?(装|钉|包|配对|固定)(线槽|卡子|保温棉)|没(当面)?测(给我看|网速)|没帮我测|(没|不)给(咱|我|俺)?(钉|固定|装|包)(上|好)|没(钉|固定)(上|好)|线[^，]{0,12}(没|不)(固定|钉)/ },
  // Promises and bills changed after the visit (000 第四十三条(三)): a gift or a free item promised and not given (说送三个月的电视
  // 会员 到现在没开通, 说好的路由器没给), more taken than before (多扣了五十, 扣得比上个月多, 又扣了
  // 一笔), the package changed unasked (套餐就被改成一百二十九的了), a service added unasked (多了个十块钱的什么增值服务, 顺便给我开了个会员).
  // Money taken for what was free (说要交钱，后来才知道本来是免费的): money asked for, 000 第四十三条(三).
  { category: 'money', severe: true, re: /本来(是|就是)?免费的/, unless: /(已经|都|也)?退(回来|到|给我)/ },
  // Round 23 (t23B): a charge named by the worker (说得换个新光猫 二百八) and found free on asking elsewhere (后来我问营业厅 人家说是免费送的):
  // money asked for what is free, 000 第四十三条(三). The worker's ask must come first; an asked-about freebie alone is no charge.
  { category: 'money', severe: true, re: /(说|要|让)[^。]{0,10}(换|买|交|加|装)[^。]{0,24}(后来|结果|再|回头)[^。]{0,6}(问|打听|查)[^。]{0,12}(说|讲)[^，。]{0,3}(是|本来是|本来就是|这是)?(免费|白送|不要钱)/, unless: /(已经|都|也)?退(回来|到|给我)/ },
  { category: 'billing', severe: true, re: /(说|说好)(的)?[^，]{0,8}(送|免费|赠)[^，]{0,10}[，]?[^，]{0,10}(没(给|送|开通|兑现|到)|一样没给|没这个活动|没这回事)|说好的[^，]{0,6}没给|多扣(了)?|扣得比[^，]{0,6}多|又扣了一笔|套餐[^，]{0,4}(被)?((改|换)成|降了|给降了)|多了(个|一项)[^，]{0,12}(服务|费|会员)|(给我)?开了(个|一个)[^，]{0,4}会员|多交的钱/, unless: /(已经|都|也)?退(回来|到|给我)|我自己(要)?(升|改|换|开)/ },
  // Round 15 (t15G): money asked for in euphemism (000 第四十三条(一)(三)(四)): a fee for the petrol, the tea or the trouble
  // (给点油钱, 茶水钱, 辛苦钞票), "a little something" for someone (让人意思意思, 得给工人意思意思), greasing the wheels (不打点打点),
  // payment into the worker's own account (扫他个人的收款码, 费用先给他 他帮我交), a private deal or the firm bypassed (私下办能便宜,
  // 别走公司 直接包给他), fees invented one after another (总找名目加钱, 这费那费), a sum without a slip (材料费八十 没小票),
  // what other owners "all" give (别家业主都请工人吃饭), a guarantee made to hang on a purchase (不买他那的不保修), the
  // customer's materials used on another job (拿我家的材料去干别人家的活).
  { category: 'money', severe: true, re: /(油钱|茶水钱|辛苦钱|辛苦钞票|跑腿钱|烟酒钱)|(让|叫|要)人(也|都)?(意思|表示)(意思|一下)?(?![^]{0,3}(吗|么|是|呢|不大|大))|(得|要|就得)给[^]{0,4}(意思|表示)(?!是|的|不)|(不|得|要)打点(?!滴)|扫(他|她|师傅|那人)(的)?(个人|自己|私人)的?(收款)?码|(费用?|钱)[^]{0,6}先给他[^]{0,4}他(帮|替)我(交|缴|付)|私下(办|找他|弄|做|交)[^]{0,8}(便宜|少)|(别|不)走公司|直接包给他|(找|变着法|巧立)(名目|法子|理由)[^]{0,3}(加|收|要)钱|这费那费|(没|没有)(小票|收据)(?!(都|也)?(在|有|留着))|(别家|别人家?|别的业主|其他业主)[^]{0,4}都(请|给)[^]{0,6}(吃饭|红包|烟|辛苦费|钱|好处)|说不(买|用|换)[^]{0,10}(不保修|不管保修|不给保修)|拿(我|我家|我们家)的?(材料|东西|料)[^]{0,4}(去)?(干|用|做|装)[^]{0,2}别(人|家)/ },
  // Round 15 (t15G): a hazard told as a worry (000 第二十七条, 第三十条): the main switch tripping since (总闸跳了两回), gas smelt at
  // the stove since the pipe was moved (一开灶就有味儿), water beside the switchboard or a socket (下水管子挨着配电箱).
  { category: 'safety', severe: true, re: /(总闸|电闸|空开|闸)[^]{0,2}跳(了)?|(开灶|打火|点火|燃气|天然气|煤气)[^]{0,6}(有|一股)[^]{0,2}味|(水管|下水|管子|水)[^]{0,6}(挨着|贴着|靠着|对着)[^]{0,3}(配电箱|电箱|电闸|插座|插排)/ },
  // Round 13 (t13C2): a home as cold or colder after the repair (越修越凉, 修完我穿羽绒服在屋里坐着, 修完我家成冰窖了): the fault the
  // repair was for is still there (000 第三十三条), not the heating's quality in a survey.
  { category: 'not_fixed', severe: true, re: /越修越(凉|冷|差|慢|不热)|(修|弄|处理)(完|好|了)(以后|之后)?[^，]{0,8}(冰窖|冰箱|羽绒服|棉袄|挨冻|冻得|更冷|更凉|还冷|还凉|照样冷|照样凉)/ },
  // Round 13 (t13G): staff asking for extra to go faster (想快点装得给他加五十, 给师傅塞了二百才来): money asked by staff
  // (000 第四十三条), before the lateness it was meant to buy.
  { category: 'money', severe: true, re: new RegExp(`(得|要|让我|叫我)?(给|塞给?)(他|他们|师傅|工人|装机的)(加|多给|塞)(了)?[^，]{0,2}(${N}|百|千)+(块|元)?`) },
  // Round 13 (t13R): grievances told by a construction of their own, missed on every kind of step.
  // A charge for what was never ordered (账单上多出一项, 没开通过的业务), a bill asked about with 到底 (账单到底怎么算的), a
  // refund or balance still owed asked after (尾款啥时候退), a device charged for after it was taken (让我赔设备钱): billing.
  { category: 'billing', severe: true, re: /(账单|话费|费用)(上|里)[^，]{0,4}多(了|出)|没(办|开|开通|订|订购|申请)过?的(业务|套餐|服务|会员|增值)|(账单|话费|费用|收费|扣费|扣的钱)[^，]{0,6}(到底|究竟)(是)?(怎么|咋)(算|扣|收|回事)|(让|要|叫)(我|俺)(赔|补交|再交|掏)[^，]{0,4}(钱|费)|(尾款|押金|退款|定金|订金)[^，]{0,4}(啥时候|什么时候|何时|多会儿?)(能|才|给)?(退|返|给|到)/ },
  // The customer's leftover materials carted off (把我家剩的瓷砖拉走了, 顺走): taking the customer's goods, 000 第四十三条.
  { category: 'money', severe: true, re: /把(我|我们|俺)(家)?[^，]{0,6}(剩的|剩下的|多的|多余的|余下的|没用完的)[^，]{0,6}(拉走|拿走|带走|搬走|运走|顺走)|顺走/ },
  // Damage that leaves a mark (地板烫了个印子, 磕出个坑, 漏了一地黑水) and a line drilled through (drilled through the pipe): severe.
  { category: 'mess', severe: true, firm: true, re: /(烫|烧|划|刮|砸|磕|撞)(了|出|坏)?(个|一个|一道|几道|好几个|好几道|俩|两个)?(印子|印儿|坑|口子|疤|窟窿)|(漏|淌|流|洒)(了)?一地(的)?(黑|脏|污)?水|(往外|一直|满地)(淌|流|漏|渗)(着)?(黑|脏|污)水/ },
  // The mess the crew left for the customer (收拾你们留下的烂摊子).
  { category: 'mess', re: /烂摊子/ },
  // A fault the customer still hears on the line (固话还是有杂音, 电话里头滋滋的响): the fault still there, 000 第三十三条.
  { category: 'not_fixed', severe: true, re: /(固话|座机|听筒|话筒|(?<![你您这])电话(里|里头|里面))[^，]{0,4}(还是|老是|总是|一直|又)?[^，]{0,2}(有)?(杂音|滋滋|嗞嗞|沙沙|呲呲|电流声|嗡嗡)/, unless: /(你|您)(那边|那儿|这边)|是不是也/ },
  { category: 'not_fixed', severe: true, firm: true, re: /(现在)?(就是|只是|也就)?偶尔(热|暖和|通|有信号|能用|好)(一下|一会儿?)/ },
  // Said to be done but only looked at (说是处理了，其实就是来人看了一眼; 来了看看就走了): the fault still there.
  { category: 'not_fixed', severe: true, re: /说是[^，]{0,6}(处理|解决|修好|弄好|修|查)(了|过)?[^，]{0,3}(其实|实际上|结果|可是?|但是?)|(看了一眼|看了两眼|瞅了一眼|看了看|看看|转了一圈|转一圈)(就)?走(了|人)|来了?(就|只)(看了一眼|瞅了一眼|瞄了一眼)(?![^，]{0,4}(就)?(知道|找到|发现|看出|明白))/ },
  // Round 20 (t20C2): 来了就看了一眼 (the visit a glance, nothing done) above: the fault left, as 看了一眼就走了.
  // Said to be done, and what is still so (你们说解决了，我这边信号还是一格; 你们说处理完了，我家暖气自己还不知道呢): the fault
  // still there (000 第三十三条); what else is said (跑到楼道里去) is where the customer goes for a signal.
  { category: 'not_fixed', severe: true, re: /(你们|他们|师傅|客服)说(是)?(都)?(解决|处理|修好|弄好)(完)?了[^，]{0,12}(还是|还不|还没|自己还不知道)|信号[^，]{0,4}还是(就|只有)?(一|1)格/ },
  // A line wired wrong and a device dead since (把路由器的线接错了，现在客厅那个摄像头没信号): the fault the visit left.
  { category: 'not_fixed', severe: true, re: /接错了?[^，]{0,12}(没信号|不能用|用不了|没网|不亮|不通|没画面|连不上)/ },
  // A price at a mark-up beside the market's (三百八一个 外头才一百出头), a material fee doubled (材料费翻了个倍): money asked for,
  // 000 第四十三条.
  { category: 'money', severe: true, re: /(外头|外面|网上|市场上|市面上|店里|超市)(买)?(才|只要|就|也就)[^，]{0,3}[\d一二三四五六七八九十百千两]+(块|百|十|元|出头)/ },
  { category: 'billing', severe: true, re: /(材料费|费用|价钱|价格|报价|工费)[^，]{0,3}翻了(一|个|一个)?倍/ },
  // The speed sold against the speed measured (套餐写的五百兆 最快一百出头): quality below what was sold.
  { category: 'quality', re: /(套餐|合同|宣传|广告|说好)[^，]{0,4}(写的|说的|标的|是|写着)[^，]{0,4}[\d一二三四五六七八九十百千两]+兆[^，]{0,16}(最快|才|只有|顶多|也就|最多)/ },
  // Ashamed to say who did it (我都不好意思跟人说是你们家装的), work done as if in play (干活跟闹着玩儿似的): the work below standard.
  { category: 'quality', re: /不好意思(跟|和|对)?(人|别人|朋友|亲戚)(说|讲|提)|(干活|干的活|活儿?干得?)[^，]{0,3}(跟|像)闹着玩(儿)?(似的|一样)/ },
  // Handled from one solar term to the next (从立冬一直处理到快小雪了), at this pace finished when the grandchild marries
  // (照这速度我孙子结婚那年能住上), a date promised and a month past it (原定十月底完工 现在都十一月中了): late; so is the date
  // pointed at (round 17, t17V2: 你看看现在都几号了).
  { category: 'late', re: /从[^，]{1,6}一直(处理|修|弄|拖|等|干|装)到|照(这|这个)(速度|进度|样子)(下去)?[^，]{0,12}(孙子|孩子|下辈子|明年|后年|猴年马月|退休|(也|都)(住|用|完|干)不)|(原定|原计划|原来说|说好|约好)[^，]{0,10}(现在|这都|到现在)[^，]{0,2}(都|已经)[^，]{0,8}了|(看看|瞧瞧|瞅瞅)?(现在|今天|今儿|这)都几(号|月|月份)了/ },
  // Said to be none of theirs (说不是他们的事, 说这不是我们的活): the matter pushed off, 000 第三十六条 首问负责.
  { category: 'attitude', severe: true, re: /说(这|那|这个|那个)?(事)?不是(他们|我们|他|她|人家)(的)?(事|活)(?![^，]{0,3}(但|不过|可是?)[^，]{0,4}(帮|给|替))/ },
  // Someone who would make anyone furious (遇到你们那个项目经理得被气死), a recommendation only if a person is changed (换个项目经理我就推荐).
  { category: 'attitude', re: /(遇到|碰上|摊上|遇上)[^，]{0,12}(得|要|会|准|非)?(被)?气死|换(个|一个|了)[^，]{0,4}(项目经理|经理|工人|师傅|设计师|监理|工长|队伍|施工队|班组)[^，]{0,3}(我)?(就|才)(会)?(推荐|介绍|满意)/ },
  // Kept waiting (让我等一下午, 等你们师傅等到现在).
  { category: 'late', re: /让(我|俺)(白|干)?等(了)?(一|半|大半|整|整整)?(个)?(下午|上午|天|宿|晚上|早上)|等[^，]{0,8}等(到|了)(现在|这会儿?|天黑|半夜|中午|晚上)/ },
  // What would have earned the level, said as a condition (要是能一次修好，我肯定说满意): it was not one visit.
  { category: 'repeat_visit', severe: true, firm: true, re: /要是(能)?(一次|头一回|第一次)(就)?(修好|弄好|解决|搞定|装好)/ },
  // A hazard: a cable trailing on a wet floor, a power tool left on a child's bed (000 第二十七条).
  { category: 'safety', severe: true, re: /电线[^，]{0,6}地上[^，]{0,3}拖|泡(在)?(水)?里头|(电钻|电锯|角磨机|切割机|刀片|钉枪)[^，]{0,4}(就|随手|直接)?(撂|放|扔|搁|丢)[^，]{0,4}(孩子|小孩|宝宝)/ },
  // Cannot be used at all (根本打不开), gave way within months (才俩月就塌了一角), holes drilled for nothing (有两个是废的), water
  // that will not drain (坡度不对，积水流不走), a home as cold as outdoors (跟外头差不多) or as with no heating (Round 23, t23C: 跟没烧一样, 和没供暖似的), "fix X first, then ask" (先把破瓷砖换了再说),
  // worse than the last one (比上回来的差多了): the work below standard.
  { category: 'quality', severe: true, re: /根本[^，]{0,2}(?!打不(进|通|着))[打开关用合推拉装放塞进插]不(开|上|了|动|进|下|住)/ },
  // One person praised, another "a bit worse" (设计师态度好 工人就差点): the shortfall is in what the praise named.
  { category: 'attitude', re: /态度[^，]{0,6}(好|不错|可以|没得说)[^，]{1,8}(就|可|倒是?)差(点|些|一点|了点|远了|多了)(儿)?$/ },
  // Round 24 (t24E): a fall to 16–17 度 (白天二十 晚上就剩十六了) is the day's range told, a reading, as 顶多十六度 is (complaintZh);
  // 15 and below is the cold itself.
  // A reading that falls through the day (到晚上就剩十五了), a standard quoted back (你们说达标是十八吧; round 19, t19L: 达不到标准), the full fee paid for it
  // (我交的可是全额采暖费): the heating below standard (003 三.2).
  { category: 'quality', re: /(到|晚上|夜里|半夜|下午)[^，]{0,4}就(剩|只有)(十[零一二三四五]?|[五六七八九]|1[0-5])(度|了)|(你们|不是)说?[^，]{0,2}(达标|标准)(是|要|得)|达不到标准|(?<!都|全)(不|没)达标|(交|缴)的?(可)?是?(全额|足额|全款|全价|一分不少)的?[^，]{0,2}(采暖费|暖气费|取暖费|供暖费)/ },
  // Asking when the fault will be fixed (你们啥时候来给我修那个漏水的地方): the fault still there.
  { category: 'not_fixed', severe: true, re: /(啥时候|什么时候|几时|多会儿?|何时)[^，]{0,4}(来|过来)?[^，]{0,4}(给我|帮我|给俺)?(修|处理|解决|换)[^，]{0,8}(漏|坏|裂|问题|毛病|地方|故障)/ },
  // Round 12 (dev11, t12R): grievances told by a construction no word of a category names.
  // Staff threatening the customer for complaining (说再打电话就给我停暖, 再闹就给你断网), a promise of confidentiality broken
  // (说好给我保密 结果……问是不是你投诉的), the customer called troublesome (说我事儿多), a cigarette in the mouth at the door
  // (叼着烟): conduct 000 第四十六条 forbids; the threat and the broken confidence are clear complaints.
  { category: 'attitude', severe: true, re: /(再|还|敢)(打电话|打|闹|投诉|举报|反映|找|告)[^，]{0,4}就(给你|给我|给|把)?[^，]{0,4}(停暖|停气|停水|停网|断网|停了|断了|拆了|不管了|不给修)|保密[^，]{0,12}(结果|还是|却|就)|(问|说)[^，]{0,4}是不是(你|您)(投诉|举报|反映)的/ },
  // Round 22 (t22G): the engineer running down the customer's home (嫌我家暖气脏, 嫌俺家太乱, 说我们家又破又旧) or grumbling at the
  // customer on and on (一直抱怨, 老是嘟囔, 嘴里不干不净): disparaging the customer, conduct 000 第四十六条 forbids; a clear
  // complaint beside a positive level, not a small reservation. (不嫌我家脏 is negated; 抱怨 once is left to the softer rule below.)
  { category: 'attitude', severe: true, re: /(嫌|说)(我|我们|俺|咱)?(家|家里|屋里|屋)[^，]{0,4}(脏|乱|臭|破|旧|寒碜|埋汰)|(一直|老是|总是|不停地?|没完没了地?)(在)?(抱怨|嘟囔|埋怨|数落|发牢骚|骂骂咧咧)|嘴里不干不净|骂骂咧咧/ },
  { category: 'attitude', re: /(说|嫌|骂)(我|我们|俺)[^，]{0,2}(事儿?多|事儿?精|矫情|难缠|找事|找茬|没事找事|穷讲究)|叼(着)?[^，]{0,2}烟/ },
  // The fault put on someone else and then left (来了就说是楼里的问题 啥也不干, 说是管网的事 就走了): the fault is still
  // there (000 第三十三条; 第三十六条 首问负责); the blame alone (说是外线的问题，让我等通知) is left to the rules below.
  { category: 'not_fixed', severe: true, re: /说(是|这是)?(楼里|楼上|楼下|小区|管网|主管道?|总阀|物业|开发商|热源|换热站|热力站|楼道|外线|主线)的(问题|事|毛病)[^，]{0,4}(啥|什么)(也|都)不(干|管|弄|修)/ },
  // A promised time then what it has become (a refund promised is billing: 说好给我退一部分月租 这都两个月了; 报修说二十四小时内来人 三天了, 说好四十五天 现在两个多月了, 说好一个礼拜 都半个月了),
  // a reply after a month (投诉了一个月才给我回复), work by fits (来一天歇两天, 三天打鱼两天晒网): lateness (000 第十三条–第十八条).
  { category: 'late', re: new RegExp(`说(好|是|的是|好了)?(?![^，]{0,10}(退|返|赔|钱|费))[^，]{0,8}(小时|天|礼拜|星期|周|月)(内|之内|以内|完工|装完|完成|干完)?[^，]{0,6}(现在|这都|都|已经|结果|到现在)?[^，]{0,3}(半|一|${N})+个?多?(小时|天|礼拜|星期|周|月)了|(叫|请|喊|催)都(叫|请|喊|催)不(来|动)|(投诉|报修|反映|打电话|等)(了)?[^，]{0,2}(半|一|${N})+个?(多)?(礼拜|星期|周|月|天)[^，]{0,2}才(给我|给|跟我)(回|回复|答复|打电话|处理|来)|(来|干)(一)天(歇|休息|不来|停|玩)(两|三|几|好几)天|三天打鱼两天晒网`) },
  // A token given to make a complaint go away (送了点流量就想打发了, 给了几十块话费就想哄我): a bill in dispute, however
  // small the token (firm: the 点 is the token's, not the grievance's).
  { category: 'billing', severe: true, firm: true, re: /(送|给|赔|补|返)(了)?(我)?[^，]{0,5}(流量|话费|代金券|优惠券|积分|红包)[^，]{0,4}(就)?(想|要|来)?(打发|哄|糊弄)/ },
  // Work left for the customer to clear up (收拾你们师傅留下的烂摊子): mess left behind (000 第二十八条); a worker who is
  // beyond the pale (那师傅太不像话了): conduct (000 第四十六条), not the mock scolding of praise (太不像话了，干得那么细).
  { category: 'mess', re: /(收拾|处理|擦)[^，]{0,10}(留下|搞|弄|剩)的?烂摊子/ },
  { category: 'attitude', re: /(师傅|工人|工长|经理|客服|装机的|那人|小伙子?)[^，]{0,3}(太|真|特别|也太|真是)不像话/, unless: /干得[^，]{0,4}(细|好|认真|仔细)|(修|弄|装|干|做|处理)得[^，]{0,3}(这么|那么|真|太|特别|挺|贼|可)(好|快|利索|漂亮|细|到位)|倒水|(不|都不)(喝|收|要|吃)|认真|仔细|负责|辛苦|满意|十分$/ },
  // A sum asked on the spot without a receipt (要我四百，票也不开): money asked by staff (000 第四十三条).
  { category: 'money', severe: true, re: new RegExp(`(要|收|管我要)我(${N}|百|千)+(块|元)?(?![^，]{0,1}(分|度|天|小时|次|遍|回|趟|星))|(发票|票|收据)(也|都)?不(给|肯)?开|不(给|肯)开(发)?票`) },
  // The work not even finished (东西都没装好, 网都没装好; 前两个都没弄好 and 来了好几拨人都没修好 are repeat visits, 插座外壳都没装好
  // 电线露着 a hazard, both left to the rules below) and things not fastened (线都没固定): not fixed, below standard.
  { category: 'not_fixed', severe: true, re: /(?<!(前|头|上|之前|第一)[^，]{0,4})(都|也)没(装|弄|搞|接)好/, unless: /露|漏电|危险|电线|线头|着火|好几(拨|个|次|趟|回)|[两三四五六七八九几]+(拨|趟|回|次)/ },
  { category: 'quality', re: /(线|管子?|柜子|门|插座|灯|架子)[^，]{0,3}(都|也|还)?没(固定|钉牢|装牢|钉住)/ },
  // Proverbs of a promise not kept or a fix that changes nothing (雷声大雨点小, 光打雷不下雨, 换汤不换药, 按下葫芦浮起瓢) and
  // nothing done at all (啥也没办; 我一天啥也没干成 is the customer's day): the fault is still there (000 第三十三条).
  { category: 'not_fixed', severe: true, re: /雷声大雨点儿?小|(光|只)打雷不下雨|换汤(不|没)换药|按下葫芦浮起瓢|拆东墙补西墙|(?<!我[^，]{0,4})(啥|什么)(事)?(也|都)没(办|干|做|处理|弄|管|整)(成|明白)?(?![^，]{0,2}(吗|么))/ },
  // The speed below what was bought (才几十兆 我办的可是五百兆的, 速度不到一百兆, 就二十兆 我办的是三百兆的): below standard,
  // and the plan paid for not delivered, a clear complaint.
  { category: 'quality', severe: true, firm: true, re: new RegExp(`(才|只有|只|不到|不够)[^，]{0,3}(几十|${N}|百|千)+兆|就(几十|${N}|百)+兆[^，]{0,12}(办|买|开|签|交|订)的(可|明明)?是`) },
  // The material swapped for a cheaper one (拿次一档的瓷砖替了我选的那款, 说的是实木的 拆开一看是颗粒板): the work below
  // standard, the contract broken (004 第五篇).
  { category: 'quality', re: /拿[^，]{0,8}(替|顶替|冒充|换)了?(我)?[^，]{0,2}(选|定|要|订|买)的|次一档|(说|写|讲|承诺)(好)?的是[^，]{0,6}(拆开|打开|结果|到货|一看)[^，]{0,4}是|(干|做|弄|装)的(这)?(是|叫)(啥|什么)活/ },
  // A compensation too small to take seriously (一个月网费就赔我五块钱) and a quote that became another sum (报价一个样结算一个样,
  // 报价的时候五万 做完变八万, 做到一半又让加了两万): a bill in dispute.
  { category: 'billing', severe: true, re: new RegExp(`(就|才|只)(赔|补偿|退|返)(了)?(给)?我?[^，]{0,2}(${N}|百|千)+块|(报价|合同|预算)[^，]{0,2}一个样[^，]{0,2}(结算|结账|最后|完工)[^，]{0,2}一个样|(报价|合同|预算)(的时候)?[^，]{0,6}(做完|结算|最后|结账|完工|完了)[^，]{0,4}(变|变成|成了|要)[^，]{0,3}(${N}|百|千|万)+|(做到|干到|装到|进行到)一半[^，]{0,3}(又)?(让|要)?(我)?(加|多交|多掏|多付)(了)?[^，]{0,2}(${N}|百|千|万)+`) },
  // A phone never or seldom answered (项目经理电话永远不接, 电话十回有八回不接): 000 第三十六条.
  { category: 'unreachable', re: new RegExp(`(电话|手机)[^，]{0,3}(永远|从来|从不|老是|总是|经常|十回有八回|十次有八次|(${N}|一)+(回|次)有(${N}|一)+(回|次))[^，]{0,2}(不接|没人接|打不通|不回)`) },
  // Materials blocking the fire escape (材料堆在消防通道里): a hazard (000 第二十七条, 第三十条); a joint left out in the rain.
  { category: 'safety', severe: true, re: /(堆|堵|占|放|摆)[^，]{0,6}(消防通道|安全出口|消防栓)|(消防通道|安全出口)[^，]{0,6}(堆|堵|占|放|摆)|(接头|线头|插座)[^，]{0,4}露[^，]{0,6}淋雨/ },
  // Paint dripped or splashed everywhere (油漆工把地板滴得到处都是漆点子): mess left behind (000 第二十八条).
  { category: 'mess', re: /(滴|溅|洒|撒|弄|甩)得[^，]{0,4}(到处|满地|满屋|一地)(都)?是|漆点/ },
  // Round 11 (dev10 first). Wiring left untidy told by its look (线就从窗户那儿耷拉下来 乱七八糟的, 走线走得歪七扭八的 钉子都没钉牢):
  // the work below standard (004 第五篇; 000 第三十七条), not a hazard, unless a hazard is named with it (老人差点绊一跤, 漏电);
  // wiring pulled about (把线扯得乱七八糟) is mess.
  { category: 'quality', re: /(线|走线)[^，]{0,10}(歪七扭八|乱七八糟|七扭八歪)|(歪七扭八|乱七八糟|七扭八歪)[^，]{0,12}耷拉|耷拉[^，]{0,14}(乱七八糟|歪七扭八|(不给|没)固定)|钉子[^，]{0,3}没钉(牢|好|紧)/, unless: /绊|漏电|触电|危险|老人|孩子|小孩|安全|着火|下雨|把[^，]{0,10}(扯|翻|弄|搞)得/ },
  // Round 22 (t22B): wiring just taped round (网线就那么用胶布缠缠, 随便拿胶带一缠): sloppy wiring, the work below standard
  // (004 第五篇). Not tape alone (接头用胶布缠好了: no 就/随便 and no reduplicated 缠缠), nor a power line taped (插座线拿胶布缠巴缠巴,
  // 着火了谁负责): a hazard, safety below.
  { category: 'quality', re: /(就|随便|随手|胡乱|凑合|那么|直接)[^，]{0,4}(用|拿)(个|点)?(胶布|胶带|透明胶|电工胶布?|黑胶布)[^，]{0,2}(缠|绑|粘|包|糊|贴)|(胶布|胶带|透明胶)[^，]{0,2}(缠缠|绑绑|粘粘|一缠|一粘|一贴|一糊)/, unless: /电源|插座|插排|电线|强电|火|漏电|触电|危险|安全|不踏实|下雨|淋雨/ },
  // safety: a hazard left or created
  { category: 'safety', severe: true, unless: /恼火|火大|上火|发火|^(?!.*(铜|电线|线头|插座|孩子|小孩|老人)).*(没|不)(怎么|太)?藏/, re: /危险|(?<!电话)线[^，]{0,3}露(在)?外|(小孩|孩子|老人)[^，]{0,4}(去|会|老|总)?摸(?!不(着|到))|耷拉|绊(一跤|倒|了|一下)|差点绊|没包的?[^，]{0,2}线|铜线|铜丝|线皮[^，]{0,3}(破|裂|烂)|(电线|线)[^，]{0,2}(打穿|钻穿|打断)|跳闸|怪味|(担心|怕)[^，]{0,6}(漏|电|着火)|烫得|不敢(摸|碰)|风一吹|(碰|砸|弄)(了)?下来|不安全|安全隐患|隐患|没(系|戴|带)安全|(?<!(戴|系|带|拴)(着|了|好|上)?)安全(绳|帽|带)(都|也)?没|违规操作|漏电|触电|电到(人|我|孩子)|燃气管|煤气管|漏气|煤气味|燃气味|着火|起火|冒烟|冒火花|打火花|烫(着|伤|到|红|肿|起泡|出泡|了一下)|差点(滑倒|摔|烫|砸|电)|冒火星|打火星|火星子|没(有)?(个|任何|啥|什么)?(保护|防护)(措施)?|(啥|什么)保护都没|窗台上干活|高空作业|滑倒|绊倒|摔跤|摔(倒|下来|伤)|砸(到|着|伤)|掉下来|裸(露|着)|冒(热)?水|喷(了)?一地|电线.{0,6}(暖气管|水管|水池)|插(排|座|线板).{0,8}(鱼缸|水)|不敢用|吓人|露着|(电线|线头|插座|开关|电源).{0,6}(露|外露|裸|没装好)|没装好.{0,4}(电|线)/ },
  // a hazard: an open manhole, live work without cutting the power, wires in water, scalding water
  { category: 'safety', severe: true, re: /井盖|窨井|井口[^，]{0,4}(敞|没盖|开着)|差点掉(进|下)|没(断|拉|关)(电|闸)|带电(作业|操作|接|干)|火花|(电线|线|插座|插排|插线板)[^，]{0,6}(泡|浸|淋)(着|在)?[^，]{0,2}水|(滴|漏|冒|喷|淌|滋|呲|溅|蹿)(出)?(着)?(开水|热水|滚水)|电线[^，]{0,4}(地上|满地|一地|乱扔|扔着|到处)/ },
  // Round 22 (t22B): a socket or switch opened and left open, or bare wires in sight (插座拆开了就没装回去, 里面的线明晃晃的, 开关面板
  // 卸下来没盖上): a live hazard left (000 第二十七条), before the mess of a thing not put back (路由器盖没装回去 stays mess).
  { category: 'safety', severe: true, re: /(插座|开关|面板|接线盒|底盒|电箱|配电箱|电表箱)[^，]{0,3}(拆|打|卸|撬|掀)(开|下来?|掉)(了)?[^，]{0,4}(就)?(没|不|也没)(给)?(装|盖|安|合|扣|封)(回去|回来|上|好)|(电线|线头|铜线|线芯|里面的线|里头的线)[^，]{0,3}(明晃晃|白花花|亮晶晶|光溜溜)/ },
  // Round 11 (dev10 first). A leak as a hazard (000 第二十七条, 第三十条): water dripping over electricity (滴答水 下面是插线板,
  // 接头漏水 底下有电), a heating leak that reaches another home (管子漏水漏到楼下, 楼上漏水渗到我家; a renovation's 漏到楼下 is its waterproofing, quality), a pipe in the common stairway that
  // leaks (楼道里的管子 老漏: ice and falls), before the fault still there or the silence beside it (也没人管).
  { category: 'safety', severe: true, re: /(漏|滴|渗)[^，]{0,8}(下面|底下|下边|旁边|边上)(就)?(是|有)[^，]{0,3}(电|插线板|插座|插排|电线|电源|电器)|(管|阀|接头|暖气|楼上)[^，]{0,6}(漏|渗|滴)[^，]{0,3}到(了)?(楼下|我家|俺家|我们家|隔壁|邻居)|(楼道|楼梯|走廊|过道)(里)?(的)?[^，]{0,4}(管子|管道|暖气管)[^，]{0,12}(老|一直|总|还)?漏/ },
  // Round 12 (t12C, dev11 first). Constructions that name one category while their words belong to another, put before
  // the rules that read those words. A fee paid in full beside a cold home (供暖费一分不少交 屋里跟冰窖似的, 光收钱不供热):
  // the heating below standard (003 三.2), not a bill in dispute; this season colder than the last (今年比去年还冷), no repair
  // being spoken of: quality, not a fault left after a repair. (Round 22, t22E: also without 还/更, 比去年差点, 比往年冷, 没去年暖和;
  // 比去年好, 跟去年差不多 name nothing.)
  { category: 'quality', re: /(?<=(费|钱)[^。]{0,4}(一分不少|一分(钱)?(都|也)?没少|没少(交|收|给|掏)|照(交|收))[^。]{0,12})(冷|凉|冰窖|不热|冻)|(冷|凉|冰窖|不(怎么|太|咋)?热|冻)[^。]{0,12}(费|钱)[^，]{0,4}(一分不少|一分(钱)?(都|也)?没少|没少(交|收|掏))|(?<=光)收钱不(供热|供暖|给热|热)|比(去年|往年|前年|上一年|上年|头年)[^，]{0,3}(还|更)(冷|凉|差|不热)|比(去年|往年|前年|上一年|上年|头年)[^，]{0,2}(冷|凉|差(?!不多)|不热|不如)|(不如|没有|没)(去年|往年|前年|上一年|上年)[^，]{0,2}(热|暖和|好)/ },
  // Round 22 (t22B): a fee charged in full for a home nobody lived in (明明没住人 供暖费一分没少收, 房子空着 取暖费照收): the bill
  // disputed (004 资费), before the cold-home reading of the same "not a fen less" below.
  { category: 'billing', severe: true, re: /(没住人|没人住|没住|不住人|空着|空房|空置|闲置)[^。]{0,10}(费|钱)[^，]{0,4}(一分不少|一分(钱)?(都|也)?没少|没少(交|收|掏|要|扣)|照(交|收|扣)|全额)|(费|钱)[^，]{0,3}(照(交|收|扣)|一分(钱)?(都|也)?没少(收|扣)?|全额(收|扣))[^。]{0,10}(没住人|没人住|空着|空置|闲置)/ },
  // A charge above the due named before the fee (多收了我两个月的采暖费, 多扣了我三个月的月租), a charge kept after the
  // complaint (费还在照扣: the match starts after the fee, so a "没有" answer before it negates nothing), the fee matter left
  // without an answer (收费那事到现在没给说法), a fee that makes one want to leave (收费收得我都想换运营商了): 000 第四十三条(三).
  { category: 'billing', severe: true, re: /多(收|扣|算)(了)?(我|我们)?[^，]{0,8}(取暖费|暖气费|供暖费|采暖费|月租|月费|话费|网费|宽带费|套餐费|物业费|费用)|(?<=(月租|话费|网费|费用?|钱)[^，]{0,2})(还在|一直在?|照样|还是|仍然)(扣|收)(?![^，]{0,2}(吗|么))|(?<=(月租|话费|网费|费用?|钱)[^，]{0,2})照(扣|收)(?![^，]{0,2}(吗|么))|(收费|扣费|退费|退款|多收|乱收)(的|那|这)?(个)?(事|问题)[^。]{0,10}(没|没有|还没)(给)?(个)?(说法|答复|回复|解决|处理|退)|(收|扣)(费|钱)(收|扣)得[^，]{0,4}(我)?(都)?(想换|想退|肉疼|心疼|受不了)/ },
  // Round 19 (t19K): a charge above the due told by the money or the sum (多收了我一个月的钱, 费用跟营业厅说的不一样 多收了五十):
  // the bill disputed, billing (000 第四十三条(三)); a worker named as taking it (师傅多收了我五十) stays money asked by staff.
  { category: 'billing', severe: true, re: /(?<!(师傅|工人|他|她|小伙子?|他们|装修队|工长)[^，]{0,3})多(收|算|扣)(了)?(我|我们|俺)?[^，]{0,8}(钱|[二两三四五六七八九十百千几\d]+(块|元)?)(?![^，]{0,2}(吗|么))/ },
  // Money on the side told by what was borrowed or earned (找我借了五百块, 差价让他们赚了), meals the customer must order
  // for the crew (让我每天中午给他们订盒饭), a part the worker sells above the shop's price (他卖给我的比外面贵一百):
  // 000 第四十三条(一)(三)(四), before the bill rule that reads 让我自己买.
  { category: 'money', severe: true, re: /(找|跟|向|问)(我|我们|我家|我妈|我爸|老人)借(了)?[^，]{0,3}(钱|[零一二两三四五六七八九十百千\d]+(块|元|百|千))|赚(了)?(我的?)?差价|差价[^，]{0,4}(让|被|给|都)?(他|他们|师傅|工人|工长|老板)[^，]{0,2}(赚|吃|拿|挣)|(让|要|叫)我[^，]{0,6}(给|帮|替)(他|他们|工人|师傅)[^，]{0,2}(订|买|点|叫)(个)?(盒饭|饭|外卖|午饭|早饭|早点|饮料)|(他|师傅|他们|工人)[^，]{0,2}卖(给)?(我|我们)[^，]{0,8}比[^，]{0,4}(外面|外头|网上|市场|店里|别处|别家)[^，]{0,2}贵/ },
  // Round 24 (t24B): the first one sent who did not fix it and a second needed (头一回来的说不归他管 后来又来了一个才弄好, 第一次派的
  // 没弄明白 又换了个师傅才修好): several visits for one fault (repeat_visit, 000 第三十三条 即修即通), before the blame the first one
  // passed reads as conduct; told as set right, it stays a reservation (complaintZh keeps it past PAST_SET_RIGHT_ZH). The second one
  // alone (又来了一个才弄好, 又派了个师傅才修通) says it too, when the first visit is set aside as another party's matter (phases.ts).
  { category: 'repeat_visit', re: /(头一?回|头一次|第一回|第一次|头一个|第一个|最先|先)(来的?|那个|派的?|派来的)[^。]{0,14}(后来|第二回|第二次|第二个|又|再)[^。]{0,3}(来|派|换)了?(一|个|一个|位|一位)?[^。]{0,4}才|(?<!(没|不|别|不用)[^，。]{0,2})又(来|派|换)了?(一|一个|个|位|一位)(人|师傅|个人|个师傅|位师傅)?[^，。]{0,3}才(给|把)?[^，。]{0,3}(弄|修|搞|整|处理|解决|调)(好|通|明白|利索)/ },
  // The fault put on the customer's own things (说是我路由器的问题, 出了问题别找他) and the buck passed between parties
  // (楼上说是你们的事), a question brushed off (说明书上都有 自己看, 你不懂别瞎管, 一问三不知): 000 第四十六条 (服务禁用语),
  // 第三十六条 (首问负责).
  // (The blame is a clear complaint, as in the rule below: a forbidden phrase said to the customer's face.)
  { category: 'attitude', severe: true, re: /说(是)?(我|我们|我家|咱|咱家|俺|俺家)(的)?[^，是]{1,6}的(问题|毛病)|(出了?|有)(问题|事|毛病)[^，]{0,3}别(来)?找(他|我|我们|他们)|说(是)?(你们|他们|楼上|楼下|物业|厂家|那边|对方)的(事|问题|责任)/ },
  // Round 12 (second pass): the matter pushed off as not theirs, 说这事不归她管 / 说这个不归他们管: shifting the blame
  // to the customer's face, a clear complaint like the rule above (000 第三十六条 首问负责, 第四十六条).
  { category: 'attitude', severe: true, re: /说[^，]{0,6}不归(她|他|他们|她们|我|我们|咱|咱们)(部门)?管(?![^，]{0,3}(但|不过|可是?)[^，]{0,4}(帮|给|替))/ },
  // Round 17 (t17C2): a forbidden phrase itself said to the customer (问他啥都说"自己看说明书", 就一句"我哪知道", 你问我我问谁, 有意见
  // 找领导去): 000 第四十六条 服务禁用语 names these words; staff who say them broke the rule, a clear complaint however mildly it
  // is told beside a score (not a small reservation). 说明书上都有 (a pointer to the manual) stays the softer rule below.
  { category: 'attitude', severe: true, re: /(说|回|答|来(了)?(一)?句|甩(了)?(我)?(一)?句)[^，]{0,8}(自己看(看)?说明书|看说明书去|我哪(知道|晓得)|你问我[，,\s]?我问谁|(这事|这个)?不归我管|有意见[^，]{0,3}找(我们)?领导|找(我们)?领导去)/ },
  { category: 'attitude', re: /(说|回)[^，]{0,10}(说明书上(都)?(有|写)|你不懂|别瞎(管|问|掺和|操心)|少管闲事)|一问三不知|(玩|刷)了?(半天|一上午|一下午|好半天|老半天|一会儿?)(的)?手机|问(他|她|他们|师傅|啥|什么|点啥|点什么|个啥|一句)[^，。]{0,3}(都|也)?(说不清楚?|说不明白|讲不清楚?|讲不明白|答不上来|支支吾吾)|(说|讲|来了?一?句|回)[^，。]{0,2}(让|叫|喊|找)(你|您|你们)(的|家)?(儿子|闺女|女儿|孩子|孙子|孙女|家里人|年轻人|家里年轻人|小孩)[^，。]{0,3}(弄|搞|帮|去|给|教|整|看)/ },
  // (Round 24, t24B: a question put to the worker answered with nothing clear (问啥都说不清楚, 问他也讲不明白), the customer sent off to a
  // son or the young ones to sort it out (让你儿子弄去, 叫你家孩子教你): the first-asked duty shirked (000 第三十六条), attitude, before
  // 装完就走 beside it reads as the job's quality.)
  // The unfinished promised by a date (说好年前完工 到现在还没弄完; round 19, t19L: the house itself not finished, 房子都没给我弄完), the work left for days (一拖就是十来天, 门一锁就是一个礼拜,
  // 隔三差五没人干活, 工期拖了), an outage counted in days (断网五天; not 断网那几天的钱, a refund), a queue at the counter
  // (交费窗口 排了一个多钟头), a promise with no news since (到现在也没动静):
  // 000 第十三条–第十八条; 004 第十三条.
  { category: 'late', re: new RegExp(`(说好|约好|答应|本来说|合同上?(写|说))[^。]{0,8}(完工|完事|弄完|干完|装完|交房|竣工|交付)[^。]{0,10}(到现在|至今|现在)[^，]{0,3}(还|也|都)?没|(到现在|至今)[^，]{0,3}(还|也|都)?没(弄|干|做|装|修)完|(房子|活儿?|工程|屋子)[^，]{0,2}(都|也|还)(没|没有)(给我)?(弄|干|做|装|修)完|一(拖|等|推|锁|停|歇|撂)就是|(没人|没有人)(干活|施工|开工|上工)|工期(也|都|又)?(拖|延|超)|(断网|没网|停网|网断了)(了)?(${N}|一)+个?(多)?(天|礼拜|星期|周)(?!的?(钱|费|月租))|(窗口|营业厅|大厅|柜台)[^。]{0,10}排(了)?(队)?[^，]{0,2}(${N}|一|半)+个?(多)?(分钟|小时|钟头)|(到现在|至今|一直)[^，]{0,4}(也|都|还)?没(有)?(动静|下文|回音)|(图纸|方案|报价|合同|发票|效果图|答复)[^，]{0,3}(到现在|至今)[^，]{0,3}(都|也|还)?没(给|出|发|交)`) },
  // Told several times before anyone came (报了三回都没人来修, 说了三回还没人来弄), a fault back for the n-th time (这都第三次坏了),
  // the same fault after the last repair (上回也是修完两天又坏了), every year the same report (每年都让我们反映同一个问题):
  // repeated for one problem (000 第三十三条; 004 第十五条), before the fault still there. Reported again and again with
  // nobody coming, a fault back for the n-th time: a clear complaint, never softened by a word beside it (反映一下); a past
  // failure beside "fixed now" is a reservation.
  // (找了几回没人管 is the person not found: unreachable, below.)
  { category: 'repeat_visit', severe: true, firm: true, re: new RegExp(`(报|说|反映|投诉)(了)?(好几|${N})+(回|次|遍)[^，]{0,4}(都|还|也)?没(人)?(来|管|修|弄|处理)|第${N}+(次|回)(坏|断|出问题|出毛病|掉线)`) },
  // Round 22 (t22B, last alternative): reported before and the same again now (去年冬天就反映过 今年又这样, 上回就报过了 这次还是那样):
  // a second complaint for one problem (004 第十五条). A repair between (反映过 修了 今年照样) is a fault come back: not_fixed, below.
  { category: 'repeat_visit', re: new RegExp(`(?<=(上回|上次|之前|以前|前面)(也|就)?(是)?[^，]{0,4})(修完|修好|弄好|装好)[^，]{0,6}又(坏|断|不行)|(?<=(每年|年年)[^，]{0,6})(反映|报修|投诉|打电话)|(?<=(去年|前年|上回|上次|之前|以前|上个?月|上礼拜)[^，]{0,6})(反映|报修|投诉|报)(过|了)(?=[^。修]{0,8}(今年|这回|这次|现在|如今)[^，]{0,2}(又|还是|照样|依然))`) },
  // Repaired as if not at all (修了跟没修一样, 好一阵坏一阵), nothing done at all (根本就没人给我处理), still leaking (还在漏 地板都泡了),
  // warm by day and not at night (白天热 晚上就不行了; 后半夜稍微凉一点 is the heating's quality), drops counted by the hour
  // (一小时断三回): 000 第三十三条 (即修即通).
  { category: 'not_fixed', severe: true, re: new RegExp(`(修|弄|处理|管)(了|过|完)?(跟|和|就跟|等于)没(修|弄|处理|管)(过)?一(样|个样)|好(一阵|一会儿?|几天)(又)?坏(一阵|一会儿?|几天)|(根本|压根)(就)?没(有)?人(给我|帮我|来)?(处理|管|修|弄)|(还在|还是在|一直在|仍在)(漏|往外漏)(?![^，]{0,2}(吗|么))|(白天|早上|中午)[^，]{0,3}(还)?(热|行|好|暖和)[^，]{0,3}(晚上|夜里|半夜)(就)?(不行|不热)了|(一小时|一个小时|一天|一晚上|一上午|一下午)[^，]{0,2}(断|掉)(线|网)?(好几|${N})+(回|次)`), unless: /防水|卫生间|墙/ },
  // A leak that soaks the floor below or the floor itself (暖气片漏水 把楼下都泡了), a cable child-high or laid on the
  // heating pipe (线头就在孩子够得着的地方, 线就那么明着搭在暖气管子上), the window guard removed before the window is closed
  // (窗户还没封就把护栏拆了): 000 第二十七条, 第三十条; 004 第五篇 (文明施工和安全措施).
  // (Round 21, t21B had a fitting-out's water pipe leaking onto the flat below read as quality; taken back at the merge, the
  // older splits and round 12's test read it a hazard, and dev20's one item now accepts both.)
  { category: 'safety', severe: true, re: /(暖气片?|暖气管|管子|水管|阀门?|接头)[^，]{0,4}(漏|渗)(水)?[^，]{0,3}把(楼下|邻居|隔壁)[^，]{0,3}(都|也)?(淹|泡)|(孩子|小孩|孙子|孙女)[^，]{0,4}(够得着|够得到|摸得着|摸得到|能摸到|能够着)|(电线|线|网线|光纤)[^，]{0,8}(搭|挨|靠)(在)[^，]{0,4}(暖气片|暖气管|燃气管|煤气管|热水管)|(护栏|栏杆|防护栏|防盗网)[^，]{0,3}(拆|卸|撤)(了|掉)|(拆|卸|撤)(了|掉)?[^，]{0,3}(护栏|防护栏|防盗网)/ },
  // Damage and dirt told by their own construction (把我家门框钻了个洞, 把我鱼缸的插头拔了, 地板让他们放的水泡起鼓了,
  // 把我家门口弄得一塌糊涂, 灰都没扫): 000 第二十八条, 第三十八条; 003 四 (不得损坏用户室内设施).
  { category: 'mess', severe: true, re: /把(我|我家|我们家)[^，]{0,6}(钻|打|凿|戳|撬)(了)?(个|一个|好几个|几个|俩|两个)?(大|小)?(洞|眼|窟窿|坑|孔)|把(我|我家|我们家)(的)?[^，]{0,6}(插头|电源)(给)?(拔|断|关)(了|掉)|(地板|木地板|家具|柜子|沙发)(让|被|给)[^，]{0,8}(泡|淹)(起鼓|鼓|坏|了|湿)/ },
  { category: 'mess', re: /把(我|我家|我们家)?(的)?(门口|楼道|屋里|家里|客厅|地上|屋子|房间|卫生间|厨房)[^，]{0,2}(弄|搞|整)得[^，]{0,3}(一塌糊涂|乱七八糟|一团糟|脏兮兮|乌七八糟|不像样)|灰(都|也)?没(扫|擦|清|收拾|打扫)/ },
  // The work itself told by its defect (墙面刷得坑坑洼洼的 灯一照全是印子, 说三百兆 测出来才八十, 接头没拧紧, 装的摄像头三天就黑屏了):
  // 004 第五篇 (施工质量); 000 第三十七条 (三必测).
  { category: 'quality', re: new RegExp(`(刷|抹|刮|贴|铺|砌)得[^，]{0,3}(坑坑洼洼|凹凸不平|疙疙瘩瘩|不平)|(灯|光)一照[^，]{0,4}(全是|都是)?(印|痕|坑|道)|(说|办|买|签|宣传|承诺)[^，]{0,4}[零一二两三四五六七八九十百千\\d]+兆[^。]{0,10}(测|跑|实际)[^，]{0,4}(才|只有|就|只)|(接头|螺丝|阀门|管件|螺母)[^，]{0,3}没(拧|上|装|接)(紧|牢|好|严)|(装|修|换)的[^，]{0,6}(${N}|一|两|没几)+(天|个月|礼拜)就(黑屏|坏|不亮|不能用|用不了|断)`) },
  // Round 22 (t22B): a wet-room floor sloped wrong (卫生间地面找坡不对 水都往门口流, 地漏那块坡度反了): the work below standard
  // (004 第五篇). Not a slope asked about (坡度对不对).
  { category: 'quality', re: /(找坡|坡度|坡)[^，]{0,2}(不对|反了|找反|没找好|没找|不够|有问题)|(水|积水)[^，]{0,3}(都|全|老|总|直)?往(门口|门外|屋里|卧室|客厅|外)(流|淌|跑|漫)/, unless: /对不对|有没有问题/ },
  // Calls to the hotline it took to book (打了四次客服才约上, as 打了好几个电话才约上 above), the person in charge vanished
  // (项目经理人间蒸发了, 监理从来就没露过面): 000 第三十六条 (首问负责).
  { category: 'unreachable', re: /打了?(好几|[二两俩仨三四五六七八九十几好多\d]+)(个|回|次|遍|通)?(客服|热线)[^，]{0,2}才(约上|约到|打通|接通|有人)|人间蒸发|(?<=(经理|工长|监理|负责人|设计师|师傅|老板|他|他们)[^，]{0,3})(一躲|躲着不见|躲起来|躲了)(?![^，]{0,2}被窝)|(项目经理|经理|监理|工长|负责人|设计师)[^，]{0,3}(失联|玩消失|消失了|没影)|(从来|从头到尾|压根)(就)?没(露过面|露面|见过人|见着人)/ },
  // Round 11 (dev10 first). Money asked for by staff, told by what was asked (000 第四十三条(一)(三)(四), 第四十六条):
  // a sale made the condition of the work (一个劲儿让我换一千兆的套餐, 说不买他的路由器就装不了, 要我买他的路由器);
  // a gift asked for (管我要购物卡, 问我要了两条中华, 问她要了瓶饮料); meals and cigarettes the customer must provide
  // (都得我管饭, 吃饭还得我请, 还得给买烟); "a little something" (得意思意思: 意思 once the repetition is collapsed).
  // Before the grievances said beside them (糊弄, 磨洋工, 网就不好), which are what followed the refusal.
  { category: 'money', severe: true, re: /(一个劲儿?|一直|老是?|总是?|反复|再三|非|硬|非得|非要|硬要|逼着?)(让|劝|要|叫|逼)?我[^，]{0,2}(换|买|办|升级|加)[^，]{0,10}(套餐|路由器|光猫|机顶盒|门锁|摄像头|会员|业务|千兆|兆)|(让|要|叫)我(买|换|用)(他|他们)(的|带|家|那)|说[^，]{0,2}不(买|换|办|升级|加)[^，]{0,12}(就|他就|网就|才)[^，]{0,3}(装不了|不给|不能|没法|不好|不稳|还得坏|修不好|用不了|不装|不修|不管)|(管|问|找|跟|向)(我|她|他|我们|我家|我爱人|我媳妇儿?|我老伴|老人)要(了)?[^，]{0,4}((购物|超市|加油|礼品|消费)卡|烟|中华|玉溪|华子|酒|饮料|茶叶|红包|礼|好处)|(吃饭|饭)[^，]{0,4}(都是|还得|得|也得|都得|还要)我(管|请|掏|出)|(让|要|叫|逼着?)(我|俺|我们)[^，]{0,2}(请|管)[^，]{0,6}(吃饭|吃(顿|个|餐)饭|喝酒)|(都|还|也)?(得|要)我管饭|(还得|得|要)(给)?(他|他们|工人|师傅)?买烟|(?<![觉记懂晓值])得意思(?!是|的|不)|(让|要)我意思(?!是|的|不)|一点小钱/, unless: /(不用|不要|没让|不让|没要|不需要|用不着|没叫)(我)?(管饭|请|买烟)|(死活|坚决|硬是|说什么也|怎么也)(不|没)(要|收|肯)/ },
  // The blame put on the customer in staff's own words (说是你自己的问题, 往我们身上推, 推得一干二净, 你问我我问谁) and a
  // manner that turns the customer away (爱答不理, 问三句答半句): what staff said or did is the grievance (000 第四十六条
  // 服务禁用语, 第三十六条 首问负责), not the fault named inside their words (说你家暖气不热是你自己的问题, 说这楼太老了修不好).
  // (The blame is a clear complaint: it is a forbidden phrase said to the customer's face.)
  { category: 'attitude', severe: true, re: /说(?!到底|实话|真的|白了|句实话|实在的)[^，]{0,12}(是)?(你|我|我们|咱|咱们|俺)(家|们家)?自己(的)?(问题|毛病|事|弄|乱|设置|搞|调|没|改)|往(我|我们|咱|咱们|俺)(家)?身上推|推得(一干二净|干干净净|一干二净的)|你问我我?问谁/ },
  // Round 22 (t22B): the fault laid on the customer as something they did themselves (一进门就说我家是自己把阀门关了, 硬说是我们自己
  // 给拔了): blame-shifting (000 第四十六条). Not advice to do it oneself (说我可以自己把阀门关了: no 是).
  { category: 'attitude', severe: true, re: /说[^，]{0,4}(是(我|我们|俺|咱)(家|们家)?|(我|我们|俺|咱)(家|们家)?(就)?是)自己(把|给)[^，]{0,6}(关|弄|搞|拔|拆|调|碰|拧|扯)(了|坏|掉|断|死|上)/ },
  { category: 'attitude', re: /态度[^，]{0,2}(有|是|成)(问题|毛病)|不归(自己|自个儿)管|(?<!别|你们|为什么)(一直|不停)在?(打|接)电话|爱(答|搭|理)不(理|答)|问[一二两三几]句(才)?(答|回|说)(半|一)句|不理不睬|理都不理/ },
  // A wait told by its length or by how late they came (来得太晚, 来得忒晏, 投诉了一个礼拜才有人理, 一拖好几天, 推了好几天,
  // 修了仨礼拜, 问题是解决了 就是慢 (the match begins at 慢, after the "but", so a reservation stays one), 打了五六回电话才有人管): lateness (000 第十三条–第十八条), not the unanswered phone or the attitude that
  // the same story names beside it (孩子放学都没人接 is no hotline).
  { category: 'late', re: new RegExp(`(?<!(通知|账单|短信|发票|消息|回复|退款|钱|费)[^，]{0,2})来得?[^，]{0,2}(太|有点|特别|忒|很|那么|这么|真|可)?(晚|晏|迟)(?!上)|(投诉|报修|反映|打电话|等)(了)?[^，]{0,2}(一|${N})+个?(多)?(礼拜|星期|周|月|天)[^，]{0,2}才(有人|来|管|理|回|处理)|拖(了|就)?(好几|${N}|一)+个?(天|礼拜|星期|周|月)|推了?(好几|${N})+(天|个?礼拜|个?星期)|(修|弄|处理)了(仨|俩|一|${N})+个?(多)?(礼拜|星期|月|天)|装了(一|整|大半)(天|整天)|(?<=(解决|处理|修|办)[^，]{0,6}(就是|只是|但是|不过|可))(太|有点|特别)?慢|打(了)?(好几|${N})+(回|次|遍|个|通)电话[^，]{0,2}才(有人)?(管|理|处理|回)|等到(现在|今天)[^，]{0,3}(也|都|还)?没(人)?(管|来|修|处理)`) },
  // Round 21 (t21D): working again but slow (能用 but 有点slow, 能上网了 就是有点慢): the line's speed below standard (quality), the
  // thing that works is what is slow, not the visit.
  { category: 'quality', re: /(能用|能上网|能上了|上得去|通了|可以用了?)[^。]{0,4}(就是|但是|但|不过|可是|只是)?[，\s]*(有点|有些|稍微|比较|还是|太)慢/ },
  // The line slow in so many words (网是慢了点): the service below standard (quality), not a late visit; 还是慢 is a fault
  // still there (not_fixed, below).
  { category: 'quality', re: /(?<!(从|是|说|投诉|反映|报修|因为)[^，]{0,2})(网|网速|宽带)(是|也|就|有点|太|特别)*慢/ },
  // The same fault called in a third time (今年第三次叫你们了), one more trip for a missing part (缺个配件 又跑了一趟):
  // repeated visits for one problem (000 第三十三条; 004 第十五条), before the fault words beside them.
  { category: 'repeat_visit', re: new RegExp(`第(${N}|[二三四五六七八九十])+(次|回|趟)(叫|请|喊|找)|缺(个|了)?(配件|零件|材料|工具)[^，]{0,6}又(跑|来)`) },
  // Round 20 (t20C): the signal or the line still poor (信号还是差, 网速依然不好): the fault left (000 第三十三条).
  { category: 'not_fixed', severe: true, re: /(信号|网速|网络|宽带)[^，]{0,2}(还是|依然|仍然|照样|依旧)(很|那么|特别|有点)?(差|弱|不好)/ },
  // Round 20 (t20C): the company's charges left unanswered (钱的事到现在没给说法, 费用的事一直没个答复): billing (000 第三十八条),
  // not money staff asked for.
  { category: 'billing', severe: true, re: /(钱|费用?|账|扣费|退款|话费)的?事(儿|情)?[^，。]{0,8}(没|不)(给)?(个)?(说法|答复|回复|解释|交代|下文|结果|处理)/ },
  // Round 20 (t20C): every complaint ending the same (每次投诉都这样), a matter reported for years (反映好几年了): repeat_visit.
  { category: 'repeat_visit', re: new RegExp(`(每次|每回|次次|回回)(投诉|反映|报修|打电话)[^，]{0,3}(都|也)(这样|一样|是这样|这个样)|(反映|投诉|报修)(了)?(好几|${N}|十几|几十)+年`) },
  // Round 24 (t24B): the matter closed on the company's word alone (你们说处理了就算处理了, 他们说修好了就是修好了呗): the fix only
  // claimed, the customer's resignation that nothing changed, not_fixed.
  { category: 'not_fixed', severe: true, re: /(你们|他们|人家|你|您)说(?<done>处理|解决|修好|弄好|好|热|通|办好)了?(就|那就)(算|是)\k<done>了?/ },
  // Round 24 (t24B): the customer put off again (说等明天拿零件 今天又叫我等, 又让我再等两天): a moved appointment (late, 000 第十三条),
  // before 看了一眼说 beside it reads as a fault left.
  { category: 'late', severe: true, re: /(又|还|再)(喊|叫|让|要)(我|俺|我们)(再|接着|继续)?(等|候)(?![^，。]{0,2}(吗|么))/ },
  // A fault still there in the customer's words, before the quality, lateness or hotline words beside it (000 第三十三条
  // 即修即通): the repair denied (哪解决了, 热什么热, 还修啥了, 好了个鬼; not 解决啥了？, which asks what is meant); still not right after it (修完了还是不热, 还是不得行,
  // 还是那熊样, 网都没好 (没修好 is left to the rules below: 第一次来没修好 第二次才好 is a repeat visit), 装完网就没正常过, 什么都没变, 又打不了电话); a promised fix never done (说要换管子 到现在也没换,
  // 也没人来放); the phone line itself at fault (打不进来, 电话也没声音: no hotline; 打不进去 is one).
  { category: 'not_fixed', severe: true, re: /(哪|哪里|哪儿)(解决|修好|好|热)了|(?<v>解决|修|热|好)(个)?(什么|啥)\k<v>|还修(啥|什么)|(好|修好|解决)了?个(鬼|屁|锤子|头|啥)|(修完|修好|弄完|装完|修了)(了)?[^，]{0,6}(还是|仍然|依然|照样)[^，]{0,4}(不热|冷|凉|不行|不得行|老样子|那样)|(还是|仍然|依然|照样)[^，]{0,3}(不得行|勿来三|拐哒|熊样|鬼样子|德行)|(?<![好修])没好(?!好|意思|气|说|看|用|吃|听)|没正常过|(什么|啥)都没变|又(打不了|上不了|看不了|用不了|打不出去|连不上)|(到现在|至今)[^，]{0,3}(也|都|还)?(上不去|上不了|连不上|打不了|用不了|看不了)|(到现在|至今)[^，]{0,3}(也|都|还)?没(人)?(来)?(换|改|修|放|弄)|也?没人来(放|修|改|换|弄)|打不进来|看了(一)?眼(就|说)|(?<!(排到|接通|打通)了?)就(掉线|断网)|(电话|座机)[^，]{0,3}(也|都|还)(没(有)?声音?|打不出去)/, unless: /好没好|(解决|修)没(解决|修)|(密码|设置)[^，]{0,3}(给)?(改|换)了/ },
  // Damage and dirt left in the home, before the exit or the silence that followed them (拍拍屁股就走了, 也没人管)
  // (000 第二十八条, 第三十八条; 003 四 不得损坏用户室内设施): the customer's thing cut, scratched or knocked (把我家的座机线给剪了,
  // 把我家鱼缸都碰了, 把电视柜刮了一长道; the match starts at the verb, so a diminisher before the 把 phrase does not reach it), something not put back (走了也没插回去, 也不给弄回去), dust or water everywhere
  // (灰弄得沙发上全是, 成屋都系水), a site too messy to step in (乱得下不去脚, 跟被抄了似的), cleaning not done (保洁做得不太干净).
  { category: 'mess', severe: true, re: /(?<=把(我|我家|我们家|我们)(的|家的)?[^，]{0,6}(都|也|给)?)(剪|扒|刮|碰|划|磕|撞|砸|扯|弄坏|搞坏)(了|坏|断|掉|破|碎|裂|花)?|(刮|划|蹭)了(一|几|两|好几)(长|大|深)?(道|条|块)|(没|不)(给我?)?(插|装|放|挂|接|盖|弄|安)回去/ },
  { category: 'mess', re: /(?<=把(我|我家|我们家|我们)(的|家的)?[^，]{0,6}(都|也|给)?)(踩|弄|搞)(脏|湿|花)|(成屋|满屋|一屋|整屋|全屋|屋里)(都)?(系|是)(水|尘|灰|土)|灰[^，]{0,4}(沙发|床|桌子?|柜子?)上(全是|都是)|(沙发|床|桌子|柜子)上(全是|都是)(灰|土)|乱得[^，]{0,2}(下不去脚|没法下脚|进不去)|(跟|像)(被抄了家?|遭了贼|进了贼)(似的|一样)|(保洁|卫生|打扫|清理|收尾)[^，]{0,6}(不|没)(太|怎么)?(搞|做|弄|打扫)?(干净|彻底)/ },
  // Nobody to reach once a problem arose (出了问题就找不着人了: the grievance after "收费的时候挺积极", which only frames it;
  // 项目经理就是个摆设 出了事找不着人), a person hard to find (项目经理不太好找), a phone nobody answers (打电话都没得人接),
  // a follow-up call recorded but never made (谁回访我了): 000 第三十六条 首问负责.
  { category: 'unreachable', re: new RegExp(`(出了|有|出)(问题|事|毛病)[^，]{0,3}(就|都)?找不(着|到)(人)?|找不着人|(经理|监理|工长|师傅|负责人|设计师|客服|人)[^，]{0,3}(不太?好|很难|太难|真难|难)找(?!到|着)|电话[^，]{0,4}(都|也)?没(得|有)?人接|谁(回访|联系|通知|回复)(过)?我`) },
  // A top mark pressed for (他让我打十分, 说不打十分他要被扣钱): forbidden conduct (000 第四十六条), unless money is asked
  // with it (让我给十分好评还要小费: money, 000 第四十三条).
  { category: 'attitude', re: /(让|要|叫|求)我(打|给)[^，]{0,3}(十分|满分|五星|好评|非常满意)|不(打|给)(十分|满分|五星|好评)[^，]{0,4}(他|就)/, unless: new RegExp(`小费|红包|给钱|要钱|转账|好处|${REMINDER_TAKEN_ZH.source}|(确实|的确|本来就|也确实)[^，]{0,4}(干得|做得|修得|装得|弄得)?(好|不错|漂亮|利索|满意)`) },
  // A fee of the company's own (取暖费, 月租, 套餐, the renovation's quote or settlement) charged above what is owed, a
  // package changed, a refund owed: a bill in dispute, not money on the side (000 第四十三条(三)), even when "收了我" is said.
  // (A fee a worker names on the spot, 乱收打压费, 收了我一百五的调试费, is money asked for by staff: below.)
  { category: 'billing', severe: true, re: /(取暖费|暖气费|供暖费|采暖费|月租|月费|话费|网费|宽带费|套餐费?|物业费|账单|结算)[^，]{0,8}(多收|多扣|多算|多出|多了|超了?|改了|涨了?|一分不少|照扣|照收|不退|还是旧的)|(报价|合同|预算)[^，]{0,10}(加钱|加价|超|多出|多了)|(后期|中途)(就)?(加价|增项)|(要的是|要求|我要|得给我|应该|该)退(钱|费|款)|(钱|费|款)[^，]{0,4}(要|得|该|应该)退(给)?我|退了一半|退(了)?一部分|(送|给)[^，]{0,6}(流量|话费)[^，]{0,8}(打发|哄)/ },
  { category: 'money', severe: true, re: /(打压|试压|测压|检测)费/ },
  // The work itself below standard in the customer's words (004 第五篇 施工质量; 000 第三十七条 三必测): done roughly (活儿干得糙,
  // 干活太毛糙, 做得一塌糊涂, 稀碎), corners cut (偷工减料), measured or designed wrong (尺寸都量错了, 插座的位置全设计错了,
  // 设计得不合理 (Round 21, t21D: the layout too, 布局不合理, 格局不合理), 照搬模板), not tested or taught before leaving (连测都没测就走了, 遥控器都没教), defects by the heap (小毛病不少),
  // a floor that creaks at a step (一走就响), worse than another firm (别家装的 比你们强多了), a low mark for the work itself
  // (施工也就三分), a comparison that is no before-and-after (网比我奶奶走路还慢, 暖气片比我手还凉; 比修之前还凉, 比外头还凉快 are not_fixed). (修得一塌糊涂, 弄得一塌糊涂: a
  // repair done badly is not named here.)
  // (Cleaning done roughly, 保洁做得糙了点, is mess.)
  { category: 'mess', re: /(保洁|卫生|打扫|清理|开荒)[^，]{0,4}(糙|马虎)/ },
  // Round 21 (t21H): slowness told with the time it dragged on (慢得很 拖了个把月, 太慢了 拖了两个多礼拜): the pace of the work,
  // late, before 慢得很 reads as a slow line (网速慢得很, with no drag of days, stays quality).
  { category: 'late', re: /慢(得|死|了)[^，]{0,3}，?[^，]{0,2}拖(了|拉了|拖拉拉)[^，]{0,4}(天|礼拜|星期|周|月|年)/ },
  { category: 'quality', re: new RegExp(`(活儿?|活计|手艺|干活)[^，]{0,4}(糙|毛糙|粗糙|稀碎|一塌糊涂|稀烂|马虎)|(干|做|装|铺|贴|刷)得[^，]{0,3}(糙|毛糙|稀碎|一塌糊涂|稀烂|稀巴烂)|偷工减料|便宜货|以次充好|(量|设计|画|标)错(了)?|(设计|布局|户型|格局)[^，]{0,3}(不太|不大|不)合理|照搬模板|没按(我的?)?(要求|意思)(来|做)|(测|试|调)都没(测|试|调)|没(给)?测(试|网速|速)?就走|都没教|不教(教)?(我)?就走|(小)?(毛病|问题)(不少|一大堆|一堆)|一(走|踩|碰|关)就(响|晃|掉|裂)|(别家|人家|同事|邻居|别人)[^，]{0,12}比你们(强|好)(多了|太多)?|(施工|质量|做工|活儿?)(也就|只能|只有|顶多)[^，]{0,2}(${N}|一|两)分|位置[^，]{0,3}不(太|怎么)?(好|对|合适|合理)|(改|修改|出)了?(好几|${N})+(次|回|遍|稿|版)(图|方案)?才(定|满意|通过)|慢得(要死|要命|不行|很|出奇)|转(了)?半天(的)?圈|比((?!之前|以前|原来|没修|修之前|来之前|上次|去年|往年|外头|外面|外边)[^，]){1,7}还(凉|冷|慢|差)`) },
  // Round 11: the people calling the customer changed again and again (中间给我打电话的换了三个人, each asking the story
  // again): passed between people, 000 第三十六条 (首问负责), before the story told again is read as a repeat.
  { category: 'unreachable', re: new RegExp(`(打电话|来电话|联系|对接|跟进)(给我|我)?的?[^，]{0,4}换了(好几|${N})+(个|拨)人`) },
  // Round 11 (dev10, t11N): grievances told by a figure or by the person sought, before the words they share with other
  // categories. A home left as if burgled or after a battle (家里跟被抄了似的), the cleaning not done (收尾保洁做得不太干净,
  // 卫生没搞干净): 000 第三十八条 (清理现场).
  { category: 'mess', re: /(跟|像|和)[^，]{0,2}(被|遭了?|进了?)(抄|贼|打劫|洗劫|偷)[^，]{0,3}(家)?(了)?(似的|一样)|(跟|像)[^，]{0,2}打(过|了)?仗(似的|一样)|(卫生|保洁|清洁|打扫|收尾|现场)[^，]{0,8}(不太|不大|不怎么|不够|没有|没|不)(怎么)?(搞|弄|打扫|做|收拾|清理|扫)?(得)?干净/ },
  // The broadband slow, said plainly or by a figure (网是慢了点, 网速快得跟拨号上网一样), a radiator colder than one's
  // hand (暖气片比我手还凉: a comparison, not a fault "still" there), problems by the heap (问题一大堆), the work scored low
  // beside another mark (设计能打五分，施工也就三分): the service below
  // standard (000 第三十七条; 003 三.2; 004 第五篇). (网修得慢 is the handling, 网还是慢 a fault still there, 师傅说网速慢
  // the worker's words, 从网慢……成没网了 what the repair made of it, 我反映的是网速慢 the case reported: none of them here.)
  { category: 'quality', re: /(?<!说|从|比|还是|还|又|仍然|依然|照样|的是|因为|是因为)(网|网速|宽带|上网|下载|网络)(?:(?!修|装|处理|弄|来|办|接|回|还|又|仍|依然|照样|说|是不是)[^，]){0,3}慢|得(跟|像)[^，]{0,6}(拨号|蜗牛|乌龟|老牛)[^，]{0,4}(一样|似的)|比(我的?|人的?)?(手|脚|脸|身上|冰块|冰棍|铁)还(要)?(凉|冷|冰)(?!快)|(问题|毛病|瑕疵)[^，]{0,2}(一大堆|一堆|成堆|一箩筐)|(施工|做工|质量|工艺|活儿?)[^，]{0,3}(也就|只能|只有|顶多|最多)(打|给|值|算)?[零一两二三]分/ },
  // A small gap between the design and the work (效果图挺好看的，做出来差了那么一点点意思): the work below its promise, softly said.
  // Round 20 (t20S): a repair said to be mostly done with one room still short (基本解决了 就小屋还差点意思, 修好了 卧室还是有点凉): the
  // fault reported is not all gone (000 第三十三条), not_fixed; the same said in a survey with no repair named stays quality.
  { category: 'not_fixed', re: /(?<=(解决|修好|修完|处理好|弄好)[^。]{0,8})(小屋|小房间|卧室|主卧|次卧|里屋|北屋|南屋|后屋|书房|那屋|一个屋|有个屋|有间屋|一间屋)[^，]{0,3}(还|还是|仍然|依然)[^，]{0,3}(差点意思|差点|不太热|不热|有点凉|凉|冷|不行)/ },
  { category: 'quality', re: /差(了)?(那么)?(一)?(点点|点儿|点|丢丢|些)(儿)?意思/ },
  // Asked three times, answered half (问三句答半句, 爱答不理): 000 第四十六条 (服务禁用语), 第四十三条(六).
  { category: 'attitude', re: /问[一二两三四五六七八九十几好多]+(句|遍|声)[^，]{0,2}(答|回|应)[半一](句|声)|爱答不理|爱理不理|问(他|她|他们)?(啥|什么)都不(说|答|吭声|理)/ },
  // The person in charge hard to find (项目经理不太好找, 工长难找): 000 第三十六条 (首问负责); 003 二.
  { category: 'unreachable', re: /(项目经理|经理|工长|负责人|监理|管家|师傅|客服|售后)[^，]{0,3}(很|太|挺|有点|特别)?((不|不太|不大|不怎么)好|难)(找|联系)|(项目经理|经理|工长|负责人|监理|管家|师傅|客服|售后)[^，]{0,3}(找不着|找不到)/ },
  // Round 9 (dev8 first). A leak still there after the repair (还有点渗水, 还在滴水): an unsolved fault however
  // little it is (000 第三十三条 即修即通), so a diminisher does not make it a reservation.
  // (Round 17, t17F2: or told at the part just mended, 热是热了，就是阀门那儿有点渗水.)
  // (A renovation's waterproofing that still lets water through, 卫生间还是渗水, is the work's quality: not here.)
  { category: 'not_fixed', severe: true, firm: true, re: /(还|一直|老是|总是|现在)(在|有点|有些|有一点)?(往外|往下)?(渗|滴)(水|着)?(?![^，]{0,2}(吗|么))|(阀门?|接头)(那儿|那里|那|这儿|上|口)?(有点|有些|有一点|在)(往外|往下)?(渗|滴|漏)(水|着)?(?![^，]{0,2}(吗|么))/, unless: /防水|卫生间|楼下|墙|泡|淹|(不|没)(再)?(渗|滴|漏)了/ },
  // Round 20 (t20K): a leak that began at the part worked on, or after the worker left (师傅走了以后接口那漏水了, 修完以后管子渗水了):
  // the repair is not sound, a fault still to fix however it is softened (000 第三十三条 即修即通; 003 四.4(7)), not a small
  // reservation. (A leak before the visit, 之前接口漏水, told as the reason for it, is none; a renovation's waterproofing is quality.)
  { category: 'not_fixed', severe: true, firm: true, re: /(接口|接头|阀门?|弯头|管子|水管|暖气管|暖气片|管道)(那儿|那里|那|这儿|上|处|口)?(又|也)?(往外|往下)?(漏|渗|滴)(水)?了(?![^，]{0,2}(吗|么))|(他|师傅|工人|人)?(走|修完|弄完|装完|干完)了?(以后|之后)[^，]{0,8}(漏|渗|滴)(水)?(了|着)/, unless: /防水|卫生间|楼下|墙|泡|淹|(不|没)(再)?(渗|滴|漏)了|(之前|以前|原来|本来|上次|当时)[^，]{0,8}(漏|渗|滴)/ },
  // A thing that worked broken by the visit (修完以后座机打不出去了, 装完电视就没信号了, 原来好好的; not 还是/又,
  // a fault still there or back, which is not_fixed): the work itself did harm, a clear complaint (004 第五篇; 003 四 不得损坏用户室内设施).
  { category: 'quality', severe: true, re: /(修完|弄完|装完|修好|他走)(了)?(以后|之后)?(?:(?!还|又|仍|依然|照样)[^，]){0,8}(打不出去?|打不了|用不了|不能用|不响|没(声|信号|画面)|黑屏|花屏)|(原来|本来|之前|以前)(都|还)?(是)?好好?的(?=$|[^，]{0,2}(现在|结果|修完|弄完|装完|一修))/ },
  // A fault counted (网断了三次), a line that does not work at all (网根本不通): 000 第三十三条.
  { category: 'not_fixed', severe: true, re: new RegExp(`(网|信号|宽带|电视)[^，]{0,2}(断|掉)(了)?${N}+(次|回)|掉(了)?${N}+(次|回)线|(网|信号|宽带|电视)[^，]{0,2}(根本|压根|完全)(不通|上不去|上不了|连不上|用不了)`) },
  // Staff who said the customer lies or is to blame (说我家温度计是假的, 说是我们家自己阀门没开), foul mouths,
  // drinking on duty, speech too sharp (说话有点急, 说话太难听): 000 第四十六条 服务禁用语, 第四十三条(六)(七).
  // Round 16 (t16G2): drink offered and declined (跟师傅喝酒了，哈哈，人家没喝) is no drinking on the job; 那口子/两口子 (the
  // spouse, a couple) is no cut in the home (口子 in the damage rule below).
  { category: 'attitude', re: /说我(家|们家?)?[^，]{0,8}(是假的|骗人|撒谎|瞎说|胡说|造假|乱说)|说是?(我们|我|咱们?|俺)(家)?自己[^，]{0,6}(没|不)(开|关|弄|插|接|交|打开)|不干不净|骂骂咧咧|喝(了|过)?(点|酒)?酒(?!钱)(?![^]{0,12}(人家|他|师傅)(可|倒)?(都|也)?(没|不)喝)|酒气|酒味|醉醺醺|说话[^，]{0,3}(有点|太|挺|特别|很)?(急|冲|横|难听)|(口气|语气)[^，]{0,3}(有点|太|挺|特别|很)?(急|冲)/ },
  // A bribe offered by staff to bend the work or the reading (说给他两百块钱就给我用好点的线, 给他五十块能把温度报低点):
  // money asked for on the side, 000 第四十三条(一)(三).
  { category: 'money', severe: true, re: new RegExp(`给(他|他们|我们|师傅)[^，]{0,2}(${N}|[百千])+(块|元|百|千)(钱)?[^，]{0,3}(就|能|才|可以|便|他就)`) },
  // The customer made to buy the part or pay for it (让我自己去五金店买, 钱我自己掏), a package changed unasked
  // (给我换了个套餐, 每个月多二十块): a charge in dispute, 000 第四十三条(三).
  { category: 'billing', severe: true, re: new RegExp(`钱(都|也|还|得|是)?(我|我们)自己(掏|出|付)|(让|叫|要)我自己[^，]{0,8}买|(给我|把我的?|私自|擅自)(换|改|升|变)了?(个|我的)?套餐|每个?月(多|贵)(了|出)?(${N}|[百千])+`) },
  // A hotline that makes the customer wait (每次打客服都让我等), an engineer hard to book (挺难约的), nobody telling
  // the customer the job was done (处理完没人告诉我一声): 000 第三十六条 首问负责.
  // Round 19 (t19L): the hotline answered by a machine (热线打进去就是机器人) and the wait to reach a person (转人工要等二十分钟).
  { category: 'unreachable', re: /打(客服|热线|电话|人工)[^，]{0,4}(都|就|总|老)?(让|要|得)(我)?等|(打进去|打过去|打客服|打热线|热线|客服)[^，]{0,4}(就|都|全|总|老)是(个)?(机器人|机器|语音|录音)|转人工[^，]{0,3}(要|得|还得|又)?等|(难|不好)约|约不(上|到|着)|没(有)?人(告诉|通知|知会)(我)?/ },
  // The customer's own day lost to the wait (耽误我半天, 耽误了我一上午的班): not a small delay, 000 第十三条–第十八条.
  { category: 'late', severe: true, re: /耽误(了)?(我|我们)(的)?[^，]{0,3}(半天|一天|一整天|一上午|一下午|整天|上班|工作|生意|事)|耽误了?(一|半|整|大半)(个)?(上午|下午|天|晚上)/ },
  // Arrived later than the time said (说两点来 两点二十到的, 跟约的时间差了一刻钟), a morning lost waiting: 000 第十三条–第十八条.
  { category: 'late', re: new RegExp(`(说|约|约好|说好|讲好)[^，]{0,4}(${N}|[一两])+点(半)?(来|到|上门)[^。]{0,4}(${N}|[一两])+点[^，]{0,4}(才)?(到|来)|(约|说好|定|短信上约|预约)的?时间[^，]{0,3}(差|晚)了?[^，]{0,3}(一刻钟|刻钟|半(个)?小时|(${N}|半)+(分钟|个?小时))|等了(一|整|大半|半)(个)?(上午|下午|整天|天|晚上|早上)`) },
  // The same fault reported a third time or more (已经是第三回报修了, 同一个毛病): a fault that keeps coming back is no
  // small reservation, whatever level is conceded beside it (000 第三十三条 即修即通; 004 第十五条).
  { category: 'repeat_visit', severe: true, re: /第[三四五六七八九十几]+(回|次|趟)(报修|投诉|反映|报|找)|(报修|投诉|反映)(了)?(三|四|五|六|七|八|九|十|好几|十几)+(回|次|遍)[^。]{0,10}同(一个|样的?)(毛病|问题|故障)|同(一个|样的?)(毛病|问题|故障)[^。]{0,10}(报修|投诉|反映|报)(了)?(三|四|五|六|七|八|九|十|好几|十几)+(回|次|遍)/ },
  // A tool or the promised device not brought, one more trip for it (没带工具 又回去拿了一趟, 说好带路由器 结果没带).
  { category: 'repeat_visit', re: /没带(工具|零件|配件|设备|材料|梯子|路由器|光猫|机顶盒)|(回去|返回|跑回去)(拿|取)(了)?(一)?(趟|次|回)|(说好|答应|说)[^，]{0,2}带[^，。]{0,10}(结果|但是|可)?没带/ },
  // Defects everywhere (哪哪都有问题), small details still to redo (小细节还得再修修, 有点小问题), a gap too wide (踢脚线缝大了点),
  // a noise in the pipes (哗哗的响声), slower than before (比以前稍微慢一点): 004 第五篇 (施工质量).
  { category: 'quality', re: /(哪哪|到处|处处|哪儿哪儿|哪里哪里)(都)?(是|有)[^，]{0,2}(问题|毛病)|(小)?细节[^，]{0,4}(还得|还要|得|要)(再)?(修|补|改|弄)|有(点|些|个)小(问题|毛病)|(缝|缝隙|接缝)(有点|稍微|太)?(大|宽)|(哗哗|哗啦|滴答|嘀嗒|咕咚|哐哐|咣咣)(的)?(响|声)|响声|比(以前|之前|原来)[^，]{0,4}慢/ },
  // Things left behind told as left (旧阀门留我家了) or wished gone (要是走的时候把纸箱子也带走): 000 第三十八条 (清理现场).
  { category: 'mess', re: /(旧|换下来|拆下来)[^，]{0,8}(留|扔|搁|放)(在)?(我家|家里|屋里|这儿?|门口)|(要是|如果|最好)[^，]{0,8}把[^，]{0,8}(也)?(带走|拿走|收拾|清理|扫)/ },
  // A hazard told by what it does (线有点绊脚, 吊灯都震下来了, 地上都结冰了, 电焊旁边就是油漆桶): 000 第二十七条, 第三十条.
  { category: 'safety', severe: true, re: /绊脚|绊人|震(了)?下来|地[^，]{0,3}结(了)?冰|(楼道|台阶|路)[^，]{0,4}结(了)?冰|(电焊|焊接|明火|切割)[^。]{0,12}(油漆|汽油|易燃|燃气|煤气|稀料)|易燃/ },
  // Round 8 (dev7 first). Staff words that turn the customer away or belittle them (你爱装不装, 修不好别找我,
  // 关我们什么事, 说我没文化, 不配用千兆, 跟吃了枪药似的, 吵了一架): 000 第四十六条 服务禁用语, before the fault they name.
  { category: 'attitude', re: /爱(装|修|用|弄|要|买|来|干|找|办|换)不\1|(修|弄|装|管)不(好|了)[^，]{0,2}别(来)?找(我|他)|找别人去|关(我|我们|他|他们)(什么|啥|屁)事|说我(没文化|不懂|笨|傻|土|穷|事多|矫情)|不配(用|装|住)|吃了?枪药|火药味|吵了?一架|态度[^，]{0,3}(一般|有点|不太|不怎么|差|不好|那个|生硬|冷淡)|没(戴|带|挂)(工牌|工作证|胸牌)/ },
  // A fault still there told by its sound or its spinning wheel (还是有杂音, 一打电话就沙沙响, 又开始转圈圈了,
  // (Round 17, t17F2: not the sound told as gone, 没那个嗡嗡声了, 嗡嗡声没了, 再没沙沙响: the fault is over.)
  // 现在又那样了, 来了拍个照就走了): 000 第三十三条 即修即通.
  { category: 'not_fixed', severe: true, re: /(还是|还|依然|仍然|照样|又)有?[^，]{0,2}(杂音|噪音|回音|电流声)|(?<!(没有?|不再|再没|再也没|听不到|听不见)(那个|那种|那|这个|啥|什么)?)(沙沙|滋滋|嗞嗞|呲呲|嗡嗡)(的|地)?(响|叫|声)(?![^，]{0,2}(没了|没有了|消失|停了|不响了|小多了|听不到了|听不见了))|又(开始)?[^，]{0,2}转圈|(现在|如今|这会儿)?又(那样|这样|那个样|老样子)了|拍(个|了|张)?照就走|还是[^，]{0,4}邻居(家)?的?(网|wifi)/ },
  // Round 17 (t17F2): the company challenged to act at last (你们到底管不管; 你们还管不管了; 十六度，物业究竟管不管): the fault is still
  // there and the customer has had enough (000 第三十三条 即修即通). Not whether a job is theirs (楼道那个灯你们管不管; 你们管不管修空调？).
  { category: 'not_fixed', re: /(你们|你|物业|公司)(到底|究竟|还)管不管(了)?(啊|呀)?(?=[！!？?。\s]|$)/ },
  // Round 11 (t11R2). The handset itself noisy or the other party unheard (听筒里沙沙的 听不清对面说啥): the customer's
  // line at fault, not this call (000 第三十三条 即修即通).
  { category: 'not_fixed', severe: true, re: HANDSET_FAULT_ZH },
  // Round 20 (t20C): the heating that keeps stopping (老停 这个月停了两回了): the supply below standard (quality, 003 三.2), not
  // visits counted. (又停了 after a repair is the fault back: not_fixed, above.)
  { category: 'quality', re: new RegExp(`(?<![别不])(老|总|总是|老是|经常|动不动(就)?|隔三差五(就)?|三天两头(就)?)停(暖|气|了)?(?![车下住顿工])|停(了)?(好几|${N})+(回|次)(?!车)`) },
  // A bill against what was promised or cancelled (说好补偿五十……到账只有三十, 退订了……还在扣, 涨价, 算错了),
  // a refund or a bill notice slow to come (退到账慢了点, 缴费通知来得晚), a fee wished cheaper: 000 第四十三条(三).
  { category: 'billing', severe: true, re: /(说好|答应|承诺|讲好)[^，]{0,8}(补偿|返|退|送|赔)[^。]{0,14}(只有|才|就|只)[^，]{0,3}[一二两三四五六七八九十百千\d]|(退订|取消|停)(了)?[^。]{0,12}(还在|还是|照样|又|继续)(扣|收)|(就|又|突然|偷偷|私自|擅自|给我|都)涨(价|钱)(?![^，]{0,3}[吗么])|(费|账|钱)[^，]{0,2}算错/ },
  { category: 'billing', re: /(退|返)(款|钱|费)?[^，]{0,2}到账[^，]{0,3}(慢|晚)|(退|返)(款|钱|费)(得|的)?[^，]{0,3}(慢|晚)|(缴费|收费|账单|发票|交费)(的)?(通知|短信)?[^，]{0,4}(晚|慢|迟)|(费|价|价格|资费|价钱)[^，]{0,8}便宜(点|些)/ },
  // Money on the side: more asked or pressed on the worker (多给一百, 塞给他两百), a meal or a table of food,
  // a private transfer, materials pushed that the worker recommends or carries (非让用他推荐的管子, 买他带的):
  // 000 第四十三条(一)(三)(四).
  { category: 'money', severe: true, re: /(?<![最至顶])多(给|要|掏)(了)?(他|师傅|他们)?[一二两三四五六七八九十百千\d]+(块|元|百|千)?(?![一二两三四五六七八九十百千\d分度星])|塞给?(他|师傅|他们)[^，]{0,2}[一二两三四五六七八九十百千\d]+|请(了)?[^，]{0,6}(一桌|一顿|吃了?[^，]{0,4}(顿|餐|回|次)饭)|私下[^，]{0,4}(转|付|给)|(用|买|换|装)(他|他们|师傅)(推荐|带来?|自己|车上)的|(硬|强|非)塞给我|(非|硬|必须|非得)(让|要)(我)?(用|买|换|装)[^，]{0,4}(他|他们)/, unless: /(死活|坚决|硬是|说什么也|怎么也)(不|没)(要|收|肯)/ },
  // A wait in the hotline queue, a line nobody answers (排队排到第三十几位, 忙音, 没一个人接, 找不着人,
  // 打了好几个电话才约上, 热线等的时间长了点): 000 第三十六条 首问负责.
  { category: 'unreachable', re: new RegExp(`排队排到|排到第|忙音|没(有)?一个人接|(找|联系)[^，]{0,6}(找不着|找不到|联系不上)人|打了?(好几|${N}+)(个|回|次|遍|通)电话(才)?(约上|约到|打通|接通|找到)|(热线|客服|电话|人工)[^，]{0,4}等(的|得|了)?(时间)?[^，]{0,3}(长|久)`) },
  // A visit that took hours or days told by its verb said twice (装个宽带能装三天, 换一根网线换了三个小时).
  { category: 'late', re: new RegExp(`([装修换弄拉接调搞铺刷贴])[一个根条台次]{0,2}[\\u4e00-\\u9fff]{1,4}(能|就|竟然|居然|硬是|足足)?\\1(了)?(${N}|半)+个?(多)?(小时|钟头|天|礼拜|星期)`) },
  // Damage by water or by the drill told by its result (放水放了我一地, 木地板都泡得起鼓了, 窗帘蹭得全是黑油,
  // 墙钻得跟筛子似的, 打穿了隔壁的水管): 000 第二十八条, 第三十八条; 003 四 (不得损坏用户室内设施).
  { category: 'mess', severe: true, re: /(打|钻|凿|弄|碰|戳|扎)(漏|穿)(了)?|(放|漏|洒|淌|流|喷)(水)?[^，]{0,2}了?我?(一地|满地)|(地板|木地板|家具|柜子|沙发)[^，]{0,3}(都|也)?(泡|淹)(得|坏|了|鼓)|蹭(得|了)[^，]{0,4}(全是|都是|满是)|(钻|打|凿|戳)得[^，]{0,6}(跟|像)[^，]{0,4}(似的|一样)|(打|钻|凿)(穿|破)了?[^，]{0,6}(水管|管子|暖气管|楼板)/ },
  // A child or an old person near a hazard left (小孩老去那玩, 小孙子天天在地上爬): 000 第二十七条.
  { category: 'safety', severe: true, re: /(小孩|孩子|孙子|孙女|小孙子|小孙女|老人|老太太|老爷子)[^，]{0,4}(天天|老|总|经常|常)?(去|在)[^，]{0,4}(玩|爬)/, unless: /(不|没)(危险|事)|安全/ },
  // Round 24 (t24D): waterproofing that lets water into the home below (楼下邻居说往下渗水, 一直往楼下滴), after the rules that read a pipe's leak reaching below: the bathroom's
  // waterproofing, quality (004 第五篇 施工质量).
  { category: 'quality', re: /往(楼)?下[^，。]{0,2}(渗|漏|滴)/ },
  // The work itself below standard, told by its defect (墙皮自己会往下掉, 防水没做好, 延迟两百多, 线都没理, 网不好,
  // 没去年那么热, 北屋差点, 砖缝不太齐, 尺寸不太合适, 教得不太清楚, 不太好用, 不搭, 关起来有点紧, 高峰期慢): 004 第五篇; 003 三.2.
  // Round 22 (t22C): not said beside the fault told to be as it was (还是老样子 晚上一卡一卡的): the visit changed nothing, and the
  // not_fixed rule below reads it (000 第三十三条), not the line's speed.
  { category: 'quality', re: /墙皮(自己|自个儿)[^，]{0,6}(掉|脱|起|裂)|起皮|防水[^，]{0,3}没(做|弄)好|楼下[^，]{0,3}(就|都)?漏|漏(水)?[^，]{0,3}把楼下[^，]{0,3}(都|也)?(淹|泡)|延迟[^，]{0,2}[一二两三四五六七八九十百千\d]+|线(都|也)?没(理|整理|捋)|没(有)?(去年|往年|以前|之前)(那么|那样)?(热|暖和|快|好)|(北屋|南屋|北边|卧室|客厅|厨房|卫生间|次卧|主卧)(差点|差一点|稍微(凉|冷|差)|有点(凉|冷|差)|不太热)|(缝|砖|线|柜门)[^，]{0,4}不(太|怎么)?(齐|平|正|直)|(尺寸|大小|高度|位置)[^，]{0,2}不(太)?(合适|对|合理)|跟我(说|要|讲)的[^，]{0,4}不(太)?一样|(教|讲|解释)得不(太)?(清楚|明白)|没(跟我|给我|和我)(说|讲|交代|解释)(清楚|明白)|(位置|颜色|款式|样子|设计)[^，]{0,6}不(太|怎么)?喜欢|不(太)?好用|不搭|关(起来|上)?[^，]{0,3}(有点|太|特别)?(紧|费劲)|高峰期?[^，]{0,6}(慢|卡)|(?<!一到)晚上[^，]{0,3}(有点|稍微|会|特别|老|偶尔)?卡|(?<!一到)晚上(?:(?!来|到)[^，]){0,3}(有点|稍微|会|特别|老|偶尔)?慢|(偶尔|有时候?)(有点|会)?(慢|卡)|(办|买|说好|签)的?[^，]{0,6}兆[^。]{0,14}(最高|最多|顶多|也就)[^，]{0,3}[一二两三四五六七八九十百千\d]+/, unless: /(还是|仍然|依然|依旧|照样|照旧)(老样子|那样|那个样|原样)/ },
  // A fault back or still there in a word (当摆设, 一打电话网就断): 000 第三十三条.
  { category: 'not_fixed', severe: true, re: /一(打电话|开|用|下雨|刮风|开空调|开电视)[^，]{0,4}(网|信号|电视)?就(断|掉|卡|没)/ },
  // Unreachable for days (我找了他半个月), a complaint chased by phone (还得打三遍电话催), a sales call before the fix.
  { category: 'unreachable', re: new RegExp(`找(了)?(他|她|他们|人|你们|经理)[^，]{0,2}(${N}|半)+个?(多)?(天|礼拜|星期|月)`) },
  { category: 'late', re: new RegExp(`冻了[^，]{0,2}([一二两三四五六七八九十几好多]|半)+个?(多)?(天|礼拜|星期|晚上|宿)|(跟|和|比)[^，]{0,4}(移动|电信|联通|广电|别家|人家|别人)[^。]{0,14}([一二两俩三四五六七八九十几半\\d])+个?(小时|钟头|天)就(上门|来|到|修好|装好|弄好)|终于想起|打[^，]{0,6}电话催|催了(好几|${N})+(遍|回|次)|(要是|如果|最好|希望)[^，]{0,4}(能)?(提前|早)[^，]{0,6}(到|来)|(因为|就是|提醒|盯)[^，]{0,6}工期|(${N}|半)+个?(多)?(天|礼拜|星期|月)[^，]{0,4}才(派|来|上门|有人)`) },
  // (别给我打推销电话: future sales calls refused, none received, no grievance.)
  { category: 'attitude', re: /推销电话/, unless: /(别|不要|甭|不用|不许|不准)(再)?(给我|跟我)?(打|来)?(什么|啥)?推销电话/ },
  // Brushed off with a word (一句管道老化就把我打发了, 随便找个理由搪塞): 000 第三十六条 (首问负责), 第四十六条.
  { category: 'attitude', re: /(就|便|给)?把(我|我们|咱)[^，]{0,2}打发(了|走)|(随便|一句话?|几句话?)[^，]{0,10}(打发|搪塞)|搪塞/ },
  // Story frames (round 7). Staff speech reported as a directive to the customer (他说"你自己百度",
  // 说"修不好你找别家去", 啥叫"你自己弄吧"): what they said is the grievance (000 第四十六条), not
  // the words inside it. Dismissal by the body (头都没抬), hanging up on the customer, the blame
  // put on them (活该), being treated as a supplicant (好像我求着他).
  { category: 'attitude', re: /(?<!我|多|不|没法)(说|回|句|叫)[^你，]{0,10}你(?!们)(自己|自个儿|爱(找|咋|怎)|去找|找别|另找|懂个)|头都(没|不)抬|眼皮都(没|不)抬|挂(了)?我[^，]{0,3}电话|活该|(好像|跟|像)是?我求着/ },
  // A fault back or still there told as its symptom (照样掉线, 又温吞吞的, 又是红灯, 现在还这样, 这叫正常).
  { category: 'not_fixed', severe: true, re: /(还是|还|依然|仍然|照样|照旧|又是?)[^，]{0,3}(时断时续|断断续续|掉线|温吞|温乎|红灯|杂音|沙沙|滋滋|串音|噪音)|(现在|如今|到现在)(也|都)?(还|还是|依然|照样)(这样|那样|这德行)|这(也|都)?叫(正常|好了)/ },
  // Lateness in idioms and in a reply that came only now (放鸽子, 黄花菜都凉了, 今天才回电话).
  // Round 21 (t21F): a half day's job said to have taken that long before it was done (装了一下午才装完, 修了一整天才修好): slow
  // work (干了一下午 一口水都不喝, the effort praised, says no 才).
  { category: 'late', re: /(装|修|弄|干|接|调|搞|铺|换)了?(整整|足足)?(一|整|大半|半)?(个)?(下午|上午|晚上|整天|天)才(装|修|弄|干|接|调|搞|铺|换)?(完|好)/ },
  { category: 'late', re: /放(了)?[^，]{0,4}鸽子|黄花菜都凉了|(今天|现在|这会儿|刚|昨天)才(回|打|给)[^，]{0,3}电话|度日如年/ },
  // A refund still not seen (退……到现在也没信儿), a charge kept during the outage (月租照扣), a penalty,
  // an arrears the customer does not owe, a bill above the price said (说一百二十九……账单出来二百零三).
  { category: 'billing', severe: true, re: /退[^，]{0,12}(到现在|至今|一直)[^，]{0,3}(也|都|还)?(没|不)|(月租|话费|费用?)[^，]{0,2}照(扣|收)|违约金|说我欠费|(说|讲|说好)[^。]{0,10}[零一二两三四五六七八九十百千\d]+[^。]{0,12}账单[^。]{0,6}[零一二两三四五六七八九十百千\d]+/ },
  // Complaints counted (第五个投诉电话, 前后投诉了三回): repeated, whoever did not answer in between.
  { category: 'repeat_visit', re: new RegExp(`第${N}+(个|次|回)(投诉|报修)|(投诉|报修|反映)(了|过)${N}+(回|次|遍)`) },
  // Calls it took before anyone came (打了三回电话才来人): a late visit, not a repeat one.
  { category: 'late', re: new RegExp(`打(了)?${N}+(回|次|遍|个)电话[^，]{0,2}才(来|到|上门|有人来)`) },
  // Round 24 (t24F): calls or chasing over days before anyone came, or before a single visit (打了一个礼拜电话才来人, 催了好几天
  // 就派了一个人来, 打了半个月电话就来了这么一趟): a late visit (000 第十三条–第十八条). The calls alone, told with no visit after
  // them (打了好几天电话 终于弄好了), stay as read.
  { category: 'late', re: new RegExp(`(打|催)(了)?((${N}|一)+个?多?(礼拜|星期|周|月|天)|好几天|好些天|好多天|半个多?月)(的)?(电话)?[^，]{0,3}(才(来|到|上门|有人来|派人|来人)|就(来|派)了?(这么|那么)?(一|1)(趟|回|次|个人))`) },
  // Money asked for or given on the side: meals, cash to the worker himself, gifts pressed on him, a transfer.
  { category: 'money', severe: true, re: /请[^，]{0,4}吃了?[^，]{0,3}(顿|餐)饭|(吃饭|饭钱|酒钱|烟钱)[^，]{0,3}(非要|还要|要|让|叫|得)我(来)?(请|掏|买单|付|结)|(非要|让|要)我管饭|给(他|他本人)(本人|个人|现金)|(交|给)[^，]{0,6}给?他本人|不走(公司|单位)?的?账|塞给[^，]{0,6}(烟|钱|红包|酒)|转(他|给他)[^，]{0,2}[一二两三四五六七八九十百千\d]+|要了我[一二两三四五六七八九十百千\d]+/, unless: /(死活|坚决|硬是|说什么也|怎么也)(不|没)(要|收|肯)/ },
  // A hazard told as its circumstance: a smell of burning, no earth wire, a tingle, work at height
  // outside the window, an unsteady ladder, cables against a heating or gas pipe, things falling, hot water running.
  { category: 'safety', severe: true, re: new RegExp(`焦(糊)?味|糊味|烧焦|(没|不)接地线|手(都|一)?麻了?|(梯子|架子)[^，]{0,4}(不稳|晃)|晃晃悠悠|(踩|站|爬)(着|在|到|上)[^，]{0,6}(外机|窗台|栏杆)|(电线|线|网线|光纤)[^，]{0,4}贴着[^，]{0,4}(暖气管|燃气管|热水管|煤气管|暖气片)|线皮[^，]{0,4}(软|化|焦)|往下掉|(开水|热水|滚水)[^，]{0,4}(淌|流|喷|冒|滋)`) },
  // Mess and damage told as what is left: footprints, shoes kept on, stains, things knocked over.
  { category: 'mess', severe: true, re: /(碰|撞|踢|推)倒(了)?|(摆件|花瓶|杯子|镜子|玻璃)[^，]{0,3}碎|撬(了)?(裂|坏|破|掉)/ },
  { category: 'mess', re: /(一地|满地|一屋子?|满屋子?)(的)?(泥巴?|泥水|泥土|尘土|碎屑|木屑|渣子|垃圾)|(脚印|泥印|鞋印)|(桌上|桌子上|台面上|柜子上|沙发上|床上|窗台上)[^，]{0,2}(留|剩|落|扔)(了|下|着)|鞋都没(脱|换)|乱成一团|(跟|像)打(过)?仗(似的|一样)|油污|水渍|污渍|油渍|(地上|地板上|墙上|床上)全是|床单[^，]{0,6}(黑|脏)/ },
  // Story frames (round 6): damage by soaking (把地板泡了), the customer's loss told as a question
  // (损失谁给我算), a promise asked back (你们不是说免费吗), being sent on another errand (让我再去
  // 营业厅跑一趟), not one thing straight (没一个是正的), things thrown down (往地上一扔, 扔我家门口),
  // a wait that "turned out to be" long (一等就是二十天), half-warm radiators, dismissive "whether
  // it's fixed or not" (修不修都一样), the blame put on the customer's side (是我们自己的事).
  { category: 'mess', severe: true, re: /把(我|我家|我们家)?[^，]{0,6}(给)?(泡|淹)(了|坏|湿)/ },
  { category: 'safety', severe: true, re: /安全(绳|带|帽)[^，]{0,2}(都|也)?(不|没)(系|戴|拴|挂|带)/ },
  { category: 'not_fixed', severe: true, re: /(还是|还|仍然|依然|照样)(半截|(上|下)(头|面|边|半截)热)|断(了)?[两三四五六七八九十几好多\d]+天(的)?(网)?|停(了)?[两三四五六七八九十几好多\d]+天(的)?(网|电|暖|机)|(?<fv>[修弄管装])不\k<fv>都一(样|个样)/ },
  // (Round 21, t21H: 我哪知道 only when staff said it (他说我哪知道); the customer's own 我哪知道 家里没有温度计 is no grievance.)
  { category: 'attitude', re: /(是|说是)(我们|我|咱|咱们|俺)(家)?自己的(事|问题|毛病)|(他|她|那人)?(说|回)[^，]{0,2}(那)?谁知道|(说|回|答)[^，]{0,4}我哪知道/ },
  { category: 'money', severe: true, re: /提成|回扣|(劝|忽悠|撺掇|动员)我[^，]{0,2}(换|办|买|升级|加)[^，]{0,8}(套餐|业务|千兆|兆|路由器|会员|音箱|机顶盒)/ },
  { category: 'repeat_visit', re: /(让|叫|要)我(再|又|还得|重新)[^，]{0,4}(跑|去)[^，]{0,6}(一趟|一次|一回)|从头(说|讲)(一遍|一次)/ },
  { category: 'quality', re: /没(有)?一(个|块|处|根|样)(是)?(正|直|平|齐|对)的|半截(热|凉|不热)|(上|下)(头|面|边|半截)热[^，]{0,3}(下|上)(头|面|边|半截)?(凉|冷|不热)/ },
  { category: 'mess', re: /(往|在)(地上|门口|楼道)[^，]{0,2}一?(扔|丢|撒)|(扔|丢|堆)(在)?(我家|我们家)?(门口|楼道|楼梯口?)(了|着)/ },
  { category: 'late', re: new RegExp(`(速度|等|拖|处理|投诉|报修|才)[^，]{0,10}整整(一|${N}|半)+个?(多)?(月|天|礼拜|星期|周|小时|钟头)|一等就是|吃到了?(${N}|半)+个?(多)?(小时|钟头|分钟)|(报修|投诉|报|打电话)到(今天|现在)[^，]{0,3}${N}+(天|个?礼拜|个?星期|周|个?月)`) },
  // Story frames (round 5): a promise broken (说好免费……结果要收), money pushed through the engineer
  // (找他办就行, 问要不要换套餐), a thing that worked broken by the visit (把座机给整没了), the work
  // making new faults (修出来三个毛病), settings messed up, hot water or steam escaping, fumes, falls.
  { category: 'attitude', re: /(非|硬|逼)(让|要)我[^，]{0,6}(好评|五星|满意)|不给(五星|好评)/ },
  { category: 'billing', severe: true, re: /(说好|说是|本来说|答应|承诺|电话里说|说的是)[^，]{0,8}(免费|送|赠送|不要钱|不收(钱|费))[^。]{0,30}(收|要|掏|交)[^，]{0,3}([一二两三四五六七八九十百千\d]|钱|费)|(就|只)退了?(一半|一部分|一点|几十|几块|[一二两三四五六七八九十百\d]+)|还差[^，]{0,3}[一二两三四五六七八九十百千\d]+(块|元)?(钱)?呢|(面积|费用|钱)[^，]{0,10}(也|都)算(进去|上)了|多算了?[^，]{0,4}(钱|面积|费|平米|天)|少(退|给|算)了?[^，]{0,3}(几毛|几块|零头|钱)|少了[^，]{0,2}(几毛|几块|零头)/ },
  { category: 'money', severe: true, re: /找(他|我|他们)(办|买|开|弄|订)就(行|好|可以)|(问|劝|推)[^，]{0,4}要不要(换|办|买|升级|加)[^，]{0,4}(套餐|业务|宽带|路由器|会员)|(另|单另|单独|私下|额外)[^，]{0,2}(给|加|掏)(他|师傅|他们)钱/ },
  { category: 'safety', severe: true, re: /冒(热)?(气|蒸汽)|往外(冒|喷|呲|滋)|滚烫|(探|伸|趴)(到|出)[^，]{0,2}窗外|(没|不|也不|都不)(系|拴|挂)(安全)?(绳|带)|熏(得|吐|晕|倒)|刺鼻|呛(得|人|死)|(人|老人|孩子|小孩|我)[^，]{0,3}摔了|地上结(了)?冰|(电钻|电锯|切割机|电动工具)[^，]{0,4}(扔|丢|乱放|放)[^，]{0,3}(过道|楼道|走廊|地上)|插着电|(电线|接头|插座|插排|插线板)[^。]{0,20}(泡|浸)(着|在)?[^，]{0,2}水|电线[^，]{0,8}(地上|满地)/ },
  { category: 'quality', re: /裂(了)?(条|道|个)?缝|开裂|密码[^，]{0,2}(给)?改了|(修|装|弄|改)出(来)?[^，]{0,4}(毛病|问题)|(设置|配置|密码)[^，]{0,4}(全|都)?(给)?(弄|搞|改)(乱|错|没)|线[^，]{0,10}满屋子都是|跟蜘蛛网(似的|一样)/ },
  // Round 22 (t22D): the internet said absent with the subject first (反正网也没有, 连网都没有, 网到现在还没有): the line installed or
  // repaired does not work, not_fixed (000 第三十三条), as 没网 is. Not 网也没有问题 / 网都没有断过 (nothing wrong), nor 网还没试 (not
  // tried yet).
  { category: 'not_fixed', severe: true, re: /(?<![上联宽局])网(也|都|还|到现在)(还|也|都)?没(有)?(?![^，]{0,3}(问题|毛病|事|断|卡|掉|慢|坏|出过|影响|耽误|试|测|看|查|用|顾|来得及|开始))/ },
  { category: 'not_fixed', severe: true, re: /把[^，]{0,8}(给)?(整|弄|搞|修)没了|(还是|还|仍然|依然|照样)(莫得|没得|冇得?)|(到现在|至今)[^，]{0,3}(就|都|也|还)?没(通|好|用上|上过网|通过)|灯[^，]{0,4}(一直|老是|总是|还)(是)?红|亮红灯|成(了)?(个)?摆设|就是个摆设|(网页|网站|视频|电视|游戏)[^，]{0,4}(都|也)(打不开|上不了|看不了|刷不出来|加载不出来)|(就是|根本|压根|一直|也)没(处理|管|弄|修)(?!好|脏|乱|坏|湿|破|花)|(?<!我[^，]{0,4})(啥|什么)(也|都)没(干|做|弄|修)(?!成)|又没(了|有了)|(还是|依然|仍然|照样)没有(?!问题|毛病|什么|啥)|用的(都|全)是流量|一到[^，]{0,8}就(掉线|断网|断|卡|没网)/ },
  // Round 20 (t20S): the hotline's number hard to dial (一万号不太好打) and dialled several times before it went through (打客服打了好几次才通):
  // unreachable (000 第三十六条), not a repeat visit; a queue to pay (交费那块排队太长): the billing counter, billing (有点长, round 19, stays a point for review).
  { category: 'billing', unless: /有点|稍微|一点/, re: /(交|缴)(费|钱)[^，]{0,6}(排队|排长队|排大队|等)[^，]{0,4}(太|老|好|特别|挺|可)?(长|久|半天|慢)/ },
  { category: 'unreachable', re: new RegExp(`没打通(过)?|排(了)?(队)?[^，]{0,2}${N}+(分钟|个小时|小时|个钟头|钟头)|转(人工)?(转)?了${N}+(回|次|遍|道)|打(了)?${N}+(回|次|遍|个)电话[^，]{0,4}(能|才)?接|(找|联系)(你们|他们|人|客服)[^，]{0,6}(比登天还难|太难|真难|费劲)|比登天还难|(客服|热线|电话|人工)[^，]{0,6}等(得|了)?[^，]{0,4}(久|半天|老半天|好一会)|听了[^，]{0,4}音乐|没(给我)?留(个)?(电话|联系方式|号码)|(热线|电话|客服)[^，]{0,8}听[^，]{0,6}音乐|不知道(该)?找谁|(热线|电话|客服|一万号|10000|12345|12315|号码?)[^，]{0,6}不(太|大|怎么)?好打|打(了)?(好几|${N})+(回|次|遍)(才)?(打)?(通|接通|有人接)`) },
  { category: 'repeat_visit', re: new RegExp(`(不是|又不是)(头一|第一)(回|次)|第(几|${N}+)个(师傅|工程师|人|师父|小伙子?)|同样的(事|问题|毛病)[^，]{0,8}(投诉|报修|反映)过|(又|还)得(重新)?(说|讲)一遍|重新(说|讲|反映)(一遍|一次)|换了(个|几个|${N}+个)人(跟进|处理|来)`) },
  { category: 'attitude', severe: true, re: /(踢|踹)(了)?(我|我家|狗|猫|门|一脚)|推(了)?我一把/ },
  // Smoking in the customer's home is forbidden conduct (000 第四十三条(七) 严禁在客户家中吸烟; 003 禁止在住户室内吸烟):
  // a clear complaint however satisfied the customer is otherwise.
  // Round 16 (t16G2): not a hypothetical (要是他在我家抽烟我肯定不满意) nor someone else named the smoker (抽烟的是我老公), here and
  // in the milder rule below.
  { category: 'attitude', severe: true, re: /(?<![没不别]|没有?人|(要是|如果)[^，]{0,8})(抽|吸)(?!烟的是)(了|着)?[^，没不]{0,3}烟(?!味儿?(都|也)?没)(?![^，]{0,6}(下楼|楼下|出去|出门|外面|外头)[^，]{0,2}(去|才)?(抽|吸))|烟头/ },
  { category: 'attitude', re: /(说|让|叫)(我|你)?自己(看|查|琢磨|研究|爬|拧|搬|扛|动手|上去)|让我[^，]{0,4}(爬上去|爬梯子|自己拧)|问一句(回|答|说)半句|(连)?门都(不|没)进|(跟|像)求(他|人|爷爷|祖宗)|问(他|她|他们)?(啥|什么)(都|也)(嗯|说不知道|不知道|不清楚|支支吾吾|不吭)|(一直|老|光|低头|只顾|就)[^，]{0,3}(看|玩|刷)手机|有(问题|事|啥事)[^，]{0,2}别找(他|我)|(又|还)让我找(他|她|你们|客服)|问我(为啥|为什么|凭什么)投诉|说[^，]{0,8}(系统|上面|公司|厂家)的?问题|(我们|他们)也没(办法|辙)|说[^，]{0,8}是?因为我(的|家)?[^，]{0,6}(太|不|没)|(躺|睡)(着|在)[^，]{0,6}睡觉|在我家[^，]{0,6}(睡觉|躺着)/ },
  { category: 'late', re: new RegExp(`才(想起来|想起|记起来|反应过来|想到)|没(了)?下文|没信儿|(报修|报的|打的电话|预约|约)[^，]{0,4}(是)?(礼拜|星期|周)[一二三四五六日天][^，]{0,10}(礼拜|星期|周)[一二三四五六日天][^，]{0,3}(才)?(来|到|上门)|现在(都|已经)?第${N}+个?(月|天|周|礼拜|星期)了|(前|之前|以前)[^，]{0,10}现在(都|已经)[^，]{0,8}了|还(没|没有)(动|动工|开工|开始干)|早点(开工|动工|来|到|开始)|${N}+个?(多)?(月|礼拜|星期|周)(就|才)有人(回|来|联系|管)`) },
  { category: 'quality', re: new RegExp(`空鼓|(一敲|敲着|敲起来)[^，]{0,8}(空|咚咚)|没(打|刷|抹|涂|铺|贴|补)(匀|平|好|齐|严)|关不(太)?(严|上|紧)|(窝|躲|钻|缩)在?被窝|(去年|往年|以前|之前|原来)比(今年|现在)[^，]{0,4}(热|暖|好|强|快)|(还)?不如(去年|往年|以前|原来|之前)|(人家|隔壁|别人家?|邻居)[^，]{0,12}(都|能)[^，]{0,12}(我们|我家|俺家|咱家)[^，]{0,6}(才|刚|只有|就)|差点意思|(稍微|稍|略|有点)差(一)?点|(?<!(没有?|不再|再没|再也没|听不到|听不见)(那个|那种|那|这个|啥|什么)?)(嘶嘶|嗡嗡|咕噜|咚咚)(的)?(响|声)(?![^，]{0,2}(没了|没有了|消失|停了|不响了|小多了|听不到了|听不见了))|异响|跟我要的[^，]{0,4}不(是)?一(回事|样)`) },
  { category: 'mess', re: /(线皮|胶布|碎料|废线|线头)[^，]{0,6}(扔|丢)(了|得)?[^，]{0,2}(一地|满地)|随手(搁|扔|放|丢)|忘(了)?(穿|换|戴)鞋套|(保护膜|膜)[^，]{0,2}破/ },
  // a billing dispute said as a wrong package, an unsigned bill item, a refund never seen, the customer paying for parts
  { category: 'billing', severe: true, re: /(套餐|资费|业务)[^，]{0,4}(办错|弄错|搞错|开错|错了)|(结算单|清单|收据|账单)[^，]{0,8}(多了?|多出|没签)|(说好|答应)[^，]{0,6}退[^，]{0,12}没|一分(钱)?(都|也)?没(见着|见到|退|到账|返)|收(钱|费|[^，]{0,3}费)的时候[^，]{0,4}(快|积极)|钱该谁(出|掏)/ },
  // money asked for in so many words: a packet of cigarettes, "a little something", cash on the side, work off the books
  { category: 'money', severe: true, re: /(给|来|拿|整|买)(包|条|根)(好)?烟|烟钱|酒钱|(走|接|干)私活|私下(接|干|做|收)|不开(发)?票[^，]{0,4}(便宜|少收|优惠)|(给|要|讨)[^，]{0,4}烟抽|(得|要|让我|暗示|说)[^，]{0,6}(意思意思|表示表示|表示一下)|(另|单另|单独|私下|额外)[^，]{0,2}(给|加|掏)钱|得(给|加|掏)钱|(不用|不|别)走单|私单|私活|直接找他[^，]{0,6}便宜/ },
  // Round 11: "a little something" asked for after normalisation folds 意思意思 to 意思 (让我意思意思, 逢年过节得意思意思,
  // 暗示要表示表示): a bribe asked for (000 第四十三条(一)); 有意思, 什么意思, 觉得意思不大 are none.
  { category: 'money', severe: true, re: /(让我|叫我|要我|找我|跟我|管我|暗示(我)?|(?<![觉显懂晓记获值取使])得)(也|都|还)?(意思|表示)(意思|表示|一下)?(?![^，]{0,3}(吗|么|是|呢|啊|不大|大|不明白|懂|清楚|对|到))/ },
  // money, gifts, tips, meals asked for by staff; products pushed for gain (000 第四十三条)
  // (Round 12: 验收一次就过了 is an inspection passed, not money taken: 收 inside 验收/接收/签收, or counted in 次, is none.)
  // (Round 12: 请他们吃饭他们都不去, 留师傅吃饭他也不肯: a meal offered and refused is no money asked, 000 第四十三条 kept.)
  { category: 'money', severe: true, re: /(拿|顺|带)(了|走)[^，]{0,8}(没还|不还)|顺走|顺手牵羊|红包|不买(就|他就)?不(给)?(弄|装|修|干|管)|(得|要|必须)(换|买)他(带来|自己|的)|请[^，]{0,3}吃(顿|个|餐)饭|小费|烟钱|辛苦费|好处费|茶水费|跑腿费|感谢费|请(他|他们|师傅|我们)?吃饭|请客|送礼|(?<!多)(要|收|拿|讨|索要|管我要|找我要|问我要)(了)?(我)?.{0,4}(钱|块|红包|烟|酒|礼|好处)|加.{0,2}[一二两三四五六七八九十百千\d]+(块|元|百)|(给|加|塞)钱(才|就)|不给.{0,4}(钱|烟|红包|好处)(就|不)|买(他|他们|他家)的.{0,8}(才|不然)|(让|逼|非要|硬要)我买|推销(?!电话|名单)|(非要|硬要|非得)?卖给我|(让|要)我(给他)?转[^，]{0,4}|微信转|转[一二两三四五六七八九十百千\d]+(块|元|百|千|万)|私(下|自)收|收了我.{0,4}(块|元|钱)|收了我[一二两三四五六七八九十百千\d]+|上门费|调试费|材料费.{0,4}(收|要)|好评.{0,4}小费|(额外|另外)(加|收|要)钱|另外收|另收|另(外)?(交|付|掏|加)|得交[^，]{0,4}[一二两三四五六七八九十百千\d]+|额外收|暗示.{0,6}(好处|钱|红包|表示|意思)|给点(好处|意思)|(非|硬|必须|非得)(让|要)我(办|买|换)|才肯(装|修|来|弄|干)|微信转(账|给他)|现金给他|不(请|给)[^，]{0,6}(就|才)(不)?(给|肯)?(装|修|弄|干|来|管)|让我[^，]{0,3}买|买(包|条)烟|(?<![验接签吸回])收(了)?我?[一二两三四五六七八九十百千\d]+(块|元|百)?(?![次遍回下])/, unless: /没(要|收)(过)?(我)?(一分)?钱|没收钱|(没|没有|不)(乱|多)(收|要|拿)[^，]{0,2}(一分|一毛|一块)|(一分|一毛)(钱)?(都|也)?(没|不)(乱|多)?(收|要|拿)|(请|留)(他们|他|师傅|工人|人家)(吃|喝)[^，]{0,6}(都|也)?不(去|吃|喝|肯|要)|不要钱$|没(要|收)(小费|红包)|(说|说好|说是|办的时候)[^，]{0,4}(送|免费|赠送)(?![^，]{0,3}[吗么])/ },
  // billing, package, refund disputes
  { category: 'billing', severe: true, re: /乱扣|(每个?月|每回|每次|月月)[^，]{0,2}扣(了)?我|没(开通|办|订)(过)?的?[^，]{0,6}扣|扣了?[^，]{0,6}(的)?钱(?!工资)|没见(减|退|返|到账)|(减免|优惠|返现|赠送|送)[^。]{0,14}(也|还)?没(见|给|兑现|减|退)|(送|免费|赠送)[^。]{0,14}(收了?|扣了?)[^，]{0,4}(钱|费)|多扣|扣了我|多收|乱收费|扣费.{0,4}(问题|不对|不明)|乱扣费|收费(不合理|太高|高|不透明|不明)|(话费|暖气费|账单|费用|套餐费|月租|价格|资费).{0,8}(不对|不明|不清|太多|这么多|太高|乱|多了|没给|一直没|说法|涨)|套餐.{0,8}(不一样|不对|不符|不同|被改)|(没|不给|还没|不肯)退|退.{0,4}(没|还没|不)(到|给|退)|减免.{0,8}没|增项|增值业务|捆绑|隐形消费|强制消费|不明不白|免费.{0,8}收了|免[^，]{0,4}费.{0,10}(收|要)|说(好)?(不要钱|免费).{0,10}(收|要)|(送|免费|赠送)的?[^，]{0,8}(收|要)(钱|费)|太贵|贵得|(这么|那么|死|真)贵|乱涨价|发票.{0,4}(不给|没给|没开)|没开票|优惠.{0,6}(没|不)(给|算|兑现)|(退款|退费|退钱).{0,10}(没到|还没|没退|不退|没给)|莫名其妙.{0,4}(多|扣)|账单.{0,6}多(了|出)/ },
  // Round 23 (t23A): the customer's own line still failing (没解决 还是老打不通电话, 照样打不出去): the fault still there (000 第三十三条),
  // before the unreachable rules, which read 打不通 as a hotline or a person not reached (a bare 还是打不通 stays theirs); one named after it (还是打不通你们客服,
  // 还是打不通师傅电话) stays unreachable.
  { category: 'not_fixed', severe: true, re: /(还是|仍然|依然|照样|照旧|又)(老是?|总是?|经常|时不时|动不动)?((打不通|接不到|打不了|打不出)电话|打不出去|打不进来)(?![^，。]{0,4}(热线|客服|你们|人工|师傅|经理|工长|他|她|管家|物业|[0-9一二三四五六七八九零幺]{3}))/ },
  // unreachable: hotline, engineer or manager cannot be reached (000 第三十六条 首问负责)
  // Round 20 (t20K2): a call come in and the caller told to wait, 来电话了 等会儿再打吧, is a reschedule, no wait on a hotline.
  { category: 'unreachable', unless: /(要|得|马上|快|该)关机|您(所)?拨打的|(不在服务区|暂时无法接通)$/, re: /没打进(去)?|无法接通|一直占线|打不进|(谁|哪儿|哪里)都?找不(到|着)|转了[^，]{0,4}(一圈|好几个人|几个人|好几次)|回到原点|才有人接|不接(我的?)?电话|(打|联系|找|转|拨)(了)?(不通|不进|不进去|不上|不着|不到人|不到人工)|打不(通|进)|没人接|无人接听|占线|转不到|找不到(人|他|负责)|联系不上|关机|不回(微信|电话|消息|信息|短信)|(微信|电话|消息|短信)(也|都|从来|一直)?(不|没)(回|接)|电话(从来|一直)?不接|排队.{0,3}(久|半天)|(热线|电话|客服).{0,4}没打通|没人回(复|应|电话)|没(有)?回音|石沉大海|杳无音信|投诉无门|没人管|没人理|一直在?排队|(电话|热线|客服).{0,4}(难打|不好打|难联系|难找)|转了[^，]{0,4}(次|回)?电话|转来转去|电话[^，]{0,2}等(?!(一)?(会儿?|下)(再|打|吧|啊|呀|$))|(打|给).{0,4}电话.{0,6}(不接|没人接)|(他|她|人)也不接|(打|拨)了?[^，]{0,4}(都|也)(不接|没人接|没接|打不通)|没人回复|没人回我|不回复|(说|在|都说|都在)排队|打了?[^，]{0,4}电话[^，]{0,6}(排队|没人接|占线|打不通)|(经理|领导|负责人|师傅|工程师)[^，]{0,4}(一直|老是|总是)?找不到/ },
  // unreachable: a busy tone, a dead number, a call dropped or passed between departments, replies slow to come
  { category: 'unreachable', re: /(热线|客服|人工)[^，]{0,10}(等|响)[^，]{0,8}才(接|有人接)|忙音|空号|(总算|终于|好不容易)(才)?(有人接|打通|接通)|(?<!一)才(打通|接通|打进去?|有人接|有人回(?!来|去|家))|转没了|接通了?(又|就)(断|挂|转)|转了?[^，]{0,3}(部门|科室)|回(消息|信息|微信|电话)[^，]{0,3}(慢|不及时)|热线[^，]{0,10}(得|要)?(多)?等(了)?(半天|很久|好久|一会儿?|老半天)/ },
  // another complaint or report about the same problem, one more visit
  { category: 'repeat_visit', re: new RegExp(`又(投诉|报修|反映|报)(了)?|第[二三四五六七八九十几]+(趟|回|次)了|${N}+(趟|回)[^，]{0,4}白跑`) },
  // damage done to the home (severe) and water or rubbish left behind, before a rude exit (拍拍屁股就走了)
  { category: 'mess', severe: true, re: /(抠|凿|撬|戳|剐)(了|掉|坏|破|出)?[^，]{0,2}(坑|洞|块|口子|坏|掉|破)|把(我|我家|我们家)[^，]{0,6}(给)?(拆|砸|弄坏|搞坏|扯断|碰掉)(了|掉|下来)?/ },
  { category: 'mess', re: /(包装|纸箱|盒子|箱子|泡沫|废料|垃圾|线头|旧线)[^，]{0,6}(留|扔|丢|落)(在|下|了一地|得满地)|没把[^，]{0,10}(擦|扫|拖|收拾|清理|带走|拿走)|(扯|弄|搞|翻)得[^，]{0,4}(乱|一团)|(淌|流)了?一地/ },
  // shifting the blame said in so many words (跟我们没关系, 不归我管, 你懂还是我懂), before the fault it is about
  { category: 'attitude', re: /你懂还是我懂|你懂(啥|什么|个)|你又不懂|说[^，]{0,14}(跟|和)(我们|他们|我)没(有)?关系|不关(我|我们|他|他们)的?事|说[^，]{0,8}不归(我|咱|咱们)管|归谁管|(我们|他们)管不着|爱找谁(找谁)?(去)?|你(去)?找谁(都|也)?(行|可以|去)|爱咋咋地|爱(怎么|咋)(样|着)|(人家|他|他们|她)爱(咋|怎么)(说|弄|整|干|办|搞)((咋|怎么)(说|弄|整|干|办|搞))?(?!吗|么)|这(种|样)的?(业主|客户|用户|人)[^，]{0,3}见多了/ },
  // rubbish left behind (for however long) is mess, not lateness
  { category: 'mess', re: /(垃圾|渣子|碎渣|废料|建渣)[^，]{0,10}(没人(清|收|管)|没清|没收|堆(在|了|着)|扔(在|了|着)|放(了|着)[^，]{0,6}才(清|收|拉走|运走))/ },
  // Round 21 (t21M): days gone and the job still not done (三天装不上一根网线, 一个礼拜都修不好): late, a clear complaint.
  { category: 'late', severe: true, re: new RegExp(`(${N}|半)+(天|个?礼拜|个?星期|周|个月)(了)?(都|还|也)?(装|修|弄|接|搞)不(上|好|通|完)(?![^，]{0,2}(吗|么))`) },
  // Round 24 (t24B): the worker unskilled at the job (就是不太熟练, 手有点生, 对着说明书鼓捣了半天, 业务不熟): the service's own standard,
  // quality (000 第三十七条), before the 半天 spent reads as a late visit. (熟练 praised, 挺熟练的, names nothing.)
  { category: 'quality', re: /(?<!挺|很|蛮|特别|非常|相当|比较|可)不(太|够|怎么|大|是很|是特别|是那么)?熟练|手(有点|有些|还|比较|太)?生(?!意)|业务(不太?熟|不精)|(翻|看|查|对着|捧着)(了)?[^，。]{0,3}(老|好)?半天(的)?(说明书|手册|图纸|资料|视频)|(说明书|手册|图纸|视频)[^，。]{0,4}(翻|看|查|研究)了?(老|好)?半天/ },
  // Round 24 (t24B): the customer's calls counted and still nobody came or the wait went on (打了四回电话 我等了三天, 催了好几次电话
  // 到现在也没人上门, 电话打了三遍人还没来): a visit not made (late, 000 第十三条), not several visits for one fault (repeat_visit).
  { category: 'late', re: new RegExp(`(打|拨|催)了?(${N}|十几)+(回|次|遍|通|个)(的)?电话[^。]{0,24}(没人(来|上门|过来)|人(还|也|都)?没(来|到)|(还|也|都)没(来|上门|过来)|不(来|上门)|(我|俺)?(整整|足足|干|白)?等了|还在等|等到现在)|电话(打|拨|催)了?(${N}|十几)+(回|次|遍|通)[^。]{0,24}(没人(来|上门|过来)|人(还|也|都)?没(来|到)|(还|也|都)没(来|上门|过来)|不(来|上门)|(我|俺)?(整整|足足|干|白)?等了|还在等|等到现在)`) },
  // appointments made again and again before anyone came: late, not repeat visits
  { category: 'late', re: new RegExp(`约了?${N}+(次|回|遍)`) },
  // repeat visits for one problem
  { category: 'repeat_visit', re: new RegExp(`(来|跑|上门|派|修|换)(了)?${N}+(次|趟|回|拨)|(派|换)(了)?${N}+个人|第[二三四五六七八九十]次(报修|投诉|来|上门|修|打)|第${N}+(回|次)(找|打|来|报|反映)|第${N}+个(冬天|年头|月)[^，]{0,6}(打|报|找|修)|(投诉|报修|反映|打)过(一|两|${N})+(回|次)|(年年|每年|每次|每回)[^，]{0,2}(报修|找你们|来人)|${N}+个不同的(师傅|人)|重新拆了|报修第(?![一二两三四五六七八九十几\\d]+天)|${N}+(次|趟|回)(才|都|了都|也|上门)|多跑了?一趟|来回(跑|折腾)|折腾了?(好几|${N}+)(回|次|趟)|投诉.{0,2}${N}+(回|次)|好几拨|二次上门|反复(上门|报修|来)|又得再来|还得再来|(报|投诉|打|反映|报修)了?${N}+(回|次|遍)`) },
  // Round 24 (t24B): the fault sure to come back, said as resignation (反正过两个月又得报修, 修了早晚还得坏, 迟早又得找你们): the repair
  // not trusted to hold, not_fixed (000 第三十三条), after a count of visits or reports (第四回报修了 下个月还得坏: repeat_visit)
  // and before the months said read as lateness. (A fear, 就怕过两天又坏, stays none.)
  { category: 'not_fixed', severe: true, re: /(反正|早晚|迟早|保准|准保|横竖)[^，。]{0,8}(又|还|再)得(报|报修|修|坏|来|找你们|打电话)/ },
  // not fixed: broken again after the repair, "as if nothing was done", a fault still there in the words of the step
  { category: 'not_fixed', severe: true, re: /修了(又)?坏|随便(弄弄|搞搞|弄了?(一下|两下)|搞了?(一下|两下))|(修完|弄完|装完|修好)(以后|之后)?[^，]{0,10}(开不了机|开不开|启动不了|打不开)|坏了又(来|修|坏)|修好了?(又|就)坏|(每回|每次)[^，]{0,4}(走了|一走)[^，]{0,3}(都|就)?(不好|坏|不行|断)|跟没(修|处理|弄|解决|管)(过)?一样|未搞掂|冇搞掂|搞唔掂|仲(系|係|是)?(冇|唔|未|断|卡|冷)|未(修|整|搞)好|一会儿?有一会儿?没(有)?|时有时无|这(也)?叫(解决|修好|处理好?)|得等(开春|明年|来年|以后|过年)|看了一眼(就|说)|(修完|弄完|装完|修好)(以后|之后)?[^，]{0,8}(都|也|就|反而)(看不了|用不了|上不了|不能用|坏了|不亮)|灯(都|也)?不亮|又(掉线|断网|没网|黑屏|没信号|停)|(还是|仍然|依然|依旧|照样|照旧)[^，]{0,2}(冰凉|冰冷|冰的|冰|凉的)|(网|电视|信号|宽带)(也|都|还)(上不去|上不了|连不上|看不了|用不了|不通)/ },
  // Round 11: never right since the visit (装完网就没正常过, 修好以后一直没好好用过).
  { category: 'not_fixed', severe: true, re: /(装完|修完|弄完|装好|修好|换完)(以后|之后)?[^，]{0,6}(就|一直|从来|压根)(都|也)?没(正常|好好|稳定|好)(用|工作|运行|上网)?过/ },
  // Round 21 (t21G): the visit that never came (人都没来, 连人都没来, 压根没来人): a no-show, late (000 第十三条); and the work dragged
  // on a month or so (拖了个把月, 拖了一个多月). Not asked (人还没来吗?).
  // Round 24 (t24A): not a trace of anyone (人影儿没见着, 连个人影都没看见, 鬼影子都没有): the no-show said the idiomatic way, late (000
  // 第十三条), a clear complaint.
  { category: 'late', severe: true, re: /(连)?(个)?(人影|人影儿|人影子|鬼影|鬼影子)(都|也|根本|压根|一直)?(还)?(没|没有)(见着|见到|看见|看到|瞧见|瞅见|见|露|有)(?![^，]{0,3}(吗|么|\?|？))/ },
  { category: 'late', severe: true, re: /(连)?人(都|也|根本|压根)(还)?没(来|到|上门|露面)(?![^，]{0,3}(吗|么|\?|？))|(根本|压根)(就)?没(来|派)(过)?人/ },
  { category: 'late', re: /拖(了|拉了)(个把|一个多|一个来|好几个|几个|两三个|一两个)月/ },
  // Round 21 (t21G): still not working in dialect words (还不好使呢, 还是用不成, 照样不灵; Cantonese 未搞掂呀, 仲未搞掂, 冇搞掂):
  // the fault is still there after the visit (000 第三十三条). Not of a time past (之前还不好使，现在好了: phases.ts sets it aside).
  { category: 'not_fixed', severe: true, re: /(还是|还|仍然|依旧|照样|仲系|仲)(不好使|不灵|用不成|用唔到|唔得)(?![^，]{0,3}(吗|么|不|\?|？))|(未|冇|仲未|唔)(搞掂|搞定|整好|搞好)(?![^，]{0,3}(吗|么|\?|？))/ },
  // not fixed, or back again (000 第三十三条 即修即通)
  // Round 24 (t24C): 没 + a fix word is not_fixed unless the 没 denies a fault (没啥毛病，给解决了就行: no complaint, then the fix).
  { category: 'not_fixed', severe: true, re: /(跟|和|同)[^，]{0,4}(修|投诉|报修|来|弄)(之前|以前)[^，]{0,2}(没区别|没什么区别|没啥区别|一个样|没两样|一模一样)|^(还是|也还是|还)那么回事(儿)?(呗|吧|啊)?$|没修好|(还是|又是|又|还)老?(问题|毛病)(?!吗|不大)|老问题(又|还)|事(也|都|还)?没办(成|好)|没办成|(还是|还|仍然|依然)[^，]{0,6}(一闪一闪|闪个不停|黑屏|花屏|死机)|比[^，]{0,6}(之前|以前|原来|没修)还?(差|慢|卡|冷|糟|严重)|一天[^，]{0,3}(掉|断)|修一(回|次|趟)[^，]{0,2}管|(还是|仍然|依然|依旧|照样)[^，]{0,6}(没有?|不)(画面|声音|网|信号|反应|热)|只有声音|(变化|效果|改善|改观|动静)(都|也|一点)?没(有)?|修不了|弄不了|没法修|(了|出来|出)个(寂寞|空气)|(还是|还|仍然)(有时候?|经常|老是|总是|时不时)?(看不了|用不了|上不了|不能看)|修不好|没(有)?(解决|弄好|搞好|修|处理好|搞定)|没(?!(啥|什么)?(毛病|问题|意见))[^，]{1,4}(解决|修好|弄好|处理好)|跟(修|之前|原来|以前)[^，]{0,4}一(个)?样(?!(的)?(快|好|稳|正常|流畅|顺畅|热乎|暖和))|到现在.{0,4}(没|还没)(好|解决|修)|还(在|往外)?(滴水|漏水|漏)|修完.{0,6}(还|又)(漏|滴|坏|不)|解决不了|(还是|仍然|依然|依旧|照样|照旧|还)(很|太|特别|有点|老是|总是|每天|天天)?(没(声音|画面|反应|网|信号|好|修好|热)|一卡一卡|断|卡|慢|上不了|上不去|不行|凉|冷|温|不热|坏|老样子|那样|不通|不能用|用不了|用不到|连不上|打不开|没网|没有网|没有信号)|又(断|坏|不行|卡|漏|凉|冷|不热|出问题|出毛病|不通)|老样子|还那样|老毛病|复发|治标不治本|跟没修一样|白修|问题(还在|依旧|依然|没变)|看一眼就走|什么都没(干|修|弄)|更(凉|冷|慢|卡|严重)|解决(成|出)了?更|一天断|时好时坏|(还是|仍然|依然|照样|还)(会|要|老|总|经常|时不时)?(掉|断)(线|网)?(?![^，]{0,2}[吗么])|没(什么)?(变化|改善|效果)|(天天|每天|老是|老|总是|总|经常|动不动|一直|时不时|隔三差五|三天两头).{0,3}(断|掉线|卡|坏|没信号)/, unless: /(解决|修好|弄好)了$|([断坏卡热凉冷通])不\2/ },
  // attitude: abuse (severe), rudeness, blame, forbidden phrases (000 第四十六条)
  // (Round 21, t21M: a quarrel at home, 我这正跟我儿子吵架呢, 跟老伴吵起来了, is no staff's manner.)
  { category: 'attitude', severe: true, re: /骂|吼|吵起来|吵架|打人|动手|甩脸|威胁|脏话|脏字|粗口|爆粗/, unless: /(跟|和|同)(我|我家)?(儿子|女儿|闺女|老公|老婆|媳妇|老伴儿?|孩子|小孩|我妈|我爸|老头子?|老太婆|对象|男朋友|女朋友|家里人|邻居)[^，师傅]{0,3}(吵架|吵起来)/ },
  // Round 12 (second pass): being snapped at, 凶 said of how someone treated the customer (凶了我两句, 对我可凶了,
  // 冲我们凶, 凶巴巴的): abuse, a clear complaint however briefly (000 第四十六条); 凶 of the heat or the weather
  // (烧得可凶了) names no person and is left alone.
  { category: 'attitude', severe: true, re: /凶(了|过)?(我|我们|俺|咱|人)|(对|冲|跟)(我|我们|俺|咱)[^，]{0,4}凶|凶巴巴|凶神恶煞/ },
  // (Round 21, t21C: 嚷嚷 of the customer's own family, 热得老伴天天嚷嚷要开窗, is no staff's manner.)
  // (Round 22, t22E: 我哪懂什么文明施工 is the customer's own ignorance, no staff saying 你懂什么: 懂什么 after 我 is not conduct.)
  { category: 'attitude', re: /抱怨|发牢骚|牢骚|(?<!(要是|如果)[^，]{0,8})抽(?!烟的是)[^，]{0,4}烟(?![^，]{0,6}(下楼|楼下|出去|出门|外面|外头)[^，]{0,2}(去|才)?(抽|吸))|拍(拍)?屁股(就)?走|连个?招呼|招呼都没打|顶(嘴|我|回来|[一两三几]句)|(?<!(^|[，,\s])[我俺](哪|哪儿|哪里|也|又|能|可|还)?)懂什么|懂不懂|欠他钱|翻白眼|白眼|(一直|都在|老|总)推|(说|怪|赖)(是)?我(自己)?[^，]{0,6}(错|问题|弄的|搞的)|往[^，]{0,4}(沙发|床)上一(坐|躺)|招呼都不打|快点快点|催(我|着)|不听我的|随便一扔|看[^，]{0,3}脸色|噎死|(电话|手机)打个不停|(一直|老|光)(看|玩)手机|心不在焉|应付了事|架子(大|比)|摆架子|理都不理|不理不睬|爱搭不理|(问|找|叫)他.{0,6}(不理|不回答|不吭声|不搭理)|态度.{0,3}(差|不好|恶劣|很差|太差|不行|很不好|一般|生硬|冷淡|蛮横|不咋地|不咋样|不怎么样|不怎么地)|爱答不理|爱理不理|不搭理|(?<![电通])话(有点|有些|挺|太|很|比较|也)?冲(?!着|过来|洗)|说话.{0,3}(冲|难听|不客气|阴阳怪气|很横)|难听|脾气(大|差|太大|不好)|不耐烦|没耐心|推卸|嗓门(大|太大|有点大|挺大)|推诿|踢皮球|扯皮|敷衍|糊弄|狡辩|(?<!(要是|如果)[^，]{0,8})抽烟(?!的是)(?![^，]{0,6}(下楼|楼下|出去|出门|外面|外头)[^，]{0,2}(去|才)?(抽|吸))|不道歉|不理人|(?<!(家里|家|我|最近|这几天|这两天|手头|年底|月底|今天|今儿|明天|这阵子|这周|手上|单位|工作)(的)?)事多|自己想办法|(是|说)(是)?我(家)?(自己)?的问题|有意见找|凶|横|蛮横|傲慢|没礼貌|不礼貌|不尊重|瞧不起|看不起|嫌我|嫌麻烦|甩手|臭脸|摆脸色|(?<!(老伴|老婆|媳妇|老公|孩子|闺女|儿子|家里人|家里|老头|老太太|我妈|我爸|邻居)[^，]{0,3})(大声嚷|嚷嚷)|嘟囔|不归(他|我们|他们)管|让我自己(找|弄|去|想|搞|修)|话少|不说话|不爱说话|推来推去/ },
  // staff busy with their phone or chatter, pushing the customer to do the work, leaving doors open, using the home's things
  // (Round 23, t23D: 你们这电话也太多了 is too many calls, not a talkative worker: 话多 after 电 or 通 is no conduct.)
  { category: 'attitude', re: /玩手机|刷手机|(?<!(能|可以|我|终于|没法|不能))打游戏(?![^，]{0,4}(卡|慢|掉|断|延迟|不))|(手机|电话)[^，]{0,3}(一直|老|总|不停)响|一边[^，]{0,6}一边(接|打)[^，]{0,6}电话|(一直|老|总)接电话|(口气|语气)[^，]{0,3}(冲|硬|差|凶|不(太|大|怎么)?好|不耐烦)|(?<![电通])话(有点|太|特别|也太)?多(?![^，]{0,4}(热情|耐心|细|好))|唠叨|(一直|老|总|就)让我(重启|拔|插|试|再试|自己)|门(都|也)?不关|不关门|没关门|(用|拿)(了)?(我家|我们家)的?[^，]{0,4}(杯|毛巾|东西|厕所)|顺手(用|拿)/ },
  // Round 24 (t24A): the engineer speaking too fast to follow (说话太快, 讲得忒快 我没跟上): his manner (attitude), but a small matter however
  // strongly said (mild: 太 does not make it a clear complaint); beside praise it is a reservation.
  { category: 'attitude', mild: true, re: /说话[^，]{0,2}(有点|太|忒|贼|特别|也太)?快|(讲|说|教)得(有点|太|忒|贼|特别|也太)?快[^，]{0,3}(我)?(没|跟不上|记不住|听不)/ },
  // the work itself: heats slowly, feels like body heat, floors buckling, things that do not fit, crooked, marks, creaks, an old device, speed below the package
  { category: 'quality', re: new RegExp(`热得(慢|不够)|升温慢|${N}+兆[^，]{0,3}(都|也)?(跑不到|达不到|不到)|(网速|速度)[^，]{0,4}(跑不(到|满)|达不到)|(网速|网络|速度|下载|加载|上网)[^，]{0,4}慢|摸(上去|着|起来)[^，]{0,8}(温度|凉|冰|不热|温)|跟(人手|手|体温)一?(个|样)|起拱|起鼓|翘起来|翘边|鼓包|变形|掉渣|掉皮|脱皮|(塞|放|装|搁)不(进|下)|门[^，]{0,2}(都|也)?(打不开|开不了|关不上)|盖[^，]{0,3}被子|戴[^，]{0,2}帽子|(换|装|给)(了)?(个|一个)?(旧的|二手|用过的)|别人家?的标签|(歪|斜)(了|的|着)|有点斜|装得?[^，]{0,4}斜|没对齐|不对齐|对不齐|(地漏|开关|插座|面板|台面|门槛|柜|灯)[^，]{0,6}(有点|稍微|偏|太)(高|低)|够不(着|到)|返(味|臭)|反味|痕迹|咯吱|吱吱|嘎吱|吱呀|没(太)?理(整齐|好|顺)|出入|色差|(漏|渗)(水)?到楼下|(测|测速|测了)[^，]{0,8}(也就|才|只有)|最快(也)?(就|才|只有)|说的?[^，]{0,2}${N}+兆`) },
  // late: no call ahead, Cantonese 晏, "right away" all day, the n-th month, work stopped, a slow arrival, an appointment forgotten
  { category: 'late', re: new RegExp(`(没|没有|不|也不|都不|要是|如果|最好|希望|应该|就是|下次|下回)[^，]{0,4}(先|提前|事先|预先|提早)[^，]{0,3}(打|给|来)?(个|一个)?(电话|招呼|通知|联系)|(没|没有|也不|都不)(提前|事先|预先|提早)[^，]{0,2}(联系|打|说(?!好|定)|通知|告诉|约)|嚟得晏|晏咗|好晏|迟咗|迟到咗|来得晏|说好(的)?[^，]{0,10}(今天|明天|上午|下午|早上|晚上|点)[^，]{0,6}(人呢|呢$|没来|没修|没到|没人)|马上[^，]{0,10}(一整天|整天|半天|一下午|一上午|一晚上|好几天)|(都|已经)第${N}+个?(月|天|周|礼拜|星期)了|才(敲门|上门|到场|赶到|过来|来人)|(完工|交房|工期|竣工|交付)(日期|时间)?[^，]{0,6}(摆设|没用|白写|形同虚设|儿戏)|停工|拖(工期|进度)|(孙子|孩子|头发|胡子)都(会|白|长|上)|(交房|完工|竣工|交付)[^，]{0,6}(拖|晚|延|推|没)|慢了(点|一点|些|一些|几天|一两天|${N}+天)|(约|预约|约好|说好)的?[^，]{0,8}忘了|(来|到|上门)得?(有点|稍微|太)?慢`) },
  // late, no-show, moved appointment, slow handling (000 第十三条–第十八条)
  { category: 'late', re: new RegExp(`折腾了?[^，]{0,2}(?:一|半|两|${N})+个?(?:多)?(?:礼拜|星期|周|月|天)|(?:明年|后年|年底|过年)[^，]{0,6}(?:完|(?<![正只刚])好|弄完|干完|完工)|猴年马月|([\u4e00-\u9fff])个?[\u4e00-\u9fff]{1,3}\\1了(一|半|两|${N})+个?(多)?(小时|钟头|天|礼拜|星期)(?![^。]{0,12}(仔细|认真|细心|耐心|负责|到位))|迟到|才(露面|露头|见着人|见到人|见人|出现|到家|进门|有人来)|等到[^，]{0,8}才(来|到|露|见)|请了?[^，]{0,4}(假|天假)[^，]{0,6}等|拖到|个把月|(整|搞|弄|干|折腾|耗)了?(一|整)(下午|上午|整天|天|晚上)|这都[^，]{0,6}(工作日|天|礼拜|星期|周|个月|月)了|说好[^，]{0,8}结果|(说|答应)[^，]{0,4}马上[^，。]{0,12}才|停了[^，]{0,3}(天|礼拜|星期|周)|(改|换)了?(一次|一回)?(约|时间|日子)|等到(中午|下午|晚上|天黑)|人才(来|过来|到)|才过来|(改|换|变)了?(${N}+|好几)(次|回)时间|时间(改|变|换)了?(${N}+|好几)(次|回)|来得?(太|很|有点|比较|这么)?晚|晚到|晚来|晚了.{0,4}(小时|分钟|钟头|天)|不守时|不准时|没准时|误时|超时|爽约|失约|放.{0,4}鸽子|没按(期|时|约定)|工期.{0,2}(拖|延|超)|延期|推迟|一拖再拖|(?<!(地|地板|地面)(给|也|都|又|还)?)拖(了(?!一地|满地|[^，]{0,8}?(的|遍|回|下|天)地(?![址方点区步]))|拖拉拉|拉|延|得|那么久|这么久)|处理.{0,2}(太|有点|很)?慢|(办事|响应|效率|速度).{0,2}(慢|低)|慢(死|吞吞)|磨蹭|磨洋工|磨叽|时间[^，]{0,4}(长|久)|来得?(稍|稍微)晚|迟迟|(约|预约|说好|约好|定好)[^，]{0,14}(没来|不来|才来|才到|改|变|没到|没人)|${N}+个?(多)?(小时|钟头|天|礼拜|星期|周|月)(才(?!知道|晓得|清楚|能?看出|能?确定)|还没|都没|没人)|(?<!(扫|擦|拖|洗|收拾|清理|打扫)了?|[上下])半(天|个月)(才|都)?|(下午|晚上|中午)才(来|到)|才(来|到|上门|处理)|这么久|好久才|没人来|没来人|人(也)?没来|不上门|没上门|等了|等师傅|中间等|白等|没(提前)?(打|来)?(个)?(电话|招呼|通知)|(没|没有|不|也不|都不|要是|如果|最好|希望|应该|就是|下次|下回)[^，]{0,4}提前(打|通知|联系|说(?!好|定)|告诉|告知)|早点来|连门都没敲|(希望|下次|最好)(?![^，]{0,6}(还|继续|一直|保持|依旧|照样)(像)?(这么|那么|这样|这次|这回)?[^，]{0,2}(快|早|准时|及时))[^，]{0,6}(快|早|准时|及时)(一?点|些)?|等得?[^，]{0,3}久|一天没人|耽误|(报修|投诉|申请|预约|报)[^，]{0,6}(到现在|至今)|到现在(快|都|已经)?(一|半|两|${N})+个?(周|星期|礼拜|月|天)|(装|修|弄|干|处理)(了|得)?[^，]{0,4}(一|半|两|${N})+个?(礼拜|星期|周|月|年(?!轻|纪|级))|(活|工程(?!师)|工期)[^，]{0,4}干了|(三|两|几|${N})天两头不来`) },
  // Round 12: rude speech said as 不客气 of the way they talk (讲话很不客气, 说话太不客气了, 口气不客气): attitude
  // (000 第四十六条); 不客气 alone is "you're welcome".
  { category: 'attitude', re: /(讲话|说话|口气|语气|态度)[^，]{0,3}(很|太|挺|特别|好|真|有点|非常|可)?不客气/ },
  // Round 12: a phone that is always left ringing (项目经理 电话老不接, 手机总是不接): unreachable (000 第三十六条).
  { category: 'unreachable', re: /(电话|手机)(也|都)?(老|总|总是|老是|一直|经常|从来)(都)?不接|(老|总|总是|老是|一直)不接(电话|手机)/ },
  // Round 12: the visit did no good (来了就敲两下 没用, 修了一点用都没有): not fixed (000 第三十三条).
  // Round 19 (t19L): the air let out and gone (放了放气就走了 没用), the repair that did little (修完也没好多少).
  { category: 'not_fixed', re: /((?<!回)来|修|弄|敲|看|换|调|捣鼓|放(了)?(放)?(气|水))[^，]{0,8}，?(一点|屁)?(用)?(都|也)?(没用|不管用|不顶用|没啥用|没有用|没什么用)(?![过上着])|(?<=(来|修|弄|敲|看|换|调|捣鼓)[^，]{0,8}，?)一点用(都|也)没有|(修|弄|换|调)(完|好)(了)?[^，]{0,3}(也|还)?没(好|强|热|暖和)多少/ },
  // Round 12: a job dragged out over weeks (搞了一个礼拜, 搞咗成个礼拜 via 整整一个, 弄了俩月): lateness (000 第十三条–第十八条).
  { category: 'late', re: new RegExp(`(?:搞|弄|整)了?(?:整整)?(?:一|半|两|${N})+个?(?:多)?(?:礼拜|星期|月)(?!的?(?:保修|质保))`) },
  // damage left behind (severe), mess and dirt
  // (Round 12, mess: where the customer is now said to be messy, 我在工地呢，乱得很, is why it is a bad time, no mess left behind.)
  { category: 'mess', severe: true, re: /(弄|搞|摔|碰|撞|钻|打|蹭|刮|踩|砸|磕|划|拧|拆|压|搬|烧)(了)?(坏|碎|裂|破|掉|花|伤|出|个口子|个坑)|磕了|(?<![那这两俩小])口子|墙.{0,6}(洞|窟窿)|(打|凿|钻|捅|掏)(了)?(个|一个|好几个|俩|两个)?(大)?窟窿|(门框|地板|玻璃|家具|柜子|桌子|沙发|电视|瓷砖)[^没未]{0,6}(坏|掉|裂|碎|花|划)|大洞|东西都坏|损坏|划痕|划伤|刮花|掉漆|磕(坏|掉|破)/ },
  // (Round 24 (t24B): 楼道里 said with a temperature, 楼道里有点凉, is the building's warmth, quality below, not dirt in the hallway.)
  { category: 'mess', re: /烟头|烟灰|(扔|丢|撒)(在|了)?[^，]{0,2}(地上|一地|满地)|(水|东西|灰|渣)[^，]{0,6}(在|到)地上|(保洁|打扫|清理|清扫)[^，]{0,6}(不太?细|不干净|不彻底|马虎|没(做|弄|打扫)?(细|干净|彻底))|(蹭|抹|留|划)[^，]{0,6}(印|道子|痕)|黑印|印子|一滩水|(泡|淹)(起来|坏|了|鼓)|(垃圾|渣子|碎渣|废料|东西)[^，]{0,10}(没人(清|收|管)|没清|没收|堆在|扔在)|弄得[^，]{0,4}乱|(旧|换下来)[^，]{0,8}(没|不)(带走|拿走|收走)|穿着鞋[^，]{0,6}(踩|上|进)|踩[^，]{0,4}(床|沙发|桌)|埋了吧汰|邋遢|(蹭|抹|弄|搞)(黑|花|脏)|(全是|净是|满是|到处(都)?是|一堆|一袋|一包)垃圾|垃圾(?!(了|啊|呀|吧|透了|死了|至极)?($|[，,。\s]|(纯纯的|纯|真是?|太|简直|就是)垃圾))(?!(的)?(服务|公司|运营商|玩意|网|宽带|态度|质量|工程师|师傅|水平|技术))|满地|一地|灰|土|脏|泥|脚印|鞋印|鞋(也|都)?不(脱|换)|没(穿|换)鞋(套)?|不穿鞋套|没收拾|不收拾|没打扫|不打扫|没清理|不清理|不擦|没拖地|没扫地|没擦|(地|地板|地面)[^，]{0,2}(没|不)(拖|扫|擦)|(没|不|忘|连)[^，]{0,4}鞋套|(要是|如果|建议|希望|最好|下次|下回|记得|能不能)[^，]{0,10}鞋套|能(穿|套|戴|带)(个|上|一下)?鞋套|鞋套[^，]{0,3}(没|不|忘|呢|破|烂|掉|脏)|线头|碎屑|纸箱|包装.{0,3}(扔|丢|没)|弄湿|弄乱|乱糟糟|地上.{0,4}(水|黑水)|乱得很|楼道里(?![^，]{0,4}(箱|设备|线|管|弱电|电表|查|看|检修|排查|凉|冷|不热|温度|暖和|冻))/, unless: /我(现在|正|这会儿?)?在(?!家|屋|我家)[^，]{1,5}?(呢|上|里|这边)?[，,\s]*(这里|这儿|这边)?(乱得很|乱糟糟|乱哄哄)|(?<!(忘|没|不)了?)(把|将)(垃圾|灰|线头|纸箱|包装|烟头|烟灰)[^，]{0,4}(带走|收拾|清理|扫|拿走)|烟(头|灰)(都|也)?(带走|收拾|清理|扫)(了|干净)|(带走|收拾|清理|打扫)(了|得)?(干净|好了)|(?<![不没忘]|忘了)穿(了)?鞋套|鞋套(也|都)?(穿|戴)(了|着|上)|鞋套[^，]{0,3}(自己带|自带|带着)|(?<![不没])干干净净/ },
  // quality of the work or the service itself (004 第五篇; 003 三.2)
  // Round 23 (t23B): also the speed told at sign-up (办的时候跟我说三百兆 … 也就五十来兆): the line below what was sold, quality.
  // Round 24 (t24C): a coat or down jacket taken off indoors (棉袄都脱了, 把羽绒服脱了) shows the warmth, no cold home; the heating
  // as good as none (这暖气跟没有差不多) is a cold home.
  { category: 'quality', re: /比[^，]{0,12}(拨号|蜗牛|乌龟|走路|爬)[^，]{0,3}(快|慢)|墙皮[^，]{0,4}(掉|脱|起|裂)|开不开|滴水|(办|买|说好|签)的?[^，]{0,6}兆[^。]{0,12}(就|才|只有|只)[^，]{0,6}兆|(?<=(办|买|签)的?(时候|时)?[^，。]{0,4}说[^，。]{0,2})[^，。]{1,5}兆[^。]{0,14}(也就|就|才|只有|只)[^，]{0,6}兆|两码事|花脸|就这(效果|质量|水平|手艺)|(深|浅)一块|斑驳|没(贴|粘|装|固定|钉|安)(牢|稳|紧|结实)|比[^，]{0,6}(想|说|预期|图)的?[^，]{0,2}(小|窄|矮|差|低)|比[^，]{0,8}(差多了|差远了|差得远|差太多|差一大截)|比(邻居|隔壁|别人|人家|楼上|楼下|对门|亲戚|同事|朋友)(家|的|那边)?[^，。]{0,3}(差|凉|冷|低|不如)|碍事|(线|管)[^，]{0,4}(没|不)(怎么|太)?藏|(线|管)[^，]{0,8}(拉|走|布|放)得[^，]{0,3}乱|(收尾|细节|收口)[^，]{0,4}不(太|够|怎么)?(细|好|齐|平)|(油漆|甲醛|胶)[^，]{0,2}味|味儿?[^，]{0,4}(大|重|冲)|(暖气片|管子|机器)[^，]{0,4}响|(频道|台)[^，]{0,6}少|少了[一两几]个|(?<!眼神|眼睛|眼)(不太?好看|难看)(?![清见到懂不])|摆设|戴帽子|裹(着)?被子|哈气|抗寒|(屋|家)[^。]{0,8}冰箱|冰箱[^。]{0,6}(屋|家)|质量.{0,2}(差|不行|不好|问题|一般|太次|堪忧)|做工.{0,2}(差|粗|不好|一般|不行)|工艺.{0,2}(差|粗)|粗糙|瑕疵|冷|(?<!比)不热|不太热|温度(低|不够|上不来)|凉|冻(?!不(着|到|坏|死))|冰窖|时冷时热|效果图.{0,4}(差(?!不多)|不一样|不符|不像)|歪|不平|不齐|不整齐|没理(整齐|好)|关不严|关不上|松动|晃|裂|空鼓|起皮|脱落|渗水|漏水|返潮|发霉|网速.{0,2}慢|慢得|卡顿|很卡|太卡|一卡|卡得|信号(差|不好|弱)|不稳定|供暖.{0,2}差|乱七八糟|明线|不到位|不够好|空调(?![^，]{0,10}[零一两二三四五六七八九十\d])|(?<!(不用|不再|不|没|用不着|不需要)(开|用)?)电暖(气|器)|(早晚|早上|晚上|夜里|半夜)[^，]{0,2}更(低|冷|凉)|(羽绒服|棉袄)(?![^，]{0,3}脱)|哆嗦|感冒|不达标|不合格|断网|掉线|差太多|不好用|跟(说的|宣传的|承诺的)不一样|噪音|异响|(?<![测体室水气])温的|温吞|不够热|差远了|跟.{0,6}(说的|承诺的|宣传的)(差|不一样)|跟没(办|装|修|开|供)[^，]{0,2}一样|(暖气|供暖|暖气片|片子)[^，]{0,6}(跟|和|像)没有(也|都)?(一样|差不多|似的)|坑坑洼洼|凹凸不平|颜色[^，]{0,4}(深|浅|不对|不一样|不像)|不平整|(墙|地|砖)[^，没未]{0,6}裂|两回事|不是一回事|货不对板|只有[^，]{0,6}(一半|几兆)|说好的[^，]{0,4}一半|网速.{0,6}慢|没(盖|关|锁|封)(上|好|严)|线[^，]{0,4}乱|乱[^，]{0,2}线|不调试|没(给)?调试|装完就走/, unless: /质量(是|倒是|倒|也|都|上|方面)?(没|没有|不成)(什么|啥)?(大)?问题/ },
  // Small delays told by what took the time (多花了点时间, 没找到我家多绕了一圈); a hotline hard to get into (难打进去).
  { category: 'late', re: /多花了?[^，]{0,3}时间|多绕了?(一|两|几)?(圈|趟)|没找到(我家|地方|门|楼)/ },
  { category: 'unreachable', re: /难打(进去|进|通)|不好打进/ },
  // Round 20 (t20S): the remedy said to be overdue (早就该这么办) and a refund or a matter handled slowly (钱是退了 退得太慢): late
  // (000 第十三条–第十八条: slow handling), not the bill.
  { category: 'late', re: /早(就)?(该|应该)(这么|这样)?(办|弄|修|处理|解决|来|管)|(退|返|到账|处理|办|批)(款|钱)?(得|的)(太|很|挺|特别|有点|比较|也)?(慢|晚|久)/ },
  // Staff excusing the fault as the way things are (来的人说老小区都这样, 说是正常现象): shifting the blame (000 第三十六条 首问负责).
  { category: 'attitude', re: /说[^，]{0,8}(都这样|都是这样|正常现象)/ },
  // The line itself below standard in so many words (师傅好 网不好), when nothing above named the grievance.
  { category: 'quality', severe: true, re: /(?<![不没])(网|网络|信号|网速)(也|还|就)?(不好|不行|太差|很差)/ },
  // Round 11 (dev10 dialect). The work itself judged bad by its verb and a complement (活儿干得稀碎, 做得一塌糊涂, 瓷砖贴得稀烂,
  // 做得瞎得很, 活干得真糙): the quality of the work, 004 第五篇, when nothing above named
  // the grievance (弄得一塌糊涂 热水管子还是冷冰冰: a fault still there; 弄得乱七八糟: a mess). (修得不好 is a fault not fixed: not here.)
  { category: 'quality', re: /(活儿?|活计|做工|手艺|干|做|弄|贴|铺|刷|砌|抹|装)[^，]{0,2}得[^，]{0,2}(稀烂|稀碎|一塌糊涂|瞎得很|很瞎|太瞎|很差|太差|真差|差劲|糙|烂|马虎|潦草|不咋样|不怎么样)/ },
  // Round 11 (dev10 first): grievances told by their construction, with no level word. Last, so that every category
  // named above keeps its items; these only add what no rule above said.
  // Damage verb + object: a mark scraped into furniture (电视柜刮了一长道), a thing of the home pulled off or cut by
  // the worker (把我家吊顶扒了一块, 把座机线给剪了, 把鱼缸都碰了): 000 第二十八条; 003 四 (不得损坏用户室内设施).
  { category: 'mess', severe: true, re: /(刮|划|剐|蹭|磕)(了|出|得)?(一|好几|几|两|老)(长|大|深)?(道|条)(?!线)|把(我|我家|我们家|我的|家里)[^，]{0,8}(给)?(扒|剪|掀|撬|扯|碰|磕|刮|划|剐)(了|掉|断|坏|破|花|下来|开)/, unless: /线头|多余|扎带|包装/ },
  // The home left as if burgled, no room to set a foot (跟被抄了似的, 乱得下不去脚); work hammering late at night that
  // brings the neighbours and the management (晚上十点了还在砸墙, 被邻居投诉了): 000 第三十八条 (清理现场); 004 第五篇 (文明施工).
  { category: 'mess', re: /(跟|像)[^，]{0,3}(被抄|遭(了)?贼|被洗劫|被盗)|下不去脚|无处下脚|没(地方|处)下脚|(晚上|夜里)[十\d]+点(多|了|半)?[^，]{0,2}还(在)?[^，]{0,2}(砸|敲|钻|凿|施工|干活|装修)|半夜[^，]{0,4}(砸|敲|钻|凿|施工)|被邻居投诉/ },
  // A charge that contradicts a promise, either order (收了我一百五的调试费 营业厅明明说装机免费; 说要收费 交了八十 后来又说
  // 不用收), a compensation that is a pittance (处理结果就是送五块钱话费), a refund promised and not seen after
  // all this time (说给退一部分取暖费 到现在一点信儿都没有), half refunded (钱是退了 退了一半), a final bill above the
  // contract or the budget (结算比合同多出来五千多, 预算超了三万), a fee reckoned oddly, a price rise again: 000 第四十三条(三).
  { category: 'billing', severe: true, re: new RegExp(`(收|要|交|扣)(了)?(我)?[^。]{0,14}(费|钱)[^。]{0,12}(明明|不是|本来|之前|当初)(说|讲)(好)?(的)?[^，]{0,6}(免费|不要钱|不收(费|钱)?)|(交|付|给|掏)(了)?[^。]{0,16}(后来|又|才)[^，]{0,6}(说|讲)[^，]{0,4}(不用|不要|不该|没必要)(交|收|付|给)?|(处理结果|结果|最后|补偿|赔偿|赔)[^，]{0,4}(就是|就|只|才)(送|给|赔|补|返|补偿|赔偿)(了)?[^，]{0,3}(${N}|[一两])+(块|元)|(说|答应|说好|承诺|讲好)(了)?(给|要)?(我)?(退|返|赔|补)[^。]{0,16}(到现在|至今|这都|都)[^。]{0,10}(没|没有|不见)|(?<!先)退了?(一半|一部分)(?![^。]{0,8}(剩下|另一半|其余|余下))|预算超|超(了)?预算|比合同[^，]{0,4}多|超出合同|(费|账)算得[^，]{0,3}(奇怪|不对|糊涂|有问题|不明不白)|尾款[^，]{0,6}(啥时候|什么时候|还没|没)[^，]{0,2}退|(费|价|钱)[^，]{0,6}又涨`) },
  // Money asked of the customer by staff, however it is put (问她要了瓶饮料, 要我另外给他三百, 不买他那个路由器就装不了,
  // 让我意思意思, 我剩下的几箱地砖让他们拉走了): 000 第四十三条(一)(三)(四).
  { category: 'money', severe: true, re: new RegExp(`问(我|她|他|我们|我妈|我爸|老人|我家人|我媳妇|我老伴)要(了)?[^，]{0,3}(饮料|烟|酒|茶叶|吃的|喝的|水果|东西|好处|红包)|(另外|额外|单独|私下)(再)?(给|加|掏|付)(他|师傅|他们)?(${N}|[一两百千])+(块|元|百|千)?|不买[^，]{0,14}(就|他就)?(装|修|弄|用|干)不(了|成|好)|(暗示|让我|要我|叫我)[^，]{0,6}意思(意思|一下|$)|(我|我家|我们)(的|剩下的?|多出来的?|多余的?)[^，]{0,8}(让|被|叫)(他们|他|工人|师傅)[^，]{0,2}(拉|拿|搬|带|顺)走`) },
  // Staff who only recite a formula or shift the fault onto the customer (客服就会说请您耐心等待, 张口就是这是规定,
  // 往我们身上推, 说是我们自己乱调阀门, 不归我管), leak the complaint (物业来找我麻烦), talk without a word and leave
  // (连说都没说一声就走了), answer half a sentence (问三句答半句), laugh loudly or make fun of the customer, are arrogant
  // (拽得很), deaf to what is said (当没听见), spit on the floor, send an old person up the ladder: 000 第四十六条, 第四十三条(六)(七).
  { category: 'attitude', re: new RegExp(`(就|只)会(说|讲)(请|您|你|这|让|对不起|抱歉|稍等|耐心)|张口就(是|说)|开口就(是|说)|别的(啥|什么)(也|都)不(说|会|管|干|讲)|往(我|我们|咱|咱们|俺)(家)?(身上|头上)推|推到(我|我们|咱)(家)?(身上|头上)|说是?(我们|我|咱们?|俺)(家)?自己[^，]{0,4}乱(调|动|弄|拧|改|接)|(他|她|师傅|那人|人家|对方)说[^。]{0,16}不归我管|找(我|我们)(的)?麻烦|把我(投诉|举报|反映)的事[^，]{0,4}(告诉|透露|说给|捅给)|连(说|讲|吭)(都|也)(没|不)(说|讲|吭)|问(${N}|[一两])+句(回|答|说)(${N}|[一两半])+句|大声(说笑|喧哗|聊天|嚷)|开(我|我们)的?玩笑|拿(我|我们)开玩笑|拽得(很|不行|要命|跟)|(挺|太|很|特别|可)拽|趾高气扬|鼻孔朝天|(当|装)(作)?没听见|装聋作哑|充耳不闻|素质(差|低|太差|不行)|随地吐痰|让(我|老人|孩子|我妈|我爸|我老伴|老太太|老爷子)[^，]{0,4}爬梯子`) },
  // The work itself below standard in so many words (活儿干得太糙了, 偷工减料, 便宜货, 没穿线管 直接埋墙里 得返工), a check not
  // Round 22 (t22F): the customer's own "I know nothing" (我这岁数大了 啥也不懂, 俺啥也不懂 你问我孙子) is no worker's, no grievance.
  // made (连测都没测就走了, 遥控器都没教), a worker who knows nothing, a speed compared to dial-up, a floor that creaks at a step
  // (一走就响), a heater bought to make up for the heating (还得自己买电暖器), "is this what you call heating" (这还叫供暖),
  // no better than outdoors (比外面强不了多少), worse than another company (同事在别家装的 比你们强多了): 004 第五篇; 003 三.2; 000 第三十七条.
  { category: 'mess', re: /(保洁|打扫|清洁|清理|卫生)[^，]{0,6}糙/ },
  // Wiring buried in the wall without conduit (电线没穿管直接埋墙里了): a hazard as well as a defect, and never a mere
  // suggestion (000 第二十七条; 004 装维人员(十) 严格执行安全操作规范).
  { category: 'safety', severe: true, re: /(电线|电|水电|线)[^，]{0,3}没穿(线)?管|没穿(线)?管[^，]{0,6}(直接)?埋/ },
  { category: 'quality', unless: /要命|危险|触电|漏电|保洁|打扫|清洁|清理/, re: /(干|做|弄|装|修|铺|贴|刷)得[^，]{0,3}糙|活(儿)?[^，]{0,3}糙|偷工减料|便宜货|以次充好|劣质|直接埋(在)?墙|(得|要|需要|还得)返工|连(测|试|调|看|检查)(一下)?(都|也)(没|不)(测|试|调|看|检查)|(都|也)没(教|演示|讲)(我|一下)?(怎么)?(用|操作)?(?=$|[^，]{0,2}(就走|走了))|(遥控器|路由器|机顶盒|怎么用)[^，]{0,3}(都|也)没(教|讲|说)|(?<!(我|俺|咱|(岁数|年纪|年龄)大了?|老了|上(了)?岁数(了)?)(这人|这个人|自己|本来|就|也|又|是)?)(啥|什么)(也|都)不懂|(快|慢)得?(跟|像)[^，]{0,6}(拨号|蜗牛|乌龟|走路|爬)|一(走|踩|碰|开|关|拉|推)就(响|晃|掉|坏|吱|咯吱|嘎吱)|(自己|还得|又得)[^，]{0,3}买[^，]{0,3}(电暖器|取暖器|小太阳|电暖气|油汀)|这(还|也|都)?(叫|算)(供暖|暖气|宽带|网|服务|装修|维修)|(强|暖和|热|好)不了多少|(别家|人家|别人家?|同事|邻居|隔壁|其他(公司|家))[^。]{0,14}比(你们|你家|这家)[^，]{0,2}(强|好|快|专业|靠谱)|就这(个)?(效果|质量|水平|手艺)|戴着帽子|先把[^，]{0,6}(弄|修|搞)(热|好|通)(了)?再说/ },
  // A fault still there told as its state now (还是那个鬼样子, LOS灯一直闪红灯, 钱收了网不通, 好了个鬼, 天天说解决, 摄像头到现在也
  // 连不上, 说要换管子 到现在也没换, 问题多了去了, 网速还是不够, 装完摄像头手机上看不了): 000 第三十三条 (即修即通).
  { category: 'not_fixed', severe: true, re: /(还是|依然|仍然|照样|还)那(个)?(鬼|熊|破|老|死)?(样子|样|德行)|(一直|老是|总是|还在?)闪(着)?红|钱(收|交|花)了[^，]{0,3}(网|电视|暖气|信号)?(还|也)?(不通|不热|没好|用不了|不能用)|(好|修好|解决|通|热|能用)(了)?个(鬼|屁|头|锤子|毛)|(天天|老|总|光)说(解决|修|处理)(?!了)|(到现在|至今)(也|都|还)?(连不上|上不了|上不去|用不了|打不开|看不了|不通|不热|不好使)|说(要|给|帮)?(换|修|补|弄|改)[^。]{0,10}(到现在|至今|这都)[^。]{0,6}(没|没有)(换|修|补|弄|改|来)|(问题|毛病)多了去了|(还是|依然|仍然)不够(快|热|用)?|(装完|修完|弄完|换完)[^，]{0,10}(看不了|连不上|上不了|上不去)|(还是|还|又)(勿来三|勿来事|拐哒|拐咯|拐了)/ },
  // Nobody called back, a survey logged that never happened (一个电话都没给我回, 工单说已回访 谁回访我了), the callers changed
  // again and again (中间给我打电话的换了三个人), courtesy with nothing done (光客气 事不办): 000 第三十六条 (首问负责).
  { category: 'unreachable', re: new RegExp(`(一个)?电话(都|也)没(给我)?回|没给我回(过)?(电话|话)|谁(回访|联系|通知|告诉|打电话给|来找)(过)?(我|俺)(了)?|工单(上)?(说|写|显示)(已|已经)(回访|处理|完成|解决|办结)|(打电话|联系|对接|跟进)的?[^，]{0,4}换了(好几|${N})+个人`) },
  { category: 'unreachable', severe: true, re: /光(客气|说)[^，]{0,3}事(儿)?(不|没)办|(客气|说)[^，]{0,6}(就是|可|但)?事(儿)?(不|没)办/ },
  // The appointment's window passed and the visit put off (约的下午两点到五点 五点半打电话说明天吧), not here yet (到现在还没到),
  // put off for days (推了好几天), the rent paid for the overrun (房租都多交了两个月, 在外面租房子住了三个月), "fast" said of a
  // wait of weeks (处理得真快啊 才二十天, 投诉完第六天就来了): 000 第十三条–第十八条; 004 第十三条.
  { category: 'late', re: new RegExp(`(约|预约|约好)的?[^。]{0,16}(${N}|[一两])+点[^。]{0,10}(说|讲)(改)?(到|成)?(明天|后天|改天|下次|下周)|到现在(也|都)?还?没(到|来)(呢)?$|推(了)?(好几|${N})+个?(天|礼拜|星期|月)|房租[^，]{0,4}(都|也)?多(交|付|花|掏)|(在外面|外头|外边)租(了)?房(子)?住|快[^，]{0,3}(啊|呀|的)?才(${N}|[一两])+(天|个?礼拜|个?星期|个?月)|(投诉|报修|打电话|反映)(完|后|以后|之后)?第[三四五六七八九十]+天`) },
  // A hazard told as the wiring left bare or taped up, a fibre laid on the radiator, a child crawling about, a drill
  // that nearly hit the wires (电线也没包好, 拿胶布缠的, 差点打到电线, 这能安全吗): 000 第二十七条, 第三十条.
  { category: 'safety', severe: true, re: /没包(好|上|严|住)?[^，]{0,2}(电?线)|(没|不|也没|都没)(包|缠)(个|上|点|一下)?(胶布|胶带|绝缘)|电线[^，]{0,3}(也|都)?没包|(胶布|胶带)(缠|绑|糊)(的|着|了)|差点(打|钻|凿)(到|着|穿|断)[^，]{0,4}(电线|线|水管|燃气|煤气|管)|(电线|线|网线|光纤)[^，]{0,4}(搭|挨|靠)(在)?[^，]{0,4}(暖气片|暖气管|燃气管|煤气管|热水管)|(小孩|孩子|孙子|孙女)[^，]{0,4}到处(爬|跑|摸)|这(还)?能(叫)?安全/ },
  // Round 11 (t11R2). A cold home told by what the household must do to bear it (在屋里跺脚取暖, 全靠电热毯续命, 在屋里都能
  // 看见哈的白气, 在屋里戴着帽子): the heating below standard (003 三.2; 004 第五篇), never what was done before the repair.
  { category: 'quality', severe: true, unless: /之前|以前|原来|那会儿|修之前|没修的时候/, re: /跺脚(取暖|锻炼|暖和)|(屋里|家里|在家|屋头)[^，]{0,6}跺脚|(全|就|只能|还得|得)靠电热毯|电热毯(续命|过冬|取暖)|(屋里|家里|在家|屋头)[^，]{0,10}(哈|呵|冒|吐|呼)(的|出)?(的)?白气|看(见|得见|到)[^，]{0,8}白气|(屋里|家里|在家|屋头)[^，]{0,4}(戴着?帽子|穿着?(羽绒服|棉袄|大衣|棉衣))/ },
  // A gap wide enough to push a card or a coin into (那缝能塞进去一张银行卡), doors that are all gaps (柜门全是缝): the work
  // below standard (004 第五篇 施工质量).
  { category: 'quality', re: /缝[^，]{0,6}(都|也)?(能|可以)?塞(得)?(进|下)|(全|都)是缝/ },
  // A line that works only after a daily restart (每天早上得重启一遍才能上网, 每天重启八遍光猫): the fault still there
  // (000 第三十三条 即修即通).
  { category: 'not_fixed', severe: true, re: /(每天|天天|每次|每回|一天)[^，]{0,8}(得|要|都得|就得|都要)?重启|(得|要|必须)重启[^，]{0,6}才(能)?/ },
  // Round 12 (t12C, dev11 first). Last, so that they only add what no rule above said: a design judged unfit by what it
  // fails at (好多地方不实用, 厨房设计得太窄 俩人转不开身; 设计不太行 alone is the answer, no grievance named) and a home warm but less than the neighbours' (不如隔壁家热): the work or
  // the heating below standard (004 第五篇; 003 三.2).
  { category: 'quality', re: /不实用|设计得[^，]{0,3}(太|有点|特别)?(窄|小|矮|挤|暗)|转不开身|不如(隔壁|邻居|人家|别人家?|楼上|楼下|对门)[^，]{0,3}(热|暖和)/ },
  // Round 13 (t13G, dev12 first). Last, like the block above: grievances told by a way of speaking no word of a category names.
  // A charge the customer cannot make sense of (收费稀里糊涂的, 又说要收我个什么手续费, 让我交了两百块的什么清洗费), a refund
  // promised and never seen (说退了好几个月了 还是没影), paying and getting nothing (交了钱不给热): a bill in dispute (000 第四十三条(三)).
  { category: 'billing', severe: true, re: /(收费|扣费|账单|费用|(费|钱)(收|扣|算)得)[^，]{0,3}(稀里糊涂|糊里糊涂|不明不白|不清不楚|乱七八糟)|(收|要|交)(我)?[^，]{0,6}(个|点)?(什么|啥)[^，]{0,4}费|钱(可|倒是?|是)?一分(都|也)?没少(收|交|要|扣)|说(好)?(退|返|赔)[^，]{0,10}(还是|也|都|到现在)?(没影|没动静|没见着|没到账|没退)|(投诉|报修|反映)(还|也)?得(交|掏|付)钱/ },
  { category: 'quality', re: /交了钱[^，]{0,3}(不给|也不|还不|却不)(热|通|修|管)|叫它[^，]{0,6}都(是)?抬举(它|他)?|(十|几)分钱[^，]{0,2}半分货|(年年|每年|回回|每回|每次)[^，]{0,4}(说|问|调查)[^，]{0,6}(年年|每年|回回|每回|每次)[^，]{0,3}(不改|一个样|老样子|照旧|没变)|(偷偷)?把(阀门|阀|温度)[^，]{0,2}(调小|关小|拧小|调低)/ },
  // The household suffering the cold (老人孩子都受不了, 我妈腿疼得下不了床, 冻得睡不着): the heating below standard (003 三.2).
  { category: 'quality', unless: /烫|吵|噪音|味|灰|响/, re: /(老人|孩子|小孩|老的小的|一家(人|老小)?|全家|我妈|我爸|老伴|老太太|老爷子)[^，]{0,4}(在家|在屋里)?(都|也)?(受不了|遭不住|扛不住|遭罪|冻(得|病|感冒|坏)|腿疼|关节疼)|冻得[^，]{0,4}(睡不着|直哆嗦|打哆嗦|受不了)/ },
  // The same story told again and again (每回都说处理好了, 耳朵都听出茧子了, 每回都得从头到尾再说一遍): a fault that keeps coming back,
  // a complaint made many times (000 第三十三条).
  // Round 21 (t21A): the drawings redone five or six times with every visit measuring afresh (图纸改了五六遍 每次来都得重新量), said
  // with no "but": a repeat for one job (004 第十五条), unless the customer asked for the changes or the end result is praised.
  { category: 'repeat_visit', unless: /(我|我们|俺)(自己)?(要|让|叫|想)[^，]{0,4}改|(自己|我们)要(改|加)|(最后|最终|结果|后来)[^，]{0,6}(挺好|不错|满意|很好|漂亮)/, re: /(图纸|图|方案|设计|效果图)[^，]{0,2}(改|换|调|画)了[^，]{0,2}(好几|[两三四五六七八九十几]+)(遍|次|回|稿|版)(?=[^。]{0,4}(每次|每回|还|都|又|了))|每(次|回|趟)(来|上门)(都|还)(得|要)重新(量|测|画|弄|做|来)/ },
  // Round 20 (t20S): the design or the work redone again and again (改图改了好几次, 方案改了三回): a repeat for one job (004 第十五条),
  // said as the gripe after a "but" (改了好几回 最后出来挺好, round 13, is none), unless the customer asked for the changes (我自己让他改了好几次).
  { category: 'repeat_visit', unless: /(我|我们|俺)(自己)?(要|让|叫|想)[^，]{0,4}改|(自己|我们)要(改|加)/, re: /(?<=(就是|不过|但是|只是|可是)[^，]{0,6})(改|重画|重做|重出)(图|方案|设计|稿|图纸)?[^，]{0,2}(改|画|做|出)?了(好几|[二两三四五六七八九十几]+)(回|次|遍|稿|版)/ },
  { category: 'repeat_visit', re: /返工[^，]{0,3}(返|弄|做)?(了)?[二两三四五六七八九十几好]+(回|次|遍)|(每回|每次|回回|次次)都说(处理|修|弄|解决|搞)好了|耳朵(都)?(听)?(出|起)(了)?茧子|(每回|每次|回回|次次)都得[^，]{0,4}(从头|重新|再说|再讲)|打了(不下|好几十|十几|几十)[^，]{0,3}(个|通|次|回)?电话/ },
  // Said smoothly and not done (说得头头是道 就是不灵, 满嘴跑火车 说的事没一件办了): promises not kept (000 第三十三条 即修即通).
  { category: 'not_fixed', re: /头头是道[^，]{0,4}[，]?[^，]{0,4}(就是|可|但|却)?不(灵|管用|顶用|好使)|(算命|江湖郎中|赤脚医生)的?[^，]{0,8}不(灵|管用)/ },
  { category: 'attitude', severe: true, re: /满嘴跑火车|说的事[^，]{0,2}没一件(办|做|干|落实)|(跟|像)(训|教训|骂)(孙子|儿子|小孩|孩子|犯人|学生)|意思(是)?怪我|(倒|反倒|反而)(怪|赖)(我|起我)/ },
  // Slowness said by a proverb or by a date to come (皇帝不急太监急, 照你们这速度 我看得过了端午, 合同上写的六十天 今天第九十二天了),
  // the hold music heard for forty minutes (unreachable): 000 第十三条–第十八条, 第三十六条.
  // Everything dragged, a small job waited on for days (啥事都拖, 报个修得等三天): said of the whole service, a clear complaint.
  { category: 'late', severe: true, re: new RegExp(`(啥事|什么事|办啥|干啥)(都|也)(拖|磨蹭|慢吞吞)|(报个修|办个事|修个[^，]{0,3}|装个[^，]{0,3})(得|要|就得|都得)等(了)?(${N}|半|一)+个?多?(天|礼拜|星期|月)`) },
  // Round 22 (t22D): the speed of the service named and met with exasperation (你们这效率 我算是服了, 这办事速度 真是无语): a
  // reproach of slowness, late. (这速度绝了 and 这效率我服了 may be admiration: not read; 效率挺高 is praise, lexicon-zh.ts.)
  { category: 'late', re: /(你们|他们|这)(这)?(个)?(办事|干活|处理|维修|安装|解决)?(效率|速度)[，,\s]{0,2}(我)?((算是|真是|是真|可真|彻底)(服了|服气)|(真是)?(无语|醉了))/, unless: /效率[^，]{0,3}(高|快)|速度[^，]{0,3}(快|高)/ },
  // Round 22 (t22D): the customer left hanging by the company (被你们晾了三天, 晾了我一个礼拜, 把我们晾在那儿两天): kept waiting, late,
  // a clear complaint (days of it, not a small matter). Laundry dried for days (衣服晾了三天) names no one left waiting.
  { category: 'late', severe: true, re: new RegExp(`(被|让|叫)(你们|他们|师傅|客服|人家)?(给)?(晾|撂|干晾)(了|着|在(一边|一旁|那|那儿|那里))?[^，]{0,3}(${N}|半|一|好几)+个?多?(天|礼拜|星期|周|月|小时|钟头)|(晾|撂)(了)?(我|我们|俺)(在(一边|一旁|那|那儿|那里))?(了)?(${N}|半|一|好几)+个?多?(天|礼拜|星期|周|月|小时|钟头)`) },
  { category: 'late', re: new RegExp(`皇帝不急太监急|这(个)?(解决|处理|维修|办事|干活)?(速度|效率)[，]?[^，]{0,4}(冬天|夏天|春节|一年|年)都(快)?过(完|去)了|照(你们|他们)?这(个)?(速度|进度|干法|效率)|(合同|说好|约好|工期)[^，]{0,8}(${N}|百)+天[^，]{0,2}[，]?[^，]{0,4}第(${N}|一|百|零)+天了`) },
  { category: 'unreachable', re: new RegExp(`(音乐|彩铃|等待音|提示音)[^，]{0,8}听了[^，]{0,2}(${N}|半)+多?个?(分钟|小时|钟头)|(坐席|人工|客服|热线)[^，]{0,3}(一直|总是|老是|永远|全|都)(在)?(忙|占线)|(坐席|人工|热线)(忙|占线)`) },
  // Renovation: a load-bearing wall touched (承重墙给画拆了), a scaffold tied with wire, floor tiles hollow underfoot, a style promised and
  // another delivered (说好的简约风 弄得跟KTV包间似的): a hazard (000 第二十七条) and the work below standard (004 第五篇).
  { category: 'safety', severe: true, re: /(拆|砸|动|打|凿)[^，]{0,4}承重墙|承重墙[^，]{0,4}(拆|砸|打|凿|动)|脚手架[^，]{0,6}(铁丝|晃|不稳|拧)|(站|走|路过)(在)?(底下|下面|旁边)都不敢|(一碰|一摸)就烫|没包保温|(防盗门|大门|家门)[^，]{0,2}(都|也)?没(关|锁)/ },
  { category: 'quality', re: new RegExp(`(空|鼓)了(好)?(${N})+块|一踩[^，]{0,2}(就)?(咯噔|响|晃|吱)|说好的[^，]{0,8}[，]?(结果|却|可)?(弄|做|搞|装|整)(得|成)[^，]{0,2}(跟|像)[^，]{0,10}(似的|一样)|漏水漏到|(天花板|吊顶|墙皮|瓷砖)[^，]{0,4}(都)?快?(掉|塌|脱落)|提了[^，]{0,4}(他们|他)?(也)?不(改|听|理)|(暖气|暖)[^，]{0,2}(一个|一)(礼拜|星期|月)[^，]{0,2}停了(两|三|几|好几)(回|次)|(一点|一丝|半点)(热量|热气|热乎气|温度)(都|也)(没|不|舍不得)|你说(这)?(算)?(热|暖和)(了)?(吗|么|没有)`) },
  // A home still below 18 度 after what was done (说是处理了 屋里还是十五六度): the fault still there (003 三.2; 000 第三十三条).
  { category: 'not_fixed', re: /(还是|仍然|依然|照样|照旧)(只有|才)?(零上)?(十[一二三四五六七]?|[一二三四五六七八九])[一二三四五六七]?(多)?度/, unless: /外面|室外|气温|天气|设定|空调|热水器|水温/ },
  { category: 'mess', re: /一地(泥|泥巴|脚印|灰|土|垃圾|碎渣)|(钻|打)了[^，]{0,3}个(眼|洞)[，]?[^，]{0,4}才(装|弄|钉|固定)/ },
  // Round 13 (t13R), last so that a category said in other words wins (改了三次时间 is late, 跟冰窖似的 after a late visit is late):
  // the customer made to come each time (改了五回图，每回都得我跑一趟公司; 改了好几回 alone, or by the customer's own wish, is none).
  { category: 'repeat_visit', re: /每(回|次|趟)都(得|要|让)(我)?(跑|去|来)/ },
  // the work below standard said by a figure (see the round-13 block above).
  { category: 'quality', re: new RegExp(`(才|刚|没)[^，]{0,4}(${N}|[一两半])+(个)?(月|礼拜|星期|周|天)[^，]{0,2}就(塌|裂|掉|坏|漏|鼓|起皮|脱落|开裂|松|翘|歪)|(有)?(${N}|[一两])个(是|都是)(废|坏|歪|打错|多余)的|坡度(不对|反了)|倒坡|流不走|(积水|水)排不(出去|走|掉)|跟(外头|外面|室外|外边|冰窖|冰窟窿?)[^，]{0,2}(一样|差不多|似的|没区别|没两样)|(跟|和|像)没(烧|供暖?|供热|来暖气?|通暖气?|开暖气)[^，]{0,2}(一样|差不多|似的|没区别|没两样)|先(把|给)[^，]{0,10}(换|修|补|重做|返工)(了|好)[^，]{0,2}再说|比[^，]{0,10}差(多了|远了|一大截)`) },
  // Better but still not right (信号是好点了 可屋里还是就一格): the fault still there.
  { category: 'not_fixed', severe: true, re: /(好|快|强|热)(一)?点(了|儿)?[^，]{0,2}(可|但|但是|可是|不过)[^，]{0,8}还是/ },
  // Worse at night (一到晚上就不行), fine only when "nothing is wrong" was said and
  // they left (摸了摸暖气片说没事 就走了), worse than before the repair (还不如修之前), colder than the customer's hand: the fault
  // still there (000 第三十三条).
  { category: 'not_fixed', severe: true, re: /一到(晚上|晚|高峰|下雨|周末)就(不行|断|卡|掉|慢|没网|连不上|不热)|说没(事|问题|毛病)[^，]{0,3}就走|还不如(修|装|换|弄)?(之前|以前|原来|没修)|(还)?没(有)?我(的)?手(热|暖和|热乎)/ },
  // Round 14 (t14G, dev13 first). Last, like the blocks above: a grievance told by what it cost the household, by staff's
  // own words, or by a sum, where no word of a category is said.
  // A day's work lost to the wait (我下午的班都没去上 就为了等他, 等你们师傅工都没上, 等他一天 一天工钱): late, a clear complaint
  // (000 第十三条–第十八条).
  { category: 'late', severe: true, unless: /还好|幸好|好在|不用(请假|等)/, re: /等[^，。]{0,10}(班|工)(都|也)?没(去)?上|(班|工)(都|也)?没(去)?上[^。]{0,8}(为了|就为|光|就是)等|等[^，。]{0,10}(没去上班|没上班|没去上工|请(了)?[^，]{0,3}假)|等[^，]{0,4}(一|半|整)天[^。]{0,4}(工钱|工资)|(工钱|工资)[^，]{0,3}(就这么|白白|全)?没了/ },
  // The household bearing the cold at home (老太太在屋里得盖着毯子坐着, 孩子写作业戴着手套, 睡觉得开电热毯, 老人都不敢下床): the heating
  // below standard (003 三.2), never what was done before, or what no longer has to be done (不用盖毯子了).
  { category: 'quality', severe: true, unless: /之前|以前|原来|那会儿|修之前|没修的时候|不用|不再|用不着|不必|出门|外面|外头|摔|住院|病了/, re: /(盖着|裹着|披着)(毯子|被子|棉被|毛毯)|(戴着?|带着)手套[^，]{0,4}(写|做|吃|看|打|织)|(写作业|做作业|吃饭|看电视|睡觉)[^，]{0,2}(戴着?|带着)手套|不敢下床|(得|要|还得|就得|只能|必须)开电热毯/ },
  // Damage and mess told by their consequence: a wall chipped (墙崩掉一块), furniture moved and left for the customer to
  // push back (冰箱给挪到过道了 我一个人又给推回去的), a neighbour's ceiling wet, a floor turned into a pool, paint on the
  // glass or in the basin (油漆都刷我窗户玻璃上了, 池子全是白漆): 000 第二十八条, 第三十八条.
  { category: 'mess', severe: true, unless: /还好|幸好|好在|没(湿|泡|淹|渗|崩|磕)/, re: /(墙|墙皮|瓷砖|地砖|地板|柜子|门框|桌子|台面)[^，]{0,4}(崩|磕|砸|碰|蹭)(掉|坏|破|花)(了)?(一块|一角|个角|块|个口)|(冰箱|沙发|柜子|床|桌子|洗衣机|电视柜|鞋柜)[^，]{0,3}(给)?(挪|搬|推)到[^，]{0,3}(过道|门口|走廊|楼道)|我(一个人|自己)[^，]{0,3}(又)?(给)?(推|挪|搬)回(去|来)|(楼下|邻居|对门|隔壁)[^，]{0,6}(天花板|吊顶|屋顶)[^，]{0,8}(湿|泡|淹|浇|渗)|(地板|地上|屋里|客厅|厨房)[^，]{0,3}(成了|变成(了)?)[^，]{0,2}(游泳池|河|水塘|池塘|水帘洞)|(油漆|漆|涂料)[^，]{0,3}(刷|弄|滴|溅|蹭|抹)(到|在)?[^，]{0,6}(玻璃|窗户|地板|沙发|家具|柜子|池子)上|(池子|洗手池|水池|洗手盆|玻璃)[^，]{0,3}(全是|都是|满是)(白漆|油漆|漆|水泥|胶)/ },
  // Staff shifting the fault and the quoted brush-off (推得一干二净, 一推二五六, 说是我自己不会用, 一点耐心也没有 问两句就烦, 他来一句
  // "你爱装不装", 问那么多干嘛): 000 第四十六条.
  // Round 19 (t19L): the customer sent to do the work herself (让我一个老太婆去楼下关阀门 我哪去得了) and the complaint said to be about
  // the attitude (我投诉的就是他态度).
  { category: 'attitude', severe: true, re: /推得一干二净|一推二五六|一推六二五|怪(我们|俺们|咱们)(了|呢|啊|头上)|说(是)?我(自己)?不会(用|弄|操作)|(一点|半点|一丁点)(耐心|礼貌)(都|也)没|问(两|几|一|三)句就(烦|急|不耐烦|发火|凶)|你爱(?<verb>[\u4e00-\u9fff])不\k<verb>|问那么多(干嘛|干啥|做什么|干什么)|让我[^，]{0,8}(挪|搬|抬)[^。]{0,10}(哪|怎么)(挪|搬|抬)得动|让我[^。]{0,14}?去[^。]{0,12}?(我)?(哪|怎么)(去|走|爬|下|上|够|弄|干)得(了|动|着)|投诉的?(就)?是[^，]{0,3}(的)?态度|把我(家)?(的)?钥匙(带走|拿走|揣走)/ },
  // Sent round in circles or put through to person after person (这个让找那个 那个让找这个, 转了五个人才有人管, 打了一上午热线,
  // 最后也没人跟我说话): 000 第三十六条 首问负责.
  { category: 'unreachable', re: new RegExp(`这个让(我)?找那个|那个让(我)?找这个|转了(${N}|好几)+(个人|个|次|回|道)[^，]{0,4}才(有人|接|管|通)|打了(一|半|整)?(上午|下午|天|晚上)[^，]{0,2}(的)?(热线|客服|10000|10086|10010|12345)|最后(也|都)?没(人|谁)(跟我说话|理我|接|管)|(压根|根本|从来)(就)?没(接着|接到|接过)[^，]{0,2}(电话|回访)`) },
  // A cable left where the old trip (线在地上 老人容易绊着): a hazard (000 第二十七条).
  { category: 'safety', severe: true, re: /(线|网线|电线|光纤|管子)[^。]{0,8}(老人|孩子|小孩|人)[^，]{0,2}(容易|会|差点)(绊|摔)/ },
  // A sum or a gift asked by staff (师傅叫我给两条烟, 他让我给他二百块钱, 材料款让我直接转他个人微信, 他们喊我多交四百块, 师傅说要
  // 一百二, 管了一个月午饭 还有两条烟): 000 第四十三条(一)(三)(四). Before the bill below: an extra sum staff ask for is money.
  { category: 'money', severe: true, re: new RegExp(`(让|叫|要|喊)我(多)?(给|转|掏|交|出)(他|师傅|他们)?[^，]{0,4}(${N}|[一十百])+(块|元|百|十|条烟|包烟)|转(他|师傅|他们)(的)?(个人|私人)(的)?(微信|支付宝|账户|卡)|(师傅|工人|他们|工长)说(要|得)(交|给|收|加)?(${N}|[一十百])+(百|十|块)?[一二三四五六七八九十]?$|(管|包)了[^，]{0,4}(午饭|饭|烟)|(${N}|[一])条(烟|中华|玉溪|芙蓉王)`) },
  // A sum the bill says and the customer did not agree to (办了个199的套餐 我说要的是99的, 每个月多交二十, 给我开了个什么会员),
  // a refund demanded (先把我那八十块退了, 我要求你们退暖气费) or compensation promised and not paid: 000 第四十三条(三).
  { category: 'billing', severe: true, unless: /已经|退回来了|收到了|到账了/, re: new RegExp(`套餐[^。]{0,8}(我)?(说|要|签|订|办)的(是|明明是)|多(交|扣|收)(了)?(我)?(${N}|[一十百])+|(给我|帮我)(开|办|订)了?(个|一个)?(什么|啥)[^，]{0,4}(会员|业务|套餐|包)|(要求|要你们|让你们|叫你们|赶紧|先把)[^，]{0,8}退(?!休|货|出|回去)|(要|说好|答应)的?(赔偿|补偿|退款)[^，]{0,3}(没给|没到|没影|没兑现|没退|还没)|不交[^，]{0,6}就不(给)?(开|通|供|修|装|办)`) },

  // The fault back as soon as the visit left (他走了以后我家路由器就不好使了), the class or meeting dropping (孙子上网课 老掉), still
  // the same figure after the repair (修完也就十六): 000 第三十三条.
  { category: 'not_fixed', severe: true, unless: /外面|室外|气温|天气|设定|空调|热水器|水温/, re: /(走了以后|走了之后|走后|修完|装完)[^，]{0,8}(就)?不(好使|能用|灵|管用)了|(上网课|网课|开会|视频会?|直播)[^。]{0,3}(老|总|又)(掉|断)|(修完|修好|修了)[^，]{0,2}(也就|才|还是)(十[一二三四五六七]?|[一二三四五六七八九])度?$/ },
  // A fitting put where it cannot be used (插座 …… 让柜子挡住了), pipes banging at night (暖气一直响 咣咣的): 004 第五篇.
  { category: 'quality', re: /(插座|开关|阀门|检修口|面板)[^。]{0,10}(让|被|给)[^，]{0,4}(挡住|堵住|盖住|封死)|(暖气|管子|管道|水管|暖气片)[^，]{0,3}(一直|老|总|整夜|天天)(响|咣咣|哐哐|砰砰|当当)/ },
  // Slowness as the staff's trait (这么能拖的师傅): late.
  { category: 'late', re: /(这么|那么|真|太|可)能拖/ },
  // Round 17 (t17C2): the wait reproached and nothing else named (你们早干嘛去了, 早干什么去了: 'where were you before?'): lateness
  // (000 第十三条–第十八条; 003 四.4 repairs on time). Last, so that what the reproach is about (投诉了三回才给解决) keeps its own
  // category; complaintZh makes any grievance said with the reproach a clear one (REPROACHED_WAIT_ZH).
  { category: 'late', severe: true, re: REPROACHED_WAIT_ZH },
  // Round 20 (t20G): the home so cold the winter clothes stay on indoors (在家都得穿棉裤, 屋里还得裹着羽绒服): the heating below standard
  // (003 三.2). Last of the rules: a wait or a fault named beside it (拖了一个礼拜才来人 全家在屋里穿棉袄) is the grievance.
  { category: 'quality', re: /(在家|屋里|家里|室内|屋头)[^，不没用]{0,4}(都|也|还)?(得|要|只能)?(穿|裹|披|盖)(着)?(棉裤|棉袄|羽绒服|大衣|棉衣|秋裤|两床被)/, unless: /修(完|好|了)|出门|外面|外头/ },
  // Round 21 (t21A): no word of apology for a harm done (喷了我一身水 一句对不起都没有, 连个道歉都没有): conduct, attitude (000 第四十六条);
  // last, so the harm or delay told beside it keeps its own category (墙皮蹭掉一大块 连句对不起都没有 is mess).
  { category: 'attitude', severe: true, re: /(一句|一声|连句|连声|连个|个)(对不起|道歉|抱歉|不好意思)(都|也)(没有|没说|不说|没)/ },
  // Round 22 (t22C): tiles or boards come up (砖都翘了, 地板翘起来了, 踢脚线全翘边了): the fitting-out below standard (004 第五篇),
  // quality; last, so a leak or damage told with it (地板都泡得翘起来了) keeps its category. A lip curled (嘴翘了) is no thing laid.
  { category: 'quality', re: /(瓷砖|地砖|墙砖|砖|地板|木地板|踢脚线|墙纸|壁纸|柜门|台面|吊顶|扣板)[^，。]{0,3}(都|也|全|全都|又)?(翘|起翘|翘起)(了|起来|边)/ },
  // Round 22 (t22C): 四川 撇 (poor, shoddy) said of the work (做得撇得很, 活儿干得好撇, 贴得太撇了): quality, last, so a category
  // said beside it wins (修得撇得很 又断了 is not_fixed); 撇得很 alone is a verdict with no category, 撇脱 (easy-going) is praise.
  { category: 'quality', re: /(做|干|弄|装|贴|铺|刷|活儿?|手艺|做工)[^，。]{0,2}(好|太|很|硬是|真|有点|得)撇(?!脱|开|下|嘴|清|了我)/ },
  // Round 22 (t22C): the customer in a row with our staff (正跟你们工长吵着呢, 和你们师傅吵起来了): a conflict with the company's people
  // (000 第四十六条), attitude; last, so what the row is about wins (他们把门划了 is mess). A row at home (跟我老公吵着呢) names
  // none of ours.
  { category: 'attitude', re: /(跟|和|同)(你们|您们)(的|那个|那)?(工长|师傅|工人|装维|项目经理|经理|设计师|客服|小伙子?|监理|施工队)[^，。]{0,3}(吵|干起来|闹起来|打起来|争起来)/ },
  // Round 23 (t23A): the price called high (价格稍微高了一点, 报价有点贵, 收费偏高): a fee dispute, billing (002 收费公示), softened
  // or not by its words (a reservation when 稍微 or 有点 says so); with the rest praised (别的都挺好) it is still said.
  { category: 'billing', re: /(价格|价钱|报价|收费|费用|要价)[^，。不没算]{0,2}(稍微|稍|有点|有些|略|略微|偏|太|也太|真|实在)?(高|贵)(了)?(?!兴|端|档|级|效|速|手|明|质量|科技)/ },
  // Round 23 (t23A): staff treating the customer as a nuisance (说多了人家还嫌你事儿多, 他们嫌我麻烦, 一问就嫌我啰嗦): impatience, attitude
  // (000 第四十六条). The customer's own 嫌 of them (我嫌他们慢) is not it: the 嫌 must fall on the customer.
  { category: 'attitude', re: /(人家|他|她|他们|师傅|工人|客服|工长|经理|还|就|都)嫌(你|我|俺|咱|我们)(事儿?多|事儿?妈|麻烦|烦|啰嗦|罗嗦|问得多|话多|多事|多嘴|毛病多|要求多|挑)/ },
  // Round 23 (t23A): indoors in a hat or gloves (我这会儿在屋里戴着毛线帽子跟你说话呢): the home cold, the heating below standard (003 三.2),
  // as the winter clothes kept on indoors below.
  { category: 'quality', re: /(在家|屋里|家里|室内|屋头)[^，不没用]{0,4}(都|也|还)?(得|要|只能)?戴(着)?[^，]{0,2}(帽子|毛线帽|棉帽|手套|围巾)/, unless: /出门|外面|外头/ },
  // Round 23 (t23A): a home temperature called what was asked for (屋里十五度也叫解决了？, 十六度也算热？): the state denied by the reading
  // (003 三.2), said as a reproach.
  { category: 'not_fixed', re: /(?<![零一二三四五六七八九十两\d])(十[一二三四五六七]?|[一二三四五六七八九两]|1[0-7]|[0-9])度(也|都|还|就)(叫|算)(解决|修好|好了|正常)/ },
  { category: 'quality', re: /(?<![零一二三四五六七八九十两\d])(十[一二三四五六七]?|[一二三四五六七八九两]|1[0-7]|[0-9])度(也|都|还|就)(叫|算)(热|暖和|热乎|达标|合格)/ },
  // Round 23 (t23A): the appointed time never kept (约好的点儿就没准过, 说好的时间从来没准时过, 约的钟点没一回准的): lateness as a
  // habit (000 第十三条–第十八条 准时守信). 没准儿 (maybe) is no time missed: the time agreed must come first.
  { category: 'late', re: /(约|约好|说好|定好|讲好|预约)(的)?(点儿?|时间|钟点|日子)[^，。]{0,4}(就|从来|从|压根|根本|一次|一回)?(都|也|就)?(没|没有|不)(准|准时|按时|对)(过|时过)?(?!儿)|(约|约好|说好|定好)(的)?(点儿?|时间|钟点)[^，。]{0,2}没(一|有一)(回|次)(准|按时|准时)/ },
  // Round 23 (t23A): repaired as if not at all, asked back (修了跟没修有啥区别吗, 修没修有什么两样, 跟没修之前有区别吗): the fault
  // still there said as a rhetorical question (000 第三十三条 即修即通); the plain statement (跟没修一样) is read above.
  { category: 'not_fixed', severe: true, re: /(修|弄|换|调)(了|过|完)?[^，。]{0,2}(跟|和|同)(没|没有)(修|弄|换|调)(之前|以前|的时候)?[^，。]{0,2}(有|能有)?(啥|什么|多大|多少)(区别|两样|不同|差别)|(修|弄)没(修|弄)(有|能有)?(啥|什么)(区别|两样|不同|差别)/ },
  // Round 23 (t23A): no better than before the repair (比没修之前也强不了多少, 比修以前好不到哪去): the repair did not help
  // (000 第三十三条); a comparison that says it is better (比没修之前强多了) does not match.
  { category: 'not_fixed', re: /比(没修|修(之前|以前|前)|没(修|弄|换)(之前|以前|的时候))[^，。]{0,3}(强|好|暖和|热|快)(不了|不到)(多少|哪儿?去|哪里去)/ },
  // Round 23 (t23A): the state claimed, denied by telling the customer to try it (正常？你自个儿打个视频试试, 好了？你来我家看看卡不卡):
  // the fault still there (000 第三十三条; 001 网管中心 请您再试一下 turned back on the company). Only with the symptom named as what
  // to check (卡不卡, 断不断, 热不热), and with the caller told to (你们师傅让我试试 names another).
  { category: 'not_fixed', re: /(你|您)(自己|自个儿?|亲自)?(?:(?!让我|叫我|给我)[^，。们]){0,8}(试试|试一下|试一试|看看|摸摸|感受一下)[^。]{0,6}(?<sym>卡|断|掉|热|凉|冷|通|慢)不\k<sym>/ },
  // Round 23 (t23A): the work judged not up to it in plain words (活儿干得不行, 做得不咋地, 装得不怎么样): the work below standard (004
  // 第五篇), quality; last, so a named fault or category beside it wins. Not a person's ability (他人不行) and not 不行了 (worn out).
  { category: 'quality', re: /(活儿?|手艺|做工|施工)[^，。]{0,2}(干|做|弄)?得?(太|真|实在|也太|可)?(不行|不咋(地|样|滴)|不怎么样|不到位)(?!了)|(干|做|装|修|弄|贴|铺|刷)得(太|真|实在|也太|可)?(不咋(地|样|滴)|不怎么样)/ },
  // Round 23 (lead): the visit set against a better one before or elsewhere, said as a reproach (上回那个师傅走之前还给我把地拖了
  // 这回这个可好; 电信那边的师傅还教我怎么用 你们这个装完扭头就走; 以前用联通 投诉完第二天就有人管 你们这儿嘛 呵): what the other
  // did names the shortfall (cleaning up: mess, 000 第三十八条; showing how to use it: attitude, 000 第三十七条's 三必测 and
  // explanation; being quick: late). Only with the turn to this visit marked as the letdown (可好, 倒好, 嘛 呵, 就走, 没有): 上回
  // 那个师傅拖了地 这回这个也拖了 praises both.
  { category: 'mess', re: /(上回|上次|以前|之前|原来|头回|头一回|别家|人家|电信|联通|移动|广电)[^。]{0,20}(拖|擦|扫|收拾|清理|带走|收走)[^。]{0,14}[，,\s]*(这回|这次|你们这个?|这个)[^，。]{0,4}(可好|倒好|呢？|嘛[，,\s]*(呵|哼|唉)|(?<!也|都)(没|不)(拖|擦|扫|收拾|清理|管))/ },
  { category: 'attitude', re: /(上回|上次|以前|之前|原来|头回|头一回|别家|人家|电信|联通|移动|广电)[^。]{0,20}(教|讲|解释|演示)[^。]{0,14}[，,\s]*(这回|这次|你们这个?|这个)[^，。]{0,6}(可好|倒好|嘛[，,\s]*(呵|哼|唉)|(装|修|弄|干)完(了)?[^，。]{0,3}(扭头|转身|拍拍屁股|拔腿|抬腿)(就)?走|(?<!也|都)(没|不)(教|讲|解释|管))/ },
  { category: 'late', re: /(上回|上次|以前|之前|原来|头回|别家|人家|电信|联通|移动|广电)[^。]{0,16}(第二天|当天|马上|立马|很快|一会儿|十分钟|半小时|半个小时)(就)?(有人管|有人来|来了|修好|弄好|弄利索|处理|解决)[^。]{0,8}[，,\s]*(这回|这次|你们这儿?|你们这边|你们)[^，。]{0,3}(可好|倒好|嘛[，,\s]*(呵|哼|唉)|呢[？?])/ },
  // Round 24 (t24A): the same job done properly for a neighbour and worse once it came to the customer's home (对门也是你们装的 人家线都走线槽
  // 到我家就直接钉墙上了; 楼上装的时候给了新猫 轮到我家就给个旧的): the work below what others got (004 第五篇), quality, last so a named
  // category wins. The turn to this home must lead to no good word (邻居推荐的 到我家就一个钟头装好了 is praise).
  { category: 'quality', re: /(邻居|对门|隔壁|楼上|楼下|别人家?|人家|同事家?|亲戚家?)[^。]{0,28}(到了?|轮到|换到|换成)(了)?(我|我们|俺|咱)(家|这儿|这里|这)[^，。]{0,2}(就|却|倒|可就|倒好)(?![^，。]{0,8}(装好|弄好|修好|好了|通了|快|利索|麻利|满意|仔细|认真|一样))/ },
  // Round 24 (t24A): compensation offered in place of the repair (不是送我两个月话费就算完事了, 给我补点流量就想打发我, 我要的是把网修好
  // 不是赔钱): the fault the customer wanted fixed is still there, not_fixed (000 第三十三条), not a charge (billing); last, so a named category (乱扣费: billing) wins.
  { category: 'not_fixed', severe: true, re: /(送|给|补|赔|返|减免|退|免)(了)?(我|俺|我们)?[^，。]{0,8}(话费|流量|钱|优惠券?|代金券|月租|补偿|礼品|积分|会员)[^，。]{0,3}就(算|当|想|能|是)?(完事|了事|打发|拉倒|算了|糊弄|完了)|(我|俺)(要|想要)的是[^，。]{0,8}(修好|弄好|解决|整好|搞好|能用|通|好用)[^，。]{0,3}(不是|又不是|可不是)/ },
  // Round 24 (t24A): the customer's own setup wiped by the engineer, with what it cost (把我路由器恢复出厂了 摄像头全掉了; 给我猫重置了
  // 原来的设置全没了 还得自己一个个重新连): damage left by the visit (000 第二十八条), quality, a clear complaint. A reset told as a step of
  // the repair with nothing lost (恢复出厂重新设了一遍 现在挺好) is none.
  { category: 'quality', severe: true, re: /(把|给)(我|俺|我们)?(家)?(的)?[^，。]{0,6}(恢复出厂|恢复成出厂|重置|复位|格式化|清空)(了|设置)?[^。]{0,24}(掉了|掉线|全掉|连不上|没连上|没了|丢了|用不了|得重新|要重新|还得自己|又得自己)/ },
  // Round 23 (lead): the home's degrees set against another's (隔壁小区 人家屋里二十多度 我们这儿才十六): the number after 才 is degrees
  // too, below 18 (003 三.2), quality; a plain reading (我们这儿二十度) is none.
  { category: 'quality', re: /[零一二两三四五六七八九十\d]+(多)?度[^。]{0,12}(我们这儿?|我家|咱家|我们家|我这儿?|俺家)[^，。]{0,4}(才|只有|就)(十[零一二三四五六七]?|[零一二两三四五六七八九])(度)?(?![^，。]{0,2}(度|分|点|块|岁|层|楼|号))/ },
  // Round 24 (t24D): the work dragging (收尾那几天有点拖, 工期老是拖, 干活拖拖拉拉): late, last of all (a grievance named beside it, 把管子钻破了 赔钱的事一直拖, is that grievance); not 拖地 (mopping), 拖鞋, 拖累.
  { category: 'late', re: /(有点|稍微|太|老是?|总是?|一直|真|也太|有些|挺)(拖|拖拉|拖沓|拖拖拉拉)(?![地把鞋累欠家车])/ },
];

/** English rules, in priority order. */
const EN: Rule[] = [
  // Round 21 (t21A): a pipe drilled through (drilled straight through a water pipe in my wall): damage done, mess (000 第三十八条),
  // as every older split reads it first (safety accepted beside it; lead, at the merge).
  { category: 'mess', severe: true, re: /\bdrill(ed|ing|s)? (straight |right |clean )?(through|into) (a |the |my |our )?(water |gas |heating )?(pipe|main|cable|wire)s?\b/ },
  // Round 21 (t21A): scraps left about (left bits of cable everywhere, left offcuts all over the floor): mess (000 第三十八条).
  { category: 'mess', re: /\bleft (\w+ )?(bits|pieces|offcuts|scraps|clippings|rubbish|debris|dust|cable ends)( of \w+)? (everywhere|all over|lying around|on the floor|behind)\b/ },
  // Round 21 (t21A): the visit a day later than agreed (came the next day instead of today, turned up a day late): late (000 第十三条).
  { category: 'late', re: /\b(came|come|turned up|showed up|arrived|got here) (the next day|the day after|a day late|two days late|days late|tomorrow) instead\b|\b(came|turned up|showed up|arrived) a (day|week) late\b/ },
  // Round 21 (t21B): someone competent asked for this time (send someone who actually knows how to fix a router): the last
  // engineer's work found wanting, `quality`.
  { category: 'quality', severe: true, re: /\bsend (someone|somebody|a guy|an engineer|a technician|a person|someone else) (who|that) (actually |really |properly )?(knows|understands|can) (how to |what )?/ },
  // Round 21 (t21C): slow to get an appointment or a visit (bit slow getting an appointment, took ages to book someone): late
  // (000 第十三条–第十八条), not the line's quality; a room left looking like a building site: mess left behind (000 第二十八条).
  { category: 'late', re: /\bslow (getting|to get|in getting|to book|booking|to arrange|arranging|to schedule|scheduling|to send|sending) (an |the |a |someone|anyone)?(appointment|visit|slot|engineer|technician|someone|anyone|out)?\b/ },
  { category: 'mess', re: /\b(looks?|looked|looking|left it) like (a |an )?(building site|construction site|bomb site|bomb (went off|hit it|had hit)|war zone|pigsty|pig sty|tip|rubbish tip)\b/ },
  // Round 17 (t17G): the callback coached or the rating taken over by the worker (kept telling me to say very satisfied, made me
  // rate him on his own phone, stood over me while I rated): forbidden conduct (000 第四十六条), as the Chinese rule above.
  // Round 17 (t17G): on a phone call through the visit (he was on the phone half the time): conduct, as 一边干活一边接电话
  // (000 第四十六条), not a line nobody answers. The hotline that rings unanswered (your hotline just rings and rings, took four days
  // to get anyone): unreachable (000 第三十六条).
  { category: 'attitude', re: /\b(he|she|they|guy|man|technician|engineer|worker|installer) (was|were|kept|spent) (on the phone|on his phone|on her phone|taking calls|chatting on the phone) (half|the whole|most|all|the entire)\b/ },
  { category: 'unreachable', re: /\b(hotline|helpline|number|phone line|customer service)\b[a-z ]{0,12}\b(rings and rings|just rings|keeps ringing|rang and rang|rang out|never (picks up|picked up|answers|answered))\b|\btook (me )?(\w+ )?(days|hours|weeks) to (get|reach) (anyone|anybody|someone|a person|through)\b/ },
  { category: 'attitude', re: /\b(told|tell|tells|telling|asked|asking|made|make|makes|begged|coached|wanted|reminded|instructed) (me|us) (to )?(say|rate|put|tick|score|leave|answer)\b[a-z0-9 ]{0,30}\b(very satisfied|satisfied|five stars?|5 stars?|ten|10|full marks|top marks|excellent|good review|a good rating)\b|\brate (him|her|them) on (his|her|their) (own )?phone\b|\b(begged|pressed|pestered|pushed|nagged) (me|us) for (a |an )?(perfect|top|full|ten|10|five star|5 star|good|great) (score|rating|mark|marks|review)\b|\b(stood|standing|watched|watching) (over|behind|next to) me while i (rated|scored|filled)\b/ },
  // Round 17 (t17E, dev16): English on reason steps, learner and British. Money asked on the spot by the worker (he ask me
  // give him one hundred kuai; he charged me 50 for setup: the engineer, not the bill) and his own goods pushed (he want sell
  // me his own router): 000 第四十三条. A line that comes and goes (the internet is going and coming, it keeps cutting in and
  // out): not fixed, 000 第三十三条. The job left unfinished (the man did not finish). A box balanced precariously over the
  // kettle, a ladder the child almost knocked over: a hazard, 000 第三十七条. Arriving outside the slot given (000 第十三条–
  // 第十八条). British understatement of a manner (somewhat abrupt, rather brusque). Rubbish forgotten (forget take his rubbish).
  { category: 'money', severe: true, re: /\b(asked|asks|ask|wanted|wants|want|told|tell|tells) (me|us) (to )?(give|pay|hand) (him|her|them) (\d+|a|an|one|two|three|four|five|ten|twenty|fifty|some|a few)\b[a-z0-9 ]{0,20}\b(yuan|rmb|kuai|dollars?|bucks|quid|pounds?|hundred|money|cash|extra)\b|\b(wanted|wants|want|tried|tries|try|trying) (to )?sell (me|us) (his|her|their) own\b|\b(he|she|the (guy|engineer|technician|installer|man|master|worker|fitter))\b (\w+ )?charged (me|us) (\d+|one|two|five|ten|twenty|thirty|fifty|a hundred|one hundred)\b(?! (on|in) (the|my|our) (bill|invoice|statement|account))/ },
  { category: 'not_fixed', severe: true, re: /\b(is|keeps|kept|keep|was|goes|went|been|it s) (going and coming|coming and going|on and off|off and on)\b(?! (the|his|her|my|a|an)\b)|\b(cutting|cuts|cut|dropping|drops|fading|fades|flickering|flickers) in and out\b|\b(signal|wifi|wi fi|internet|connection|line|tv|picture|network)\b (is |keeps |kept |was |goes |went )?(going |coming )?in and out\b|\b(comes and goes|came and went|goes and comes)\b|\bstill no (signal|wifi|wi fi|internet|connection|coverage)\b|\b(second|third|fourth|fifth|another|yet another) (outage|blackout|disconnection)\b|\b(did not|didn t|never|not) (finish|complete|finished|completed)\b(?! (until|till|before|by|on time|early|late|at|in time))/ },
  { category: 'safety', severe: true, re: /\bprecarious(ly)?\b|\b(almost|nearly|could have|might have|could easily have) (knocked|pulled|tipped|brought) (it|that|the \w+|them) (over|down)\b|\b(balanced|perched|wedged) (on|over|above|right above|next to)\b[a-z ]{0,30}\b(kettle|cooker|hob|stove|sink|bath|heater|cot|bed|fire|radiator)\b/ },
  { category: 'late', re: /\b(turned up|showed up|came|arrived|got here|rocked up)\b[a-z ]{0,12}\b(outside|after|past|beyond|well outside|way outside|long after) (the|our|my|his|their) (slot|window|time slot|appointment|booked time)\b/ },
  // Round 23 (t23C): the window promised, then the hour the worker came at (they told me eight to ten, he walked in at two; said
  // between 9 and 12 and he showed up at 4): the appointment missed, late (000 第十三条). A window told with no arrival hour stays none,
  // and one told with praise or "on time" (told me eight to ten, he came at nine, great guy) is the promise kept.
  { category: 'late', re: /\b(told|promised|gave|said|quoted)( me| us)? (between |from )?[a-z0-9]+( am| pm)? (to|and|till|until|-) [a-z0-9]+( am| pm| o clock)?\b.{0,40}?\b(walked in|showed up|turned up|arrived|came|rocked up|got here|rolled in) (at|around|after) [a-z0-9]+/, unless: /\b(great|lovely|brilliant|excellent|spot on|on time|bang on|as promised|right on time|early|no complaints|perfect|happy|satisfied|within the (window|slot))\b/ },
  // Round 23 (t23C): the hotline called again and again and never a person reached (never once got a human, never got through to
  // anyone): unreachable (000 第三十六条), not a repeat visit.
  { category: 'unreachable', re: /\bnever (once |even )?(got|get|reached|spoke to|talked to|got through to) (a |an |one )?(human|real person|person|living soul|anyone|anybody|someone|agent)\b|\bnever (once )?got through\b/ },
  { category: 'attitude', re: /\b(abrupt|brusque|gruff|offhand|off hand|short tempered|bad tempered)\b/ },
  { category: 'mess', re: /\b(forgot|forget|forgets|forgotten) (to )?(take|took|clear|bring|carry)( away| out)? (his|her|their|the|all the) (rubbish|trash|boxes|packaging|offcuts?|debris|waste|mess)\b/ },
  // Round 16 (t16G2): "before you ask" (a way of bringing a matter up) is no consent sought before the photos: the privacy
  // rule's exception below leaves it out.
  // Round 16 (t16G): privacy (000 第四十三条(十一)): the ID, passport or home photographed on the worker's own phone or sent to
  // a personal account, the number sold, spam since the visit, the address told to others; products pushed for commission
  // (000 第四十三条(四)); drink on the job; the bathroom used unasked; never shown how to use it (000 第三十九条).
  // Round 16 (t16G2): a floor, wall or door gouged or scratched by the worker (he gouged my hardwood floor): damage, 000 第二十八条;
  // the worker named as the one who did it (not I scratched the floor myself).
  { category: 'mess', severe: true, re: /\b(he|she|they|guy|engineer|installer|technician|fitter|workman|workmen)\b[a-z ]{0,20}\b(gouged|scratched|scuffed|dented|chipped|scraped) (up )?(my|our|the) [a-z ]{0,20}(floor|floors|flooring|wall|walls|door|doors|table|worktop|wallpaper|skirting)\b/ },
  { category: 'attitude', severe: true, re: /\b(photo(graph)?(ed|s)?|pictures?|snap(ped|s)?|took (a )?(photo|picture)s?) (of )?(my|our) (whole )?(id|id card|passport|flat|house|home|bedroom|place)\b|\b(sold|leaked|gave out|passed on|told) (my|our) (number|address|details|data|phone number)\b|\bspam( calls)?\b[a-z ]{0,30}\b(since|every|ever since|day)\b|\bsince\b[a-z ]{0,30}\bspam\b|\bsmell(ing|ed)? of (beer|alcohol|drink|booze)\b|\b(bathroom|toilet|loo)\b[a-z ]{0,6}\bwithout asking\b/, unless: /\b(before|long before|way before) you\b(?! ask\b)|\basked (me )?(first|before)\b/ },
  { category: 'money', severe: true, re: /\b(kept|keeps|kept on) (pushing|selling|trying to sell)\b|\bcommission\b|\bupsell\w*\b/ },
  { category: 'quality', severe: true, re: /\b(never|did not|didn t|didnt) (show|showed|teach|taught|explain(ed)?) (me )?how\b/ },
  // Round 15 (t15En, dev14 first): Indian, Singapore and learner English on reason steps. The job not done (did not do the
  // needful; the router still lying in its box); a rude manner (talking rudely, said bad words to me, scolded with bad
  // words); smoking on the premises is conduct, not a hazard (he smoked in my corridor); a reply that took days (took two
  // days to reply my email); never on time; the sale misrepresented (the sales guy lied about the price).
  { category: 'not_fixed', severe: true, re: /\b(did not|never|not) (do|did|done) the needful\b|\b(router|modem|box|device|equipment|set top box|decoder)\b[a-z ]{0,12}\b(lying|sitting|left|still) in (the|its|his) (box|boxes|packaging|carton|bag)\b/ },
  { category: 'attitude', re: /\b(talk(ed|ing|s)?|spoke|speak(ing|s)?|answer(ed|ing)?|behav(ed|ing)|treat(ed|ing)) (very |so |quite |really )?(rudely|impolitely|badly|roughly|harshly)\b|\b(say|said|says|saying|use|used|using|shout(ed)?) (bad|dirty|rude|vulgar) (words?|language)\b|\b(he|she|they|technician|engineer|worker|installer|guy|man|uncle)\b[a-z ]{0,12}\bsmok(e|es|ed|ing)\b(?! (detector|alarm|coming|from))/ },
  { category: 'unreachable', re: /\b(took|take|takes|taking) (\w+ ){0,2}(days?|weeks?|hours?|ages|forever) to (reply|respond|answer|get back|call back|revert)\b/ },
  { category: 'late', re: /\bnever (come|came|comes|arrive|arrived|arrives|turn up|turned up|show up|showed up|be|is|was) (here )?on time\b/ },
  { category: 'billing', severe: true, re: /\b(lied|lie|lying|misled|mislead|cheated|cheat|tricked) (to me |to us )?(about|on|regarding) (the |my |our )?(price|prices|cost|costs|fee|fees|charges?|plan|package|contract|bill|promotion|deal)\b/ },
  // Round 13 (t13R): nobody showing up until a later day is late.
  { category: 'late', re: /\b(nobody|no one|no-one) (showed|turned|came) up\b/ },
  // Round 13 (t13R): a line drilled through (your guy drilled through my water pipe): damage, severe.
  { category: 'mess', severe: true, re: /\bdrill(ed|ing)? (right )?(through|into) (my|the|a|our) (water |gas |heating )?(pipes?|wires?|cables?|main|radiator)\b/ },
  // Round 12: a short temper (he got pretty snippy, she was curt with me), a cable left where people walk or out of a
  // window (a cable running across the stairs, someone's going to trip; the cable he left hanging out the window: safety,
  // 000 第三十七条), and a line answered at last (finally, someone from your company picks up a phone).
  { category: 'attitude', re: /\b(snippy|curt|snapped at (me|us)|short with (me|us)|dismissive|condescending|patroni[sz]ing)\b/ },
  { category: 'safety', severe: true, re: /\b(cables?|wires?|leads?)\b[a-z ]{0,16}\b(running|lying|strung|stretched|left) (across|over|along|on) (the |my |our )?(stairs|staircase|steps|floor|hallway|landing|walkway|doorway|corridor)\b|\b(cables?|wires?)\b[a-z ]{0,20}\b(hanging|dangling) (out|from|off|down|over)\b|\b(going to|gonna|could|might|will|about to) (trip|fall) (over|on)?\b|\btrip(ping)? hazard\b/ },
  { category: 'unreachable', re: /\b(finally|at last|at long last)\b[a-z ]{0,40}\b(picks? up|picked up|answers?|answered|calls? (me )?back|called (me )?back|gets? back|got through)\b/ },
  // Round 11 (dev10 first). A line never tested (he didn't even test the line: 000 第三十七条 三必测); a visit that took a
  // week to come (took them a week to turn up: 000 第十三条–第十八条).
  // The home or the family filmed without asking (he filmed my living room and my kids without asking): conduct, as 在我家拍视频.
  { category: 'attitude', re: /\b(filmed|recorded|photographed|took (photos|pictures|videos?) of)\b[^.]{0,40}\bwithout (asking|permission|my permission|consent)\b/ },
  // The app that fails, beside the engineer praised (the app, not so much; the app keeps crashing): quality, as 那个APP就别提了.
  { category: 'quality', re: /\bthe app\b,? (is |was )?(not so much|not great|useless|rubbish|terrible|keeps crashing|crashes|crashed|never works)\b(?! with)/ },
  { category: 'quality', re: /\b(did not|never) (even )?(test|check|try|speed test)(ed)? (the |my |our )?(line|connection|speed|signal|wifi|internet|router)\b/ },
  // Round 20 (t20C): the worker who did not care (he just didn't seem to care): conduct (attitude).
  { category: 'attitude', re: /\b(he|she|they|the (guy|engineer|technician|installer))( just| really)? (did ?n ?o?t|didn t|does ?n ?o?t|doesn t|never) (seem to |even |really )?care\b/ },
  // Round 20 (t20C): the whole thing that took long (nothing really just it took long; took way too long): late.
  { category: 'late', re: /\b(it|the whole thing|everything|the (job|install|installation|visit|repair|process)) (just |really |simply )?(took|takes|taking) (so |too |very |way too |really |quite |a bit )*long\b/ },
  { category: 'late', re: /\b(took|takes|taking) (them|him|her|you|the engineer|the guy) (a|one|two|three|four|several|\d+|a couple of) (days?|weeks?|months?) to (even |finally |actually )?(turn up|show up|come|arrive|get here)\b/ },
  // Round 21 (t21D): (below, in the general late rule) a whole day waited said with the article or the tense left out (wait whole
  // day lor) and a no-show said as "for nobody to show up".
  // Round 21 (t21D): "took them a week to even show up" (the "even" above); arrived later than the time said (he came a bit later
  // than he said): late, as 说两点来 两点二十到的. Not "later than I expected, but it works" of a result (no arrival verb).
  { category: 'late', re: /\b(came|come|arrived|arrive|turned up|showed up|got here|got there)( a bit| a little| slightly| much| way| quite a bit| an hour| half an hour| \w+ (minutes|hours))? later than (he|she|they|you|promised|agreed|said|scheduled|planned|booked|arranged|expected|the time)\b/ },
  // Round 21 (t21D): a price called a bit high (bit pricey tho, on the expensive side, a little steep): billing, a small one
  // (DIMINISH_EN). Not the price denied (not pricey at all: "not" before it).
  { category: 'billing', re: /(?<!\bnot (that |too |so |very )?)\b(bit|a bit|a little|little|rather|quite|pretty|kinda|kind of|somewhat|abit) (pricey|pricy|expensive|steep|dear)\b|\b(pricey|pricy)\b(?! (at all|but worth))|\bon the (pricey|pricy|expensive|dear|steep) side\b/ },
  // Round 10 (English on reason steps): a sum asked for by the worker (he asked 200 yuan extra: 000 第四十三条);
  // the speed measured against the package paid for (30 Mbps, we paid for 300: quality, not money); a device that
  // keeps switching itself off; the day the visit took; arriving only at an hour (come until 5pm) and a second
  // visit announced (must come back tomorrow); bits of old cable or packaging left about the home.
  { category: 'money', severe: true, re: /\b(asked|wanted|demanded|asking|wanting|demanding|ask|want) (me |us )?(for )?(another |an extra |extra )?(\d+|a few|some|a hundred|fifty|twenty|thirty|two hundred|one hundred) (more )?(yuan|rmb|kuai|dollars?|bucks|quid|pounds?)\b/ },
  { category: 'quality', re: /\b(promised|sold|told (i|we) would get|supposed to get) \d+ ?(mbps|mb|meg|megs|megabits|m)\b.{0,40}\b(only|just|barely|getting|get|got) (about |around )?\d+\b|\b(only|just|barely|getting|get|got) (about |around )?\d+ ?(mbps|mb|meg|megs|megabits|m)\b.{0,30}\b(paid|pay|paying|promised|supposed)\b|\b(paid|pay|paying) for \d+\b.{0,30}\b(only|just|barely|getting|get|got) (about |around )?\d+ ?(mbps|mb|meg|megs|megabits)\b/, unless: /\b(bill|billed|charged|charge|charging|invoice)\b/ },
  { category: 'not_fixed', severe: true, re: /\b(keeps?|kept) (switching|turning|shutting|powering|cutting) (itself |himself )?(off|down|out)\b|\bstill (can not|cannot|can t|no can)\b/ },
  { category: 'late', re: /\b(lost|wasted) (my|the|a|half a|a whole|half my|my whole) (morning|afternoon|day|evening)\b|\bwaiting (for|on) (your|the|that) (guy|engineer|technician|man|installer)\b/ },
  { category: 'late', re: /\b(take|takes|took|taking) (all day|the whole day|all morning|all afternoon|the entire day|half the day|half a day)\b|\b(come|came|arrive|arrived|turn up|turned up|show up|showed up) (until|till|only at|only after) (\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|lunch|evening|night)\w*\b(?!.{0,20}\b(as|like) (agreed|promised|planned|booked|scheduled))/ },
  // Round 11: a part of the day lost waiting (I lost my morning waiting for your guy), a long time to turn up (took them a week to turn up).
  { category: 'late', re: /\b(lost|wasted|spent|gave up) (my|a|the|half a|half my|a whole|the whole|an entire|all|all my) (whole )?(morning|afternoon|day|evening)s? waiting\b|\btook (them|him|her|you|your (guy|man|people|engineer|technician)) (a|an|one|two|three|four|five|six|\d+|a whole|over a|more than a) (days?|weeks?|months?) to (turn up|show up|come|arrive|get here|come out)\b|\b(took|takes|taking) (them|you|your (company|people|office|team)|the company) (a|an|one|two|three|four|five|six|\d+|a whole|over a|more than a) (days?|weeks?|months?) to (book|schedule|send|arrange|assign)\b/ },
  { category: 'repeat_visit', re: /\b(must|have to|had to|need to|needs to|has to|got to|will) (come|came) back (tomorrow|again|another day|the next day|next day|later)\b/ },
  { category: 'mess', re: /\b(bits|pieces|scraps|lengths|ends|offcuts|bags) of (old )?(cable|cables|wire|wires|wiring|plastic|packaging|insulation|rubbish|tape|plaster|pipe)\b|\ball over (the|my|our) (hallway|hall|corridor|landing|stairs|kitchen|living room|lounge|house|flat|flat s|place|room|bedroom|porch)\b/ },
  // Story frames (round 6): a visit outside its window, calls it took before anyone came, a device
  // that keeps failing, coverage that stops at one room, a damp patch after drilling, cables at head height.
  { category: 'not_fixed', severe: true, re: /\bkeeps? (rebooting|restarting|crashing|disconnecting|freezing|buffering|cutting out|dropping( out)?|going off|turning off|(switching|shutting|turning) (itself )?(off|down)|losing (signal|connection))\b/ },
  { category: 'safety', severe: true, re: /\b(cables?|wires?) (hanging|dangling|strung)\b/ },
  { category: 'mess', severe: true, re: /\b(damp|wet|water) (patch|stain|mark)\b/ },
  { category: 'late', re: /\b((showed|turned) up (around|about|at|after)|the (window|slot) was|took (two|three|four|five|six|several|\d+) (phone )?calls)\b/ },
  { category: 'quality', re: /\b(only reaches|does not reach|gets nothing|no (signal|wifi|coverage) in)\b/ },
  { category: 'not_fixed', severe: true, re: /\b(dropping every|drops every|(since|after) (he|she|they) left)\b/ },
  { category: 'late', re: /\b(supposed to (come|be here|arrive|show up)|(turned|showed) up after|did ?n ?o?t (even )?call)\b/ },
  { category: 'attitude', re: /\b(not my department|call someone else|someone else s (job|problem))\b/ },
  // Round 13 (t13G2): the work left to the customer (he told me to read the manual myself, told us to sort it out on our own).
  { category: 'attitude', re: /\btold (me|us) to (read|figure|work|sort|look|find|set|fix|do|call)\b[a-z ]{0,30}\b(myself|ourselves|on (my|our) own)\b/ },
  { category: 'mess', re: /\b(left [a-z ]{0,20}on the floor)\b/ },
  { category: 'safety', severe: true, re: /\b(dangerous|unsafe|hazard|hazardous|exposed wires?|live wires?|bare wires?|sparks?|smoke|gas (leak|smell)|smell of gas|could catch fire|fire risk|wires? (hanging|sticking) out|loose wires?|electric shock|got a shock|burn(ed|t)?|scald(ed)?|tripped|(could|might) trip|trip over|could fall|no safety)\b/ },
  { category: 'money', severe: true, re: /\b(tip|tips|tipped|cash|bucks|bribe|kickback|backhander|asked (me )?for (money|a tip|cash|payment|extra)|wanted (money|cash|payment|extra|\d+)|pay him|paid him|(made|tried to make|pushed) me (buy|pay)|sold me|upsell|extra (money|cash) for)\b/, unless: /\b(my|the|our) (bill|invoice|statement|monthly (bill|charge|fee))s? (went|has gone|have gone|goes|jumped|rose|increased|is|was)\b/ },
  { category: 'billing', severe: true, re: /\b(charged|overcharged|charge me|charging|bill|billed|billing|refund|fee|fees|invoice|told it was free|was (supposed to be )?free|hidden (costs?|charges?)|too expensive|price (was|is) wrong|wrong (plan|package|price))\b/, unless: /\b(where|how|when) (do |can |should |to |would )?(i |we )?(pay|check|see|get|find|view|download) (the |my |our |a )?(bill|invoice|fees?)\b/ },
  { category: 'safety', severe: true, re: /\b((scalding|boiling) water|(uncovered|open) (hole|manhole|drain|socket)|live (wire|cable)s?|without (turning|switching) off the (power|electricity|gas)|(wires?|sockets?|cables?) (in|near|under) (the )?water)\b/ },
  { category: 'money', severe: true, re: /\b((asked|wanted|expected) (for )?(a |some )?(tip|cigarettes|smokes|gift|something extra)|cash in hand|off the books|under the table|for a faster (slot|service|visit)|asked (me )?(for )?\d+ ?(yuan|rmb|kuai|bucks|dollars)?( extra)?|\d+ ?(yuan|rmb|kuai) extra|pay (him|them) (directly|privately|on the side))\b/ },
  { category: 'unreachable', re: /\b((nobody|no one) (ever )?(picked up|answered|called (me )?back|got back)|(kept getting|always) (a )?busy (signal|tone|line)|line (was|is) (always )?busy|went (straight )?to voicemail|number (does not|did not) (exist|work)|(transferred|passed|bounced) (me )?(around|from one|between))\b/ },
  { category: 'attitude', re: /\b((on|checking|looking at) (his|her|their) phone|(talked|chatted) (non stop|the whole time|too much)|blamed (my|the|me)|said it (is|was) not (his|their|our) (job|problem|fault)|(walked|stomped) in with (his|her|their) shoes)\b/ },
  { category: 'not_fixed', severe: true, re: /\b((broke|stopped|died|failed|dropped) again|(only )?lasted (a day|an hour|a few (hours|days)|one day)|same (thing|problem|issue) (again|as before))\b/ },
  // (Round 20 (t20E): slower than I expected: the service below what was expected, quality, as 网速没我想的那么快.)
  { category: 'quality', re: /\b((drilled|holes?) in the wrong (place|spot)|not level|creak(s|ing|y)?|squeak(s|ing|y)?|rattl(es|ing)|wobbl(es|y|ing)|(much|way) slower than (promised|advertised|what i pay)|slower than (i |we )?(had )?(expected|hoped|thought|imagined))\b/ },
  // Round 22 (t22E): shoe covers forgotten or missing are mess (000 第二十八条), as "though he forgot the shoe covers".
  { category: 'mess', re: /\b((left|dumped) (the |his |their )?(boxes|packaging|rubbish|trash|debris|offcuts|scraps)|(muddy|dirty) (boots|shoes|footprints)|did not (wear|use|put on) (shoe covers|overshoes|booties)|forg[eo]t(ten)? (to (wear|use|put on) )?(the |his |her |their |any )?(shoe covers|overshoes|booties)|(without|no) (any )?(shoe covers|overshoes|booties)|\b(wish(ed)?|hoped?|should|could|would|might|if only) (he|she|they|you)?( had| d| would| have| ve)? ?(taken|take|took) (his|her|their) shoes off)\b/ },
  { category: 'not_fixed', severe: true, re: /\b((went|turned|goes|is|was) (red|off|down|dead|out) again|worked for [a-z ]{0,12}(hour|minute|day|week)s? and then|left after (ten|five|fifteen|twenty|\d+|a few) minutes)\b/ },
  // (Round 16, t16E2: he called before coming, which was nice: the call ahead praised is no grievance.)
  { category: 'late', re: /\b(took (a|the) day off|miss(ed)? (a day of )?work|showed up at|turned up at|(called|rung|rang|phoned) (before|ahead|first)|call(ed)? ahead|before turning up|without (calling|warning|notice)|wait(ed)? (\w+ )?(days|hours) for)\b/, unless: /\b(called|rung|rang|phoned|call(ed)?) (before|ahead|first)\b(?! (time|week|month))(?:(?!\b(but|though|never|not|late)\b).){0,30}\b(which|that|it) (was|is) (really |very |so |quite )?(nice|good|great|thoughtful|considerate|helpful|appreciated|handy)\b/ },
  { category: 'attitude', re: /\b(insult(ed|ing)?|rolling (his|her|their) eyes|not (my|his|her|their|our) (job|problem|fault|responsibility)|chatty|on (his|her) phone)\b/ },
  { category: 'unreachable', re: /\b((nobody|no one) (ever )?(answers?|picks up|calls? back|gets back)|chas(e|ed|ing) (them|him|her|it|you) (up )?|on hold|nobody answers?|no one answers?|nobody picks up|no one picks up|could not (reach|get through|get hold)|can not (reach|get through|get hold)|unreachable|never answers?|does not answer|never (called|rang) (me )?back|no (reply|response|answer)|ignored my (calls|messages|emails))\b/ },
  // Round 22 (t22D): the count typed as a digit too (took 3 visits, 2 trips), as said in words (three visits).
  { category: 'repeat_visit', re: /\b((second|third|fourth|fifth) (time|visit)|came (back )?(twice|three times|several times|again and again)|(two|three|four|several|multiple|many|[2-9]) (visits|times|trips)|keep (coming|sending) (back|people)|(must|have to|need to|had to|will) come back (tomorrow|again|another day|the next day))\b/ },
  { category: 'not_fixed', severe: true, re: /\b((without|no) (internet|signal|connection|heat|heating|tv|service)|paperweight|still (broken|not|down|cold|drops|dropping|the same|slow|no|can not|cannot|can ?t)|not (been )?fixed|never fixed|did not fix|broke again|back again|came back(?! (and|to) (sort|fix|finish|solv|check|redo|re do|sorted|fixed|finished|solved|checked))|drops? every|keeps (dropping|happening|breaking|cutting)|still (cuts|cutting) out|cuts out every|same (problem|issue)|not working|does not work|stopped working|no (change|difference|improvement))\b/ },
  { category: 'attitude', re: /\b(did not (even )?(say (hello|hi|goodbye|a word|anything)|introduce|apologi[sz]e|bother)|without (a word|saying)|rolled (his|her|their) eyes|eye roll\w*|talked down|rude|impolite|attitude|shouted|yelled|swore|swearing|smok(ed|ing)|arrogant|condescending|dismissive|unfriendly|disrespectful|impatient|ignored me|blamed me|not my problem)\b/ },
  { category: 'late', re: /\b((hour|hours|day|days)[- ]wait|(appointment|visit) (got|was) (moved|changed|pushed)|late|delayed|delay|took (forever|ages)|wait(ed)? all day|wait(ed)? (the |a )?(whole|entire) (day|morning|afternoon)|(for )?(nobody|no one|no body) (to )?(show|come|turn) up|kept me waiting|(would|will|is going to|was going to) take (all day|all morning|all afternoon|hours|ages|forever)|no show|never (came|showed|turned up)|did not (show|come|turn up)|missed (the|my) appointment|waited (for )?(hours|all day|ages|a week|days)|rescheduled (twice|again))\b/ },
  { category: 'quality', re: /\b(cables?|wires?|wiring)\b[a-z ]{0,30}\b(messy|untidy|ugly|sloppy)\b/ },
  { category: 'quality', re: /\b(stapled|looks (awful|terrible|ugly|horrible)|fraction of|paying for|paid for \d+|(only|just) \d+ ?(mbps|mb|megs?|m)|visible)\b/ },
  { category: 'mess', severe: true, re: /\b(drilled (through|into) the wrong|left a hole|damaged|broke (my|the)|scratched|cracked|dented|drilled a hole|hole in|stained)\b/ },
  // (Round 21, t21D: "Rubbish, honestly" opening the answer is the verdict too; rubbish left is told with a place or a verb.)
  // Round 16 (t16Y): "it was rubbish", "absolute rubbish" is the British verdict (as 垃圾 said of the service), not rubbish left.
  { category: 'mess', re: /\b(offcuts?|off cuts|all over (my|the) (carpet|floor|rug|sofa|bed|desk|table|hallway|hall|stairs|room|kitchen|house|flat|place)|mess|messy|dirty|dust|dusty|^rubbish(?= (everywhere|left|all over|on the|in the|lying|piled|still|and|from))|(?<!\b(was|is|were|are|s|absolute|total|utter|complete|pure|proper|bit|so|just|pretty|really) |^)rubbish(?! (service|company|provider|job|work|engineer|install))|debris|wrappers?|packaging|boxes everywhere|left [a-z ]{0,30} everywhere|footprints|muddy|left (a )?mess|did not clean|cables? everywhere|lying on the floor|mud|track(ed)? [a-z ]{0,20} in)\b/ },
  { category: 'quality', re: /\b(sloppy|shoddy|poor (work|quality|job)|badly done|crooked|uneven|cold|freezing|slow|unstable|leak(s|ing)?|noisy)\b/ },
  // Round 14 (t14G, dev13 first): the line working only in part (works in the living room but not in the bedroom, works in
  // the day, evenings it crawls, nowhere near the 500 meg I pay for), the engineer not knowing the job, a scolding, a red
  // packet asked for, a thing staff wanted sold to the customer, a call dropped mid-way.
  { category: 'quality', re: /\bworks? (fine |ok |okay )?in the [a-z ]{1,20}\bbut not in\b|\b(it|the (line|wifi|internet|connection|speed)) crawls\b|\bnowhere near\b[a-z ]{0,12}\b(\d+ ?(meg|megs|mbps|mb|m|gig|g)|the speed|what i pay)\b|\b(he|she|they|engineer|technician|installer|guy)\b[a-z ]{0,6}\b(was not knowing|were not knowing|did not know|does not know|had no idea) how to\b/ },
  { category: 'attitude', re: /\b(kept|keeps?|was|were) scolding\b|\bscolded (me|us|my)\b/ },
  { category: 'money', severe: true, re: /\b(asked|wanted|asking|wanting|demanded) (me )?(for )?(a )?(red (packet|envelope)|hongbao|hong bao)\b|\b(wanted|asked|told|made|tried to make|pushed) (me|us) to buy (his|her|their|a|an|the)\b/ },
  { category: 'not_fixed', severe: true, re: /\b(died|dropped|cut out|went (down|off|out)) (in the middle of|mid|during|halfway through) (my|a|the|our)\b/ },
];

const NEGATED_BEFORE = /((没|没有)(啥|什么)(可|好|能|值得)|(没|没有|从没|从来没|也没|都没)(人|谁)(跟|向|问|找|管|朝)(我|我们|俺|咱|咱们|我家)|没(看到|看见|发现|见到|遇到|觉得)(有)?(啥|什么|任何)?|(没|没有|无|毫无)(任何|一点|一丝|什么|啥)|差点|差一点|险些|不|没|没有|未|无|别|并不|从不|也不|都不|没什么|没啥|不怎么|不算|不太|not|no|never|n t) ?$/;

/** Before a grievance, a negation that negates nothing: an A-not-A question (算不算), a rhetorical "how not" (怎么没有, 哪能没有). */
// Round 21 (t21C): 个别, 特别, 分别, 区别 end in 别 but negate nothing (个别墙角收口有点糙: a few corners, not "don't").
const NOT_A_NEGATION = /([\u4e00-\u9fff])[不没]\1$|(怎么|咋|哪能|哪会|怎能|怎会)(会|能)?(没|不)(有)?$|(个|特|分|区|级|类|性)别$/;

// (Round 17, t17C2: the count said in exasperation, 这都第三回了, 都五次了: a repeat that has worn the customer out is no small matter.)
const INTENSE = /(?<!不)太|(这|已经)?都(第)?[三四五六七八九十几好多]+(回|次|趟|遍)了|特别|非常|根本|一点(都|也)|严重|要死|死了|极了|\b(way too|really|terribly|awfully|so)\b/;

// (Round 17, t17C2: 一下雨就倒灌, 一下雪就漏: 一……就 says 'whenever it rains', no 'a little'.)
// (Round 21, t21C: 一丢丢, 一丁点, 一咪咪: as small as 一点. Round 21, t21E: 说一下, 提一下, 反映一下 announce a matter, no "a little".)
// (Round 22, t22E: an adjective of the grievance with 点 after it, mid-answer, the pause gone from norm: 嗓门大点 人不坏, 说话冲点 但人实在: as
// small as 有点; not a time or a count, 九点, 大点钟, 晚点多, nor a wish said to the worker, 慢点骑, 大点声.)
// (Round 22, t22G: 等一下 / 停一下, "hold on", said before a grievance softens nothing: 满意 哎等一下 又断了.)
const DIMINISH_ZH = /(?<=[大多少急高低冲凶吵响晚乱脏贵冷凉硬])点儿?(?![钟多半整左零一二两三四五六七八九十\d骑开走说声来去])|一丢丢|丁点|一咪咪|差点意思|没太(听|明白|懂|看)|个(一两|两三|一|两|三)度|了点|几处|个别|有点|有一点|一点|稍微|稍|略|点儿?$|点，|些|一小(?!时)|会儿|(?<![说提讲反映等停])一下(?![午子雨雪])|几天|一两天|两三天|一两(次|回|个|下)|偶尔|十来分钟|几分钟|一开始|要是能|就更好|小问题|建议|小(瑕疵|毛病|缺点|地方)/;
// (Round 16, t16E2: bit late though, bit of mud: "a bit" said without its article is as small.)
const DIMINISH_EN = /\b(not so much|a bit|a little|slightly|somewhat|a tad|minor|small|some|a few|a touch)\b|(?<!\b(the|that|this|one|every|each|last|first|a|dog|cat|it|he|she|they) )\bbit (of|late|slow|messy|mucky|noisy|loud|rough|pricey|dear|expensive|untidy|rushed|short|abrupt|grumpy|off)\b/;

/**
 * Cues of a small reservation without a contrast word (稍微小了一点, 有一丢丢出入, 一个小问题,
 * 要是先打个电话就更好了, only gripe, just wish): what follows is a reservation, not praise.
 */
// Round 20 (t20S): 早就该这么办 said after the level: the remedy owned as right, only overdue (a reservation, late).
// (Round 21, t21F: 没有一点毛病 denies it: no cue.)
export const RESERVATION_CUE = /有时候|有时(?!间)|稍微|稍稍|略微|有点|(?<!没)有一点|一点点|一丢丢|一丁点|一咪咪|少少|小问题|小插曲|小毛病|小瑕疵|小缺点|美中不足|可惜|遗憾|除了|要是[^，]{0,14}就(更|好|完美|满分|[零一二两三四五六七八九十\d]+分)|如果[^，]{0,14}就(更|好|完美|满分|[零一二两三四五六七八九十\d]+分)|(非要|硬要|真要|要)挑(毛病|刺儿?)?(的话)|早(就)?(该|应该)(这么|这样)(办|弄|修|处理|解决|干)|鸡蛋里挑骨头|下(回|次)注意|\b(a bit|a little|a tad|slightly|only (gripe|complaint|issue|problem|thing)|just wish|wish (he|she|they|it|you)|would have been (nice|better)|apart from|except)\b/;

/** A level said as an overall verdict (总体满意, 基本满意, overall, mostly): what else is said is a reservation. */
export const OVERALL_LEVEL = /总体|整体|总的来说|总的说|大体|大致|基本上?|\b(overall|on the whole|all in all|mostly)\b/;

/**
 * Acceptance after a grievance (不过也能理解, 但也在我接受范围内, 没关系), or no harm done by it (不过地也没弄脏,
 * 好在也没耽误什么, 也没啥影响): the grievance is a reservation.
 */
export const ACCEPTANCE = /([\u4e00-\u9fff])\1就(行|好|没事|干了)|小事$|小事一桩|不计较|不打紧|无伤大雅|(能|可以|也能|还能)理解|理解(的|了)|接受范围|(能|可以|也能|还能)接受|没关系|不要紧|无所谓|不碍事|问题不大|情有可原|\b(understandable|i understand|no big deal|fair enough|it happens)\b|(不过|但是?|可|好在|还好|幸好)[^，]{0,4}(也|倒)?没(弄|搞|踩|碰|蹭)?(脏|乱|坏|花)|(也|倒)?没(啥|什么|太大)?(影响|耽误(什么|啥)?)(?![^，]{0,2}[吗么])/;

/**
 * Grievances that are never a small reservation, however lightly they are said beside a positive
 * answer: money, gifts or products asked of the customer by staff (000 第四十三条(一)(三)(四)) and a
 * hazard left in the home (000 第二十七条, 第三十条; 004 装维人员(十)). They always reach a person.
 * The interpreter applies this once, where it decides `reservation`; the engine trusts that flag.
 */
export const NEVER_SMALL: ReadonlySet<string> = new Set(['money', 'safety']);

/** Never a mere suggestion on a free-text step either: besides NEVER_SMALL, a bill in dispute and a fault still there. */
export const NEVER_A_SUGGESTION: ReadonlySet<string> = new Set([...NEVER_SMALL, 'billing', 'not_fixed']);

/**
 * What follows a "but" that is no grievance about the service: the customer about themselves or
 * the family (我也不太懂这些, 我老伴不在家, I'm not an expert, I forgot to ask) or "nothing else"
 * (除了这个没别的了, 美中不足嘛，没有).
 */
// (Round 17, t17V: the customer's own mood, 就是我今天心情不好, is no reservation about the service.)
// Round 22 (t22F): a fear told and then denied by its own verb (就是怕他们再收钱 没收, 就是担心会漏 也没漏, 怕弄脏 一点没弄脏): what
// was feared did not happen, no reservation (a worry left open, 就是担心冬天不够热, still is one).
export const NOT_A_RESERVATION = /(怕|担心|生怕)[^，。]{0,8}?(?<feared>[\u4e00-\u9fff])[^，。]{0,3}(没|没有|也没|都没|并没|果然没|倒没)\k<feared>|我(自己|也|自个儿)*(不太?懂|不会|不了解|不清楚|忘了|没(问|说清|注意|想到))|^(就是|只是|不过|但是)?(我|俺)(自己)?(今天|这两天|最近|这几天|这阵子)?(的)?心情(不好|不太好|差)|(也|就是|我)?说不(上来|清|出来)|不知道(怎么|咋|该怎么)说|老伴|家里人|我爱人|没(有)?(别的|其他|啥|什么)(问题|意见|毛病|要说|可说|了)?|没有$|\b(nothing (else|more)|(i m|i am) not an? \w+|i (forgot|do not know|did not ask))\b/;

/** A true contrast opening a reservation (就是, 不过, 唯一, but), not a wish for next time (下次, 希望). */
export const RESERVATION_CONTRAST = /^(但是|但|不过|可是|就是|只是|只不过|唯一|美中不足|不足的是|可惜|除了|\b(but|though|although|except|only thing|just that|apart from)\b)/;

/**
 * A rhetorical question, said as a reproach rather than asked: "whom am I to turn to", "what are
 * you for", "by what right", "is this what you call fixed", "weren't you supposed to…", "who
 * would dare". A grievance said with one is a statement (dissatisfied), not a question back.
 * (Round 12: the level asked back first, 能满意吗 师傅一进门就要另外收钱, 这能满意吗，来了三趟.)
 */
// (Round 14, t14G: 谁让你们开的 of a service put on the bill unasked, 这是什么道理, 这算什么处理: a reproach, not asked.)
// (Round 17, t17F2: 你们到底管不管 said as a challenge: a reproach, not asked.)
// (How could I not be satisfied, he only broke my lamp: the praise asked back, then the harm told; alone it stays no answer.)
// (Round 20, t20G: a harm asked as "what then", 老人走路绊着怎么办, is a reproach beside the hazard, not a question.)
// (Round 21, t21C: who knows if he turns up today, whatever hour you say he won't come at it — 谁知道他今天来不来, 你们说几点来也不会
// 几点来: the appointments reproached, not asked.)
// (Round 23, t23F: 这叫什么效率, 这算什么态度: the speed or the manner reproached; 那你说我能满意吗, 你觉得我会满意吗: the level asked back
// as a reproach, dissatisfied; 004 第五十二条, every dissatisfied customer reaches a person.)
// Round 23 (t23A): a difference asked back about a repair (修了跟没修有啥区别吗) and the quality or service named as what this is
// (这叫质量？, 这就叫服务？), nothing left to say before it (还能说啥 说多了人家还嫌你事儿多), the caller asked why they ask (你们自己不知道解决没解决吗 还跑来
// 问我): reproaches, said beside the grievance; a plain 有区别吗 about two packages is no grievance (no comp).
// Round 24 (t24A): also 这算怎么回事 / 这叫什么事 (a charge or a visit reproached), 我要会查还用问你吗 (the brush-off thrown back), and
// 你说我还敢说啥 (silenced after complaining): said as reproaches beside a grievance, not asked.
export const RHETORICAL = /(还|又|还要|还得)(跑来|跑过来|打电话来|打来|来)(问|找)(我|俺)|(你|您)们?(自己|自个儿?)(还|都)?不知道[^，]{0,8}(吗|么)|(还|我还|又|我又)能(说|讲)(啥|什么)(呢|呀|啊)?(?=.)|(有|能有)(啥|什么|多大)(区别|两样|不同)(吗|么|呢)?$|(这|这也|这就|这都)(叫|算)(质量|服务|售后|设计|手艺|态度|效率)(吗|么|啊|呀)?$|谁知道(他|她|他们|师傅|你们|那师傅|你们那师傅)[^，]{0,6}(来不来|几点来|会不会来|能不能来|啥时候来|什么时候来)|说(好)?(几点|什么时候|啥时候|哪天|几号)来[^，]{0,4}(也|都)?(不会|不|没)|(的时候|之前|以前)没[^，]{1,3}(吗|么)$|(你们|你|物业|公司)(到底|究竟|还)管不管(了)?(啊|呀)?$|^(你说)?(这|这样|这种|就这)?(还|又)?(能|会)满意(吗|么)(?=[，,\s]*[\u4e00-\u9fff])|找谁去|(绊|摔|烫|电|砸|碰|伤|冻)(着|到|坏|伤)(了)?(人|老人|孩子|小孩)?(可)?怎么办(啊|呀)?$|(强|好|暖和|热|快)不了多少|^(解决|修好|修|好|热|通|满意|推荐|处理|调查)了?(啥|什么|个啥)(呀|啊|呢)?(?!吗|了(?:吗|么|呢)?$)|(啥|什么)(也|都)不(会|懂|说|管|干)|这(还)?能(叫)?[^，]{0,6}(吗|么)?$|那(个)?(鬼|熊|破)样|谁(给|帮|来)?(我|俺|咱)?(们)?(解决|修|管|处理|回访|联系|通知)(了|过)|谁(跟|和|同|给|向)(我|我们|俺)(说|讲|提|打招呼|交代)(过|了)|谁(告诉|通知)(过)?(我|我们|俺)|不(该|应该)[^，]{0,8}(吗|么)$|你说(我|这)[^，]{0,4}(?<an>[\u4e00-\u9fff])不\k<an>|我(还|又|能|该)?找谁|归谁管|要你们(干|有|做)(啥|什么|嘛|何用)|凭(啥|什么)|这(也|都)?(叫|算)(解决|修好|处理|服务|维修|修)|(你们|他们|不)是[^，]{0,10}吗|我能不[^，]{0,4}吗|能不[^，]{0,4}吗|谁敢|谁受得了|像话吗|是不是觉得|还有(没有)?(王法|天理)|怎么(能|可以)这样|(合理|合适|说得过去)(吗|么)|你说(我|这|它)?[^，]{0,4}(满意|解决|修好|热|好|通|正常|暖和)(了)?(吗|么|没有|没)$|这(就|也|都)(叫|算)[^，]{0,2}(解决|修好|处理|服务|维修|修|热|暖和)|能(好|热|通|修好|解决)(吗|么)$|(你们)?(还)?有(服务|售后)(吗|么|呢)|心里没(点)?数(吗|么)?$|谁(让|叫)你们[^，]{0,4}(开|办|订|扣|改|加)的|(这是|这叫|这算)(什么|啥)(道理|处理|解决|服务|效率|速度|态度|办事)|(你说|你讲|你看|你觉得|你想想)(我|俺)(还|又)?(能|会|该|怎么|咋)满意(吗|么|呢|得了)?|这(也|都)?(算|叫)(个|是)?(怎么|咋)(一)?回事|这(也|都)?(算|叫)(个)?(什么|啥)事(儿)?|(我|俺)(要|要是)(会|能|懂|知道)[^，]{1,6}还(用|要|得)(得着)?(问|找|求)(你|你们|他|他们)|(我|俺)(还|又)?敢(说|提|讲|投诉|反映|吭声|吱声)(啥|什么)|\bwhy (did|do|should|would|must) i (have to|need to)\b|\bhow would you (feel|like it)\b|\bwho (would|could) (dare|want|live)\b|\bhow (can|could|dare) (you|they|he|she)\b|^how (could|can) i not be (satisfied|happy|pleased)\b.{3,}/;

/**
 * Irony the locale parsers do not name: a score "of" a disappointment (一百分的失望, 五星级的拖工期),
 * praise whose result is a grievance (好到现在灯都不亮了), sarcastic praise of a person (真是个人才,
 * 你们说的都对, 跟大爷一样), praise whose degree is a grievance (满意得我都想换运营商了, 快得我都忘了自己投诉过),
 * a wait measured in grandchildren (孙子都会打酱油了), a recommendation
 * to an enemy, and their English relatives (ten out of ten for…, great job… on the floor, I just love…).
 * Round 19 (t19C): the fault told and then called the state asked about (隔十分钟断一回也叫能用, 半截凉也算热了): a reproach.
 * Round 12 (dev11, t12R): the verb turned on the customer (解决了，把我给解决了), a deadline asked back (按哪年的期),
 * a cold home's or a leak's or a hazard's "benefit" (连冰箱都省了, 屋里还能看瀑布, 电线当跳绳).
 */
// Round 21 (t21C): more sarcastic praise — 可真会做生意 (of a price), a name changed to charge on (换了个名目接着扣), a banner
// offered for neglect (送面锦旗 上头写不管不问), heating or cooling (这是暖气还是冷气), repairs as long as the stay (住进来三个月 修了三个月).
// Round 22 (t22D): a full mark given to the annoyance (满分气人, 一百分的闹心 without its 的: 满分失望).
// Round 22 (t22D): praise so great it makes the customer complain anew (好得我又得重新投诉, 好得我都想重新报修): 重新投诉 and 重新报修
// join 再投诉 there.
// Round 24 (t24A): what was "solved" is the customer's patience or trust (解决了我的耐心, 处理掉了我的信心): the fault left, said as a pun.
export const IRONY_EXTRA = /(住|用|搬)[^，]{0,4}(?<dur>[半一两二三四五六七八九十几]+个?多?(月|年|礼拜|星期))[^，]{0,2}(就)?修了\k<dur>|(真|可真|真是|太|可太)会做生意|换(了)?(个|一个)?(名目|名头|名义|说法|花样)[^，]{0,4}(接着|继续|照样|又|还)|锦旗[^，]{0,6}(上头|上面|上边)?写[^，]{0,4}(不管不问|不闻不问|拖拖拉拉|敷衍|糊弄)|(是|这是)(暖气|热气|暖风|供暖)还是(冷气|凉气|冷风|制冷|冰箱)|(?<=[\u4e00-\u9fff]{2})(也|都)(叫|算)(能用|好用|好了|修好(了)?|正常|解决(了)?|通(了)?|热(了)?|暖和(了)?)(啊|呀|吗|么)?$|^(得了吧|得了得了)|(说|提)都懒得(说|提)|(这辈子|以后)?(别|不想|不要)再见了|(效率|速度|动作)(可|真|是真|也真|可真|也太)(高|快)(啊|呀)?[^，]{0,4}(一|两|三|几|半|好几)+个?(多)?(月|礼拜|星期)了|(可真是|真是|可真)为人民服务|把我(给)?(解决|处理|打发|收拾)了|(解决|处理|搞定|修好|消灭)(了|掉了|光了)?(我|俺)(的)?(耐心|脾气|信心|信任|期望|希望|念想|好心情|最后一点)|把(我|俺)(的)?(耐心|信心|信任|希望|念想|好心情)(都|也|全)?(给)?(解决|处理|磨|耗|整)(没|光|完)(了)?|按哪(一)?(年|个月|辈子)的|(推荐|介绍)[^，]{0,4}(仇人|敌人|冤家)|连(冰箱|冰柜|空调)都省了|(看|赏)瀑布|水帘洞|电线当(跳绳|晾衣绳)|(也|还)好意思问|做梦去吧|想得美|(满意|好|快|棒|周到|及时|专业|负责|高效|热情)(得|到)[^，]{0,3}我[^，]{0,2}(都|还|就)?[^，]{0,2}(想换|要换|换运营商|忘了|再投诉|重新投诉|重新报修|还得再|想哭|想骂|崩溃|绝望|无语|想退|想销户|要销户|销户|退网|转网|拆机)|(要是|换)(我|你|您)是?(我|你|您)?[^，]{0,4}(你|您)?(能|会)?满意(吗|么)|(好|快|热|棒|专业|高效|及时|周到|结实|安全)得?到[^，]{0,4}(自己|都)[^，]{0,4}(掉|坏|漏|裂|塌|断)|(多|可|太)有本事|太有(创意|想法)了|让他(下回|下次)再|(正常|修好|好用|能用|按期|安全|热乎)个(啥|什么|屁|鬼|锤子|头)|(?<verb>处理|解决|修|弄|管)得?[^，]{0,3}(好|不错)[^，]{0,4}(就是|只是|但是)?没(有)?\k<verb>|(满分|十分|一百分|百分|五星级?|[一二两三四五六七八九十\d]+(分|星))的[^，]{0,2}(失望|糟心|气人|拖|坑|折磨|烂|差|垃圾|失败|闹心|窝火|添堵|敷衍|糊弄|无语|离谱|不靠谱)|(满分|一百分)(?![^，]{0,2}不)[^，]{0,2}(失望|糟心|气人|折磨|闹心|窝火|添堵|离谱)|(失望|糟心|气人|折磨|闹心|窝火|添堵|敷衍|糊弄|无语|离谱|不靠谱)的(满分|十分|一百分|五星|[一二两三四五六七八九十\d]+(分|星))|好到现在|好到[^，]{0,4}(想|要)|(真|可真|真是)(是)?(个)?人才|说的都对|你们说了算|(跟|像)(个)?大爷(一样|似的)|大爷似的|最讨厌的|按的是[^，]{0,4}(明年|后年|下辈子)|解决得[^，]{0,3}(彻底|干净)(了|啊|呀)*(?=[^，]{2})|解决没了|比谁都(快|积极|勤)|(孙子|孩子|头发|胡子)都(会|白|长|上)|(你们|他们)(处理|解决|修|管|弄)了(个)?(啥|什么)(呀|啊)(?!吗)|这(也|都)?(叫|算)(热|暖和|正常|按期|干净|安全|通)(了)?(啊|呀|吗)?$|按的(是)?哪(一|个)?(年|个)?(的)?期|按的是(你们|他们)(自己)?的期|^(?<sb>正常|热|暖和|通|安全|干净|按期)(了)?(吗|么)?[^，]{2,30}你说\k<sb>(了)?不\k<sb>(了)?(啊|呀)?$|(真是|真|可)(是)?(非常快非常好|又快又好|快|及时|高效|神速)[，]?(这都|都|已经)?(半|一|两|三|几)个?多?(月|礼拜|星期)了$|\b(ten out of ten|10 out of 10|five stars?) for\b|\b(great|brilliant|wonderful|fantastic|lovely|amazing) job\b[^.]{0,50}\b(floor|everywhere|hallway|outside|never|again|still)\b|\bi just love\b|\boh sure\b|\b(absolutely|so|just|really) thrilled that\b/;

/**
 * Praise said with an impossible degree (太满意了, 可太好了, 好得很, 当然满意, 可好了, 飞快): when it
 * opens an answer and what follows is a plain statement with no praise in it (满意 太满意了 装个宽带
 * 请了我三天假; 好得很 好到我现在用手机流量跟你说话), the praise is a reproach (pipeline.ts
 * `ironicPraise`). Chinese; the praise words are the service's own (satisfied, good, fast, warm…).
 */
// Round 24 (t24A): also the state asked after said emphatically (可正常了, 正常得很, 稳定得很, 通得很): sarcasm when a fault follows.
const PRAISED = '(满意|好|棒|快|及时|专业|周到|热|暖和|热乎|巴适|安逸|舒服|给力|靠谱|负责|厉害|省心|利索|干净|准时|高效|感动|能用|有效率|正常|稳定|稳当)';
export const EMPHATIC_PRAISE = new RegExp(`(可|真是|真|实在|那可|那真是)?太${PRAISED}了|${PRAISED}得(很|不得了|要命|没边)|当然(满意|好|能用|热|解决了|行)|可${PRAISED}了|飞快|神速`, 'g');

/**
 * A grumble about the worker's zeal or scruples (磨叽, 犟, 真不要命, 咋回事, 真是的) and, beside it, what they did for the
 * customer (还教我改密码, 非得挨个屋测网速, 帮我把垃圾带下楼, 留他吃饭死活不吃, 我都过意不去): praise said as a complaint.
 */
export const MOCK_GRUMBLE = /磨叽|磨蹭|墨迹|啰嗦|罗嗦|唠叨|犟|较真|死心眼|烦人|不要命|咋回事|怎么回事|真是的|多管闲事|闲不住/;
/**
 * Round 17 (t17C): a reproach word said in mock (师傅太不像话了 给他倒水不喝 给他烟也不要 … 挺满意): read as a grumble only when kind
 * acts follow it and a good level is said after it too (pipeline mockGrumble), since 不像话 alone is a real reproach.
 */
export const MOCK_REPROACH = /不像话|太过分了/;
/**
 * Round 24 (t24A): the job done faster than the customer could play host (手脚快得我茶还没泡好, 利索得我水都没烧开他就走了, 麻利得烟还没
 * 递上): the speed told as outpacing the tea, water or cigarette offered, praise; after a mock reproach (这师傅太不像话了 …) it makes the
 * reproach a grumble (pipeline mockGrumble), and it is one of the kind acts.
 */
export const OUTPACED_HOSPITALITY = /(快|利索|麻利|利落|麻溜|勤快)得[^，]{0,6}(茶|水|烟|饭|瓜子|水果)[^，]{0,3}(还没|都没|也没|没来得及|来不及)(泡|倒|沏|烧|递|端|拿|做|上|切)/;
export const KIND_ACTS = new RegExp(`${OUTPACED_HOSPITALITY.source}|(还|又|都|非得|非要|硬是|主动|挨个|专门)[^，]{0,4}(帮|替|教|给我|测|擦|收拾|打扫|带走|带下|画|检查|汇报)|(倒水|递水|给烟|递烟|给钱|红包|留他吃饭|请他吃饭|留他)[^，]{0,4}(不喝|不要|不抽|不收|不吃)|(水|饭|烟)都不(喝|吃|抽|要)|死活不(吃|喝|要|收)|过意不去|(咋|怎么)谢`, 'g');

/** What follows emphatic praise that is still praise or goodwill (下次还找你们, 谢谢, 推荐给朋友; round 13: the effort and
 * scruples told, 大冷天跑上跑下的 水都不喝一口, 一分钱没要). */
// Round 21 (t21F): a warm reading after warm praise (热得很 得有二十七八度), and another firm said to be far worse (太满意了 比上回那家强太多),
// confirm it: no irony.
export const BENIGN_AFTER_PRAISE = /(还|又|也|都|主动)(帮|替|教)(我|咱|俺)|跑上跑下|跑前跑后|楼上楼下|大冷天|大热天|大晚上|大半夜|大老远|(冒|顶|下)着(雨|雪|风)|(水|饭|烟)都(不|没)(喝|吃|抽|要)|一口水|一分钱?(都|也)?(没|不)(要|收|拿)|(找|查|排查|检查)(出)?(原因|问题|毛病|故障|线路)|不(嫌|怕)(麻烦|累|脏)|锦旗|表扬|点赞|好评|给我(修|调|擦|收拾|打扫)|(还|再|都)(找|用|选)(你们|他)|推荐|介绍给|谢谢|感谢|辛苦|多亏|幸亏|终于|半袖|短袖|出汗|冒汗|背心|比[^，]{1,10}(强|好|快|专业|靠谱|负责|细致|利索)(太多|多了|得多|不少|很多|一大截|百倍|一百倍)|(?:[二三]十|[23]\d)[一二三四五六七八九]{0,2}(?:来|多)?度|(秋衣|毛衣|棉袄|外套|棉衣|羽绒服)[^，]{0,3}脱/;

/**
 * A vague shortfall (有些地方还不到位, some things could be better): a reservation beside a good
 * score, but beside a middling or no level it is the hedge itself, no complaint.
 */
export const VAGUE_SHORTFALL = /(有些|有的|个别|部分|一些)(地方|服务|细节|方面)?[^，]{0,3}(不(太|够)?|没(有)?|还没)到位|\bsome things could be better\b/;

/**
 * Words about the weather or the customer's own health, not the service (大冷天的跑过来, 耳朵不好, 我眼神不好 孙子给我念的),
 * the customer's own apology for a wasted trip (让师傅白跑一趟); the urge to curse as the degree of a bodily or weather state
 * (热得我都想骂人了: how hot, no one scolded; 气得想骂人 names no state and stays);
 * the order recalled by its fault, once the customer places the call (哦对，是暖气片漏水那个: which report, no grievance now);
 * time or trips spent for the customer (跟我讲了半天, 给我弄了半天 还教我, 为我这事跑了好几趟 真是辛苦他了): effort, no delay
 * and no repeat visit, unless what follows says it came to nothing (弄了半天也没弄好).
 */
// Round 15 (t15P): the company's people said to have done the job within a short while (你们半天就修好了, 你们一上午就弄完了, 你们当天就
// 来了), as against another operator or a past time: speed praised, no delay (等了半天才修好 keeps its delay; 人家半天就修好了, another's
// speed, and 师傅二十分钟就弄好了 said with a mock grumble are left to the rules that read them).
// Round 17 (t17C): a past fault told with the quick answer to it (上回水管漏了 半夜打电话半小时就到): a story of good service, no
// grievance or unreachable line. The customer's own harsh words, owned (我之前骂过你们客服, 我还凶过师傅): the customer's conduct, no complaint about
// the staff's (000 第四十三条 is about the staff's); and the worker's hands frozen at the job (师傅在楼顶弄了一个钟头 手都冻紫了): the
// effort praised, as 冻得通红 already is.
// Round 20 (t20S): the weather turning cold (就是今天降温了) and the cold met outdoors (出门都冻手): the weather, not the heating.
// Round 23 (t23F): the matter asked about, named back to make sure of the question (你说暖气不热那个事啊 是 解决了; 您问的是网速慢那个
//问题吧): the complaint the call is about, no new grievance (still there, 还是不热, is read by the words that say so).
// (Round 23, t23C: the worker's pains told after his trips, 大冷天的跑了两趟 也没喝口水 / 也没收钱: praise, as the trips alone are;
// 跑了两趟也没修好 stays the grievance.)
// (Round 23, t23C: not when outdoors is what the home is compared with, 跟外头差不多 冻手: that is the heating's cold, quality.)
export const NOT_ABOUT_SERVICE = /(?:上回|上次|那回|有一回|有一次|去年|之前)[^，。]{0,8}?(?:漏|坏|断|不热|停|堵)(?:了)?[，,\s]?(?=[^。]{0,10}?(?:半|一|两|几|[十二三四五]+)个?多?(?:小时|钟头|分钟|会儿)(?:就|便)(?:到|来|修好|弄好|过来|上门))|(?:半夜|大半夜|晚上|凌晨)?(?:打|打了|打个)(?:个)?电话[^，。]{0,4}?(?:半|一|两|几|[十二三四五]+)个?多?(?:小时|钟头|分钟)(?:就|便)(?:到|来|上门|过来)(?:了)?|(?<![他她们傅])(?:我|俺)(?:之前|以前|当时|那会儿?|上回|上次|也|还|都|确实)*(?:骂|凶|吼|训|怼|数落)(?:过|了)(?:你们|您们|他们?|她|客服|师傅|人家|小伙子|接线员)(?:的)?(?:客服|师傅|接线员)?|(?<=(?:师傅|工人|他们|人家|小伙子?)[^。]{0,20})(?:手|脸|耳朵|脚)(?:都|也)?冻(?:得)?(?:紫|红|僵|裂|通红|发紫|青)(?:了)?|(?<=(?:热|冷|累|困|疼|痛|饿|晒|闷)得)(?:我|俺)?(?:都|直|快)?(?:想|要)骂(?:人|娘|街)(?:了)?|(?:让|害|害得|害人家)(?:师傅|人家|你们|他|他们|小伙子)(?:白跑|白来|多跑)(?:了)?(?:一趟|一回)?|(?:(?:给|跟|帮|为|替)(?:我|咱|俺|我们)(?:这事|这个事|的事)?|大冷天的?|大热天的?|大老远的?|冒着雨)[^，]{0,3}(?:讲|说|解释|弄|调|教|忙|试|演示|折腾|跑|修|装)了?(?:老|好)?(?:半天|一上午|一下午|好几趟|好几回|[两三四几]趟)(?![^，]{0,4}(?:也|都|还|才)?(?:没|不|白)(?!喝|吃|歇|休息|坐|收|要|抱怨|喊))|(?<=得)吓人|找不(着|到)(那个)?(键|按键|按钮|数字)|(我)?还以为[^，]{0,12}(了)?呢|耳朵背|耳背|耳聋|(?:今天|今儿|这两天|明天|又|突然)(?:大)?降温(?:了)?|(?:出门|出去|在外头|在外面|(?<![跟和像比同])外头|(?<![跟和像比同])外面)[^，]{0,3}(?:都|也)?冻(?:手|脚|脸|耳朵)|报的是[^，]{0,10}|是[^，第次回]{1,10}报的修|因为[^，第次回]{1,10}报的?修|(字|打字)(打)?得?(慢|不快)|(我|俺)(正)?在[^，]{1,6}排队|大冷天|大热天|(这么|那么|大)?冷的天|冷天|天(气|儿)?(真|好|太|很|挺|可)?冷|耳朵不好|眼睛不好|身体不好|腿脚不好|记性不好|(耳朵|眼睛|眼神|腿脚|腿|身体|记性|脑子)(也)?(不太|不大|不怎么|不)?(好使|灵|中用|行|好)(了)?(?=$|，|[我俺孙儿闺女老冬今去字打看冷])|(太|这么|都这么)晚了?(?=[，]?(明天|改天|下次|回头|别|不))|都几点了|(?<=(?:^|[，。\s])(?:哦|噢|喔|嗯|啊)?(?:对|对对|是|想起来了)?[，\s]?)是[^，。\s我你他她咱俺]{1,10}?(?:那个|那次|那回)(?:事|单)?(?:吧|啊|呀)?|(?:我)?(?:想|琢磨|寻思|考虑)了?(?:老|好)?半天|(?:闹|搞|弄)了?半天(?=是|原来|才知道)|(?:我)?(?:还|本来|原来|都)?(?:以为|寻思|想着)(?:要|得|会|又得|还得)[^，]{0,10}(?=.{0,4}(?:结果|没想到|谁知|哪知|人家))|(?<=(?:师傅|工人|他们|人家|小伙子?)[^，]{0,10})(?:手)?冻得(?:够呛|通红|发紫|不行|直哆嗦)?|(?:今年|今冬|这冬天|这个冬天)(?:天)?(?:太|真|可|特别|贼|忒)?冷(?:了)?(?=.{0,6}(?:外头|外面|零下|气温|没法子|没办法))|(?:外头|外面)零下[^，]{0,6}度|(?:乱成一团|乱七八糟|乱糟糟)的?(?:线|网线|电线)?[^，]{0,3}(?:捋顺|理顺|整理|收拾|归置)|把[^，]{0,6}(?:旧|换下来的|拆下来的)[^，]{0,6}?(?:拆|卸)(?:了|下来)?(?:给|也|都)?(?:我)?(?:带走|拿走|收走|捎走)(?:了)?|(?:理由|借口|毛病|缺点|不足|茬)(?:都|也)?(?:找不|挑不)(?:着|到|出)(?:来)?|(?<=(?:你们|您们)(?:那|的人|师傅)?(?:可|倒|真)?)(?:半天|一天|当天|一上午|一下午|一晚上|一个?(?:多)?(?:小时|钟头)|[两几二三]个?(?:多)?(?:小时|钟头)|[十二三四五几]+分钟)(?:就|便|都)(?:给|全|都)?(?:(?:弄|修|装|搞|处理|解决|办|整|接|调|通)(?:好|完|通|妥|定)|搞定|来了|到了)(?:了)?|(?<=(?:你|您)(?:是)?(?:说|问)(?:的)?(?:是)?)[^，。\s]{1,10}?(?:那个|那件|这个)?(?:事儿?|问题)(?:啊|呀|吧|是吧|吗|(?=$|[，。\s]))|\bcold (day|weather|outside)\b/g;

/**
 * Round 11: cleaning done for the customer, told as praise (师傅走之前还把地给拖了, 又是鞋套又是擦地, 把垃圾也带走了):
 * the words of mess (拖, 地, 垃圾) under a kind act, unnegated (没把地拖干净, 地也没拖 stay mess). Read as 打扫 (000 第三十八条
 * asks for the site cleaned: this is the rule kept, not broken). Not a wish or a request (下回把垃圾带走吧, 要是能把地拖一下).
 * Length-preserving, so positions stay.
 */
// (Round 16, t16G2: 帮我带下楼 too, the help said with 帮.)
export const CLEANED_ZH = /(?<!(没|不|别|忘|没有|忘了|也没|都没)[^，]{0,3}|(要是|如果|最好|希望|下回|下次|以后|记得|应该|麻烦|能不能|得)[^，]{0,10})(?:(?:把|给我把)?(?:地|地板|地面|地上|屋子|屋里|桌子|台面|卫生间|厨房|垃圾|灰|碎屑|线头|包装|纸箱子|纸箱|纸壳子|箱子|鞋套)(?:的水|的灰|的土)?(?:也|都|给我|给|帮我|帮|又|还|全|顺手|顺便)*(?:拖|擦|扫|收拾|打扫|清理|清走|清掉|带走|拿走|收走|带下去|带下楼|拿下去|拿下楼|捎下去|捎下楼|带出去|扔掉|吸)|(?:拖|擦|扫)(?:了|完)?(?:地|地板))(?:了|得|干净|好|一遍|一下|干干净净|很干净|挺干净)*(?!吧|呗|就好|就行|多好|才好|着)/g;
export const asCleaned = (m: string) => '打扫' + '　'.repeat(Math.max(0, m.length - 2));

// Round 22 (t22F): also the customer's own fear said with 我 or 就是, of what may come (我就是怕他们再收钱 没收, 俺老怕又漏, 就是怕会
// 坏): what is feared has not happened. (怕冷 is feeling the cold; 我怕他 说话太凶, with no 再/又/会/要, is fear of a person: kept.)
/** A fear or a wait-and-see before a fault (就怕, 担心, 万一, 不知道能, 看后面几天): what follows has not happened. */
// Round 21 (t21B): also a fear had beforehand and not met (本来怕打孔弄脏 结果啥都没留下, 原本担心会漏): no grievance.
/** Round 23 (t23D): the customer the one arriving late in the day (我那会儿才到家, 我加班 八点多才到家): only time words and the customer's
 * own day (加班, 下班) between 我 and 才. */
const SELF_BEFORE_ARRIVAL_ZH = /(?<![让等叫害给帮替跟找])(我|俺)(们)?(那会儿?|那时候?|那时|晚上|今天|明天|下午|上午|中午|傍晚|每天|一般|平时|得|要|可能|估计|大概|也|都|一般都|[零一二两三四五六七八九十\d]|点|半|钟|多|以后|之后|左右|加班|下班|值班|出差|忙完|忙到)+$/;
/** Round 23 (t23D): a day still to come just before the arrival (他明天下午才过来, 后天才上门, 下周才来). */
const FUTURE_BEFORE_ARRIVAL_ZH = /(明天|明儿|明个|后天|后儿|下周|下礼拜|下星期|过两天|过几天|明早|明晚)[^，。]{0,6}$/;
/** Round 23 (t23D): a visit put off against what was agreed or already waited for (说好今天来, 本来约的今天, 又改到, 拖到, 等了). */
const VISIT_PUT_OFF_ZH = /说好|约好|讲好|本来|原本|原来说|约的|预约|应该|改到|改成|推到|拖到|又(说|改|推|拖)|等了|等到|一直/;
const FEARED_BEFORE = /((本来|原本|原来|起初|一开始)(还|挺|有点|就)?怕|((我|俺)(就是|就|只是|也|还|一直|老是?|总是?)?|就是|只是)怕(?!冷|凉|热|吵|黑)[^，。]{0,3}(再|又|会|要)|就怕|只怕|担心|生怕|万一|不知道能|看(看)?(后面|以后|之后|过几天|这几天|接下来))[^，。]{0,6}$/;
const FEARED_CLAUSE = /((本来|原本|原来|起初|一开始)(还|挺|有点|就)?怕|((我|俺)(就是|就|只是|也|还|一直|老是?|总是?)?|就是|只是)怕(?!冷|凉|热|吵|黑)[^，。]{0,3}(再|又|会|要)|就怕|只怕|担心|生怕|万一|不知道能|看(看)?(后面|以后|之后|过几天|这几天|接下来))[^，。]*/g;

/**
 * Time or trips spent for the customer told as the worker's effort (为我这事跑了好几趟 真是辛苦他了, 大冷天的跑了两趟,
 * 挺耐心的 跟我讲了半天, 给我弄了半天 还教我……; round 11: 太负责了 楼上楼下跑了好几趟找原因, 来了三回 也不嫌麻烦):
 * praise of the effort, no delay and no repeat visit (round 13, t13P3: the hardship it was done in, 三九天的 干了一下午 一口水都不肯喝). Only when the
 * words themselves name no wait or delay (迟到, 等, 拖, 才, 又).
 */
const EFFORT_ZH = /辛苦|(?<![我俺][^，]{0,2})(挺|真|真是|也|太|蛮|怪|可)不容易|三九天|数九寒天|大雪天|下雪天|下雨天|寒冬腊月|(?<![不没])(一口)?(水|饭)都(不|没)(肯|舍得)?(喝|吃)|跑上跑下|跑前跑后|楼上楼下|为(了)?(我|我们|俺)(家)?(的)?(这|这个|那)?(事|点事)|大冷天|大热天|大晚上|大半夜|大老远|冒着(雨|雪|风)|顶着(雨|雪|风)|耐心|不厌其烦|(还|又)(教|帮)(我|俺)|(?<![不没])(负责|认真|上心|用心|尽心|敬业|踏实|实在)|不(嫌|怕)(麻烦|累|脏)|(找|查|排查|检查)(出)?(原因|问题|毛病|故障|线路)/;
/** (Only beside praise or a good level, and with no "but": 真是辛苦你们了 装个宽带跑了四趟 is a reproach.) */
const EFFORT_PRAISED = /(?<![不没])满意|(太|真|挺|可)实在|一分钱(都|也)?没要|挺好|可好|很好|真好|不错|棒|耐心|谢谢|感谢/;
const EFFORT_BUT = /可是|但是|不过|(?<!^)就是(?!我)|可惜|只是/;
const EFFORT_SPENT = /^(?=.*(趟|回|次|遍|半天|小时|钟头|上午|下午))(?:(?!迟|晚|等|拖|耽误|才|又|催|约|没|不).)*$/;

/**
 * Round 12 (t12C): a grievance conceded absent before the one that is meant (要钱倒是没有 就是说话带脏字, 要钱倒没有，就是那个
 * 监理天天迟到早退): the conceded words name no grievance. Length-preserving, so positions stay.
 */
const CONCEDED_NONE_ZH = /[\u4e00-\u9fff]{1,4}(倒是?|倒也|是)(也)?没(有)?(?=[，\s]?(就是|只是|不过|但是?|可是))/g;

/**
 * Round 13 (t13C2): money offered by the customer and declined by staff, or the asking denied in an echoed question: 我说请他们吃顿饭 人家
 * 死活不去, 红包是我自己硬塞的 人家没收, 我还以为要收钱 人家说保修期内不收, 要钱？没有.
 */
// (Round 15, t15P: the customer asked whether it costs and was told no, 问了下要不要钱 说保修期里不要; the charge the customer
// expected not made, 果然没收, 最后也没要; nobody asked the customer for money, 没跟我要钱, 也没乱收钱: no money asked.)
// (Round 17, t17C: the worker advising against a spend, 人家说不用换 别花冤枉钱: money saved, no charge.)
/** Round 23 (t23D): the whether-or-not followed by not knowing (热不热我真不知道, 好没好我也说不上来); 了 or 的 may close the A-not-A first. */
const NOT_KNOWN_AFTER_ZH = /^[了的]?(啊|呀)?(我|俺|咱)?(这|现在|目前|暂时)?(也|真|是|还|都|实在|可|就)*(不知道|不晓得|不清楚|搞不清|说不好|说不准|说不上来|没数)/;
// Round 23 (t23A): not the caller asked back whether they don't know it themselves (你们自个儿不知道修没修好吗): a retort, the fault kept.
const NOT_KNOWN_WHETHER_ZH = /((?<!(?:你|您)们?(?:自己|自个儿?)?(?:还|都|就)?)不知道|不晓得|哪个晓得|谁晓得|谁知道|哪知道|天知道|不清楚|搞不清|说不好|说不准)[^，。]{0,8}$/;
export const RECEIPTED_OWN_ASK_ZH = /(开了|开|给了|给我开了|有)(个|张)?(收据|发票|小票|票据|单子)[^。]{0,12}?(是)?(我|俺)(自己|主动)?(要|让|叫|提出)(加|装|换|买|拉)?(的)|(是)?(我|俺)(自己|主动)(要|让|叫|提出)(加|装|换|买|拉)?(的)[^。]{0,12}?(开了|开|给了|给我开了|有)(个|张)?(收据|发票|小票|票据)/;
const MONEY_DECLINED_ZH = /(?:人家|他|他们|师傅|小伙子|工人)?(?:说|让我|叫我|劝我)[^，。]{0,8}?(?:别|不要|不用|没必要|用不着)(?:再)?(?:花|掏|浪费)(?:这个|那个|这|那)?(?:冤枉钱|钱)|(要不要|收不收|要没要|收没收|用不用)(交|付|掏|给)?(钱|费|手续费)?[^，]{0,16}(不(收|要)(?!现金|卡)|免费|没(收|要))(?![^，]{0,2}[吗么])|(果然|确实|真的?|最后|结果|到底)(也|就|都)?(没|不)(收|要)(?!现金|卡|零钱|微信|支付宝|完)|(没|没有|也没|都没|从没)(跟|向|问|找|朝|管)(我|我们|俺|咱|我家)[^，]{0,3}(要|收|拿)|(没|没有|也没|都没|从没|不)(乱|多|另外|额外|私自|瞎)(收|要)|(死活|坚决|硬是|说什么也|怎么也|愣是)(都)?(不|没)(要|收|肯|去|吃|拿|喝)|(人家|他|他们|师傅|工人)(都|也)?(没|不)(收|要|拿)(?!现金|卡|零钱|微信|支付宝|完)|(人家|他|他们|师傅)说[^，]{0,8}不(收|要)(?!现金|卡)|(我|我们)(自己)?(硬|非)(塞|给)(的|给他)|^(要钱|收钱|要红包|收红包|要好处|要东西)(吗|么)?没(有)?/;

/** Round 13 (t13P): neither cold nor warm (说冷也不冷，说热也不热; 不冷也不算热): a middling home, the hedge itself, no grievance. */
const NEITHER_COLD_NOR_WARM_ZH = /(?<![还])不(冷|凉)(也|又)不(算|太|怎么|是很|大)?(热|暖和|热乎)|(说|要说)(冷|凉)(也|又)?不(冷|凉)[，\s]*(说|要说)(热|暖和)(也|又)?不(算)?(热|暖和)|(说|要说)(热|暖和)(也|又)?不(热|暖和)[，\s]*(说|要说)(冷|凉)(也|又)?不(冷|凉)/g;

// Round 15 (t15Y): also 还是冷 (好了一点点，还是冷), and the fault back after a stretch (热了一会儿 第二天又凉了, 放了一下 过两天又不热了,
// 好了半天 晚上又断了): the 一会儿 or 一下 there is how long the repair held, not a softened grievance.
const STILL_FAULT_ZH = /还是(会|得|要)?(时不时|隔一会儿?|一会儿|动不动|老是?|总是?|经常)?(就)?(断|掉线|卡|不热|不通|冰凉|凉|冷)|(第二天|隔天|转天|过了?(一|两|几)天|晚上|早上|后来|没过(多久|几天|两天)|一会儿|完了)(就)?又(开始)?(凉|冷|不热|断|掉线|坏|不通|不行|卡|漏)/;
/** Round 19 (t19S): a matter named and denied (要钱的事从来没有过, 吃拿卡要这种情况根本没有): no grievance. */
const DENIED_MATTER_ZH = /[^，。,.!！？?\s]{1,8}(的|这种|这样的|那种|这类)(事|事情|情况|现象)儿?(从来|根本|压根儿?|一次|一回|绝对)?(也|都)?(没有|没|不存在)(过|发生过)?(啊|呀|的)?(?=[，。,.!！\s]|$)/g;
const TABLES = new WeakMap<Rule[], RegexTable>();
const tableOf = (rules: Rule[]): RegexTable => {
  let t = TABLES.get(rules);
  if (!t) TABLES.set(rules, (t = new RegexTable(rules.map((r) => r.re))));
  return t;
};
function detect(text: string, rules: Rule[], diminish: RegExp): ComplaintMatch | null {
  const norm = text.replace(DENIED_MATTER_ZH, blank).replace(NOT_ABOUT_SERVICE, blank).replace(NEITHER_COLD_NOR_WARM_ZH, blank).replace(CLEANED_ZH, asCleaned).replace(CONCEDED_NONE_ZH, blank);
  const effort = EFFORT_ZH.test(text) && EFFORT_PRAISED.test(text) && !EFFORT_BUT.test(text);
  // (Only the rules whose words can be in the answer are tried: prefilter.ts. Skipping the others changes nothing.)
  const table = tableOf(rules);
  const may = table.candidates(norm);
  for (let i = 0; i < rules.length; i++) {
    if (!RegexTable.may(may, i)) continue;
    const r = rules[i]!;
    let m = r.re.exec(norm);
    // Round 22 (t22F): a match inside a fear (就怕他们收钱) is passed over for a later one of the same rule, the fear come true
    // (我就是怕他们再收钱 结果又收了我五十): the fear alone names no grievance (below), what happened after it does.
    for (let tries = 0; m && tries < 3 && r.category !== 'safety' && FEARED_BEFORE.test(norm.slice(Math.max(0, m.index - 8), m.index)); tries++) {
      const from = m.index + Math.max(1, m[0].length);
      const later = r.re.exec(norm.slice(from));
      m = later ? Object.assign(later, { index: later.index + from }) : null;
    }
    if (!m) continue;
    if (r.unless && r.unless.test(norm)) continue;
    if (effort && (r.category === 'late' || r.category === 'repeat_visit') && EFFORT_SPENT.test(m[0])) continue;
    // 没迟到, 不冷了, 一点也不慢: a negated grievance is none (a pattern that is itself negated, 不热, stands).
    // (要吃饭算不算 请他们吃了两顿饭, 怎么没有 要红包要得可自然了: an A-not-A question or a rhetorical "how not" before it negates nothing; the pauses are gone from norm.)
    const before = norm.slice(Math.max(0, m.index - 6), m.index);
    if (!/^[不没无未还又仍依照老更]/.test(m[0]) && NEGATED_BEFORE.test(before) && !NOT_A_NEGATION.test(before)) continue;
    // Round 22 (t22C): whether or not, said as not known (哪个晓得他们按没按期, 不知道热不热, 谁知道修没修好): the 没/不 asks, it
    // states no fault. (An A-not-A said as a retort, 解没解决 你们自己心里没点数吗, keeps its reading.)
    // Round 23 (t23D): or the not-knowing said after it (家里热不热我真不知道, 修没修好俺也说不好), when the rule finds nothing
    // later (热不热我不知道 反正我屋里不热 keeps the fault said after).
    if (/^[不没]/.test(m[0]) && m.index > 0 && norm[m.index - 1] === norm[m.index + 1] && /[\u4e00-\u9fff]/.test(norm[m.index - 1]!) && (NOT_KNOWN_WHETHER_ZH.test(norm.slice(Math.max(0, m.index - 14), m.index - 1)) || (NOT_KNOWN_AFTER_ZH.test(norm.slice(m.index + 2, m.index + 16)) && !r.re.test(norm.slice(m.index + 2))))) continue;
    // Round 16 (t16C): 我还以为是推销的, 当是骗子: what the caller was taken for, a belief, no grievance.
    if (/(以为|当是|当成)(又|还)?(是|要)?$/.test(before)) continue;
    // Round 13 (t13P): not one of it (一滴水都没洒, 没一块空鼓的): the grievance denied.
    if (/(没|没有)[一半](块|处|滴|点|次|回|天|个)?$/.test(before) || ((/[一半](块|处|滴|点|次|回|天|个|分钟)?$/.test(before) || /^[一半][块处滴点次回天个]/.test(m[0])) && /^(都|也)(没|不)/.test(norm.slice(m.index + m[0].length)))) continue;
    // Round 13 (t13C): 从来没人跟我要过红包: nobody asked is no asking.
    if (/(没|没有|从没|从来没|也没|都没)(人|谁)$/.test(before) && /^((跟|向|问|找|朝)(我|俺|咱)|要|收|拿)/.test(m[0])) continue;
    // Round 20 (t20Y): nobody did the misconduct (也没人抽烟, 没人吐痰, 谁也没喝酒): conduct denied. (没人来, 没人管, 没人接 are
    // grievances of their own and are not conduct words.)
    if (/(没|没有|从没|从来没|也没|都没)(有)?(人|谁)(在|敢)?$|谁(也|都)(没|不)$/.test(before) && /^(抽|吸|点烟|烟|吐|喝|酒|骂|说脏话|玩|躺)/.test(m[0])) continue;
    // Round 13 (t13C2): the customer kept them waiting or was late (师傅在楼下等了我半个钟头, 约的时间我迟到了): no lateness of theirs.
    // Round 20 (t20S2): the engineer the one who waited (是我没在家 让人家师傅在楼下等了半天, 师傅在门口白等了): his wait, not a
    // lateness of theirs (the customer's own doing is set aside by notOursZh before this).
    if (r.category === 'late' && /^等/.test(m[0]) && /(人家|师傅|他|她|他们|小伙子?|工人)(在(楼下|门口|家门口|外面|外头|楼道|单元门口|小区门口))?(都|又|白)?$/.test(norm.slice(Math.max(0, m.index - 14), m.index)) && !/^[^，。]{0,6}(才|还没|没)/.test(norm.slice(m.index))) continue;
    if (r.category === 'late' && ((/^等了?$/.test(m[0]) && /^(我|俺)/.test(norm.slice(m.index + m[0].length)) && /(师傅|他|他们|人家|工人|小伙子?)[^，]{0,6}$/.test(norm.slice(Math.max(0, m.index - 10), m.index))) || (/^(迟到|来晚|晚到)/.test(m[0]) && /(我|俺)(也|又|自己)?$/.test(before) && !/(让|等|叫|害|耽误)(我|俺)$/.test(before)))) continue;
    // Round 23 (t23B): the customer's own tries counted (我测了好几回 也就五十兆, 我自己试了三次都一样): the count is of the customer's
    // checks, no visits of theirs (repeat_visit is 000 第三十三条's several visits for one fault).
    if (r.category === 'repeat_visit' && /(我|俺)(自己|自个儿)?(又|也)?(测|试|量|查|刷|看|跑测速|测速)(了|过)?(好|老)?$/.test(norm.slice(Math.max(0, m.index - 8), m.index))) continue;
    // Round 23 (t23D): an arrival with 才 that is no lateness of theirs: the customer's own (我那会儿才到家, 我八点以后才到家: when
    // to call, the customer's day), or a visit still to come (师傅说他明天下午才过来收尾: the plan, not a wait). A visit put off
    // against what was agreed (说好今天来 他说明天才过来: a moved appointment, 000 第十三条) keeps its reading.
    if (r.category === 'late' && /^才/.test(m[0]) && (SELF_BEFORE_ARRIVAL_ZH.test(norm.slice(Math.max(0, m.index - 10), m.index)) || (FUTURE_BEFORE_ARRIVAL_ZH.test(norm.slice(Math.max(0, m.index - 10), m.index)) && !VISIT_PUT_OFF_ZH.test(norm)))) continue;
    // Round 22 (t22F): the worker busy at the job a long while (忙活了半天, 捣鼓了老半天, 忙乎了好半天): his effort told, no wait of the
    // customer's, unless what follows says it took that long to get done or came to nothing (忙活了半天才弄好, 捣鼓了半天也没弄好).
    if (r.category === 'late' && /^半/.test(m[0]) && /(忙活|忙乎|忙叨|忙和|捣鼓|鼓捣|摆弄)(了)?(老|好)?$/.test(norm.slice(Math.max(0, m.index - 6), m.index)) && !/^[^，。]{0,4}(才|没|不|还)/.test(norm.slice(m.index + 2))) continue;
    // Round 13 (t13C2): money offered by the customer and declined, or denied (死活不吃, 人家没收, 人家说保修期内不收, 红包是我自己硬塞的,
    // 要钱？没有): no money asked (000 第四十三条 kept, not broken).
    if (r.category === 'money' && MONEY_DECLINED_ZH.test(norm)) continue;
    // Round 22 (t22C): a charge the customer asked for, with a receipt given (加的那根线收了三十 开了收据 是我自己要的): an item
    // bought at a receipted price, no money asked for by staff (000 第四十三条 kept). Both must be said; 收了三十 是我自己要的 alone stays.
    if (r.category === 'money' && RECEIPTED_OWN_ASK_ZH.test(norm)) continue;
    // 就怕过两天又坏, 看后面几天热不热, 不知道能好几天: a fault only feared or waited to be seen is no grievance
    // yet (a hazard feared is still a hazard: 000 第二十七条).
    if (r.category !== 'safety' && FEARED_BEFORE.test(norm.slice(Math.max(0, m.index - 8), m.index))) continue;
    // The words around the complaint (its clause) decide whether it is softened.
    const clause = norm.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8);
    // Round 13 (t13G2): the fault said to go on (还是时不时断一下, 隔一会儿还是会断一下, 还是不热 摸着就一点温乎气): the 一下 or
    // 一点 is the fault's aspect or the warmth's, not a softened grievance (000 第三十三条); 还是有点慢 stays softened.
    const still = r.category === 'not_fixed' && STILL_FAULT_ZH.test(clause);
    const diminished = !r.firm && !still && diminish.test(clause);
    // 网速太慢, way too slow: an intensified grievance is no small reservation.
    const intensified = !r.mild && INTENSE.test(clause);
    // A hazard is a clear complaint however softly it is said (有点冒热气，我怕烫着孩子): 000 第二十七条.
    return { category: r.category, severe: ((!!r.severe || intensified) && !diminished) || r.category === 'safety', diminished, at: m.index };
  }
  return null;
}

/**
 * The category a grievance is nearest to by its words, when no pattern above says it: each
 * category's vocabulary (morphemes of its lexicon) is counted in the utterance, the most hits
 * win (ties by the order of the rules). Used only for an utterance that states a grievance (a
 * negative fact, or anything said on a reason step), never to invent one.
 */
// Round 23 (t23B): slow at an hour of the day (晚上八九点那会儿稍微慢一丢丢, 高峰的时候慢): the line's speed at peak, not a late visit.
// Round 22 (t22E): haste is conduct (测温的师傅稍微急了点, 性子急: attitude; 我着急 is the customer's own), and a device slow to start
// or load (早上开机慢一点, 网页打开慢) is how the thing works, quality, not a late visit.
const AFFINITY_ZH: [ComplaintCategory, RegExp][] = [
  ['safety', /危险|安全(?!(也|都|还)?(满意|可以|没问题|挺好|不错|到位|放心))|漏电|电线|火|烫|燃气|煤气|摔|砸|伤/g],
  // (Round 23, t23B: 单元 is the building's entrance, 元旦 the holiday: no yuan.)
  ['money', /钱|[\d一二两三四五六七八九十百千]块|(?<!单)元(?!旦)|红包|小费|好处|买|请客|吃饭|烟/g],
  ['billing', /费(?!劲|心|力|事|时|工夫)|扣|账单|套餐|退|收费|价格|贵|发票|优惠|话费/g],
  ['unreachable', /电话|热线|客服|接(?!着)|联系|回复|回音|找不到|打不|占线|排队|微信/g],
  ['repeat_visit', /[两三四五六七八九几好多]+(次|趟|回|遍)|又来|再来|反复|来回/g],
  ['not_fixed', /离线|掉线|流量|缓冲|转圈|没网|还是|又|没好|没修|(?<![维抢检装])修(?!路|得(挺|很|真|特别|太|这么|那么)?(好|快|利索|漂亮|不错|仔细))|解决|故障|问题|坏|断|不行|不能|用不了|老样子|上不去|上不了|连不上|打不开|(来|派)(个)?人(来)?看/g],
  ['attitude', /态度|说话|口气|语气|凶|骂|吼|急躁|(?<![我俺])(着)?急(了|得)|性子[^，]{0,3}急|毛躁|(?<!处|修|清|整|管|合)理|脾气|耐心|礼貌|嫌|怪|推(?!荐|销)/g],
  ['late', /催|进度|效率|礼拜|星期|[一两三四五六七八九十几半\d]个(多)?月|期|晚(?!上)|迟|等|(?<!(开机|启动|反应|加载|打开|网页|网速|速度|刷新|那会儿?|的时候|高峰)[^，]{0,3})慢|拖(?!把|鞋)|约|时间|(不|没)准时|久|[\d一二两三四五六七八九十几半整]天|小时|钟头|上门|没来|不来/g],
  // 垃圾 is the rubbish left only beside a word of leaving or clearing it (垃圾堆在门口, 扔了一地垃圾); said alone or of the
  // service (垃圾, 纯纯的垃圾, 垃圾服务) it is the verdict "rubbish", no category (so in the rule above).
  ['mess', /工地|脏|乱|灰|垃圾(?=[^，]{0,6}(留|扔|丢|堆|剩|清|收|带|拉|运|一地|满地|到处|没))|(留|扔|丢|堆|剩|一地|满地|到处|一堆|全是|都是)[^，]{0,4}垃圾|地上|收拾|打扫|清理|弄坏|破|碎|裂|划|墙|鞋|吊顶|天花板/g],
  ['quality', /(那会儿?|的时候|高峰)[^，]{0,3}慢|开机|启动|反应|加载|瀑布|水帘|返潮|发霉|潮|设计|插座|冬天|冰|冻|吵|噪|冷|凉|热|温度|网速|卡|质量|歪|漏|信号|效果|不好用|做工/g],
];
const AFFINITY_EN: [ComplaintCategory, RegExp][] = [
  ['safety', /\b(danger\w*|safe\w*|wire\w*|fire|burn\w*|gas|shock)\b/g],
  ['money', /\b(money|cash|tip|paid|pay|bucks|buy)\b/g],
  ['billing', /\b(bill\w*|charg\w*|fee\w*|refund\w*|price|plan|package|expensive)\b/g],
  ['unreachable', /\b(phone|call\w*|hotline|answer\w*|reach|hold|reply|respon\w*)\b/g],
  ['repeat_visit', /\b(twice|times|visits|again)\b/g],
  ['not_fixed', /\b(still|fix\w*|broken|problem|issue|fault|work\w*)\b/g],
  ['attitude', /\b(rude|attitude|manner\w*|polite|shout\w*|patien\w*)\b/g],
  ['late', /\b(late|wait\w*|delay\w*|hours?|days?|appointment|slow)\b/g],
  ['mess', /\b(mess\w*|dirt\w*|dust\w*|clean\w*|damag\w*|scratch\w*)\b/g],
  ['quality', /\b(cold|heat\w*|speed|quality|signal|crooked)\b/g],
];

function affinity(norm: string, table: [ComplaintCategory, RegExp][]): ComplaintCategory | null {
  let best: ComplaintCategory | null = null;
  let hits = 0;
  for (const [category, re] of table) {
    const n = norm.match(re)?.length ?? 0;
    if (n > hits) {
      best = category;
      hits = n;
    }
  }
  return best;
}

/** A second score given to another thing than the service (信号我只能给五分, 价格五分, 材料费五分里我给两分): see the rules above. */
export const OTHER_THING_SCORED_ZH = /(信号|网络|网速|路由器|光猫|产品|设备|设计师?|app|价格|材料费?|费用|(?<![乱多瞎])收费|资费|套餐)(的)?[^，。零一二两三四五六七八九十\d]{0,8}?(给|打)?(个|它)?[零一二两三四五六七]分(?![钟钱货靠])/;
const SEVERE_BY_DEFAULT: ReadonlySet<ComplaintCategory> = new Set(['safety', 'money', 'billing', 'not_fixed']);

/** The nearest category of a stated grievance (see AFFINITY_ZH), as a complaint match. */
export function nearestComplaint(norm: string, locale: 'zh' | 'en'): ComplaintMatch | null {
  if (locale === 'zh') norm = notOursZh(norm).replace(SUPPOSED_GRIEVANCE_ZH, blank);
  // 没问题, 没毛病, no problem: praise, not a word of a grievance.
  norm = norm.replace(/(没|没有|没什么|没啥)(问题|毛病)|\bno (problem|issue)s?\b/g, blank);
  // Round 13 (t13C2): a fault found (十分钟找到毛病), a shortfall said to be none (不算问题), a grievance denied (一点没弄脏, 一分钟都没迟到,
  // no mess), and what detect() reads as no talk of the service (NOT_ABOUT_SERVICE: 这天儿太冷了, 我想了半天): no grievance.
  norm = norm.replace(/(找到|找出|找着|查出|查到)(了)?(毛病|问题|原因|故障)|不算(啥|什么)?(问题|毛病|事)|(一点|一分钟|一次|一回|从来|从)?(都|也)?(没|没有)(迟到|来晚|弄脏|弄乱|弄坏|乱扔|收钱|要钱|拖)|(我|俺)(自己)?(也)?(迟到|来晚|晚到|记错|忘)了?|(试|测|检查|查|看)了?(好几|[两三四五几])(遍|次|回)|(钱|费|款)[^，]{0,4}(已经|都|也)?(退|返)(到|回|给我)[^，]{0,6}了|\b(no|without|zero) (mess|dirt|dust|delay|fuss|damage|wait|waiting|trouble)\b/g, blank).replace(NOT_ABOUT_SERVICE, blank);
  // 保修期, 交费, 冬天, 能不能: the warranty, paying, the season and a request name no grievance (冬天多照顾照顾我们这些老人,
  // 交费能不能上门收).
  norm = norm.replace(/保修期?|(交|缴)费|冬天(?!的)|能不能/g, blank);
  // Round 24 (t24E): the thermometer named as where the reading was taken, the reading last and nothing more said (十八度 不对 温度计上是
  // 十七度, 温度计显示十九度): no word of the heating's quality; a grievance told after it (温度计上十六度，老人待不住) keeps its category.
  norm = norm.replace(/温度计(?=[^，]{0,6}?[零一二两三四五六七八九十\d]+(点[零一二三四五六七八九\d])?度?(左右|吧|了|啊|呀)?$)/, blank);
  // Round 20 (t20C): the matter told before to someone (i already told the guy on the phone): a pointer, no grievance of its own.
  norm = norm.replace(/\b(i )?(already |have already )?(told|explained (it |this )?to) (the|your|that) (guy|man|lady|woman|person|agent|girl|engineer|technician|operator)( on the phone| who called)?\b/g, blank);
  // 别给我打推销电话: sales calls refused for the future, none received (no grievance, no unreachable).
  norm = norm.replace(/(别|不要|甭|不用|不许|不准)(再)?(给我|跟我)?(打|来)?(什么|啥)?推销电话/g, blank);
  norm = norm.replace(CLEANED_ZH, blank);
  // Round 20 (t20S2): a degree hedged, not a fault (热是热了 不是特别热, 还不是特别热; 处理得不算快也不算慢): "not especially"
  // and "neither fast nor slow" name a middling service, no grievance; 不是很热, 不热, 太慢 stay.
  norm = norm.replace(/(热|暖和|快|好)是\1了|不是(特别|那么|多么?)(热|暖和|热乎|快|好)|不(算|太)(快|慢)(也|又)不(算|太)?(快|慢)/g, blank);
  // Round 13 (t13C): 没人跟我要过钱, 从来没人问我要红包: what nobody did names no grievance.
  norm = norm.replace(/(没|没有|从没|从来没|也没|都没)(人|谁)(跟|向|问|找|管|朝)(我|我们|俺|咱|咱们|我家)[^，]{0,6}/g, blank);
  // Round 20 (t20Y): nobody did the misconduct (也没人抽烟, 谁也没喝酒): conduct denied, as in detect().
  norm = norm.replace(/((没|没有|从没|从来没|也没|都没)(有)?(人|谁)(在|敢)?|谁(也|都)(没|不))(抽|吸|点|喝|吐|骂|说脏话)[^，]{0,3}/g, blank);
  // Round 19 (t19S): a matter named and denied (要钱的事从来没有过, 吃拿卡要这种情况根本没有, 乱收费的事没有): the grievance's
  // words named only to say it never happened.
  norm = norm.replace(DENIED_MATTER_ZH, blank);
  // Round 11: 问题是解决了, 故障倒是修好了: a resolution conceded names no unsolved fault; what follows decides. (A bare
  // 解决了 may be the ironic echo itself: 解决了 你们说解决了就解决了呗.)
  norm = norm.replace(/(?<![没不未])(问题|毛病|故障|事)?(是|也|都|倒是|倒也|总算|终于|已经)(解决|修好|处理好|弄好|搞定)了/g, blank);
  // 就怕过两天又坏: a fault only feared is no grievance yet (see FEARED_BEFORE); a hazard feared still is.
  if (!/危险|安全|漏电|着火|燃气|煤气|烫/.test(norm)) norm = norm.replace(FEARED_CLAUSE, blank);
  if (locale === 'en') norm = norm.replace(SORTED_MESS_EN, blank);
  if (locale === 'en' && ownFaultEn(norm)) return null;
  const category = affinity(norm, locale === 'zh' ? AFFINITY_ZH : AFFINITY_EN);
  if (!category) return null;
  const diminished = (locale === 'zh' ? DIMINISH_ZH : DIMINISH_EN).test(norm);
  // Where the grievance is said: the first word of its category (what comes before may answer).
  const re = (locale === 'zh' ? AFFINITY_ZH : AFFINITY_EN).find(([c]) => c === category)![1];
  re.lastIndex = 0;
  const at = re.exec(norm)?.index ?? 0;
  re.lastIndex = 0;
  return { category, severe: SEVERE_BY_DEFAULT.has(category) && !diminished, diminished, at };
}

/**
 * A topic shift that announces another matter (哦对了, 哦还有, 另外我还想说一下, 还有个事, by the way, one more thing):
 * a grievance it opens is reported as its own matter, not a "but" that qualifies the level; unless softened
 * (有点, 稍微) or accepted (没关系), it is a clear complaint that reaches a person.
 */
// Round 21 (t21J): 还有一个事 / 还有一件事 (the numeral and the measure word both said) announce the other matter as 还有个事 does.
export const TOPIC_SHIFT = /(哦|噢|喔)?对了|(哦|噢|喔)还有|还有(一个|一|个)(件)?事|就(一|有)个事|(还是|得|必须)(要)?(说|提|反映)一(句|下)|(哎|诶|哦)你?等(一下|等)|另外(我)?(还)?(想|要)?(说|反映|提)|顺便(说|提)|\b(by the way|one more thing|oh and|oh also|actually,? wait)\b/;

/**
 * Round 13 (t13C): a suggestion of something the service does not offer yet, said on a text step (希望停暖之前提前贴个通知,
 * 建议你们出个保修卡, 可以多给几套设计方案, 售后可以拉个微信群, 交费能不能上门收, 就希望你们早点供暖): an idea, no grievance.
 * Only when nothing in the answer tells of a shortfall met (干等一天, 我找了他半个月, 每次都busy, 有时候打不通, 太贵):
 * a suggestion that reproaches (建议你们把暖气烧热点, 希望以后工人进门能换个鞋) names what it wants done better and stays one.
 */
const SUGGESTS_ZH = /希望|建议|可以|能不能|要是能|最好|如果能/;
const NEW_THING_ZH = /(提前|事先|之前|前一天|先)[^，]{0,8}(通知|打(个|一)?电话|说一声|告知|确认)|(贴|发|出)(个|一)?(张)?通知|(出|发|给|办)(个|一)?(张)?(保修卡|保修单|说明书|清单|明细)|多(给|出|做)[^，]{0,4}(方案|选择|样式|款式)|拉(个|一)?(微信)?群|上门(收|缴|交)|(手机上|网上|微信上|app)[^，]{0,6}(查|交|缴|办|看)|(早点|提前|早些|早一点)(供暖|供热|来暖|烧)|(延长|晚点|晚些)(停暖|供暖)|(便宜|优惠)(点|些|一点)/;
const MET_SHORTFALL_ZH = /等了|干等|白等|白跑|找了|找不|打不|没人|没来|不来|不通|不热|没修|修不|坏|漏|又|还是|老是|总是|每次|有时候|busy|贵|差|烂|迟到|(?<!十)(半|一|两|三|几)个?(多)?(月|礼拜|星期)/;
/**
 * Round 20 (t20C): a wish for the future (希望一直这么热就行, 希望保修期内有问题能快点来人, 希望早点供暖 十一月一号就开最好):
 * the present state kept, or help hoped for a problem not yet met. (A month named, 十一月, is no time waited: MET_SHORTFALL_ZH.)
 */
const WISHED_AHEAD_ZH = /希望[^，]{0,4}(一直|继续|保持|以后也|都能)(这么|这样|像现在这样)?[^，]{0,3}(热|暖和|好|快|稳定|下去)?(就行|就好|就可以)?|希望[^，]{0,6}(有|出)(了)?(问题|毛病|故障)[^，]{0,4}(能|就|可以)?(快点|尽快|及时|早点|马上)(来人|来|处理|上门|修)/;
export function suggestionOnlyZh(norm: string): boolean {
  return SUGGESTS_ZH.test(norm) && (NEW_THING_ZH.test(norm) || WISHED_AHEAD_ZH.test(norm)) && !MET_SHORTFALL_ZH.test(norm);
}

/** Talk about the call itself (你那边信号不好, 刚才掉线了, 你声音一卡一卡的): no complaint about the service. Round 19 (t19L): not
 * the customer's own hearing at the visit (我耳朵背听不清 一问他就不耐烦): that tells of the visit, not of this call. */
const LINE_TALK_ZH = /(这边|这儿|地铁|高铁|火车|隧道|电梯|车上|路上|外面|山里|地下)[^，]{0,4}信号|(?<![跟和对同给])(你|您)(那边|那儿|说话|声音)|(?<!(耳朵|耳)(背|聋|不好使?|不灵|不行)[^，]{0,2})听不(太)?(清|见|到)|刚才(掉线|断|卡|没声)|声音[^，]{0,4}(卡|断|小)/;

// Round 16 (t16R): notOursZh (round 15, t15G) moved to notours.ts, one reader for the complaint and the value path.

/** Complaint in a normalised Chinese utterance (see normalizeZh). */
/**
 * A grievance only supposed (要是迟到我肯定投诉, 下个月账单要是还不对我再打过来, 有问题我再找你们, 以后坏了还找这个师傅): a condition
 * with what the customer would do then (complain, call back, look for the engineer again). It has not happened: no grievance
 * (issue 13 item 2). What is said outside the condition stays (要是迟到我肯定投诉，结果还是迟到了). Length-preserving.
 */
export const SUPPOSED_GRIEVANCE_ZH = /(要是|如果|假如|万一|若是|倘若)(?![^，。？]{0,6}(再不|再没|还没|还不来|还不修))[^，。？]{1,16}?(的话)?[，,\s]*(那)?(我|俺|我们)?(让我|叫我)?(就|肯定|一定|绝对|再|还|可|可就|随时)+(得|要|会)?(投诉|找你们|找他|打电话|打过来|打回来|给你们打|打你们电话|打(投诉|客服)电话|打10000|打12345)|(有|出|碰到|遇到)(了)?(啥|什么)?(问题|毛病|故障)(的话)?(?=[，,\s]*(我|俺)?(再|就|还)(找|打|联系|给你们打)(?!不))|(以后|今后|下次|下回|回头)(要是|如果)?[^，。？]{0,4}(坏|有问题|出问题|不行|断)了?(的话)?(?=[，,\s]*(我|俺)?(还|再|就)(找|打|联系|给你们打)(?!不))/g;
/**
 * Round 19 (t19C): staff's words quoted back as a grievance (装维临走说 再投诉以后就不给我修了 这叫什么话; 接电话那个说 你再打电话我们也
 * 没办法 这个态度可不行) and the staff who hung up on the customer (热线那个姑娘 我问个事她直接给我挂了): the conduct of the company's
 * people (000 第三十六条, 第四十三条), a clear complaint that reaches a person even beside 满意 or said as a "suggestion".
 */
const STAFF_QUOTED_ZH = /(你们|您们|那个|这个|装维|师傅|工人|客服|接电话|接线|热线|小伙子?|姑娘|他|她|人家)[^，。]{0,8}?(说|讲|撂下一句|来了一句|跟我说)/;
const WORDS_REPROACHED_ZH = /这(叫|是|算)(什么|啥|哪门子)(话|态度|服务)|(这个|这|那个|那|啥|什么)(态度|口气|说话)(可|也|真|太|就)?(不行|不对|要不得|不像话|太差|差劲)|这(话)?(说得|像话)(吗|么)?$|什么态度/;
const HUNG_UP_ON_ME_ZH = /(她|他|客服|姑娘|接线员|小伙子?|那人|人家|对方)[^，。]{0,6}?(直接|就|当场|啪的?一下|一下子?|没等我说完就?)?(给我|把我(的)?电话)?(挂(了|断了|掉了)|撂了)(电话)?(?![^，]{0,2}[吗么])/;

const PAST_SET_RIGHT_ZH = /(以后|之后|后来|第二天|当天|隔天|马上|很快)[^，]{0,8}?(就)?(来)?(修好|弄好|解决|处理好|换好|好了|一直(挺|很|都)?好|道了?歉)/;
const CONTENT_AFTER_ZH = /(没|没有|没啥|没什么)意见|挺负责|很负责|(挺|很|都)满意|没毛病|挺好的?(啊|呀)?$/;
export function complaintZh(norm: string): ComplaintMatch | null {
  norm = notOursZh(norm).replace(SUPPOSED_GRIEVANCE_ZH, blank);
  // (Round 13: 我这边信号还是一格: a signal "still" weak is the customer's fault, not this call's line.)
  if (LINE_TALK_ZH.test(norm) && !HANDSET_FAULT_ZH.test(norm) && !(/信号[^，]{0,4}还是|还是[^，]{0,4}信号/.test(norm) && !/(你|您)(那边|那儿)/.test(norm))) return null;
  const m = detect(norm, ZH, DIMINISH_ZH);
  // (Round 17, t17C2: a grievance said with the wait reproached, 满意，不过你们早干嘛去了，冻了我半个月, is a clear one.)
  if (m && !m.severe && REPROACHED_WAIT_ZH.test(norm)) return { ...m, severe: true, diminished: false };
  // (Round 19, t19C: staff's words quoted and reproached, or the customer hung up on: conduct, a clear complaint.)
  const q = STAFF_QUOTED_ZH.exec(norm);
  if (q && WORDS_REPROACHED_ZH.test(norm.slice(q.index))) return { category: 'attitude', severe: true, diminished: false, at: q.index };
  const h = HUNG_UP_ON_ME_ZH.exec(norm);
  if (h && /给我|把我|直接|就|当场/.test(h[0])) return { category: 'attitude', severe: true, diminished: false, at: h.index };
  // Round 21 (t21L): a grievance of the past, set right since and waved off (中间漏过一次水，你们第二天就来修好了，挺负责的，没意见; 去年不热
  // 投诉过一回，你们来了以后一直挺好的): a story of good handling, no grievance now. (漏过一次水 还没修好, or no "no complaints" after: kept.)
  // (Round 24, t24B: not the visits it took before the fix came, 后来又来了一个才弄好: the repeat is the grievance, set right or not;
  // 投诉过一回 你们来了以后一直挺好 stays a story of good handling.)
  if (m && !(m.category === 'repeat_visit' && /才(给|把)?[^，。]{0,4}(弄|修|搞|整|处理|解决|调)(好|通)/.test(norm.slice(m.at))) && PAST_SET_RIGHT_ZH.test(norm.slice(m.at)) && CONTENT_AFTER_ZH.test(norm.slice(m.at)) && !/还(没|不|是)|又(坏|漏|不)/.test(norm.slice(m.at))) return null;
  if (m) return m;
  // 才十五六度, 只有十六度, 也就零上十度: a home below 18 度 (003 三.2, the usual minimum) said as "only" is a grievance
  // about the heating. (不到十六度 alone reads the band, as the keypad's 16度以下 does: no grievance said.)
  // (Round 11: 最多十五度, 高不了 顶多十六 on the temperature step, the 度 left out at the end after 顶多/最多 (屋里也就十七 is a reading); 十六度都不到, said with an
  // emphatic 都, is the shortfall itself, unlike the keypad band 不到十六度.)
  // Round 21 (t21F): 就 after a guess (估计就十五六度, 大概就十六度) is "about", no "only": a reading, no shortfall said (估计也就 keeps it).
  const t = (/(才|只有|(?<!估计|大概|可能|应该|差不多|也许|或许)就|也就|顶多|最多)(零上)?([零一二三四五六七八九十两\d]+)度/.exec(norm) ?? /(顶多|最多)()([零一二三四五六七八九十两\d]+)$/.exec(norm)) ?? /()()([零一二三四五六七八九十两\d]+)度(都|也)不到/.exec(norm);
  // Round 20 (t20S): a past state now set right (二十二度 之前才十五度: the shortfall was before the repair) names no shortfall now.
  const past = t && /(之前|以前|原来|刚才|早上|昨天|那会儿?|当时|上回|上次|修之前|没修的时候)[^，。]{0,2}$/.test(norm.slice(Math.max(0, t.index - 6), t.index));
  if (t && !past) {
    const n = findNumbers(t[3]!)[0];
    // (十七八度, a range that reaches 18, is no shortfall.)
    // (Round 21, t21G: 也就十七度吧, a degree short said as "about": a reading, as 屋里也就十七度 and 也就十七度上下 in earlier splits;
    // 才十七度, 只有十七度 and 也就十六度 stay the shortfall.)
    // Round 24 (t24E): an upper bound of 16–17 度 said plainly (顶多十六度, 最多十七度, 顶楼 最多十六度) is the reading given as a window,
    // no shortfall said (as 也就十七度 is); 15 and below (最多十五度), or the bound with the heat denied (高不了 顶多十六), stays one.
    const boundOnly = (t[1] === '顶多' || t[1] === '最多') && n !== undefined && n.value >= 16 && !/高不了|上不去|上不来|不热|不暖和|不够热/.test(norm);
    if (n && Math.ceil(n.value) < 18 && !(t[1] === '也就' && n.value === 17) && !boundOnly) return { category: 'quality', severe: false, diminished: false, at: t.index };
  }
  return null;
}

/** Temperatures that are not the home's now: outside, the weather, a device, another home or year, a change, a standard. */
const NOT_THE_HOME_ZH = /外面|外头|室外|外边|零下|降温|升温|气温|天气|体温|发烧|水温|空调|热水器|设定|调到|调成|开到|去年|往年|以前|之前|邻居|隔壁|人家|别人|标准|规定|国家|比|高了?[两几一二三\d]度|低了?[两几一二三\d]度|差[^，]{0,2}度/;

/**
 * A home temperature below 18 度 said without a word of shortfall (我家十四度，你说我满不满意; 十六度，可真暖和啊) on a
 * step that asks for a level: the heating below the usual minimum is the grievance (003 三.2). Not for the
 * temperature step itself, where the same words are the reading asked for (pipeline.ts decides).
 */
export function coldHomeZh(norm: string): ComplaintMatch | null {
  if (NOT_THE_HOME_ZH.test(norm)) return null;
  const temps = [...norm.matchAll(/(?:零上)?([零一二三四五六七八九十两\d]+)(多)?度/g)];
  if (!temps.length) return null;
  const values = temps.map((t) => findNumbers(t[1]!)[0]?.value ?? null);
  if (values.some((v) => v === null || Math.ceil(v) >= 18)) return null;
  return { category: 'quality', severe: false, diminished: false, at: temps[0]!.index! };
}

/**
 * Round 13 (t13C): the customer's own doing named as the cause (the delay was my fault, slow wifi was my old laptop, not your
 * line), as 是我家猫把线…… in Chinese (zh.ts): no grievance, unless another is told after a "but".
 */
const OWN_FAULT_EN = /\b(problem|issue|fault|mess|damage|mistake) (that )?(i|we) (made|caused|created|did|had made)\b|\b(was|is|were) (all |entirely |totally )?(my|our) (own )?(fault|mistake|doing|bad)\b|(?<!\bnot )(?<!n t )\bmy (own )?(fault|mistake)\b|\b(was|is) (my|our) (old |own )?(laptop|computer|pc|router|phone|tv|modem|device|wifi|network)\b|\bnot (your|his|her|their) (line|fault|side|network|engineer|guy)\b/;
function ownFaultEn(norm: string): boolean {
  const own = OWN_FAULT_EN.exec(norm);
  // (he told me it was my router: the blame passed on by staff is a grievance, 000 第四十六条.)
  return !!own && !/\b(but|however|though|except)\b/.test(norm.slice(own.index)) && !/\b(told|tell|tells|said|says|say|claimed|claims|insisted|blamed|blames|reckoned|kept saying)\b/.test(norm.slice(0, own.index));
}
/** Cleaning up told as done (he even vacuumed up the dust from drilling, swept up after himself): no mess. */
const CLEANED_EN = /(?<!\b(not|never|n t|nt|didn t|wish|should|could) (even )?)\b(vacuum(ed)?|hoover(ed)?|swept|sweep|cleaned|tidied|wiped|picked)( up| away| off)?( all)? (the |his |their |every |all the )?(bit of )?(dust|mess|debris|rubbish|offcuts?|packaging|dirt|scraps)\b/g;
/** Round 16 (t16E2): the rubbish taken away (he took the rubbish with him, took all the packaging away): no mess left. */
const TOOK_AWAY_EN = /(?<!\b(not|never|n t|nt|didn t|did not|wish|should|could|would|to|forgot|forget|forgets|forgotten) (even )?)\b(took|take|takes|taken|carried|cleared|binned)( away| out| off)?( all)? (the |his |their |all the |every )?(old )?(rubbish|packaging|boxes|debris|offcuts?|trash|scraps|cardboard|waste)( away| with (him|her|them)| out)?\b/g;
/** Complaint in a normalised English utterance (see normalizeEn). */
/**
 * Round 17 (t17E): "a mess" as the verdict on the whole (honestly? kind of a mess; it was a bit of a mess, a total mess),
 * as "rubbish" is (round 16): no dirt left, unless a place or the leaving is named (made a mess of the hallway).
 */
/** Round 21 (t21B): something else a mess before the engineer sorted it (the building s wiring was a mess but he sorted it all
 * out, the old cabling was a total mess, he tidied it up): the mess he found and put right, no mess he made; a past fault now
 * sorted (the modem issue from last week is sorted): put right. */
const SORTED_MESS_EN = /\b(wiring|wires|cables?|cabling|setup|box|cupboard|connections?|old [a-z]+)( [a-z]+)? (was|were) (a |an |such a |a total |a complete |an absolute |a real |a bit of a )?(mess|tangle|nightmare|disaster)\b(?=.{0,24}\b(he|she|they|the (engineer|technician|guy))\b.{0,10}\b(sorted|fixed|tidied|cleaned|straightened|sort|fix)\b)|\b(the |my |our |that )?[a-z ]{0,20}(issue|problem|fault)( from [a-z ]{0,16})? (is|was|has been|s|got) (all |now |finally )?(sorted|fixed|resolved|solved)( out)?( now)?\b/g;
const MESS_VERDICT_EN = /(?<!\b(made|make|makes|making|left|leave|leaves|leaving|clean|cleaned|clean up|cleaned up) (\w+ )?)\b(kind of|sort of|a bit of|bit of|a total|a complete|an absolute|a right|such|a real|a proper) a? ?mess\b(?! (of|on|in|all over|everywhere|behind|left|to clean))/g;
/**
 * Round 22 (t22C): lateness only feared, then the visit on time (i was worried he would be late but he was right on time; thought
 * they'd be late and they showed up on the dot): the fear came to nothing, no grievance. The fear alone (worried he'd be late)
 * names nothing either way and is left to the rest. Taken out by EN_PARSER.normalize (en.ts), as the customer's own fault is.
 */
export const LATE_FEARED_ON_TIME_EN = /\b(?:i was |i d been |i had been |i got |was )?(?:worried|afraid|scared|concerned|nervous|thought|expected|figured)(?: that)? (?:he|she|they|the (?:tech|technician|engineer|guy|installer|crew|team))(?: would| d| might| was going to| were going to)? (?:be|come|turn up|show up|arrive)(?: really| a bit| a little)? late\b(?=[^.]{0,12}\b(?:but|and|yet) (?:he|she|they) (?:was|were|came|showed up|turned up|arrived|got here)(?: here)?(?: right| bang| exactly| dead| spot| perfectly| completely| totally)? (?:on time|on the dot|early|punctual))/g;
export function complaintEn(norm: string): ComplaintMatch | null {
  norm = norm.replace(CLEANED_EN, (m) => ' '.repeat(m.length)).replace(SORTED_MESS_EN, (m) => ' '.repeat(m.length)).replace(TOOK_AWAY_EN, (m) => ' '.repeat(m.length)).replace(MESS_VERDICT_EN, (m) => ' '.repeat(m.length));
  if (ownFaultEn(norm)) return null;
  return detect(norm, EN, DIMINISH_EN);
}

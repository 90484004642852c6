/**
 * Round 16 (t16R): grievances not ours to answer for, one reader for the complaint path (complaints.ts complaintZh,
 * nearestComplaint) and the value path (phases.ts withoutSettledGrievances). Before round 16 the value path read the
 * other party's, the customer's own and the made-good grievance with lists of its own, so an answer whose grievance
 * notOursZh set aside got no complaint but was still read as dissatisfied (满意，晚了半小时是我让他晚点来的).
 * Issue 13 item 2: a complaint is a grievance against the company's work (../shared/domain.md 000 第三十六条); what
 * someone else did, or what the customer chose, is none.
 */

/**
 * Parties other than the company (物业, 开发商, 邻居, 供电局, 别家, 装空调的): the one list of who is someone else, for
 * notOursZh and for phases.ts (THIRD_PARTY, DISCLAIM_ZH, NATURE_CAUSE_ZH). Not the operators (移动, 联通, 电信) nor a
 * 装修队: either may be the company itself on its own dialog (telecom, unicom, renovation).
 */
export const OTHER_PARTIES_ZH = '物业|开发商|邻居|楼上|楼下|对门|隔壁|房东|供电局|电力局|电业局|电力公司|自来水公司|燃气公司|居委会|街道|社区|快递|别的(?:公司|平台|单位)|别家|空调的';

/**
 * Round 15 (t15G): grievances that are not ours to answer for, set aside before the lexicon reads them (length-preserving).
 * - Another party's, disowned at the end (那个收钱不给票的是装修队的 不是你们的人, 墙上那个洞是装空调的打的 不是你们,
 *   开裂是楼上漏水泡的 跟你们施工无关, 听说有人收钱不开票 我们这没遇到过, 邻居家找的别的公司 又要钱又拖 你们没这些事):
 *   what comes before the disowning goes, when it names someone else (装修队, 楼上, 邻居, 别的公司, 听说, 有人, 我家灶上…).
 * - Another company's or another home's, set against ours (以前用移动的 那师傅才要钱呢 你们这个啥也没要, 邻居说他家的师傅迟到了
 *   (round 17, t17V2: and the other named again after the comparison, 比上回移动那个强多了 移动那个收了我一百块钱)
 *   我们家这个倒挺准时, 比联通那回强 那回人家说得加五十): the other's story goes.
 * - The customer's own doing (晚了半小时是我让他晚点来的, 第二次来是因为我第一次不在家 不怪他, 晚了三天 是因为我家买的地板到货晚,
 *   慢那是我买的杂牌路由器的问题, 耽误了是因为我家没人): the delay or fault told with its cause goes; what a "but" adds after stays
 *   (我承认是我不在家，可他也不能……), and so does the blame staff put on the customer (说是我路由器的问题: attitude).
 * - Made good already (瓷砖有一块空鼓 已经返工换好了, 多收的五十块钱已经退给我了, 鞋套忘了穿 我提醒了一下他马上就穿上了,
 *   领导专门来电话道过歉了, 中间有点小问题 都及时解决了): the grievance and its remedy go when the remedy ends the answer.
 * - This survey's own calls counted (你们今天都打了三回了, 回访是不是第四个电话了): the call, not the service (what else is said stays).
 * - Money asked about and denied in the same breath (辛苦费？没有没有 人家啥也没要, 烟钱？哈哈没有): no money asked.
 */
// Round 17 (t17G2): the customer's household's own doing, owned and then excused (烟味是我老公抽的，跟师傅没关系; 跑了三趟是因为
// 我家老是没人，不怪师傅; 电话没接是我自己手机静音了，不赖他): the cause named as the customer's or the family's (是我…, 是因为我家…,
// 我自己…) and the engineer cleared in the next breath (跟师傅没关系, 不怪他, 不赖人家). Issue 13 item 2, ../shared/domain.md 000
// 第三十六条: no grievance against the company's work. Blame staff put on the customer (他说是我…) is not this (attitude).
const OWN_EXCUSED_ZH = /[^，。]{0,12}?((是|因为)(因为)?(我|我们|俺|我自己)(家|自个儿|自己)?(的)?(老公|爱人|媳妇儿?|老婆|老伴|儿子|闺女|女儿|孩子|家人|家里人|爸|妈|老人)?|我(自己|自个儿))[^，。]{0,16}[，,]?\s*(这)?(也)?((跟|和)(师傅|他|她|人家|小哥|工人|你们|您们)(都|也)?(没|没有)(啥|什么)?关系|不(能)?(怪|赖|怨)(师傅|他|她|人家|小哥|工人|你们|您们))/;
// (Round 16, t16R: the parties named from OTHER_PARTIES_ZH, the list the value path reads too; besides them, what is someone
// else's only right before a disowning: 装修队 and the operators, which may be the company itself, a past time, hearsay.)
const OTHER_PARTY_ZH = new RegExp(`${OTHER_PARTIES_ZH}|装修队|移动|联通|电信|以前|上回|那回|听说|有人|我家灶|自己家|我在`);
const DISOWNED_ZH = /(那)?(不是|并不是|又不是)(你们|您们)(的人|干的|弄的|打的|的事|的问题|公司的|电信|联通|移动|广电)?$|(不是|并不是|又不是)(暖气|供暖|网|宽带|线路|管道|设备)(本身)?的(事|问题|毛病|原因)(?=[^，]{0,12}(，[^，]{0,12})?$)|(跟|和|与)(你们|您们|暖气|供暖|网|宽带|施工|装修)(施工|公司|这边)?(都|也)?(没|没有|无)(啥|什么)?关系(?=(你们)?(还|倒)|$)|(跟|和|与)?(你们)?(施工|公司)?无关$|你们(都)?没(有)?(这些|这种|这)(事|毛病|情况)$|(我们|我|咱|俺)(家|这|这儿|这边|小区)(倒)?(都)?(没有|没遇到过?|没碰到过?|没这(种)?事)(过)?$/;
const OURS_FINE_ZH = /你们(这个|这回|这次)(的)?(师傅|小伙子?|人)?[^，]{0,4}(穿着?鞋套|挺好|很好|不错|准时|挺规矩)|(我们|我|咱|俺)(家|这)(这次|这回|这个|这边)?(倒是?|可|就)?(挺|很|还|特别|都)(顺|准时|好|快|正常|规矩)|你们(这个|这次|这回|家|这边)?(倒)?(啥|什么)(也|都)没(要|收|拿)|(比|不像)[^]{0,8}(那回|那次|上回|以前|移动|联通|电信|别家|他家|邻居)[^]{0,4}(强|好)/;
const OTHERS_STORY_ZH = /(以前|之前|原来|上回|那回|那次)[^]{0,3}(用|装|找)?[^]{0,4}(移动|联通|电信|广电|别家|别的公司)的?[^]{0,16}?(?=你们|我们|我家|咱家)|(邻居|隔壁|对门|楼下|楼上|同事|朋友)[^]{0,3}(说)?(他|她|他们|她们|人家)?(家)[^]{0,16}?(?=我们|我家|咱家|你们)|(邻居|隔壁|楼下|楼上|同事)家?[^]{0,3}(找|用|装)的(是)?别(的|家)[^]{0,14}?(?=你们|我们|我家)|(?<=比[^]{0,4}(移动|联通|电信|广电|别家|上回|以前)[^]{0,3}(那回|那次)?(强|好)(多了)?)(那回|那次|当时|那时候|(移动|联通|电信|广电|别家)的?(那个|那位|那师傅|师傅|的人))[^]{0,20}$/g;
// Round 16 (t16G2): the customer's own wrong address or number (来晚了是因为我给错了地址) is the customer's doing too.
const OWN_CAUSED_SPAN_ZH = /[^]{0,14}?((那)?(?<![还就都说不但可若倒要])(是|因为)(因为)?(我|我们|俺)(家|自个儿|自己)?(老是|总是|一直|经常|当时|那天|那会儿?)?(让|叫|选|定|不在|没在|没人|家没人|第一次不在|给错|报错|写错|说错|留错|说(了)?(不用|不要|别|没事))[^]{0,16}?(的|了|晚|问题|原因)?(?=$|不怪|(我)?自己|人家|关上)|(?<![还就都说不])是我(家)?(买|装|选)的[^]{0,10}的(问题|原因)|(自己|自个儿?)家的(问题|原因|事)$)/;
// (Round 16, t16G2: refunded into the phone account, 多扣的钱已经退到我话费里了, is made good too.)
// Round 17 (t17G): a remedy redone or tightened (已经重新铺了, 又紧了一下就好了, 第二天就换了), a refund into the bill (多扣的钱退到话费里了,
// 现在退回来了), and the remedy followed only by the level (……退回来了，满意): made good too, the level said after it kept.
const MADE_GOOD_END = '(?=[，,。\\s]*((非常|很|挺|也|都|还)?满意(的|了)?|挺好(的)?|没问题了?|没事了?)?[。！!的了啊吧呀]*$)';
// Round 17 (t17V2): solved on the spot, told as the end of the answer (投诉热线我打过一次，当场就给解决了): made good too.
const MADE_GOOD_ZH = new RegExp(`(当天|当场|马上|立马|立刻)(就)?(给)?(我)?(解决|处理|办)(好|妥)?了?${MADE_GOOD_END}|(已经|都|也|马上|当天(就)?|第二天(就)?|及时|立马|随后|专门|公司)[^]{0,6}(返工(换|修|弄)?好|换好|调好|补好|退给我|退回来|退(回)?给我|穿上|补上|道(过|了)?歉|赔(给)?(我)?了|(及时|当天|马上)(就)?(解决|处理)|重新(铺|做|贴|装|刷|接|弄|打)(好|了)|(?<=(已经|第二天就|当天就|马上就|立马就|立马)(给)?(我)?)换(掉)?)了?(还(道了|道过)?歉了?|还多给了[^]{0,8})?${MADE_GOOD_END}|(又|再)[^]{0,4}(紧|拧|调|弄)了?一下(就)?好了?${MADE_GOOD_END}|(解释|说明)(了|清楚了|过了)[^]{0,12}?(就)?(明白|懂|清楚|理解)了${MADE_GOOD_END}|(拖|擦|扫|收拾)得(干干净净|很干净|挺干净)(的)?$|(钱|费|现在)(都|也)?(已经)?退(回来|给我|到(我)?[^]{0,6}(里|上))了(还多给了[^]{0,8})?${MADE_GOOD_END}`);
// Round 17 (t17G2): a charge explained to the customer's satisfaction (账单多了点，客服解释了是按天折算的，明白了): made good too, as a remedy at the end of the answer.
// (Round 16, t16G2: 你们前天已经打过一次了，我都说了满意了: this survey's call before, counted once.)
const SURVEY_CALLS_COUNTED_ZH = /(你们|您们)?(这)?(回访|调查|这个?电话|电话)?(今天|一天|这一天)?(都|已经|这都|是不是)*(打了|给我打了|打过|给我打过)?(第)?[二两三四五六七八九十几好多\d]+(回|次|遍|个电话)(电话)?(了)?(?=(一回|一次|现在|问的|我每回|$)|[^]{0,4}(不烦|问问))|(?<=(你们|您们)[^]{0,4})(已经|都)?(打过|打了)一(回|次|遍)(了)?(?=[^]{0,3}(我|都说))|(现在)?又(来)?回访(了)?|(?<=(回访|调查)[^，。]{0,8}?)(都|已经|这都)*(打|问|来)?(了|过)?(第)?[二两三四五六七八九十几好多\d]+(回|次|遍|个电话)(了)?|(一天|天天|每天|一上午|一下午|一礼拜|一个礼拜|一周)(都|就)?(打|问)(了|过)?[二两三四五六七八九十几好多\d]+(回|次|遍)(了)?/g;
/**
 * Round 21 (t21M): a grievance about these survey calls themselves, not the service (你们到底要打几遍, 上午不是打过一回了吗，怎么又打,
 * 上午打下午打, 一天打三回, 说好八点打的，现在都八点半了): the customer is tired of being called; no category of the visit, nothing
 * to pass to a person (the call goes on, or ends, by what else is said). Not the customer's own calls (我打了三回客服都没人接:
 * unreachable), nor the staff's visits (来了三回).
 */
const SURVEY_CALLS_REPROACHED_ZH = /(你们)?(到底|还)?(要)?打(几|多少)(遍|回|次|个电话)|(怎么|咋|又是你们啊?)[^，]{0,2}又(打|来电话|打电话)(来|过来)?(了)?|(上午|下午|早上|昨天|刚才|刚刚)?(不是)(已经)?(打|问)过(一|两|几)?(回|次|遍|电话)?(了)?(吗|么|嘛)|(上午|早上|中午|昨天|今天)(又)?打(了)?[，,\s]?(下午|晚上|今天|明天)(又)?打|一天(都)?打(了)?([一二两三四五六七八九十几]|好几)(回|次|遍|个电话)|说好[^，。]{0,6}(点|时候|时间)打(过来|电话|来)?(的)?[，,\s]*(现在|这)?(都)?[^，。]{0,6}(点|点半|钟)(了)?/g;
/**
 * Round 22: the survey calls themselves, counted (round 16) or reproached (round 21), blanked with `fill`: one reader for the
 * complaint detector and the value path (notOursZh) and for the intents (zh.ts: the times there are when we called, no time to
 * call back). Not the customer's own calls to us (我打了三回客服).
 */
export function blankSurveyCallsZh(s: string, fill: (m: string) => string = blank): string {
  if (/(你们|您们|回访|调查|今天|一天|天天|每天)/.test(s) && !/我(打|给你们打)(了|过)?[一二两三四五六七八九十几好多\d]/.test(s)) s = s.replace(SURVEY_CALLS_COUNTED_ZH, (m, ...a) => (/(回访|调查|打了|打过|^[^]{0,4}(打|问)[二两三四五六七八九十几好多\d])/.test(m) || /(回访|调查)[^，。]{0,8}$/.test(s.slice(0, a[a.length - 2] as number)) ? fill(m) : m));
  if (/打/.test(s)) s = s.replace(SURVEY_CALLS_REPROACHED_ZH, fill);
  return s;
}
/**
 * Others' grievances set against the customer's own home (听说你们师傅经常要烟，我们这个我不知道; 业主群里都在骂不热，可我家挺热的;
 * 听说隔壁楼报修三天都没人来，我家倒是没报过修), another home's or company's told as what ours is not (不像楼上那家，说是他们家修了五次;
 * 移动那边的人态度才叫差呢), and an earlier visit set against this one (上回那个师傅态度差我投诉过，这回这个小伙子挺好): hearsay the
 * customer does not adopt, or someone else's story, not a grievance against this visit (issue 13 item 2).
 */
const OTHERS_NOT_OURS_ZH = new RegExp(`(听说|据说|听人说|(业主群|群里|小区里|邻居们?|大家|别人|${OTHER_PARTIES_ZH})[^，]{0,6}(都在|都|也)?(骂|抱怨|吐槽|传|说))[^。]{0,24}?(?=[，,\\s]*(可|但是?|不过|可是)?(我们|我家|咱家|俺家|我们家)(这个|这边|这)?(我)?(倒是?|可)?(挺|很|还|不知道|不清楚|没遇到|没碰到|没|倒|也没))|不像(${OTHER_PARTIES_ZH}|别人|人家)(那家|家|那户|那个)?[^。]*|(移动|联通|电信|广电|别家|别的公司|${OTHER_PARTIES_ZH})(那边|那家)?(的)?(人|师傅)?[^，。]{0,6}才(叫|是)(差|慢|烂|坑|黑|乱)(呢)?|(上回|上次|以前|之前|那回)(那个|来的|那位)(师傅|人|小伙子?)[^。]{0,20}?(?=[，,\\s]*(这回|这次)(这个|来的|这位)?(师傅|小伙子?|人)?(挺|很|特别|可|就|倒)?(好|不错|负责|准时|规矩|客气))`, 'g');
// Round 22 (t22E): another household's fault reported for them (三楼那家暖气还是冰凉 我帮他们反映一下, 隔壁网老断 替人家说一声): the
// neighbours' grievance passed on, none of this household's (issue 13 item 2); the household's own after it stays.
const REPORTED_FOR_OTHERS_ZH = new RegExp(`(?:${OTHER_PARTIES_ZH}|[一二三四五六七八九十\\d]+(?:楼|层|单元|号楼?)(?=那家|那户|家|的|住的))(?:那家|那户|家|的|住的)*[^。]{0,20}?[，,\\s]*(?:我)?(?:顺便|也|就)?(?:帮|替|给)(?:他们|她们|他|她|人家)(?:家)?(?:反映|说|问|报|提)(?:一下|一声|下)?`, 'g');
const MONEY_DENIED_ECHO_ZH = /(?<!一分)(辛苦费|烟钱|红包|小费|好处费?|茶水费|跑腿费)(吗|么)?(哈哈|嗨|嘿)?(没有|哪有)(没有)?(人家|师傅|他)?(啥|什么)?(也|都)?(没(要|收))?/g;
/**
 * Round 19 (t19C): the price of the service itself grumbled at (宽带都挺贵的, 暖气费年年涨, 装机费是贵点, 暖气费太贵了 一年三千多)
 * and in the same breath owned as no one's doing here: the same everywhere (哪家都一样), not theirs to set (不是你们能定的, 你们也
 * 管不了), agreed beforehand (提前都说好了的), or set against the work praised (不过修得没得说). The tariff, not a charge disputed
 * (多收, 乱扣, 没说清楚 stay billing): no grievance against this service (issue 13 item 2).
 */
const TARIFF_OWNED_ZH = /(?:暖气费|取暖费|供暖费|采暖费|宽带费?|网费|话费|装机费|安装费|初装费|月租|资费|套餐|价格|价钱|收费|费用|物价)[^，。]{0,8}?(?:贵|涨)(?![^，。]{0,3}(?:不对|不明|乱))[^。]{0,14}?(?:(?:哪家|家家|谁家|到哪儿?|哪儿|别家|全国|外头)(?:都|也)(?:一样|这样|这个价|差不多|贵)|(?:不是|又不是|也不是)(?:你们|您们)(?:能|说了算|定|决定|管)[^，。]{0,3}|(?:你们|您们)(?:也|都)?(?:定不了|说了不算|做不了主|管不了|决定不了|没办法)(?:吧|啊|呀|的)?|(?:提前|事先|之前|当时|签的时候|装之前)(?:都|就|也)?(?:说好|讲好|讲清楚|说清楚|讲明白|说明白|告诉我|说过)(?:了)?(?:的)?|(?:不过|但是?|可)[^，。]{0,4}(?:修|装|服务|师傅|人家|活儿?)[^，。]{0,3}(?:没得说|没话说|挺好|不错|很好|好|到位|专业|满意)|(?:那|这)(?:也|都)?(?:没(?:办法|法子|辙)|正常|能理解))(?:的|了|吧|啊)*/;
/** Someone else's doing told, then owned as beyond the company (楼上邻居装修老砸墙 这个你们也管不了吧): another party's, not ours. */
const BEYOND_US_ZH = /(?:这个|这|那个|那)?(?:你们|您们)(?:也|都)?(?:管不了|管不着|没法管|没办法管)(?:吧|啊|呀|的)?/;
const OWN_SIDE_BEFORE_ZH = /你们的人|师傅|工人|装维|客服/;
/** Another party named, and the span from it to the owning (at most 14 characters). */
const OTHER_PARTY_NAMED_ZH = new RegExp(`(${OTHER_PARTIES_ZH})`);
const OTHER_PARTY_THEN_ZH = new RegExp(`(${OTHER_PARTIES_ZH})[^]{0,14}$`);
/** Round 19 (t19C): the weather slowing what must dry or set (这两天下雨 油漆干得慢, 天潮 腻子老不干): nature's doing, not the work's. */
const WEATHER_SLOWED_ZH = /(?:这两天|这几天|那几天|最近|赶上|碰上|因为)?(?:老|一直|总)?(?:下雨|阴雨|阴天|下雪|天冷|降温|回南天|返潮|天潮|潮湿|连阴天?)[^。]{0,10}?(?:油漆|漆|腻子|水泥|涂料|胶|墙面?|地面|地坪)?[^，。]{0,3}(?:干|晾|凝固|固化)(?:得|的)?(?:慢|不快|不透)(?:点|些|一点)?|(?:下雨|阴雨|阴天|下雪|天冷|降温|回南天|返潮|天潮|潮湿|连阴天?)[^。]{0,10}?(?:油漆|漆|腻子|水泥|涂料|胶)(?:老|总|一直|还)?(?:不干|没干)/;
/**
 * Round 21 (t21B): grievances the customer clears the company of, or tells as put right by the visit:
 * - the fault denied as the engineer's and laid on another party (不是师傅的问题 是我们小区物业不让走线; 上回断网是小区施工挖断了光缆
 *   不怪你们; 前天不热是寒潮来了): someone else's doing or the weather's, issue 13 item 2;
 * - the customer's household's own doing on this call or at home (刚才是孩子乱按的; 光猫是我家跳闸烧坏的 他给换了个新的);
 * - a past fault the engineer came and put right (我家网以前老掉线 他来了把线全理了一遍): the story of the visit's good work;
 * - the engineer running about to sort out another party's obstruction (物业刁难不让进材料 你们项目经理跑了好几趟去协调): effort.
 * - the engineer working long at a hard job and finishing it (墙特别难打 师傅钻了半天 打好了还给我扫干净了): effort, no delay
 *   (修了半天才修好, 弄了半天也没弄好 stay);
 * - a small delay the engineer rang ahead to announce, taken well (师傅提前打电话说晚十分钟 很守信): courtesy, no lateness nor line;
 * - a quarrel owned as the household's temper (我老公跟工长吵过一架 那是我老公脾气臭): the customer's side, not the staff's conduct;
 * - the household's mishap the worker took without a word (我家孩子把工人工具箱打翻了 人家一句都没说): his patience, no silence;
 * (不是师傅的问题吗? asked, or 不怪你们 followed by a "but", stays: the lookaheads below.)
 */
const CLEARED_ZH = new RegExp(`不是(你们|您们|师傅|他|人家|工人|小哥|装维|你们师傅)(的)?(问题|原因|错|责任|事)(?![吗么呢])[，,\\s]*(是|都是|主要是|而是|那是)[^，。]{0,4}(${OTHER_PARTIES_ZH}|小区|施工|停电)[^。]{0,14}|(上回|上次|之前|以前|前天|昨天|前几天|那几天|那天)[^，。]{0,8}(断网|断了|不热|凉|冷|坏|停)[^，。]{0,2}(是|是因为|因为)[^，。]{0,10}(${OTHER_PARTIES_ZH}|小区|施工|市政|修路|寒潮|降温|停电|大风|暴雨|雷)[^，。]{0,10}([，,\\s]*(不怪|不赖|不能怪|跟)(你们|您们|师傅|他)(没关系)?)?(?![^。]{0,6}(但|可是|不过))|(刚才|刚刚|那个)?(是)?(孩子|小孩|孙子|孙女|我)[^，。]{0,3}(乱按|瞎按|按错|误按|点错|乱点|瞎点)(了|的)?|(是|因为)(我家|我们家|我)[^，。]{0,6}(跳闸|停电|雷击|摔|碰|弄)(烧)?(坏|烧坏|摔坏)的[，,\\s]*(他|师傅|人家)[^，。]{0,4}(给|帮)(我)?换了|(以前|之前|原来)[^，。]{0,4}(老|总|经常|老是|总是)?(掉线|断网|断|卡|不热)[，,\\s]*(他|师傅|人家|小伙子?)(来了)?[^，。]{0,3}把[^，。]{0,6}(全|都)?(理|整理|捋|换|弄|修|调)了?(一遍|一下|好了|顺了)|(?<=(${OTHER_PARTIES_ZH})[^，。]{0,10})(刁难|不让|不给|拦着)[^，。]{0,8}[，,\\s]*(你们)?[^，。]{0,6}(跑了|去了)(好几|[两三四五几])(趟|回|次)[^，。]{0,4}(协调|沟通|交涉|商量|说)|(?<=(师傅|工人|他|人家|小伙子?|他们)[^，。]{0,2})(钻|打|凿|弄|调|修|装|接|折腾|忙活|研究|琢磨|鼓捣)了?(老|好)?半天(?=[，,\\s]*(终于|总算)?(打好|弄好|修好|装好|接好|调好|搞定|弄完|装完|打完|打通|弄通))|(师傅|他|人家|小伙子?)?提前[^，。]{0,2}(打|来|发)(了)?(个)?(电话|微信|消息|短信)[^，。]{0,2}(说|告诉我|通知)[^，。]{0,4}(晚|迟|晚到|迟到)[^，。]{0,2}(十|几|[一二三四五两\\d]+)?(来)?(分钟|会儿?)(?=[^。]{0,8}(守信|守时|靠谱|讲究|礼貌|负责|挺好|不错|很好|客气|理解|没事|没关系))|[^，。]{0,12}(吵|骂|闹|争)(过|了)?(一架|一回|一次|几句|起来)?[，,\\s]*(那|这)?(是|都是|也是|主要是|怪)(我|我家|我们家)(的)?(老公|爱人|媳妇|老婆|老伴|儿子|闺女|孩子|家人|自己)?(的)?(脾气|性子|的错|错|不对|太急|急|不讲理)[^，。]{0,3}|(孩子|小孩|孙子|孙女|狗|猫|我|我们)把[^，。]{0,10}(打翻|弄翻|碰倒|碰翻|弄坏|踩坏|弄脏|弄丢|弄乱)了?[，,\\s]*(人家|他|师傅|工人|他们|小伙子?)[^，。]{0,2}(一句|半句|啥|什么)(话)?(都|也)?没(说|讲|抱怨|计较|埋怨)(什么|啥)?`, 'g');
/** A span blanked out, its length kept (full-width spaces), so later positions stay where they were. */
export const blank = (m: string) => '　'.repeat(m.length);
/**
 * Round 20 (t20S): look-alikes of a grievance that are none against this visit (issue 13 item 2; ../shared/domain.md 000
 * 第三十六条: a complaint is about the company's work), each read by who or what it blames:
 * - a past provider's or another party's failings (以前的移动那边可差劲了, 去年那家供热公司可差了, 我们那物业才差劲呢);
 * - a relative's grumble set against the customer's own view (那口子天天嫌冷 我倒觉得还行);
 * - the neighbours' works (楼上装修吵得慌), a power or water cut in the estate (小区停电耽误了会儿);
 * - a holiday pause called normal (春节放假停了几天 正常), a price the customer chose (贵是贵点 但我要的就是千兆);
 * - the customer's own hearing as the cause (耳朵背 你们那电话里说话太快).
 */
const PAST_OR_OTHER_FAILINGS_ZH = new RegExp(`(?:以前|之前|原来|去年|往年|上回|那回|那会儿?)(?:的|那家|那个|用的)?[^，。]{0,4}?(?:移动|联通|电信|广电|别家|别的公司|供热公司|供暖公司|热力公司|公司|${OTHER_PARTIES_ZH})(?:那边|那家|的人|的师傅)?[^，。]{0,3}?(?:可|真|太|才|也|都)?(?:叫|是)?(?:差劲|差|烂|坑|黑|乱|不靠谱)(?:了|呢|死了|得很|多了)*|(?:${OTHER_PARTIES_ZH})(?:那边|那家|的人)?[^，。]{0,2}?才(?:叫|是)?(?:差劲|差|烂|坑|黑|乱|不靠谱)(?:呢|了)*`, 'g');
const RELATIVE_GRUMBLE_ZH = /(?:那口子|老伴|老头子?|老太婆|老太太|老婆|老公|媳妇儿?|爱人|孩子|儿子|闺女|女儿|家里人|我妈|我爸)[^，。]{0,4}?(?:天天|老|总|老是|总是|一直|也)?(?:嫌|说|抱怨|喊|念叨)[^，。]{0,8}?(?=[，,\s]*(?:可|但是?|不过)?(?:我|俺)(?:倒|可|自己|个人)(?:是)?(?:觉得|感觉|认为|看着?))/g;
const NEIGHBOURS_WORKS_ZH = /(?:楼上|楼下|隔壁|对门|邻居)(?:家|邻居)?(?:在|正在)?(?:装修|施工|打孔|砸墙|电钻)[^，。]{0,6}?(?:吵|闹|噪音|响|震)(?:得慌|死了|得很|人)?|(?:小区|楼里|我们那|我们这|片区|整栋楼|那天)?(?:停电|停水|断电|封路)[^，。]{0,4}?(?:耽误|耽搁|晚|拖)(?:了)?(?:会儿|一会儿?|点|些)?/g;
const PAUSE_CALLED_NORMAL_ZH = /(?:春节|过年|年前|年后|国庆|放假|节假日|假期)[^，。]{0,4}?(?:停|歇|休息|停工)(?:了)?[^，。]{0,4}?(?=[，,\s]*(?:也|这|那|这也|那也)?(?:正常|应该的|能理解|可以理解|理解))/g;
const PRICE_CHOSEN_ZH = /贵是贵(?:了)?(?:点|些|一点)?[^。]{0,3}?(?:但|不过|可)(?:是)?[^，。]{0,3}?(?:我|俺)(?:要的就是|就要|就图|图的就是|就是图|乐意|愿意|认)[^，。]*/g;
const OWN_HEARING_ZH = /(?:耳朵背|耳背|耳聋|耳朵不好(?:使)?|耳朵不灵)[^。]{0,14}?(?:说话|讲话|语速|说得)[^，。]{0,3}?(?:太|有点|挺|特)?快(?:了)?/g;
/**
 * Round 20 (t20S): the customer's own thing or household named as the cause (那是我家窗户的事, 当初断网是我们家装修把线挖断了): the
 * grievance told before it goes, back to the contrast word or the level that opens the answer (满意 stays).
 */
const OWN_THING_ZH = /(?:那|这)(?:是|算|是因为)(?:我|我们|俺)(?:家|自己|自个儿)(?:的)?[^，。]{0,4}?(?:的)?(?:事|问题|原因|毛病)(?:儿)?(?=$|[，。])|(?:是|因为)(?:我|我们|俺)(?:家|自己)(?:的)?(?:装修|孩子|小孩|老人|狗|猫|人)?[^，。]{0,3}?把[^，。]{0,6}?(?:挖|弄|碰|剪|拔|扯|踢|砸|拽|刨)(?:断|坏|掉|松)(?:了)?/;
function blankOwnThing(s: string): string {
  const o = OWN_THING_ZH.exec(s);
  // (他非说是我自己把线弄断的: the blame staff put on the customer stays, attitude.)
  if (!o || /(说|怪|赖|认为|觉得)[^，。]{0,3}$/.test(s.slice(0, o.index))) return s;
  const lead = /^[^，,]{0,6}?(满意|挺好|不错|还行|还可以|可以)(的|了|吧|啊)?[，,]?/.exec(s)?.[0].length ?? 0;
  let from = Math.max(lead, o.index - 14);
  const cut = /(就是|不过|但是|只是|可是)(?![^]*(就是|不过|但是|只是|可是))/.exec(s.slice(from, o.index));
  if (cut) from += cut.index + cut[0].length;
  return s.slice(0, from) + blank(s.slice(from, o.index + o[0].length)) + s.slice(o.index + o[0].length);
}
/**
 * Round 22 (t22C): the fault caused by another party and our people sorting it out with them (暖气不热是物业没开总阀 你们师傅跑了两趟
 * 帮着协调; 不热是楼上私自改了管子 你们上门跟他家协调好了): the cause is theirs, and the visits our people made to mediate are help,
 * not a repeat for one fault. Only with our side's help told after it (不热是物业的事 is DISOWNED's, 不热是楼上改了管子 你们也不管 stays).
 */
const OTHERS_FAULT_MEDIATED_ZH = new RegExp(`(?:不热|不暖和|没暖气|断网|没网|断了|漏水|渗水|停水|停电|没信号|坏了)(?:是|是因为|因为|原来是)(?:${OTHER_PARTIES_ZH}|他家|人家)[^，。]{0,12}?(?=(?:你们|您们|师傅|人家|他们|小伙子?)[^。]{0,12}?(?:协调|沟通|交涉|说和|调解|帮着|帮忙))|(?<=(?:${OTHER_PARTIES_ZH})[^。]{0,20})(?:跑了|来了|去了|上门)(?:好几|[两三四五几])(?:趟|回|次)(?=[^，。]{0,4}(?:协调|沟通|交涉|说和|调解))`, 'g');
/**
 * Round 22 (t22C): another party's accusation cleared on checking (楼下说我们漏水 后来查了是他家自己的管子; 邻居说是我们施工弄坏的
 * 结果一查是他家的问题): no fault of ours told. Not our staff's finding against the customer (师傅说是我家的问题) — no other party.
 */
const ACCUSATION_CLEARED_ZH = new RegExp(`(?:${OTHER_PARTIES_ZH})(?:家|的人)?(?:说|怪|赖|找上门说|非说)(?:是)?(?:我们|我家|咱家|你们|施工)[^，。]{0,10}?(?:后来|结果|最后)?(?:一)?(?:查|看|检查)(?:了|过|出来)?(?:才知道|发现)?(?:是|原来是|其实是)(?:他|她|他们|人家|${OTHER_PARTIES_ZH})(?:家)?(?:自己)?(?:的)?[^，。]{0,4}?(?:问题|原因|事|管子|水管|毛病|阀门)`, 'g');
/**
 * Round 22 (t22C): another party's mess or fault beside our worker praised (快递小哥把我门口弄得一团糟 修网的师傅倒是挺好; 物业的人
 * 乱扔垃圾 你们师傅可规矩了): the grievance is theirs. Our worker praised must follow; 快递小哥挺好 alone blanks nothing said.
 */
const OTHERS_MESS_OURS_PRAISED_ZH = new RegExp(`(?:${OTHER_PARTIES_ZH})(?:的)?(?:小哥|师傅|人|那边|家)?[^。]{1,16}?(?=(?:你们|您们)?(?:的|那个|这个)?(?:修网|装网|修宽带|装宽带|修暖气|修|装|来|上门)?(?:的)?(?:师傅|小伙子?|工人|装维)(?:人)?(?:倒是?|可|还|真)?(?:挺|很|特别|蛮|非常)(?:好|不错|负责|规矩|客气|专业|利索))`, 'g');
/**
 * Round 22 (t22C): another firm that failed where we then did it at once (联通的来了三回都没弄好 你们一趟就装好了; 移动那边的人来过两回都
 * 没弄好 你们一次就装上了): their visits are what ours is measured against, no repeat of ours. Only with ours done told right after.
 */
const OTHER_FIRM_FAILED_OURS_DONE_ZH = new RegExp(`(?:移动|联通|电信|广电|别家|别的公司|${OTHER_PARTIES_ZH})(?:那边|那家)?(?:的)?(?:人|师傅)?[^。]{0,14}?(?:没弄好|没修好|没装好|没装上|没弄通|没搞定|没弄明白|不行)(?=(?:你们|您们)[^，。]{0,4}?(?:一次|一趟|一回|一下|马上|当天|半天|一会儿?)(?:就)?(?:给)?(?:装|修|弄|搞|调)(?:好|上|通|定))`, 'g');
/**
 * Round 23 (t23B): the building's or the estate's obstacle that made our worker's job harder (物业不让车进 他扛着梯子走了老远, 单元门禁坏了
 * 害师傅在楼下等了一会儿, 电梯停了 小伙子背着箱子爬了六楼): another party's doing, and the hardship is the worker's, not the customer's
 * (issue 13 item 2: no grievance against the company's work). Only with the worker's hardship told after it; 电梯坏了 alone is blanked nowhere.
 */
const OBSTACLE_FOR_OUR_MAN_ZH = new RegExp(`(?:${OTHER_PARTIES_ZH}|小区|门禁|电梯|单元门|楼道|保安|停车场)[^。]{0,12}?(?:不让|不给|坏了|坏|停了|停运|锁了|不开|拦着)[^。]{0,8}?(?:害|害得|让|搞得|弄得|结果|所以)?(?:师傅|他|人家|小伙子?|工人|小哥)[^，。]{0,4}(?:在楼下|在门口|在外面)?[^，。]{0,4}(?:等|扛|走|爬|搬|绕|跑|背|拎|提)[^，。]{0,10}`, 'g');
/**
 * Round 24 (t24D): the market's prices grumbled at (现在建材价格涨得离谱, 物价涨得厉害, 原材料都涨价了): prices no one here sets,
 * no charge of the company's (a quote or a charge of theirs, 你们报价涨了, 材料费多收了, is not in it and stays).
 */
const MARKET_PRICES_ZH = /(?<!(?:你们|您们|他们|公司|报价|合同)[^，。]{0,4})(?:现在|最近|今年|这两年|这年头|如今)?(?:市场上?|外头|外面)?的?(?:建材|物价|原材料|市场价|行情)(?:的)?(?:价格|价钱|价)?[^，。]{0,3}?(?:涨|贵)(?:价)?(?:得|了)?(?:离谱|厉害|太多|不少|飞快|吓人)?(?:了)?/g;
export function notOursZh(norm: string): string {
  let s = blankSurveyCallsZh(norm.replace(MONEY_DENIED_ECHO_ZH, blank));
  const d = DISOWNED_ZH.exec(s) ?? (/(跟|和|与)(你们|您们|暖气|供暖|网|宽带|施工|装修)(施工|公司|这边)?(都|也)?(没|没有|无)(啥|什么)?关系/.exec(s));
  if (d && OTHER_PARTY_ZH.test(s.slice(Math.max(0, d.index - 24), d.index))) {
    const from = Math.max(0, d.index - 24);
    s = s.slice(0, from) + blank(s.slice(from, d.index + d[0].length)) + s.slice(d.index + d[0].length);
  }
  s = s.replace(WEATHER_SLOWED_ZH, blank).replace(CLEARED_ZH, blank).replace(OTHERS_FAULT_MEDIATED_ZH, blank).replace(ACCUSATION_CLEARED_ZH, blank).replace(OTHERS_MESS_OURS_PRAISED_ZH, blank).replace(OTHER_FIRM_FAILED_OURS_DONE_ZH, blank);
  s = blankOwnThing(s.replace(PAST_OR_OTHER_FAILINGS_ZH, blank).replace(RELATIVE_GRUMBLE_ZH, blank).replace(NEIGHBOURS_WORKS_ZH, blank).replace(PAUSE_CALLED_NORMAL_ZH, blank).replace(PRICE_CHOSEN_ZH, blank).replace(MARKET_PRICES_ZH, blank).replace(OWN_HEARING_ZH, blank));
  const t = TARIFF_OWNED_ZH.exec(s);
  if (t && !/多(收|扣|算)|乱|没(说|讲)(清楚)?|不透明/.test(t[0])) s = s.slice(0, t.index) + blank(t[0]) + s.slice(t.index + t[0].length);
  const b = BEYOND_US_ZH.exec(s);
  const before = b ? s.slice(Math.max(0, b.index - 16), b.index) : '';
  if (b && OTHER_PARTY_NAMED_ZH.test(before) && !OWN_SIDE_BEFORE_ZH.test(before)) {
    const from = Math.max(0, s.slice(0, b.index).search(OTHER_PARTY_THEN_ZH));
    s = s.slice(0, from) + blank(s.slice(from, b.index + b[0].length)) + s.slice(b.index + b[0].length);
  }
  if (OURS_FINE_ZH.test(s)) s = s.replace(OTHERS_STORY_ZH, blank);
  s = s.replace(OTHERS_NOT_OURS_ZH, blank);
  s = s.replace(REPORTED_FOR_OTHERS_ZH, blank);
  s = s.replace(OBSTACLE_FOR_OUR_MAN_ZH, blank);
  if (!/(说|怪|赖)[^]{0,8}(我|我们|俺)/.test(s)) {
    const o = OWN_CAUSED_SPAN_ZH.exec(s);
    if (o && !/(可|但|不过|就是)[^]{0,12}$/.test(s.slice(o.index + o[0].length)) ) s = s.slice(0, o.index) + blank(o[0]) + s.slice(o.index + o[0].length);
  }
  const e = OWN_EXCUSED_ZH.exec(s);
  const owner = e ? e.index + e[0].indexOf(e[1] ?? '') : 0;
  if (e && !/(说|怪|赖|还|就|都|不|但|可|若|倒|要)$/.test(s.slice(Math.max(0, owner - 3), owner)) && !/(可|但|不过|就是)[^]{0,12}$/.test(s.slice(e.index + e[0].length))) {
    s = s.slice(0, e.index) + blank(e[0]) + s.slice(e.index + e[0].length);
  }
  const g = MADE_GOOD_ZH.exec(s);
  if (g && !/(说是|说|你们说|号称)[^]{0,4}$/.test(s.slice(Math.max(0, g.index - 6), g.index)) && !/(没|不)/.test(g[0])) {
    // (Round 17, t17G2: a charge explained reaches back a clause or two, not over the level said first.)
    const lead = /^[^，,]{0,6}?(满意|挺好|不错|还行|还可以|可以)(的|了|吧|啊)?[，,]?/.exec(s)?.[0].length ?? 0;
    const from = /^(解释|说明)/.test(g[0]) ? Math.max(lead, g.index - 26) : Math.max(0, g.index - 16);
    s = s.slice(0, from) + blank(s.slice(from, g.index + g[0].length)) + s.slice(g.index + g[0].length);
  }
  return s;
}

/**
 * Round 16 (t16R): each clause (normalised, in order) as notOursZh reads it when the answer is read whole, what it sets aside
 * blanked: the value path leaves out a grieving clause whose rest grieves no more, as the complaint path does not read it.
 */
export function notOursClausesZh(norms: readonly string[]): string[] {
  const joined = norms.join('');
  const read = notOursZh(joined);
  if (read === joined) return [...norms];
  let at = 0;
  return norms.map((n) => read.slice(at, (at += n.length)));
}

/**
 * The words that name this service (its people, its work, the things it installs or mends), in one place for both languages.
 *
 * Readers that set an utterance aside as being about something else (nonanswer.ts: a game, a shop, a notice read out, the
 * customer's own worries; zh.ts and en.ts: praise of the weather, a meal, a pet) keep it an answer when it names the service.
 * They differ in how broad a naming counts, and each strength below is built on the one before it:
 * - SERVICE_STAFF_ZH: the staff and the work (师傅, 工人, 宽带, 暖气, 安装 …): the game family and WORD_MENTIONED_ZH.
 * - SERVICE_ZH: the staff and the work, or 你们: the non-answer families' "a word of this service beside them".
 * - SERVICE_OR_FAULT_ZH: the staff and the work, or a fault or a service word (服务, 问题, 修, 坏 …): the bot's voice remarked on.
 * - SERVICE_NAMED_ZH: anything of the service at all, down to single characters (装, 修, 网, 度) and the home it serves (屋里,
 *   房间), and a level word (满意): the praise of other things (zh.ts otherThingPraisedZh) is set aside only where none is said.
 *   The non-answer families keep the narrower lists (round 18 left them so: a broader one was not measured), as single
 *   characters such as 装, 网, 度 and 满意 also stand in what they set aside (三十八度 of a fever, 满意度 in an advert).
 * English likewise, on the lower-cased utterance with apostrophes as spaces: SERVICE_EN (the non-answer families), then
 * SERVICE_OR_SATISFIED_EN (a public address or a code spelt out: satisfied is ours there), SERVICE_DONE_EN (someone else on the
 * line, another product asked about: only "you guys did" and "fixed" tell of the work done; a bare "you guys" is how the other
 * product is asked for, do you guys do cheaper plans?, so one list for the two moved dev15 r-n-question-035 in round 18's
 * measurement and they stay two), and the broad SERVICE_NAMED_EN of en.ts's praise of other things (you, your, line, cold …).
 */

/** The staff and the work of this service, in Chinese. */
const STAFF_AND_WORK_ZH = '师傅|工人|工长|维修工|安装工|宽带|网速|暖气(?!片)|供暖|装修|客服|施工|安装|维修';
export const SERVICE_STAFF_ZH = new RegExp(STAFF_AND_WORK_ZH, 'u');
export const SERVICE_ZH = new RegExp(`你们|${STAFF_AND_WORK_ZH}`, 'u');
export const SERVICE_OR_FAULT_ZH = new RegExp(`${STAFF_AND_WORK_ZH}|服务|问题|解决|修|坏|慢|投诉|差评`, 'u');
export const SERVICE_NAMED_ZH = new RegExp(`你们|${STAFF_AND_WORK_ZH}|您们|热线|装|修|网|电视(?!剧)|机顶盒|路由|光猫|暖气|采暖|屋里|屋子|家里[^猫狗]|房间|服务|处理|满意|度|温度|回访|工程`);

/** The staff and the work of this service, in English (lower case, apostrophes as spaces). */
const STAFF_AND_WORK_EN = 'engineer|technician|installer|internet|broadband|wifi|wi fi|heating|radiator|company|your (team|guy|man|people|service)|install\\w*|repair\\w*|visit|connection|router';
export const SERVICE_EN = new RegExp(`\\b(${STAFF_AND_WORK_EN}|service|you guys)\\b`);
export const SERVICE_OR_SATISFIED_EN = new RegExp(`\\b(${STAFF_AND_WORK_EN}|you guys|satisf\\w*)\\b`);
export const SERVICE_DONE_EN = new RegExp(`\\b(${STAFF_AND_WORK_EN}|you guys did|fixed|satisf\\w*)\\b`);
export const SERVICE_NAMED_EN = new RegExp(`\\b(${STAFF_AND_WORK_EN}|fitter|guy|man|lady|worker|crew|installation|modem|signal|line|tv box|set top box|cable|service|you|your|hotline|fix(ed)?|appointment|job|warm|cold|survey|satisfaction)\\b`);

// The words of the Calls, Quality and flags-queue pages (zh-CN first, English second), kept
// beside those pages; t() of i18n.js answers everything shared.
import { getLang, t } from '../i18n.js';

const TEXT = {
  'zh-CN': {
    calls: '全部通话', quality: '质检抽检', callsCount: '共 {n} 通', flagsCount: '共 {n} 条待审核', flagsCountAll: '共 {n} 条',
    search: '搜索', searchHint: '工单号或号码后四位', dialog: '话术', outcome: '结果', flagged: '有标记', notFlagged: '无标记',
    engineer: '工程师', attempts: '次数', reached: '已接通', unreached: '未接通', firstCall: '首次呼叫', channels: '渠道',
    prev: '上一页', next: '下一页', pageOf: '第 {p} / {n} 页', pageSize: '每页',
    selectAll: '全选本页', markSelected: '将选中的 {n} 条标记为已审核', exportCsv: '导出 CSV', severity: '严重程度',
    bulkDone: '已标记 {n} 条为已审核',
    drawSample: '抽取样本', sampleDate: '通话日期', percent: '比例（%）', seed: '随机种子（可不填）', draw: '抽取',
    samples: '抽检样本', population: '当天接通通话', size: '抽取', scored: '已评分', drawnBy: '抽取人', openSample: '打开',
    scriptFollowed: '按话术执行', politeness: '礼貌用语', answerCorrect: '答案记录正确', yes: '是', no: '否', save: '保存',
    scoredBy: '评分人', notScored: '未评分', sampleOf: '{day} 抽检 {pct}%（种子 {seed}）：{size} / {pop} 通',
    noSample: '当天没有接通的通话，未抽取。', said: '播报', seek: '跳到此处', noInput: '（未应答）', sms: '短信', chat: '在线',
    voice: '电话', simulator: '模拟', speech: '语音', dtmf: '按键', text: '文字', none: '无应答',
    completed: '已完成', escalated: '已转人工', rescheduled: '已改约', opted_out: '拒绝回访', incomplete: '未完成', failed: '失败', pending: '待回访',
    scoreScale: '1 差 – 5 好',
    contactRateHint: '有人接听的回访 / 已联系的回访（至少呼叫或发送一次；答录机不算接听）',
    reachedOfAttempted: '有人接听 {r} / 已联系 {a}', callsPlaced: '外呼次数', callsAnswered: '有人接听 {n}（{rate}）',
    escalationsKpi: '升级人工', escalationsHint: '转人工或生成回访任务的次数（按原因分列）', downloadXlsx: '下载 Excel',
    noData: '暂无数据',
  },
  en: {
    calls: 'Calls', quality: 'Quality checks', callsCount: '{n} calls', flagsCount: '{n} to review', flagsCountAll: '{n} calls',
    search: 'Search', searchHint: 'work order or last 4 digits', dialog: 'Script', outcome: 'Outcome', flagged: 'Flagged', notFlagged: 'Not flagged',
    engineer: 'Engineer', attempts: 'Tries', reached: 'Reached', unreached: 'Not reached', firstCall: 'First call', channels: 'Channels',
    prev: 'Previous', next: 'Next', pageOf: 'Page {p} of {n}', pageSize: 'Per page',
    selectAll: 'Select this page', markSelected: 'Mark {n} selected reviewed', exportCsv: 'Export CSV', severity: 'Severity',
    bulkDone: '{n} marked reviewed',
    drawSample: 'Draw a sample', sampleDate: 'Day of the calls', percent: 'Share (%)', seed: 'Seed (optional)', draw: 'Draw',
    samples: 'Samples', population: 'Answered calls that day', size: 'Drawn', scored: 'Scored', drawnBy: 'Drawn by', openSample: 'Open',
    scriptFollowed: 'Script followed', politeness: 'Politeness', answerCorrect: 'Answer recorded correctly', yes: 'Yes', no: 'No', save: 'Save',
    scoredBy: 'Scored by', notScored: 'Not scored', sampleOf: '{day}, {pct}% (seed {seed}): {size} of {pop} calls',
    noSample: 'No answered calls that day: nothing drawn.', said: 'Said', seek: 'Play from here', noInput: '(no answer)', sms: 'SMS', chat: 'Chat',
    voice: 'Phone', simulator: 'Simulated', speech: 'speech', dtmf: 'keypad', text: 'text', none: 'no input',
    completed: 'Completed', escalated: 'Escalated', rescheduled: 'Rescheduled', opted_out: 'Opted out', incomplete: 'Incomplete', failed: 'Failed', pending: 'Pending',
    scoreScale: '1 poor – 5 good',
    contactRateHint: 'callbacks a person answered / callbacks attempted (at least one call or message; a machine is not a person)',
    reachedOfAttempted: 'reached {r} of {a} attempted', callsPlaced: 'Calls placed', callsAnswered: '{n} answered by a person ({rate})',
    escalationsKpi: 'Escalations', escalationsHint: 'live transfers and callback tasks opened (by reason)', downloadXlsx: 'Download Excel',
    noData: 'No data',
  },
};

/** A word of these pages, `{name}` filled from vars; else the shared dictionary's. */
export function tc(key, vars = {}) {
  const s = TEXT[getLang()]?.[key] ?? TEXT['zh-CN'][key] ?? t(key);
  return s.replace(/\{(\w+)\}/g, (_m, k) => String(vars[k] ?? ''));
}

/** Paging controls for a list answering {total}. */
export function pages(total, page, pageSize) {
  return Math.max(1, Math.ceil(total / pageSize));
}

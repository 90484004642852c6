/* global location */
// UI strings: Chinese first (zh-CN is the default), English second. The level names are the
// domain's (served by the server from src/domain as ./domain.js).
import { LABELS, LEVEL_LABELS } from './domain.js';
import { TASK_STRINGS } from './i18n-tasks.js';

// t(key, vars) looks a key up in the current language and falls back to Chinese, then to the key itself.
const DICT = {
  'zh-CN': {
    appName: '回访工作台',
    signIn: '登录', signOut: '退出', username: '用户名', password: '密码', signInFailed: '用户名或密码错误',
    flags: '待审核来电', tasks: '任务看板', live: '通话中', users: '用户',
    tenant: '公司', team: '班组', district: '区域', reason: '原因', from: '开始日期', to: '结束日期', reviewedFilter: '审核状态',
    all: '全部', reviewed: '已审核', unreviewed: '未审核', filter: '筛选', reset: '重置',
    time: '时间', workOrder: '工单', kind: '类型', customer: '客户', phone: '电话', level: '满意度', openTasks: '待办任务', status: '状态',
    noItems: '暂无记录', loading: '加载中…', back: '返回',
    anonymous: '匿名投诉人', anonymousNote: '投诉人要求匿名，姓名和电话不对任何人显示（003 八.5(8)）',
    reveal: '显示号码', revealDenied: '无权查看完整号码', revealed: '完整号码（已记录查看日志）',
    aliyunNotice: '此通话经阿里云语音服务外呼：实时监听和点击回拨是 Twilio 功能，阿里云通话不可用。', failureReason: '未接通原因', early_unassigned: '空号', early_powered_off: '关机', early_suspended: '停机',
    recording: '通话录音', noRecording: '无录音', recordingHidden: '录音仅主管和管理员可以收听',
    transcript: '逐轮记录', prompt: '机器人', answer: '客户', confidence: '识别置信度', via: '方式',
    scores: '评分', flagsOfCall: '标记', notes: '备注', saveNotes: '保存备注', markReviewed: '标记为已审核', saved: '已保存',
    createTask: '创建回访任务', assignee: '处理人', unassigned: '未分配', dueAt: '截止时间', detail: '说明', create: '创建',
    dueAuto: '按规则自动计算', taskCreated: '任务已创建',
    open: '待处理', in_progress: '处理中', resolved: '已解决', unreachable: '联系不上',
    overdue: '已超时', take: '领取', start: '开始处理', resolve: '解决', markUnreachable: '联系不上', reopen: '重新打开',
    resolution: '处理结果', resolutionRequired: '请填写处理结果', confirm: '确定', cancel: '取消', assign: '分配',
    reSurvey: '已生成回访复查', accessLog: '访问记录',
    liveCalls: '进行中的通话', channel: '渠道', startedAt: '开始时间', listenIn: '监听',
    listenInHow: '转人工的电话在通话会议中进行：点击“监听”后，系统拨打您的电话，接听后静音旁听（客户和坐席听不到您），监听会记入访问记录。',
    listenInNoTwilio: '未配置 Twilio：无法监听。这里只列出正在进行的通话。',
    listenInTransferMode: '转人工未使用会议模式（TWILIO_TRANSFER_MODE），无法监听。',
    listenInNoPhone: '您的账号没有登记电话号码，无法监听：请管理员在“用户”页面为您设置。',
    listenInNotInConference: '只有已转人工（在通话会议中）的电话可以监听',
    listenInCalling: '正在呼叫您的电话，接听后即可静音旁听：',
    conference_waiting: '转人工：等待坐席', conference_connected: '转人工：坐席通话中', withBot: '机器人回访中',
    rule: '升级规则', usersTitle: '用户管理', newUser: '新建用户', displayName: '姓名', role: '角色', allTenants: '全部公司',
    userEnabled: '启用', userDisabled: '已停用', enable: '启用', disable: '停用', setPhone: '设置电话', save: '保存',
    userCreated: '用户已创建', onlyAdminEdits: '仅管理员可以修改。',
    phoneHint: '电话用于转人工（坐席会被呼入通话会议）和监听（主管）；页面只显示脱敏号码，号码不写入日志。',
    phoneClearHint: '新号码（留空则清除）',
    ruleTitle: '升级规则', ruleIntro: '值班时间内，不满意、投诉等回访转人工（坐席电话接入通话会议）；无人接听或非值班时间，生成带处理时限的回访任务（004 第五十二条、第五十四条、第六十条）。',
    timeZone: '时区', staffedStart: '值班开始', staffedEnd: '值班结束', staffedDays: '值班日', transferTimeout: '转人工等待（秒）',
    countOutside: '小时时限按自然时间计算（不勾选则只计值班时间）', holidays: '节假日（每行一个，yyyy-mm-dd）',
    deadlines: '处理时限', deadline: '时限', deadlineHours: '小时内', deadlineDays: '个工作日内', otherReasons: '其他原因',
    advanced: '高级设置（JSON：队列、不转人工/不回访的原因、例外规则）', ruleSaved: '规则已保存', badJson: '高级设置不是有效的 JSON',
    weekday1: '一', weekday2: '二', weekday3: '三', weekday4: '四', weekday5: '五', weekday6: '六', weekday7: '日',
    tenants: '公司', tenantsTitle: '公司管理', tenantsIntro: '每家公司的时区、外呼时段、外呼日、节假日和调休上班日，以及工单系统回写地址。外呼时段按填写的为准（00:00-23:59 表示全天）；只有这里列出的节假日不外呼。',
    newTenant: '新建公司', editTenant: '修改', tenantId: '公司编号', tenantName: '公司名称', callingHours: '外呼时段', callingDays: '外呼日',
    callingHoursHint: '如 09:00-12:00,13:30-21:00；留空为默认时段', callingDaysHint: '如 1-5（周一至周五）；留空为每天',
    holidaysFile: '节假日与调休（每行：日期 holiday|workday 备注）', holidaysHint: '2025-10-01..2025-10-08 holiday 国庆节\n2025-10-11 workday 国庆调休',
    voiceProvider: '语音外呼', smsProvider: '短信', providers: '通信服务商', providerDefault: '默认（系统设置）', aliyun: '阿里云',
    writebackUrl: '回写地址', writebackSecret: '回写签名密钥（whsec_…）', writebackSecretKeep: '已设置；留空则不变', writebackAllowPrivate: '允许内网地址（本地部署的工单系统）',
    defaultHours: '默认时段', everyDay: '每天', holidayCount: '节假日', workdayCount: '调休上班', none: '无', secretSet: '密钥已设置',
    tenantCreated: '公司已创建', tenantSaved: '已保存', onlyGlobalAdminCreates: '只有管理全部公司的管理员可以新建公司。',
    forbidden: '无权访问', error: '出错了', language: 'English',
    engineer: '工程师', dialog: '话术', attempts: '呼叫记录', outcome: '结果', openCall: '查看通话',
    mine: '我的任务', role_admin: '管理员', role_supervisor: '主管', role_agent: '坐席',
    voice: '电话', sms: '短信', chat: '在线', simulator: '模拟',
    ...LEVEL_LABELS['zh-CN'],
    err_HF_FORBIDDEN: '您的角色无权执行此操作（完整号码仅主管和管理员可见）', err_HF_ANONYMOUS: '匿名投诉人：姓名和号码不对任何人显示（003 八.5(8)）',
    err_HF_CSRF: '页面已过期，请刷新后重试', err_HF_NOT_FOUND: '记录不存在或不在您的权限范围内', err_HF_AUTH_REQUIRED: '请先登录',
    err_HF_RECORDING_UNAVAILABLE: '录音无法获取', err_HF_RECORDING_FETCH_FAILED: '暂时无法从 Twilio 获取录音',
    err_HF_TASK_TRANSITION: '任务当前状态不允许这样修改',
    err_HF_LISTEN_UNAVAILABLE: '无法监听：通话不在通话会议中、未配置 Twilio，或您的账号没有电话号码',
    err_HF_PHONE_INVALID: '电话号码格式不正确',
    err_HF_BAD_REQUEST: '参数有误',
    reports: '报表', reportsTitle: '回访报表', period: '周期', period_day: '日', period_week: '周', period_month: '月', date: '日期',
    by: '分组', by_none: '不分组', by_tenant: '公司', by_kind: '工单类型', by_district: '区域', by_station: '热力站/服务区', by_team: '班组', by_engineer: '工程师',
    downloadCsv: '下载 CSV', heatingReport: '供热抽样调查月报（可打印）', heatingNeedsTenant: '选择公司后可打开供热抽样调查月报（可打印）',
    reportRange: '统计区间', generatedAt: '生成时间', allTenantsReport: '全部公司（各按本公司时区）',
    satisfactionRate: '满意率', satisfactionFormula: '满意率 =（非常满意 + 满意）/（非常满意 + 满意 + 不满意），“一般”不计入分母（004 第五十五条）',
    ordersDue: '应回访工单', attempted: '已呼叫', reached: '已接通', completed: '已完成', finished: '结束的回访', answered: '有评价',
    contactRate: '接通率', responseRate: '应答率', sameDayRate: '当日回访率', onTimeRate: '按时回访率', onTimeHint: '在联系策略计划的时限内完成：电信工单当天、最迟 3 天内（004 第五十三条）；供热维修 48 至 72 小时（003 四.4(7)）；供热投诉 2 天内（003 八.3）',
    answeredInTimeRate: '工单按时回复率', optOuts: '拒绝回访', complaints: '投诉', complaintRate: '投诉率', escalations: '升级',
    escalationsTitle: '升级与处理时长', escOpened: '新增', escResolved: '已解决', escUnreachable: '联系不上', escOpen: '未关闭', escOverdue: '超时',
    medianHours: '处理时长中位数', p90Hours: '处理时长 P90', hoursUnit: '小时', byReasonLabel: '按原因',
    reSurveyTitle: '回访复查满意度', samplingTitle: '抽样调查（分层）', stratum: '分层（区域 / 热力站）', sampled: '样本', responded: '应答',
    targetsTitle: '考核目标', target: '目标', actual: '实际', source: '依据', met: '达标', notMet: '未达标', noData: '无数据',
    distributionTitle: '各量表评分分布', scale: '量表', answerValue: '回答', count: '数量',
    reasonsTitle: '主要不满意原因', share: '占比', examples: '客户原话（号码已隐去）', noReasons: '本期没有不满意原因',
    breakdownTitle: '分组明细', noGroups: '本期没有数据', noneGroup: '（未填写）',
    chartTrend: '每日回访与满意率', chartReasons: '不满意原因', chartLevels: '满意度分布', countAxis: '份数',
    rc_late: '迟到/超时', rc_not_fixed: '没修好/还是断', rc_attitude: '服务态度', rc_mess: '垃圾/没打扫', rc_charges: '收费/要钱', rc_repeat_fault: '又坏/反复', rc_temperature: '不热/温度低', rc_other: '其他',
    tg_satisfaction: '满意率 > 99%', tg_answered_72h: '工单 72 小时内回复 100%', tg_complaint_rate: '投诉率 < 0.1%', tg_escalations_closed: '处理闭环率 100%', tg_closure_satisfaction: '闭环满意率 100%',
  },
  en: {
    appName: 'Callback workspace',
    signIn: 'Sign in', signOut: 'Sign out', username: 'Username', password: 'Password', signInFailed: 'Wrong username or password',
    flags: 'Flagged calls', tasks: 'Tasks', live: 'Live calls', users: 'Users',
    tenant: 'Company', team: 'Team', district: 'District', reason: 'Reason', from: 'From', to: 'To', reviewedFilter: 'Review',
    all: 'All', reviewed: 'Reviewed', unreviewed: 'Not reviewed', filter: 'Filter', reset: 'Reset',
    time: 'Time', workOrder: 'Work order', kind: 'Kind', customer: 'Customer', phone: 'Phone', level: 'Satisfaction', openTasks: 'Open tasks', status: 'Status',
    noItems: 'Nothing here', loading: 'Loading…', back: 'Back',
    anonymous: 'Anonymous complainant', anonymousNote: 'The complainant asked to stay anonymous: name and number are shown to no one (003 八.5(8)).',
    reveal: 'Show number', revealDenied: 'You may not see full numbers', revealed: 'Full number (this view is logged)',
    aliyunNotice: 'This call went through Aliyun voice: live listen-in and click-to-call are Twilio features and are not available for it.', failureReason: 'Not reached', early_unassigned: 'unassigned number (空号)', early_powered_off: 'switched off (关机)', early_suspended: 'suspended line (停机)',
    recording: 'Recording', noRecording: 'No recording', recordingHidden: 'Only supervisors and admins can play recordings',
    transcript: 'Transcript', prompt: 'Bot', answer: 'Customer', confidence: 'Confidence', via: 'Via',
    scores: 'Scores', flagsOfCall: 'Flags', notes: 'Notes', saveNotes: 'Save notes', markReviewed: 'Mark reviewed', saved: 'Saved',
    createTask: 'Create callback task', assignee: 'Assignee', unassigned: 'Unassigned', dueAt: 'Due', detail: 'Detail', create: 'Create',
    dueAuto: 'computed by the rule', taskCreated: 'Task created',
    open: 'Open', in_progress: 'In progress', resolved: 'Resolved', unreachable: 'Unreachable',
    overdue: 'Overdue', take: 'Take', start: 'Start', resolve: 'Resolve', markUnreachable: 'Unreachable', reopen: 'Reopen',
    resolution: 'Resolution', resolutionRequired: 'Write what was done', confirm: 'OK', cancel: 'Cancel', assign: 'Assign',
    reSurvey: 'Re-survey scheduled', accessLog: 'Access log',
    liveCalls: 'Calls in progress', channel: 'Channel', startedAt: 'Started', listenIn: 'Listen in',
    listenInHow: 'Calls put through to an agent run in a conference: "Listen in" rings your phone and, when you answer, you listen muted (neither customer nor agent hears you). Listening is logged.',
    listenInNoTwilio: 'Twilio is not configured: no listening in. This page lists the calls in progress.',
    listenInTransferMode: 'Live transfers do not run as conferences (TWILIO_TRANSFER_MODE): no listening in.',
    listenInNoPhone: 'Your user has no phone number to ring: ask an admin to set it on the Users page.',
    listenInNotInConference: 'Only calls put through to an agent (in a conference) can be listened in on',
    listenInCalling: 'Calling your phone; answer to listen in muted:',
    conference_waiting: 'Transfer: waiting for an agent', conference_connected: 'Transfer: agent on the call', withBot: 'Survey in progress',
    rule: 'Escalation rule', usersTitle: 'Users', newUser: 'New user', displayName: 'Name', role: 'Role', allTenants: 'All companies',
    userEnabled: 'Active', userDisabled: 'Disabled', enable: 'Enable', disable: 'Disable', setPhone: 'Set phone', save: 'Save',
    userCreated: 'User created', onlyAdminEdits: 'Only admins can change this.',
    phoneHint: 'The phone is rung for live transfers (agents join the call conference) and for listening in (supervisors); pages show it masked, logs never.',
    phoneClearHint: 'New number (empty clears it)',
    ruleTitle: 'Escalation rule', ruleIntro: 'In staffed hours, dissatisfied customers and complaints are put through to an agent (rung into the call conference); when nobody answers, or outside staffed hours, a callback task with a deadline is opened (004 第五十二条, 第五十四条, 第六十条).',
    timeZone: 'Time zone', staffedStart: 'Staffed from', staffedEnd: 'Staffed until', staffedDays: 'Staffed days', transferTimeout: 'Transfer rings (seconds)',
    countOutside: 'Hour deadlines count wall-clock time (unticked: staffed time only)', holidays: 'Holidays (one a line, yyyy-mm-dd)',
    deadlines: 'Deadlines', deadline: 'Deadline', deadlineHours: 'hours', deadlineDays: 'working days', otherReasons: 'Other reasons',
    advanced: 'Advanced (JSON: queue, reasons never transferred or called back, overrides)', ruleSaved: 'Rule saved', badJson: 'The advanced settings are not valid JSON',
    weekday1: 'Mon', weekday2: 'Tue', weekday3: 'Wed', weekday4: 'Thu', weekday5: 'Fri', weekday6: 'Sat', weekday7: 'Sun',
    tenants: 'Tenants', tenantsTitle: 'Tenants', tenantsIntro: 'Each company’s time zone, calling hours and days, holidays and make-up working days (调休), and the work-order system’s write-back endpoint. Calling hours apply exactly as given (00:00-23:59 is any time); only the holidays listed here stop calls.',
    newTenant: 'New tenant', editTenant: 'Edit', tenantId: 'Tenant id', tenantName: 'Company name', callingHours: 'Calling hours', callingDays: 'Calling days',
    callingHoursHint: 'e.g. 09:00-12:00,13:30-21:00; empty: the default hours', callingDaysHint: 'e.g. 1-5 (Monday to Friday); empty: every day',
    holidaysFile: 'Holidays and make-up working days (a line each: date holiday|workday note)', holidaysHint: '2025-10-01..2025-10-08 holiday National Day\n2025-10-11 workday make-up day',
    voiceProvider: 'Voice', smsProvider: 'SMS', providers: 'Providers', providerDefault: 'default (installation)', aliyun: 'Aliyun',
    writebackUrl: 'Write-back URL', writebackSecret: 'Write-back signing secret (whsec_…)', writebackSecretKeep: 'set; leave empty to keep it', writebackAllowPrivate: 'Allow a private address (an on-premises work-order system)',
    defaultHours: 'default hours', everyDay: 'every day', holidayCount: 'holidays', workdayCount: 'make-up days', none: 'none', secretSet: 'secret set',
    tenantCreated: 'Tenant created', tenantSaved: 'Saved', onlyGlobalAdminCreates: 'Only an admin of every tenant creates tenants.',
    forbidden: 'Access denied', error: 'Something went wrong', language: '中文',
    engineer: 'Engineer', dialog: 'Script', attempts: 'Attempts', outcome: 'Outcome', openCall: 'Open call',
    mine: 'My tasks', role_admin: 'Admin', role_supervisor: 'Supervisor', role_agent: 'Agent',
    voice: 'Voice', sms: 'SMS', chat: 'Chat', simulator: 'Simulator',
    ...LEVEL_LABELS.en,
    err_HF_FORBIDDEN: 'Your role may not do this (full numbers: supervisors and admins only)', err_HF_ANONYMOUS: 'Anonymous complainant: name and number are shown to no one (003 八.5(8))',
    err_HF_CSRF: 'The page is out of date: reload and try again', err_HF_NOT_FOUND: 'Not found, or not within your access', err_HF_AUTH_REQUIRED: 'Please sign in',
    err_HF_RECORDING_UNAVAILABLE: 'The recording is not available', err_HF_RECORDING_FETCH_FAILED: 'The recording could not be fetched from Twilio',
    err_HF_TASK_TRANSITION: 'The task cannot be moved like this from its status',
    err_HF_LISTEN_UNAVAILABLE: 'Cannot listen in: the call is not in a conference, Twilio is not configured, or your user has no phone number',
    err_HF_PHONE_INVALID: 'Not a valid phone number',
    err_HF_BAD_REQUEST: 'Invalid parameters',
    reports: 'Reports', reportsTitle: 'Callback reports', period: 'Period', period_day: 'Day', period_week: 'Week', period_month: 'Month', date: 'Date',
    by: 'Breakdown', by_none: 'None', by_tenant: 'Company', by_kind: 'Order kind', by_district: 'District', by_station: 'Heat station / area', by_team: 'Team', by_engineer: 'Engineer',
    downloadCsv: 'Download CSV', heatingReport: 'Heating survey report (printable)', heatingNeedsTenant: 'Choose a company to open the printable heating survey report',
    reportRange: 'Period', generatedAt: 'Generated', allTenantsReport: 'All companies (each in its own time zone)',
    satisfactionRate: 'Satisfaction', satisfactionFormula: 'Satisfaction = (very satisfied + satisfied) / (very satisfied + satisfied + dissatisfied); neutral is not in the denominator (004 第五十五条)',
    ordersDue: 'Orders due', attempted: 'Attempted', reached: 'Reached', completed: 'Completed', finished: 'Finished callbacks', answered: 'Answered',
    contactRate: 'Contact rate', responseRate: 'Response rate', sameDayRate: 'Same day', onTimeRate: 'On time', onTimeHint: 'Finished inside the window the contact policy planned: telecom orders the same day, at the latest within 3 days (004 第五十三条); heating repairs 48 to 72 h after the repair (003 四.4(7)); heating complaints within 2 days (003 八.3)',
    answeredInTimeRate: 'Orders answered in time', optOuts: 'Opted out', complaints: 'Complaints', complaintRate: 'Complaint rate', escalations: 'Escalations',
    escalationsTitle: 'Escalations and resolution time', escOpened: 'Opened', escResolved: 'Resolved', escUnreachable: 'Unreachable', escOpen: 'Not closed', escOverdue: 'Overdue',
    medianHours: 'Median resolution time', p90Hours: 'P90 resolution time', hoursUnit: 'h', byReasonLabel: 'By reason',
    reSurveyTitle: 'Re-survey satisfaction', samplingTitle: 'Sampling survey (strata)', stratum: 'Stratum (district / heat station)', sampled: 'Sample', responded: 'Responded',
    targetsTitle: 'Targets', target: 'Target', actual: 'Actual', source: 'Source', met: 'Met', notMet: 'Not met', noData: 'No data',
    distributionTitle: 'Answers per scale', scale: 'Scale', answerValue: 'Answer', count: 'Count',
    reasonsTitle: 'Main reasons for dissatisfaction', share: 'Share', examples: 'Customer quotes (numbers masked)', noReasons: 'No reasons for dissatisfaction in this period',
    breakdownTitle: 'Breakdown', noGroups: 'No data in this period', noneGroup: '(none)',
    chartTrend: 'Daily callbacks and satisfaction', chartReasons: 'Reasons for dissatisfaction', chartLevels: 'Satisfaction levels', countAxis: 'Count',
    rc_late: 'Late', rc_not_fixed: 'Not fixed', rc_attitude: 'Attitude', rc_mess: 'Mess left', rc_charges: 'Charges', rc_repeat_fault: 'Repeat fault', rc_temperature: 'Too cold', rc_other: 'Other',
    tg_satisfaction: 'Satisfaction > 99%', tg_answered_72h: 'Orders answered within 72 h: 100%', tg_complaint_rate: 'Complaint rate < 0.1%', tg_escalations_closed: 'Escalations closed: 100%', tg_closure_satisfaction: 'Satisfied on re-survey: 100%',
  },
};

let lang = localStorage.getItem('hf_lang') === 'en' ? 'en' : 'zh-CN';
document.documentElement.lang = lang;

export function getLang() {
  return lang;
}

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'zh-CN';
  localStorage.setItem('hf_lang', lang);
  document.documentElement.lang = lang;
}

for (const l of ['zh-CN', 'en']) Object.assign(DICT[l], TASK_STRINGS[l]);

/** A string by key, with `{name}` placeholders filled from `vars`. */
export function t(key, vars) {
  const s = DICT[lang][key] ?? DICT['zh-CN'][key] ?? key;
  return vars ? s.replace(/\{(\w+)\}/g, (m, k) => (vars[k] ?? m)) : s;
}

/**
 * A code in words from the one label table (src/domain/labels.ts, served as domain.js):
 * group reason, kind, taskStatus, callbackStatus, channel, outcome, role, segment,
 * taskCallOutcome, complaintCategory. `complaint:<category>` reasons are named with their category.
 */
export function label(group, code) {
  if (code === null || code === undefined || code === '') return '';
  if (group === 'reason') {
    const [head, category] = String(code).split(':', 2);
    if (category !== undefined && (head === 'complaint' || head === 'reservation')) {
      const c = LABELS.complaintCategory[category]?.[lang] ?? category;
      const h = head === 'complaint' ? (lang === 'en' ? 'Complaint' : '投诉') : lang === 'en' ? 'Minor remark' : '小意见';
      return lang === 'en' ? `${h}: ${c}` : `${h}：${c}`;
    }
  }
  return LABELS[group]?.[code]?.[lang] ?? code;
}

/** The message of an API error in the current language (by its HF_ code), else the server's text. */
export function errorText(err) {
  // A denial says what this page is for and who may use it.
  if (err?.status === 403 && err?.code === 'HF_FORBIDDEN') {
    const page = (location.hash.replace(/^#\//, '').split('/')[0] || 'flags');
    const k = `denied@${page}`;
    if (DICT[lang][k] || DICT['zh-CN'][k]) return t(k);
  }
  const key = err?.code ? `err_${err.code}` : null;
  return key && (DICT[lang][key] || DICT['zh-CN'][key]) ? t(key) : (err?.message ?? '');
}

export function reasonText(r) {
  return label('reason', r);
}

export function fmtTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

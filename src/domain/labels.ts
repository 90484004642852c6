/**
 * The one label table: every code the product shows people, in words, Chinese first and
 * English second. The workspace gets it through the module the server writes from src/domain
 * (/workspace/assets/domain.js); the escalation whisper, the reports and the CLI read it here.
 * A test (test/domain/labels.test.ts) checks that every code the workspace can show has both
 * labels, so no raw code (`vip_human_first`, `heating-repair`, `dtmf`) reaches a page.
 *
 * Pure and import-free, like all of src/domain.
 *
 * Also here: the severity order of escalation reasons, used when one callback gives several
 * reasons for a person to call back. 004 第五十条 (no repeated, unnecessary callbacks of one
 * customer): they make ONE task, its reasons listed most serious first.
 */

export type Locale = 'zh-CN' | 'en';
export interface Label {
  'zh-CN': string;
  en: string;
}
type Table = Readonly<Record<string, Label>>;

const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** Why a person must call back, or why a call was flagged (escalations.reason, flags.reason). */
export const REASON_LABELS: Table = {
  dissatisfied: l('不满意', 'Dissatisfied'),
  low_score: l('评分低', 'Low score'),
  not_fixed: l('故障未修复', 'Not fixed'),
  not_resolved: l('问题未解决', 'Not resolved'),
  complaint: l('投诉', 'Complaint'),
  human_requested: l('要求人工', 'Asked for a person'),
  misconduct: l('反映工作人员违规', 'Staff misconduct'),
  low_confidence: l('识别不清', 'Unclear answer'),
  hung_up: l('中途挂断', 'Hung up'),
  opt_out: l('拒绝回访', 'Opted out'),
  wrong_person: l('非本人', 'Wrong person'),
  abusive: l('言语过激', 'Abusive language'),
  check_number: l('号码待核实', 'Number to check'),
  vip_human_first: l('重要客户人工回访', 'VIP: a person calls first'),
  auto_unreachable: l('自动回访未接通', 'Automatic callback not answered'),
  auto_machine: l('自动回访遇语音信箱', 'Automatic callback reached voicemail'),
  auto_vip: l('重要客户人工回访', 'VIP: a person calls first'),
};

/** The complaint categories (src/nlu/complaints.ts), as `complaint:<category>` and `reservation:<category>`. */
export const COMPLAINT_CATEGORY_LABELS: Table = {
  late: l('迟到/爽约/拖延', 'Late, missed or delayed'),
  mess: l('脏乱/损坏', 'Mess or damage'),
  attitude: l('服务态度', 'Attitude'),
  money: l('索要财物/额外收费', 'Asked for money or extra charges'),
  not_fixed: l('问题未解决', 'Not fixed'),
  repeat_visit: l('多次上门', 'Repeated visits'),
  unreachable: l('联系不上', 'Could not reach staff'),
  billing: l('费用争议', 'Billing dispute'),
  safety: l('安全隐患', 'Safety hazard'),
  quality: l('质量问题', 'Quality'),
};

/** Kinds of work order (src/domain/deadlines.ts KIND_RULES). */
export const KIND_LABELS: Table = {
  install: l('装机', 'Installation'),
  move: l('移机', 'Move'),
  repair: l('维修', 'Repair'),
  complaint: l('投诉', 'Complaint'),
  'smart-home': l('智家工程师上门', 'Home engineer visit'),
  'heating-repair': l('供热维修', 'Heating repair'),
  'heating-complaint': l('供热投诉', 'Heating complaint'),
  'heating-sampling': l('供热抽样调查', 'Heating survey'),
  'renovation-start': l('装修开工', 'Renovation start'),
  'renovation-mid-payment': l('装修中期', 'Renovation mid-payment'),
  'renovation-completion': l('装修竣工', 'Renovation completion'),
  'renovation-warranty': l('装修保修', 'Renovation warranty'),
  'renovation-stage': l('装修', 'Renovation'),
};

/** Task (escalation) statuses. */
export const TASK_STATUS_LABELS: Table = {
  open: l('待处理', 'Open'),
  in_progress: l('处理中', 'In progress'),
  resolved: l('已解决', 'Resolved'),
  unreachable: l('联系不上', 'Unreachable'),
};

/** Callback statuses (src/domain/callbacks.ts). */
export const CALLBACK_STATUS_LABELS: Table = {
  pending: l('待回访', 'Pending'),
  in_progress: l('回访中', 'In progress'),
  completed: l('已完成', 'Completed'),
  escalated: l('已转人工', 'Escalated'),
  rescheduled: l('已改约', 'Rescheduled'),
  opted_out: l('拒绝回访', 'Opted out'),
  incomplete: l('未完成', 'Incomplete'),
  failed: l('失败', 'Failed'),
};

/** Channels of an attempt, and how an answer came in. */
export const CHANNEL_LABELS: Table = {
  voice: l('电话', 'Phone'),
  sms: l('短信', 'SMS'),
  chat: l('在线', 'Chat'),
  simulator: l('模拟', 'Simulator'),
  speech: l('语音', 'Speech'),
  dtmf: l('按键', 'Keypad'),
  text: l('文字', 'Text'),
};

/** Outcomes of an attempt and of a dialog. */
export const OUTCOME_LABELS: Table = {
  answered: l('已接听', 'Answered'),
  'no-answer': l('无人接听', 'No answer'),
  busy: l('占线', 'Busy'),
  failed: l('呼叫失败', 'Failed'),
  machine: l('语音信箱', 'Answering machine'),
  hung_up: l('中途挂断', 'Hung up'),
  completed: l('已完成', 'Completed'),
  escalated: l('已转人工', 'Escalated'),
  rescheduled: l('已改约', 'Rescheduled'),
  opted_out: l('拒绝回访', 'Opted out'),
  incomplete: l('未完成', 'Incomplete'),
};

/** Workspace roles. */
export const ROLE_LABELS: Table = {
  admin: l('管理员', 'Admin'),
  supervisor: l('主管', 'Supervisor'),
  agent: l('坐席', 'Agent'),
};

/** Customer segments. */
export const SEGMENT_LABELS: Table = {
  vip: l('重要客户', 'VIP'),
  high_value: l('高价值客户', 'High value'),
};

/** How a task's click-to-call went (task_calls.outcome). */
export const TASK_CALL_OUTCOME_LABELS: Table = {
  calling_agent: l('正在呼叫坐席', 'Ringing the agent'),
  calling_customer: l('正在接通客户', 'Ringing the customer'),
  connected: l('通话中', 'Connected'),
  completed: l('已通话', 'Talked'),
  customer_no_answer: l('客户未接听', 'Customer did not answer'),
  customer_busy: l('客户占线', 'Customer busy'),
  customer_failed: l('客户号码呼叫失败', 'Call to the customer failed'),
  agent_no_answer: l('坐席未接听', 'Agent did not answer'),
  failed: l('呼叫失败', 'Failed'),
};

/** The groups of the table, by name (the served module and the label test read this). */
export const LABELS = {
  reason: REASON_LABELS,
  complaintCategory: COMPLAINT_CATEGORY_LABELS,
  kind: KIND_LABELS,
  taskStatus: TASK_STATUS_LABELS,
  callbackStatus: CALLBACK_STATUS_LABELS,
  channel: CHANNEL_LABELS,
  outcome: OUTCOME_LABELS,
  role: ROLE_LABELS,
  segment: SEGMENT_LABELS,
  taskCallOutcome: TASK_CALL_OUTCOME_LABELS,
} as const;
export type LabelGroup = keyof typeof LABELS;

/**
 * A code in words. Reasons `complaint:<category>` and `reservation:<category>` are named with
 * their category. An unknown code falls back to itself (a test keeps the shown codes known).
 */
export function labelOf(group: LabelGroup, code: string | null | undefined, locale: Locale = 'zh-CN'): string {
  if (code === null || code === undefined || code === '') return '';
  if (group === 'reason') {
    const [head, category] = code.split(':', 2) as [string, string | undefined];
    if (category !== undefined && (head === 'complaint' || head === 'reservation')) {
      const c = COMPLAINT_CATEGORY_LABELS[category]?.[locale] ?? category;
      const h = head === 'complaint' ? (locale === 'en' ? 'Complaint' : '投诉') : locale === 'en' ? 'Minor remark' : '小意见';
      return locale === 'en' ? `${h}: ${c}` : `${h}：${c}`;
    }
  }
  return LABELS[group][code]?.[locale] ?? code;
}

/**
 * Escalation reasons, most serious first: staff misconduct and complaints (2 hours, 004 第六十条;
 * 000 第四十三条), a fault not fixed, dissatisfaction (004 第五十二条, 第五十四条), then the
 * reasons a person calls for other causes. Unknown reasons come last.
 */
export const REASON_SEVERITY: readonly string[] = [
  'misconduct',
  'complaint',
  'not_fixed',
  'not_resolved',
  'dissatisfied',
  'low_score',
  'abusive',
  'human_requested',
  'vip_human_first',
  'auto_vip',
  'auto_unreachable',
  'auto_machine',
  'hung_up',
  'low_confidence',
  'check_number',
  'wrong_person',
  'reservation',
  'opt_out',
];

/** The rank of a reason in REASON_SEVERITY (0 = most serious); `complaint:late` ranks as `complaint`. */
export function reasonRank(reason: string): number {
  const head = reason.split(':', 1)[0] ?? reason;
  const i = REASON_SEVERITY.indexOf(head);
  return i === -1 ? REASON_SEVERITY.length : i;
}

/** Reasons without repeats, most serious first (a stable order for equal ranks). */
export function bySeverity(reasons: readonly string[]): string[] {
  return [...new Set(reasons)].map((r, i) => ({ r, i })).sort((a, b) => reasonRank(a.r) - reasonRank(b.r) || a.i - b.i).map((x) => x.r);
}

/**
 * A task's deadline basis in words (escalations.basis, as the escalation plan writes it:
 * "hours:2 (004 第六十条)", "workingDays:1@18:00 (tenant default)", "set by hand",
 * "override {…}"): "2 小时内（004 第六十条）", "1 个工作日内 18:00 前（公司默认规则）".
 */
export function basisLabel(basis: string | null | undefined, locale: Locale = 'zh-CN'): string {
  if (!basis) return '';
  const en = locale === 'en';
  if (basis === 'set by hand') return en ? 'set by hand' : '手工设定';
  const m = /^(hours:(\d+(?:\.\d+)?)|workingDays:(\d+)(?:@(\d{2}:\d{2}))?)\s*(?:\((.*)\))?$/.exec(basis.trim());
  if (!m) return basis.startsWith('override') ? (en ? 'a rule exception' : '例外规则') : basis;
  const when = m[2] !== undefined
    ? (en ? `within ${m[2]} h` : `${m[2]} 小时内`)
    : en ? `within ${m[3]} working day(s)${m[4] ? ` by ${m[4]}` : ''}` : `${m[3]} 个工作日内${m[4] ? ` ${m[4]} 前` : ''}`;
  const src = m[5] === undefined ? '' : m[5] === 'tenant default' ? (en ? 'company default' : '公司默认规则') : m[5].startsWith('override') ? (en ? 'a rule exception' : '例外规则') : m[5];
  return src ? (en ? `${when} (${src})` : `${when}（${src}）`) : when;
}

/**
 * `huifang demo` (`npm run demo`): the main job end to end on embedded defaults — a day of
 * generated work orders, planned, called through the simulator and the real server, with a
 * summary (src/demo/run.ts). `--conversations` instead prints every sample dialog
 * against a few scripted customers.
 */
import type { Command } from 'commander';
import type { DemoSummary } from '../../demo/run.js';
import type { ListenEffect } from '../../engine/types.js';

/** A scripted customer: how they answer each kind of question (first call of each kind first). */
interface Customer {
  yesno: string[];
  csat3: string;
  scale: (min: number, max: number) => string;
  text: string;
  time: string;
  /** Say this instead, at the n-th question (0-based). */
  interrupt?: { at: number; line: string };
}

const CUSTOMERS: Record<string, Customer> = {
  满意的客户: { yesno: ['是的', '方便', '好了', '是', '对', '会'], csat3: '挺满意的', scale: (_, max) => (max === 10 ? '给九分吧' : max === 5 ? '五分' : '二十度左右'), text: '没有了', time: '明天上午' },
  不满意的客户: {
    yesno: ['对', '可以', '还是不行', '不满意', '不满意', '不会'],
    csat3: '不太满意',
    scale: (_, max) => (max === 10 ? '五分吧' : max === 5 ? '两分' : '屋里才十六度'),
    text: '师傅迟到了两个小时，还把垃圾留在屋里',
    time: '明天上午',
  },
  正忙的客户: { yesno: ['是我'], csat3: '满意', scale: () => '八分', text: '没有', time: '下午三点', interrupt: { at: 1, line: '在开车，下午三点再打吧' } },
  按键的客户: { yesno: ['#1'], csat3: '#2', scale: (_, max) => (max === 10 ? '#8' : max === 5 ? '#4' : '#2'), text: '#0', time: '#3' },
  要求不再打扰的客户: { yesno: ['是'], csat3: '满意', scale: () => '八分', text: '没有', time: '明天', interrupt: { at: 1, line: '以后别再打电话了' } },
};

function responder(c: Customer) {
  let n = 0;
  let yes = 0;
  return (listen: ListenEffect | null, said: string[]): string | null => {
    if (!listen) return null;
    const i = n++;
    if (c.interrupt && c.interrupt.at === i) return c.interrupt.line;
    const e = listen.expect;
    switch (e.kind) {
      case 'yesno':
        // "Did anyone break the rules?" is a question where "no" is the good answer.
        if (/违反|违规/.test(said.join(''))) return c.csat3 === '不太满意' ? '有，师傅要了红包' : '没有';
        return c.yesno[Math.min(yes++, c.yesno.length - 1)] ?? '是';
      case 'csat3':
        return c.csat3;
      case 'scale':
        return c.scale(e.min, e.max);
      case 'time':
        return c.time;
      default:
        return c.text;
    }
  };
}

function printSummary(s: DemoSummary): void {
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  const lines = [
    '',
    `回访演示 Huifang demo — 模拟日期 ${s.date}（${(s.details.elapsedMs / 1000).toFixed(1)} s，${s.provider === 'aliyun' ? '阿里云 Aliyun' : 'Twilio'}）`,
    `  工单 work orders        ${s.orders}（${s.details.tenants.join(', ')}）`,
    `  回访 callbacks          ${s.callbacks}`,
    `  外呼 calls              ${s.calls}（接通 reached ${s.reached}）`,
    `  完成 completed          ${s.completed}`,
    `  转人工 escalated        ${s.escalated}`,
    `  改约 rescheduled        ${s.rescheduled}`,
    `  免打扰 opted out        ${s.optedOut}`,
    `  短信回访 SMS fallbacks  ${s.smsFallbacks}`,
    `  人工任务 human tasks    ${s.humanTasks}`,
    ...(s.provider === 'aliyun' ? [`  空号/关机/停机 early media ${s.details.earlyMedia}`] : []),
    `  标记待审 flagged calls  ${s.details.flagged}`,
    `  满意率 satisfaction     ${pct(s.satisfactionRate)}   (非常满意+满意)/(非常满意+满意+不满意), 004 第五十五条`,
    `  窗口外外呼 outside window ${s.callsOutsideWindow}   重复外呼 duplicate dials ${s.duplicateDials}`,
    `  回写 write-back         ${s.details.writeback.delivered} delivered, ${s.details.writeback.pending} pending${s.details.writeback.pending ? ' (set HUIFANG_WRITEBACK_URL to deliver)' : ''}`,
    `  录音 recordings         ${s.details.recordings}${s.details.audio ? ` (${s.details.audio})` : ' (no audio renderer)'}`,
    '',
    `数据 data: ${s.details.dataDir}`,
    '工作台 workspace: HUIFANG_ADMIN_USER=admin HUIFANG_ADMIN_PASSWORD=<a password> npm run -s huifang -- serve',
    '   then open http://127.0.0.1:3000/workspace/ (flagged calls, recordings, tasks)',
    `报表 report: npm run -s huifang -- report --period day --date ${s.date} --tenant demo-telecom`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

export function register(program: Command): void {
  program
    .command('demo')
    .description('the main job end to end: a day of work orders, called through the simulator, with a summary')
    .option('--orders <n>', 'work orders to generate', '240')
    .option('--seed <s>', 'random seed', '7')
    .option('--date <YYYY-MM-DD>', 'the simulated day (default: today in Asia/Shanghai)')
    .option('--json', 'print the summary as one JSON object on the last line')
    .option('--verbose', 'log every scheduler tick (stderr)')
    .option('--provider <name>', 'the telephony provider the calls and texts go through: twilio or aliyun (docs/telephony-aliyun.md)', 'twilio')
    .option('--conversations', 'instead: print every sample dialog against scripted customers')
    .action(async (o: { orders: string; seed: string; date?: string; json?: boolean; verbose?: boolean; conversations?: boolean; provider: string }) => {
      if (o.conversations) return conversations(Boolean(o.json));
      if (o.provider !== 'twilio' && o.provider !== 'aliyun') {
        const { HuifangError } = await import('../../shared/errors.js');
        throw new HuifangError('HF_CLI_USAGE', `--provider ${o.provider.slice(0, 40)}: twilio or aliyun`);
      }
      const provider = o.provider;
      const [{ SingleBar }, { runDemo }] = await Promise.all([import('cli-progress'), import('../../demo/run.js')]);
      const bar = process.stderr.isTTY ? new SingleBar({ format: '回访 {bar} {value}/{total} callbacks settled | {label}', hideCursor: true }) : null;
      let started = false;
      const s = await runDemo({
        orders: Number(o.orders),
        seed: Number(o.seed),
        ...(o.date ? { date: o.date } : {}),
        provider,
        verbose: Boolean(o.verbose),
        progress: (done, total, label) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0, { label });
            started = true;
          }
          bar.update(done, { label });
        },
        log: (line) => process.stderr.write(line + '\n'),
      });
      bar?.stop();
      if (o.json) {
        const { details: _details, ...flat } = s;
        process.stdout.write(JSON.stringify(flat) + '\n');
      } else {
        printSummary(s);
      }
    });
}

async function conversations(json: boolean): Promise<void> {
  const [{ interpret }, { converse }, { loadRegistry }] = await Promise.all([
    import('../../nlu/index.js'),
    import('../../engine/conversation.js'),
    import('../../engine/registry.js'),
  ]);
  const now = new Date().toISOString();
  for (const dialog of loadRegistry().all().filter((d) => d.spec.locale === 'zh-CN')) {
    for (const [who, customer] of Object.entries(CUSTOMERS)) {
      const c = converse(dialog, responder(customer), { interpret, now, variables: { customerName: '王先生' } });
      if (json) {
        process.stdout.write(JSON.stringify({ customer: who, ...c.result }) + '\n');
        continue;
      }
      process.stdout.write(`\n=== ${dialog.spec.title} (${dialog.spec.id}) × ${who}\n`);
      for (const t of c.turns) {
        if (t.input !== null) process.stdout.write(`  客户: ${t.input === '' ? '(没有说话)' : t.input}\n`);
        for (const line of t.said) process.stdout.write(`  机器人: ${line}\n`);
      }
      const r = c.result;
      process.stdout.write(
        `  → 结果: ${r.outcome}${r.score ? `，评分 ${r.score.raw}（${r.score.level}）` : ''}${r.escalation ? `，转人工: ${r.escalation.reason}` : ''}${r.callbackAt ? `，约定回电 ${r.callbackAt}` : ''}\n`,
      );
    }
  }
}

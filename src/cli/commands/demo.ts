/**
 * `huifang demo` (`npm run demo`): every sample dialog against a few scripted customers,
 * printing each conversation and its result. The campaign pipeline replaces this with the
 * whole product: work orders -> plan -> simulated calls -> results -> reports.
 */
import type { Command } from 'commander';
import { converse } from '../../engine/conversation.js';
import { loadRegistry } from '../../engine/registry.js';
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

export function register(program: Command): void {
  program
    .command('demo')
    .description('run every sample dialog against scripted customers and print each conversation')
    .option('--json', 'print one JSON result per conversation')
    .action(async (o: { json?: boolean }) => {
      const { interpret } = await import('../../nlu/index.js');
      const now = new Date().toISOString();
      for (const dialog of loadRegistry().all().filter((d) => d.spec.locale === 'zh-CN')) {
        for (const [who, customer] of Object.entries(CUSTOMERS)) {
          const c = converse(dialog, responder(customer), { interpret, now, variables: { customerName: '王先生' } });
          if (o.json) {
            process.stdout.write(JSON.stringify({ customer: who, ...c.result }) + '\n');
            continue;
          }
          process.stdout.write(`\n=== ${dialog.spec.title} (${dialog.spec.id}) × ${who}\n`);
          for (const t of c.turns) {
            if (t.input !== null) process.stdout.write(`  客户: ${t.input === '' ? '(没有说话)' : t.input}\n`);
            for (const s of t.said) process.stdout.write(`  机器人: ${s}\n`);
          }
          const r = c.result;
          process.stdout.write(
            `  → 结果: ${r.outcome}${r.score ? `，评分 ${r.score.raw}（${r.score.level}）` : ''}${r.escalation ? `，转人工: ${r.escalation.reason}` : ''}${r.callbackAt ? `，约定回电 ${r.callbackAt}` : ''}\n`,
          );
        }
      }
    });
}

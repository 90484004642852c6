/**
 * A fake Huifang webhook server for the simulator tests: a small Fastify app that checks
 * every request's X-Twilio-Signature with `twilio.validateRequest` and answers a scripted
 * install-callback dialog in TwiML (greeting, identity, convenient, satisfaction, reason).
 */
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import twilio from 'twilio';

export const ACCOUNT_SID = 'AC' + '0123456789abcdef'.repeat(2);
export const AUTH_TOKEN = 'simulator-test-token';

export interface Received {
  path: string;
  url: string;
  params: Record<string, string>;
  signature: string;
  valid: boolean;
  at: number;
}

export interface FakeServer {
  app: FastifyInstance;
  publicUrl: string;
  received: Received[];
  on(path: string): Received[];
  close(): Promise<void>;
}

const STEPS = [
  { id: 'identity', ask: '请问您是张先生本人吗？是请说“是”或按1，不是请按2。', hints: '是,不是' },
  { id: 'convenient', ask: '您今天办理的宽带安装已经完工，想占用您一分钟做个回访，现在方便吗？方便请按1，不方便请按2。', hints: '方便,不方便' },
  { id: 'satisfaction', ask: '请问您对这次宽带安装服务满意吗？非常满意请按1，满意请按2，不满意请按3。', hints: '非常满意,满意,不满意' },
  { id: 'reason', ask: '很抱歉给您带来不便。请问您不满意的主要原因是什么？请直接说出来，不便说明请按0。', hints: '' },
];

function gather(a: string, t: number, ask: string, hints: string, mode = 'speech dtmf'): string {
  return (
    `<Gather input="${mode}" action="/twilio/voice?a=${a}&amp;t=${t}" method="POST" language="cmn-Hans-CN" hints="${hints}" timeout="5" speechTimeout="auto">` +
    `<Say language="cmn-CN" voice="Polly.Zhiyu-Neural">${ask}</Say></Gather>` +
    `<Redirect method="POST">/twilio/voice?a=${a}&amp;t=${t}&amp;noinput=1</Redirect>`
  );
}

const xml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;

/** Start the fake server on a free port. */
export async function startFakeServer(token = AUTH_TOKEN): Promise<FakeServer> {
  const app = Fastify({ logger: false });
  await app.register(formbody);
  const received: Received[] = [];
  let publicUrl = '';
  const noInputs = new Map<string, number>();

  app.addHook('preHandler', async (req) => {
    const params = { ...((req.body ?? {}) as Record<string, string>) };
    const url = publicUrl + req.url;
    const signature = String(req.headers['x-twilio-signature'] ?? '');
    received.push({
      path: req.url.split('?')[0] ?? '',
      url,
      params,
      signature,
      valid: twilio.validateRequest(token, signature, url, params),
      at: Date.now(),
    });
  });

  app.post('/twilio/voice', async (req, reply) => {
    const q = req.query as { a: string; t: string; noinput?: string };
    const b = (req.body ?? {}) as Record<string, string>;
    const t = Number(q.t);
    const a = q.a;
    reply.type('text/xml');
    if (t === 0 && !q.noinput) {
      return xml(`<Say>您好，我是中国电信客服代表，工号1001。</Say>${gather(a, 1, STEPS[0]!.ask, STEPS[0]!.hints)}`);
    }
    if (q.noinput) {
      const n = (noInputs.get(a) ?? 0) + 1;
      noInputs.set(a, n);
      if (n >= 2) return xml('<Say>抱歉没有听到您的回答，我们稍后再联系您，再见。</Say><Hangup/>');
      const step = STEPS[Math.max(0, t - 1)]!;
      return xml(gather(a, t, `抱歉没有听清。${step.ask}`, step.hints));
    }
    const said = b.SpeechResult ?? '';
    const digits = b.Digits ?? '';
    if (/转人工/.test(said)) return xml('<Say>好的，正在为您转接人工客服。</Say><Dial action="/twilio/voice?a=' + a + '&amp;t=99">+8610010000</Dial>');
    if (t === 99) return xml('<Hangup/>');
    if (/别再打/.test(said)) return xml('<Say>好的，以后不再打扰您，再见。</Say><Hangup/>');
    if (t === 2 && (/不方便/.test(said) || digits === '2')) return xml('<Say>好的，那我们下午三点再联系您，再见。</Say><Hangup/>');
    if (t === 3 && (/不满意/.test(said) || digits === '3')) return xml(gather(a, 4, STEPS[3]!.ask, STEPS[3]!.hints));
    if (t >= 3) return xml('<Say>感谢您对中国电信的支持，祝您生活愉快，再见！</Say><Hangup/>');
    const step = STEPS[t]!;
    return xml(gather(a, t + 1, step.ask, step.hints));
  });
  for (const p of ['/twilio/status', '/twilio/recording', '/twilio/amd', '/twilio/sms-status']) {
    app.post(p, async (_req, reply) => reply.code(204).send());
  }
  app.post('/twilio/sms', async (req, reply) => {
    const b = (req.body ?? {}) as Record<string, string>;
    reply.type('text/xml');
    if (/不满意/.test(b.Body ?? '') && !/，/.test(b.Body ?? '')) return xml('<Message>很抱歉，请问主要是什么原因？</Message>');
    return xml('<Message>感谢您的反馈！</Message>');
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  publicUrl = address;
  return {
    app,
    publicUrl,
    received,
    on: (path) => received.filter((r) => r.path === path),
    close: () => app.close(),
  };
}

/**
 * `huifang simulator`: the Twilio-compatible simulator of customers as its own process
 * (docs/simulator.md). `serve` and `worker` reach it through the real Twilio SDK with
 * TWILIO_API_BASE set to its URL; it checks their Basic auth (TWILIO_ACCOUNT_SID and
 * TWILIO_AUTH_TOKEN, the same values), drives the webhooks each REST request names, signed
 * with TWILIO_AUTH_TOKEN, and answers as seeded personas. Logs are pino JSON lines, phone
 * numbers masked.
 */
import type { Command } from 'commander';
import { HuifangError } from '../../shared/errors.js';
import type { SimCall } from '../../simulator/index.js';

interface SimulatorOptions {
  port: string;
  host: string;
  seed: string;
  answerRate?: string;
  speed: string;
  smsUrl?: string;
  audio?: boolean;
  quiet?: boolean;
}

function usage(message: string): HuifangError {
  return new HuifangError('HF_CLI_USAGE', message);
}

export function register(program: Command): void {
  program
    .command('simulator')
    .description('run the Twilio-compatible simulator of customers (point serve and worker at it with TWILIO_API_BASE)')
    .option('--port <n>', 'port to listen on (0: any free port)', '4010')
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .option('--seed <s>', 'seeds the personas (the same number gets the same customer) and the SIDs', '1')
    .option('--answer-rate <r>', 'share of numbers that pick up, 0–1 (default: the realistic mix, 0.92)')
    .option('--speed <n>', 'customers ring, speak and think n times faster than real time (the simulator’s clock runs n times as fast)', '1')
    .option('--sms-url <url>', 'our messaging webhook for customers’ SMS replies (default $PUBLIC_URL/twilio/sms)')
    .option('--audio', 'render answered calls to speech with eSpeak NG (slow; recordings in $HUIFANG_DATA_DIR/recordings)')
    .option('--quiet', 'log only the start line and problems, not every call and message')
    .action(async (o: SimulatorOptions) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage(`--port must be 0–65535, not ${o.port}`);
      const seed = Number(o.seed);
      if (!Number.isInteger(seed)) throw usage(`--seed must be an integer, not ${o.seed}`);
      const rate = o.answerRate === undefined ? null : Number(o.answerRate);
      if (rate !== null && !(rate >= 0 && rate <= 1)) throw usage(`--answer-rate must be between 0 and 1, not ${o.answerRate}`);
      const speed = Number(o.speed);
      if (!(speed > 0 && speed <= 1000)) throw usage(`--speed must be a number above 0 and at most 1000, not ${o.speed}`);
      // Loaded here, not at the top: `huifang --help` must not load the simulator (src/cli/main.ts).
      const [{ loadConfig }, { createLogger }, { maskPhone }, { acceleratedClock, mixWithAnswerRate, personasByNumber, PERSONA_MIX, startSimulator }] = await Promise.all([
        import('../../shared/config.js'),
        import('../../shared/logging.js'),
        import('../../shared/phone.js'),
        import('../../simulator/index.js'),
      ]);
      const config = loadConfig();
      const t = config.twilio;
      if (!t?.accountSid || !t.authToken) {
        throw new HuifangError(
          'HF_TWILIO_CONFIG',
          'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are needed: the simulator checks the REST credentials and signs webhooks with them (use the same values as serve and worker)',
        );
      }
      const log = createLogger(config.logLevel);
      const sim = await startSimulator({
        ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
        ...(o.smsUrl ? { smsUrl: o.smsUrl } : {}),
        accountSid: t.accountSid,
        authToken: t.authToken,
        personas: personasByNumber(seed, {}, rate === null ? PERSONA_MIX : mixWithAnswerRate(rate)),
        seed,
        clock: acceleratedClock(speed),
        host: o.host,
        port,
        dataDir: config.dataDir,
        audio: Boolean(o.audio),
        log: (msg) => log.warn(msg),
        onWebhookFailed: (r) => log.warn({ kind: r.kind, method: r.method, url: pathOf(r.url), status: r.status, error: r.status === 0 ? r.body.slice(0, 120) : undefined }, 'webhook failed'),
        ...(o.quiet
          ? {}
          : {
              onCallEnded: (c: SimCall) => log.info(callLine(c, maskPhone), 'call ended'),
              onMessage: (m) => log.info({ messageSid: m.sid, direction: m.direction, number: maskPhone(m.direction === 'inbound' ? m.from : m.to), persona: m.persona }, 'message'),
            }),
      }).catch((e: unknown) => {
        if ((e as { code?: string }).code === 'EADDRINUSE') {
          throw new HuifangError('HF_PORT_IN_USE', `${o.host}:${port} is in use: stop what listens there or choose another --port`, { host: o.host, port });
        }
        throw e;
      });
      log.info(
        { seed, answerRate: rate ?? 'mix', speed, smsWebhook: Boolean(o.smsUrl ?? config.publicUrl) },
        `huifang simulator listening on ${sim.baseUrl} (set TWILIO_API_BASE=${sim.baseUrl} for serve and worker; stats at ${sim.baseUrl}/simulator/stats)`,
      );
      let stopping = false;
      const stop = async (signal: string): Promise<void> => {
        if (stopping) return;
        stopping = true;
        const s = sim.stats();
        await sim.stop();
        log.info({ signal, calls: s.calls, messages: s.messages, duplicateDials: s.duplicateDials }, 'huifang simulator stopped');
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}

/** A webhook URL without its query (ours carries only attempt ids, but the simulator cannot know every server's). */
function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(bad url)';
  }
}

/** One call for the log: no full number (000 第四十三条(十一)). */
function callLine(c: SimCall, maskPhone: (e164: string) => string): Record<string, unknown> {
  return {
    callSid: c.sid,
    number: maskPhone(c.to),
    persona: c.persona,
    status: c.status,
    endReason: c.endReason,
    durationSec: c.durationSec,
    turns: c.turns.length,
    ...(c.errors.length ? { errors: c.errors.length } : {}),
  };
}

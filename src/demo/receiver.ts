/**
 * The demo's stand-in for a work-order system: a local HTTP endpoint that receives the demo
 * tenants' write-back webhooks and verifies each one's Standard Webhooks signature with the
 * spec's own `standardwebhooks` package (as an integrator would), so the demo closes the loop
 * when no HUIFANG_WRITEBACK_URL is set. It counts what arrived, what verified (each webhook id
 * once), and answers 401 to a bad signature (the outbox then retries, as with a real system).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface WritebackReceiver {
  url: string;
  secret: string;
  /** Requests received. */
  received(): number;
  /** Distinct webhook ids whose signature verified. */
  verified(): number;
  /** Requests whose signature did not verify. */
  rejected(): number;
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWritebackReceiver(): Promise<WritebackReceiver> {
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const wh = new Webhook(secret);
  const ok = new Set<string>();
  let received = 0;
  let rejected = 0;
  const server = createServer((req, res) => {
    void body(req).then((text) => {
      received++;
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]));
      try {
        wh.verify(text, headers);
        ok.add(headers['webhook-id'] ?? '');
        res.writeHead(204).end();
      } catch {
        rejected++;
        res.writeHead(401).end();
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/huifang/writeback`,
    secret,
    received: () => received,
    verified: () => ok.size,
    rejected: () => rejected,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * The browser for e2e tests and screenshots: Debian's chromium through playwright-core
 * (`npx playwright install` cannot download here). CHROMIUM_PATH overrides the path.
 */
import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadRegistry } from '../../src/engine/registry.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { loadConfig } from '../../src/shared/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { seedWorkspace, type Seeded } from '../support/workspace-seed.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--autoplay-policy=no-user-gesture-required'],
  });
}

export interface TestServer {
  server: RunningServer;
  store: Store;
  seeded: Seeded;
  url: string;
  dir: string;
  close(): Promise<void>;
}

/**
 * The real server on an ephemeral port, PGlite in memory, seeded data and a WAV recording.
 * `env` adds settings (e.g. Twilio's), `services` injected services (e.g. a Twilio provider).
 */
export async function startSeededServer(o: { env?: Record<string, string>; services?: Record<string, unknown> } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'hf-e2e-'));
  const store = await openStore({ dataDir: 'memory://' });
  const seeded = await seedWorkspace(store, dir);
  loadRegistry();
  const config = loadConfig({ HUIFANG_DATA_DIR: dir, LOG_LEVEL: 'silent', ...(o.env ?? {}) });
  const server = await startServer({ port: 0, host: '127.0.0.1', config, store, logLevel: 'silent', ...(o.services ? { services: o.services } : {}) });
  return {
    server,
    store,
    seeded,
    url: server.url,
    dir,
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The lint rules that keep the layers (eslint.config.js, docs/architecture.md "Layers"):
 * imports only downward, SQL only in src/store, nothing imported by src/domain, the web pages
 * on their own. Each case is linted as if it were a file at that path.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return (r?.messages ?? []).map((m) => `${m.ruleId}`);
}

describe('layer rules', () => {
  it('the store may not import the layers above it; the server may import the channels', async () => {
    expect(await problems('src/store/repos/x.ts', "import { startServer } from '../../server/start.js';\nexport const x = startServer;\n")).toContain('boundaries/dependencies');
    expect(await problems('src/server/x.ts', "import { startCallback } from '../channels/twilio/voice.js';\nexport const x = startCallback;\n")).toEqual([]);
  });
  it('channels and campaigns do not import each other; only the CLI and the demo import the simulator', async () => {
    expect(await problems('src/campaigns/x.ts', "import { startCallback } from '../channels/twilio/voice.js';\nexport const x = startCallback;\n")).toContain('boundaries/dependencies');
    expect(await problems('src/server/x.ts', "import { startSimulator } from '../simulator/index.js';\nexport const x = startSimulator;\n")).toContain('boundaries/dependencies');
    expect(await problems('src/demo/x.ts', "import { startSimulator } from '../simulator/index.js';\nexport const x = startSimulator;\n")).toEqual([]);
  });
  it('the engine is pure: nothing above the domain but the interpreters', async () => {
    expect(await problems('src/engine/x.ts', "import type { Store } from '../store/index.js';\nexport type X = Store;\n")).toContain('boundaries/dependencies');
  });
  it('SQL only in src/store', async () => {
    const sql = "import type { Store } from '../store/index.js';\nexport const q = (s: Store) => s.db.query('SELECT 1');\n";
    expect(await problems('src/results/x.ts', sql)).toContain('no-restricted-syntax');
    expect(await problems('src/store/x.ts', sql.replace('../store/index.js', './index.js'))).toEqual([]);
  });
  it('the domain imports nothing; the web pages import nothing from the rest of src', async () => {
    expect(await problems('src/domain/x.ts', "import { DateTime } from 'luxon';\nexport const x = DateTime;\n")).toContain('no-restricted-syntax');
    expect(await problems('src/web/x.js', "import { buildApp } from '../server/app.js';\nexport const x = buildApp;\n")).toContain('boundaries/dependencies');
  });
});

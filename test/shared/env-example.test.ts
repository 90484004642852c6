import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('.env.example', () => {
  it('documents every setting the configuration loader reads', () => {
    const config = readFileSync(join(root, 'src/shared/config.ts'), 'utf8');
    const keys = new Set([...config.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(10);
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    const missing = [...keys].filter((k) => !new RegExp(`^#? ?${k}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });
});

/**
 * The workspace's CJK web font, so that Chinese never renders as boxes on a machine without a
 * Chinese font: Noto Sans SC (SIL OFL 1.1) from the npm package @fontsource/noto-sans-sc,
 * served from node_modules like the other vendor files. The package splits the font into ~100
 * WOFF2 subsets per weight, each with its `unicode-range`, so a browser downloads only the
 * subsets of the characters a page shows (typically a few hundred kB), not the 10 MB font.
 *
 * `/workspace/assets/fonts/noto-sans-sc.css`: the package's 400 and 700 stylesheets with their
 * URLs pointed at `/workspace/assets/fonts/files/` (WOFF2 only); the files are served from the
 * package folder by name (a strict pattern: no path leaves it), cached for a year (the names
 * carry the package version's subsets).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);
const PREFIX = '/workspace/assets/fonts';
const FILE = /^noto-sans-sc-[a-z0-9]+-(400|700)-normal\.woff2$/;

/** The font's stylesheet, or null when the package is missing (the pages fall back to local fonts). */
export async function fontCss(): Promise<{ css: string; dir: string } | null> {
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  } catch {
    return null;
  }
  const parts = await Promise.all(['400.css', '700.css'].map((f) => readFile(join(pkgDir, f), 'utf8')));
  const css = parts
    .join('\n')
    // WOFF2 only (every browser the workspace supports reads it), from our own path.
    .replace(/,\s*url\(\.\/files\/[^)]+\.woff\)\s*format\('woff'\)/g, '')
    .replace(/url\(\.\/files\//g, `url(${PREFIX}/files/`);
  return { css, dir: join(pkgDir, 'files') };
}

export async function registerFonts(app: FastifyInstance): Promise<void> {
  const font = await fontCss();
  app.get(`${PREFIX}/noto-sans-sc.css`, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=86400');
    return reply.type('text/css; charset=utf-8').send(font?.css ?? '/* @fontsource/noto-sans-sc is not installed */');
  });
  app.get<{ Params: { file: string } }>(`${PREFIX}/files/:file`, async (req, reply) => {
    const name = req.params.file;
    if (!font || !FILE.test(name)) return reply.code(404).send({ error: { code: 'HF_NOT_FOUND', message: 'no such font file' } });
    const body = await readFile(join(font.dir, name)).catch(() => null);
    if (!body) return reply.code(404).send({ error: { code: 'HF_NOT_FOUND', message: 'no such font file' } });
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return reply.type('font/woff2').send(body);
  });
}

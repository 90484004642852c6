/**
 * The chat channel's auth mode and the loopback rule, without the Agents SDK: the light half
 * of adapter.ts, so that `serve` can decide what to log and mount at start and load the SDK
 * on the first chat request (src/channels/chat/surface.ts).
 */
import type { Config } from '../../shared/config.js';

export type ChatAuthMode = 'authenticated' | 'anonymous' | 'disabled';

/** The auth mode the configuration gives. */
export function chatAuthMode(config: Config, env: Record<string, string | undefined> = process.env): ChatAuthMode {
  if (config.chat?.appId) return 'authenticated';
  return (env.NODE_ENV ?? '').toLowerCase() === 'production' ? 'disabled' : 'anonymous';
}

/** A loopback service URL (the Emulator's, a test's capture server). */
export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const h = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\./.test(h);
  } catch {
    return false;
  }
}

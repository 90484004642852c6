/**
 * For `huifang serve` (src/server/surfaces.ts): mounts the Aliyun surface when any ALIYUN_*
 * setting is present (then fails like `aliyunSurface` without a token). The surface and the
 * Aliyun client are loaded only when they are mounted.
 */
import type { SurfacePlugin } from '../../conversation/deps.js';

export const aliyunSurfaceIfConfigured: SurfacePlugin = async (app, deps) => {
  if (!deps.config.aliyun && !deps.services?.aliyun) {
    app.log.info('aliyun routes not mounted: no ALIYUN_* settings');
    return;
  }
  const { aliyunSurface } = await import('./surface.js');
  await aliyunSurface(app, deps);
};

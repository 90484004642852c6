/**
 * For `huifang serve` (src/server/surfaces.ts): mounts the Twilio surface when any Twilio
 * setting is present (and then fails like `twilioSurface` when one is missing); with no
 * Twilio settings at all the routes are not mounted (404: nothing is processed unchecked).
 * The surface and the Twilio SDK are loaded only when they are mounted, so a server without
 * Twilio starts without them.
 */
import type { SurfacePlugin } from '../../conversation/deps.js';

export const twilioSurfaceIfConfigured: SurfacePlugin = async (app, deps) => {
  const t = deps.config.twilio;
  if (!t?.authToken && !t?.accountSid && !t?.from && !deps.services?.twilio) {
    app.log.info('twilio routes not mounted: no TWILIO_* settings');
    return;
  }
  const { twilioSurface } = await import('./surface.js');
  await twilioSurface(app, deps);
};

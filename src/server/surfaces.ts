/**
 * The surfaces `huifang serve` mounts, in order. Add one line per surface.
 */
import type { SurfacePlugin } from './app.js';

export const SURFACES: SurfacePlugin[] = [];

/**
 * The surfaces `huifang serve` mounts, in order. Add one line per surface.
 */
import type { SurfacePlugin } from './app.js';
import { chatSurface } from '../channels/chat/surface.js';
import { twilioSurfaceIfConfigured } from '../channels/twilio/mount.js';
import { aliyunSurfaceIfConfigured } from '../channels/aliyun/mount.js';
import { workspacePlugin } from './workspace/index.js';
import { intakeSurface } from '../campaigns/intake-surface.js';
import { reportsSurface } from './reports-surface.js';

export const SURFACES: SurfacePlugin[] = [
  chatSurface, // POST /api/messages (docs/chat.md)
  twilioSurfaceIfConfigured, // /twilio/* webhooks, GET /audio/<hash>.wav (docs/telephony.md)
  aliyunSurfaceIfConfigured, // /aliyun/smartcall, /aliyun/voice-report, /aliyun/sms-up (docs/telephony-aliyun.md)
  workspacePlugin, // /workspace/, /api/session, /api/flags, /api/calls, /api/tasks, … and the global /api/* session guard (docs/workspace.md)
  intakeSurface, // POST /api/work-orders, tenant API key (docs/intake.md)
  reportsSurface, // GET /api/reports, GET /reports/heating-survey, /reports/assets/* (docs/reports.md)
];

/**
 * The state of the campaigns at a glance (`huifang status`): callbacks by status, due now,
 * in progress and stuck; the contact queue; each worker's last tick; write-back waiting. The
 * figures come from the store's operations repository (src/store/repos/operations.ts).
 */
import type { Store } from '../store/index.js';
import type { CallbackStatus } from '../store/repos/callbacks.js';
import type { QueueDepth } from '../store/repos/operations.js';
import { CONTACT_QUEUE } from './queue.js';

export interface WorkerStatus {
  id: string;
  host: string;
  pid: number;
  version: string | null;
  startedAt: string;
  lastTickAt: string;
  secondsSinceTick: number;
  tickSeconds: number;
  lastTickMs: number | null;
  lastError: string | null;
  /** Stopped cleanly (SIGINT/SIGTERM). */
  stopped: boolean;
  /** Running but its next tick is overdue (2 ticks and a minute): stuck or killed. */
  late: boolean;
}

export interface CampaignStatus {
  at: string;
  store: 'pglite' | 'postgres';
  tenant: string | null;
  /** Every status, zeros included. */
  callbacks: Record<CallbackStatus, number>;
  dueNow: number;
  inProgress: number;
  /** Callbacks with a call ringing or talking, or an SMS survey waiting. */
  openAttempts: number;
  /** In progress with no open attempt for longer than the call time limit. */
  stuck: number;
  callTimeLimitSec: number;
  /** The pg-boss `contact` queue (all tenants); null before any worker started. */
  queue: QueueDepth | null;
  workers: WorkerStatus[];
  /** Write-back events not yet delivered. */
  outboxPending: number;
}

export async function campaignStatus(store: Store, o: { now: Date; tenantId?: string | null; callTimeLimitSec: number; queueSchema?: string }): Promise<CampaignStatus> {
  const ops = store.operations;
  const [counts, queue, workers, outboxPending] = [
    await ops.callbackCounts({ now: o.now, callTimeLimitSec: o.callTimeLimitSec, tenantId: o.tenantId ?? null }),
    await ops.queueDepth(CONTACT_QUEUE, o.queueSchema),
    await ops.workers(),
    await ops.outboxPending(o.tenantId ?? null),
  ];
  return {
    at: o.now.toISOString(),
    store: store.backend,
    tenant: o.tenantId ?? null,
    callbacks: counts.byStatus,
    dueNow: counts.dueNow,
    inProgress: counts.byStatus.in_progress,
    openAttempts: counts.withOpenAttempt,
    stuck: counts.stuck,
    callTimeLimitSec: o.callTimeLimitSec,
    queue,
    workers: workers.map((w) => {
      const ago = Math.max(0, Math.round((o.now.getTime() - w.lastTickAt.getTime()) / 1000));
      return {
        id: w.workerId,
        host: w.host,
        pid: w.pid,
        version: w.version,
        startedAt: w.startedAt.toISOString(),
        lastTickAt: w.lastTickAt.toISOString(),
        secondsSinceTick: ago,
        tickSeconds: w.tickSeconds,
        lastTickMs: w.lastTickMs,
        lastError: w.lastError,
        stopped: w.stoppedAt !== null,
        late: w.stoppedAt === null && ago > 2 * w.tickSeconds + 60,
      };
    }),
    outboxPending,
  };
}

function ago(s: number): string {
  if (s < 120) return `${s} s ago`;
  if (s < 7200) return `${Math.round(s / 60)} min ago`;
  return `${Math.round(s / 3600)} h ago`;
}

/** The status as text for a terminal. */
export function formatStatus(s: CampaignStatus): string {
  const pad = (k: string) => k.padEnd(14);
  const lines = [`huifang status at ${s.at} (${s.store === 'pglite' ? 'embedded PGlite' : 'server Postgres'}${s.tenant ? `, tenant ${s.tenant}` : ', every tenant'})`, '', 'callbacks'];
  for (const [k, v] of Object.entries(s.callbacks)) lines.push(`  ${pad(k)}${String(v).padStart(8)}`);
  lines.push(
    '',
    `  ${pad('due now')}${String(s.dueNow).padStart(8)}`,
    `  ${pad('in progress')}${String(s.inProgress).padStart(8)}   (${s.openAttempts} with a call or SMS open)`,
    `  ${pad('stuck')}${String(s.stuck).padStart(8)}   (in progress, nothing open for over ${s.callTimeLimitSec} s)${s.stuck ? '  ← look at these' : ''}`,
    '',
    `queue (contact)   ${s.queue ? `${s.queue.queued} waiting, ${s.queue.active} active` : 'not created yet: no worker has started on this database'}`,
    `write-back        ${s.outboxPending} waiting`,
    '',
    s.workers.length ? 'workers (last 24 h)' : 'workers           none in the last 24 h: start one with `huifang worker`',
  );
  for (const w of s.workers) {
    const state = w.stopped ? 'stopped' : w.late ? 'LATE' : 'running';
    lines.push(
      `  ${w.id}  ${state.padEnd(7)}  last tick ${ago(w.secondsSinceTick)} (every ${w.tickSeconds} s${w.lastTickMs !== null ? `, took ${w.lastTickMs} ms` : ''})${w.lastError ? `  error: ${w.lastError}` : ''}`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * The one seed: a tenant (created when missing), a finished work order with a customer and a
 * phone, and a callback for it on a dialog. Every option has a default; tests say only what
 * they are about.
 */
import { loadRegistry } from '../../src/engine/registry.js';
import type { Store } from '../../src/store/index.js';

export interface SeedOptions {
  /** Default 'default' (created when missing). */
  tenantId?: string;
  /** Any form `normalizePhone` reads; default +8613812345678. */
  phone?: string;
  /** The customer's name (default 张先生). */
  name?: string;
  /** A dialog of dialogs/ (default telecom-install); its version is the registry's. */
  dialogId?: string;
  /** The work order's kind (default install). */
  kind?: string;
  campaign?: string;
  /** When the order was finished (default 2025-01-14T08:00:00Z). */
  finishedAt?: string | Date;
  engineer?: string;
  team?: string;
  anonymous?: boolean;
  /** The callback's window (none by default: a callback made outside the planner). */
  dueFrom?: string | Date;
  dueBy?: string | Date;
}

const registry = loadRegistry();
let seq = 0;

/** A tenant, a work order with a customer and phone, and a callback for it. */
export async function seedCallback(store: Store, o: SeedOptions = {}) {
  const tenantId = o.tenantId ?? 'default';
  if (!(await store.tenants.get(tenantId))) await store.tenants.upsert({ id: tenantId, name: tenantId === 'default' ? 'Default' : tenantId });
  const n = ++seq;
  const dialogId = o.dialogId ?? 'telecom-install';
  const workOrder = await store.workOrders.upsert({
    tenantId,
    externalId: `WO-${process.pid}-${n}`,
    kind: o.kind ?? 'install',
    finishedAt: o.finishedAt ?? '2025-01-14T08:00:00Z',
    customer: { name: o.name ?? '张先生', phones: [o.phone ?? '+8613812345678'] },
    engineer: o.engineer ?? '李工',
    ...(o.team ? { team: o.team } : {}),
    ...(o.anonymous !== undefined ? { anonymous: o.anonymous } : {}),
  });
  const { callback } = await store.callbacks.create({
    tenantId,
    workOrderId: workOrder.id,
    dialogId,
    dialogVersion: registry.has(dialogId) ? registry.get(dialogId).spec.version : 1,
    campaign: o.campaign ?? `c-${process.pid}-${n}`,
    ...(o.dueFrom ? { dueFrom: o.dueFrom } : {}),
    ...(o.dueBy ? { dueBy: o.dueBy } : {}),
  });
  return { tenantId, workOrder, callback };
}

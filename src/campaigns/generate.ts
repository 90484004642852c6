/**
 * Realistic, seeded work orders and households for demos, tests and benchmarks. Pure: the
 * same options give the same rows on every machine, no IO, no clock.
 *
 * - Telecom (004 第五十一条: every install, move, repair and handled complaint gets a
 *   callback): ~45% installs, ~35% repairs, ~10% moves, ~10% handled complaints, finished
 *   08:00–19:00 local time on the simulated day, across six Beijing districts, each with two
 *   install-and-maintenance teams of three engineers (name and 工号). ~5% VIP or high-value
 *   customers (004 第五十二条) and a few customers with two orders the same day (to exercise
 *   one-call-per-customer merging, 004 第五十条).
 * - Heating (003): repairs finished two days before the simulated day, so the 48-hour
 *   callback (四.4(7)) falls on it; complaints handled the day before, so the
 *   within-two-days callback (八.3) falls on it; some complainants anonymous (八.5(8)).
 * - Households for the monthly heating-season sampling survey (三.2): evenly spread over
 *   districts and heat stations, mostly residential.
 *
 * The PRNG is mulberry32 (src/shared/random.ts), not the `pure-rand` package: reproducible,
 * well-spread draws are all that is needed (no statistical or cryptographic quality). Phone numbers are fictional (random 138/139/150 mobiles, 010 landlines).
 */
import { DateTime } from 'luxon';
import { between, hash32, mulberry32, pick, type Rng } from '../shared/random.js';
import type { WorkOrderRow } from './intake.js';

/* ------------------------------------------------------------------ PRNG */

function rngOf(...parts: (string | number)[]): Rng {
  return mulberry32(hash32(parts.join('/')));
}

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rng() * total;
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rng() * 10));
  return s;
}

/* ------------------------------------------------------------ reference data */

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '韩', '冯', '于', '董', '萧'] as const;
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建国', '建华', '志强', '海燕', '晓东', '婷', '玉兰', '立新', '文博', '子涵', '雨桐', '浩然', '淑珍', '国庆', '春梅', '红霞', '德明'] as const;

function personName(rng: Rng): string {
  return pick(rng, SURNAMES) + pick(rng, GIVEN);
}

/** Telecom: six Beijing districts and some residential compounds in each. */
export const TELECOM_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  朝阳区: ['望京西园三区', '团结湖北里', '双井富力城', '安贞里', '潘家园华威西里'],
  海淀区: ['中关村科源社区', '万柳星标家园', '学院路小区', '世纪城晨月园', '五道口东升园'],
  东城区: ['和平里七区', '东四十条甲', '崇文门西大街小区', '安定门外东河沿'],
  西城区: ['月坛北小街', '展览路百万庄', '德胜门外新街口', '广安门南滨河路'],
  丰台区: ['方庄芳城园', '马家堡嘉园', '六里桥北里', '科技园富丰路'],
  通州区: ['梨园云景里', '九棵树翠屏里', '玉桥南里', '北苑华远好天地'],
};

/** Heating: districts of a northern city and their heat stations (换热站). */
export const HEATING_STATIONS: Readonly<Record<string, readonly string[]>> = {
  长安区: ['建华换热站', '谈固换热站', '光华路换热站'],
  桥西区: ['维明街换热站', '红旗大街换热站', '友谊南换热站'],
  新华区: ['合作路换热站', '泰华街换热站', '民族路换热站'],
  裕华区: ['槐安东路换热站', '翟营南换热站', '体育南大街换热站'],
};
const HEATING_COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  长安区: ['建华小区', '谈固东街小区', '光华苑'],
  桥西区: ['维明花园', '红旗小区', '友谊新村'],
  新华区: ['合作路宿舍', '泰华家园', '民族花园'],
  裕华区: ['槐安小区', '翟营南苑', '体育南大街宿舍'],
};

export interface Engineer {
  name: string;
  /** 工号 */
  staffNo: string;
  team: string;
}

/** The work-order `engineer` field: name and 工号, e.g. `王建国（工号BJ20417）`. */
export function engineerLabel(e: Engineer): string {
  return `${e.name}（工号${e.staffNo}）`;
}

/** A fixed roster (the same engineers every day and for every seed, so reports add up). */
function roster(prefix: string, districts: readonly string[], teamWord: string): Map<string, Engineer[]> {
  const rng = rngOf('roster', prefix);
  const out = new Map<string, Engineer[]>();
  let no = 0;
  for (const d of districts) {
    const short = d.replace(/区$/, '');
    const list: Engineer[] = [];
    for (const n of ['一', '二']) {
      const team = `${short}${teamWord}${n}班`;
      for (let i = 0; i < 3; i++) list.push({ name: personName(rng), staffNo: `${prefix}${String(20101 + no++ * 7)}`, team });
    }
    out.set(d, list);
  }
  return out;
}

const TELECOM_ROSTER = roster('BJ', Object.keys(TELECOM_DISTRICTS), '装维');
const HEATING_ROSTER = roster('RL', Object.keys(HEATING_STATIONS), '维修');

/** The engineers of a tenant kind, by district. */
export function engineersOf(tenant: 'telecom' | 'heating'): Engineer[] {
  return [...(tenant === 'telecom' ? TELECOM_ROSTER : HEATING_ROSTER).values()].flat();
}

/* ------------------------------------------------------------- generation */

export interface GenerateWorkOrdersOptions {
  /** Same seed, same date, same options: the same rows. */
  seed: number | string;
  /** The simulated day, YYYY-MM-DD (in `timeZone`). */
  date: string;
  tenant: 'telecom' | 'heating';
  count: number;
  /** Default Asia/Shanghai. */
  timeZone?: string;
}

interface Customer {
  name: string | undefined;
  phones: string[];
  address: string;
  district: string;
  heatStation?: string;
}

function mobile(rng: Rng): string {
  return `+86${pick(rng, ['138', '139', '150'] as const)}${digits(rng, 8)}`;
}

function newCustomer(rng: Rng, tenant: 'telecom' | 'heating'): Customer {
  const phones = [mobile(rng)];
  if (rng() < 0.1) phones.push(rng() < 0.5 ? mobile(rng) : tenant === 'telecom' ? `+8610${pick(rng, ['6', '8'] as const)}${digits(rng, 7)}` : `+86311${pick(rng, ['8', '6'] as const)}${digits(rng, 7)}`);
  const name = rng() < 0.9 ? personName(rng) : undefined;
  if (tenant === 'telecom') {
    const district = pick(rng, Object.keys(TELECOM_DISTRICTS));
    const compound = pick(rng, TELECOM_DISTRICTS[district] as readonly string[]);
    const address = `北京市${district}${compound}${between(rng, 1, 24)}号楼${between(rng, 1, 6)}单元${between(rng, 1, 28)}0${between(rng, 1, 4)}`;
    return { name, phones, address, district };
  }
  const district = pick(rng, Object.keys(HEATING_STATIONS));
  const heatStation = pick(rng, HEATING_STATIONS[district] as readonly string[]);
  const compound = pick(rng, HEATING_COMPOUNDS[district] as readonly string[]);
  const address = `石家庄市${district}${compound}${between(rng, 1, 30)}栋${between(rng, 1, 4)}单元${between(rng, 1, 18)}0${between(rng, 1, 3)}`;
  return { name, phones, address, district, heatStation };
}

function localTime(date: string, zone: string, dayOffset: number, fromHour: number, toHour: number, rng: Rng): DateTime {
  const day = DateTime.fromISO(date, { zone }).plus({ days: dayOffset });
  const minutes = between(rng, fromHour * 60, toHour * 60 - 1);
  return day.plus({ minutes, seconds: between(rng, 0, 59) });
}

function iso(t: DateTime): string {
  return t.toISO({ suppressMilliseconds: true }) as string;
}

/**
 * One simulated day's finished work orders of a telecom or heating company, valid for
 * `ingestWorkOrders` (phones in E.164, times with the zone's offset), sorted by finishedAt.
 *
 * @throws Error when `date` is not YYYY-MM-DD or `count` is not a non-negative integer.
 */
export function generateWorkOrders(opts: GenerateWorkOrdersOptions): WorkOrderRow[] {
  const zone = opts.timeZone ?? 'Asia/Shanghai';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date) || !DateTime.fromISO(opts.date, { zone }).isValid) {
    throw new Error(`generateWorkOrders: date must be YYYY-MM-DD, got ${opts.date}`);
  }
  if (!Number.isInteger(opts.count) || opts.count < 0) throw new Error('generateWorkOrders: count must be a non-negative integer');
  const rng = rngOf('work-orders', opts.seed, opts.date, opts.tenant);
  const tag = (hash32(String(opts.seed)) & 0xffff).toString(16).toUpperCase().padStart(4, '0');
  const ymd = opts.date.replaceAll('-', '');
  const rows: { row: WorkOrderRow; at: DateTime }[] = [];
  const customers: { c: Customer; at: DateTime; kind: string }[] = [];
  // A few customers with two orders the same day (about 3%, at least one from 20 orders).
  const repeats = opts.count >= 20 ? Math.max(1, Math.round(opts.count * 0.03)) : 0;
  const repeatAt = new Set<number>();
  while (repeatAt.size < repeats) repeatAt.add(between(rng, Math.ceil(opts.count / 2), opts.count - 1));

  for (let i = 0; i < opts.count; i++) {
    const externalId = `${opts.tenant === 'telecom' ? 'GD' : 'RL'}${ymd}-${tag}-${String(i + 1).padStart(5, '0')}`;
    let kind: WorkOrderRow['kind'];
    let at: DateTime;
    let c: Customer;
    const earlier = repeatAt.has(i) && customers.length > 0 ? pick(rng, customers) : undefined;
    if (opts.tenant === 'telecom') {
      kind = weighted(rng, [['install', 45], ['repair', 35], ['move', 10], ['complaint', 10]] as const);
      if (earlier) {
        c = earlier.c;
        // The second order of the day: e.g. a new install, then a repair of another line.
        kind = earlier.kind === 'repair' ? 'install' : 'repair';
        at = earlier.at.plus({ minutes: between(rng, 45, 240) });
        const end = DateTime.fromISO(opts.date, { zone }).set({ hour: 19 });
        if (at >= end) at = end.minus({ minutes: between(rng, 1, 30) });
      } else {
        c = newCustomer(rng, 'telecom');
        at = localTime(opts.date, zone, 0, 8, 19, rng);
      }
    } else {
      kind = weighted(rng, [['heating-repair', 75], ['heating-complaint', 25]] as const);
      if (earlier) {
        c = earlier.c;
        kind = earlier.kind === 'heating-repair' ? 'heating-complaint' : 'heating-repair';
      } else c = newCustomer(rng, 'heating');
      // Repairs: two days before, so the 48 h callback is due on the day; complaints: handled the day before.
      at = kind === 'heating-repair' ? localTime(opts.date, zone, -2, 8, 20, rng) : localTime(opts.date, zone, -1, 8, 20, rng);
    }
    const team = (opts.tenant === 'telecom' ? TELECOM_ROSTER : HEATING_ROSTER).get(c.district) as Engineer[];
    const engineer = pick(rng, team);
    const segment = weighted(rng, [['vip', 2], ['high_value', 3], [undefined, 95]] as const);
    const row: WorkOrderRow = {
      externalId,
      kind,
      finishedAt: iso(at),
      customer: { ...(c.name ? { name: c.name } : {}), phones: [...c.phones] },
      address: c.address,
      district: c.district,
      ...(c.heatStation ? { heatStation: c.heatStation } : {}),
      engineer: engineerLabel(engineer),
      team: engineer.team,
      ...(segment ? { segment } : {}),
    };
    if (kind === 'heating-complaint' && rng() < 0.2) row.anonymous = true;
    rows.push({ row, at });
    if (!earlier) customers.push({ c, at, kind });
  }
  return rows.sort((a, b) => a.at.toMillis() - b.at.toMillis()).map((r) => r.row);
}

/* -------------------------------------------------------------- households */

export interface Household {
  /** Stable id, e.g. HH-1A2B-000042. */
  id: string;
  name: string;
  /** E.164; the first is the one to call. */
  phones: string[];
  address: string;
  district: string;
  heatStation: string;
  /** 003 三.2: the sample is mostly residential. */
  type: 'residential' | 'commercial';
  /** Heated area, m². */
  areaM2: number;
}

export interface GenerateHouseholdsOptions {
  seed: number | string;
  count: number;
  /** Default: the heating districts. */
  districts?: readonly string[];
  /** Default: the heat stations of each district (with custom districts: these, round-robin). */
  stations?: readonly string[];
}

/**
 * Heated households for the sampling campaign: evenly spread over districts and heat
 * stations (round-robin, then shuffled), ~90% residential.
 */
export function generateHouseholds(opts: GenerateHouseholdsOptions): Household[] {
  if (!Number.isInteger(opts.count) || opts.count < 0) throw new Error('generateHouseholds: count must be a non-negative integer');
  const rng = rngOf('households', opts.seed);
  const tag = (hash32(String(opts.seed)) & 0xffff).toString(16).toUpperCase().padStart(4, '0');
  const districts = opts.districts && opts.districts.length ? [...opts.districts] : Object.keys(HEATING_STATIONS);
  const stationsOf = (d: string, k: number): string => {
    if (opts.stations && opts.stations.length) return opts.stations[k % opts.stations.length] as string;
    const own = HEATING_STATIONS[d];
    return own ? (own[k % own.length] as string) : `${d.replace(/区$/, '')}换热站`;
  };
  const out: Household[] = [];
  for (let i = 0; i < opts.count; i++) {
    const district = districts[i % districts.length] as string;
    const heatStation = stationsOf(district, Math.floor(i / districts.length));
    const type = rng() < 0.9 ? 'residential' : 'commercial';
    const compound = pick(rng, HEATING_COMPOUNDS[district] ?? [`${district.replace(/区$/, '')}小区`]);
    const address =
      type === 'residential'
        ? `${district}${compound}${between(rng, 1, 30)}栋${between(rng, 1, 4)}单元${between(rng, 1, 18)}0${between(rng, 1, 3)}`
        : `${district}${compound}底商${between(rng, 1, 40)}号`;
    out.push({
      id: '',
      name: type === 'residential' ? personName(rng) : `${pick(rng, SURNAMES)}记${pick(rng, ['超市', '餐馆', '理发店', '药店', '五金店'] as const)}`,
      phones: [mobile(rng)],
      address,
      district,
      heatStation,
      type,
      areaM2: type === 'residential' ? between(rng, 45, 160) : between(rng, 30, 300),
    });
  }
  // Shuffle (Fisher–Yates) so the list order does not follow the districts, then number.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as Household, out[i] as Household];
  }
  out.forEach((h, i) => {
    h.id = `HH-${tag}-${String(i + 1).padStart(6, '0')}`;
  });
  return out;
}

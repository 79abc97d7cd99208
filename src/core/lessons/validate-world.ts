// A lesson's start may change the world (faults, server policies, DNS
// records, fresh hosts). From a file those changes are checked against the
// shapes core builds worlds from, so an imported lesson can name a wrong
// field but never make the world builder throw. A policy's nested groups
// (relay, extensions) replace the default's whole, so they must be whole.
import { HOSTS, noFaults } from '../net/index';
import { defaultPolicy } from '../smtp/index';
import { err, isObject, type Ctx } from './validate-fields';

const HOST_NAMES: readonly string[] = Object.values(HOSTS);

function sameType(ctx: Ctx, v: unknown, like: unknown, at: string): void {
  if (Array.isArray(like)) {
    if (!Array.isArray(v) || v.length > 200) return err(ctx, at, 'must be a list');
    const item = like[0];
    v.forEach((x, i) => (item === undefined ? typeof x !== 'string' && err(ctx, `${at}[${i}]`, 'must be a string') : sameType(ctx, x, item, `${at}[${i}]`)));
    return;
  }
  if (isObject(like)) {
    if (!isObject(v)) return err(ctx, at, 'must be an object');
    for (const k of Object.keys(like)) if (!Object.hasOwn(v, k)) err(ctx, `${at}.${k}`, 'is required');
    for (const [k, x] of Object.entries(v)) {
      if (!Object.hasOwn(like, k)) err(ctx, `${at}.${k}`, 'is not a field core knows');
      else sameType(ctx, x, like[k], `${at}.${k}`);
    }
    return;
  }
  if (typeof v !== typeof like || (typeof v === 'number' && !(Number.isFinite(v) && v >= 0))) err(ctx, at, `must be a ${typeof like === 'number' ? 'number ≥ 0' : typeof like}`);
}

function hostMap(ctx: Ctx, v: unknown, at: string, each: (x: unknown, at: string) => void): void {
  if (v === undefined) return;
  if (!isObject(v)) return err(ctx, at, 'must be an object of host names');
  for (const [host, x] of Object.entries(v)) {
    if (!HOST_NAMES.includes(host)) err(ctx, `${at}.${host}`, 'must name a host of the world');
    else each(x, `${at}.${host}`);
  }
}

/** Each field of `v` one `template` has, of its type, or as `special` checks it. */
function fieldsOf(ctx: Ctx, v: unknown, at: string, template: object, what: string, special: Record<string, (x: unknown, at: string) => void>): void {
  if (!isObject(v)) return err(ctx, at, 'must be an object');
  for (const [k, x] of Object.entries(v)) {
    const p = `${at}.${k}`;
    if (!Object.hasOwn(template, k)) err(ctx, p, `is not a ${what}`);
    else if (Object.hasOwn(special, k)) special[k]!(x, p);
    else sameType(ctx, x, template[k as keyof typeof template], p);
  }
}

const policy = (ctx: Ctx, v: unknown, at: string) =>
  fieldsOf(ctx, v, at, defaultPolicy, 'policy field', {
    lists: (x, p) => (isObject(x) ? Object.entries(x).forEach(([name, members]) => sameType(ctx, members, ['member'], `${p}.${name}`)) : err(ctx, p, 'must be an object of lists')),
  });

const faults = (ctx: Ctx, v: unknown, at: string) =>
  fieldsOf(ctx, v, at, noFaults, 'fault', {
    vrfy: (x, p) => !['answer', 'cannot-verify', 'disabled'].includes(x as string) && err(ctx, p, 'must be answer, cannot-verify or disabled'),
    slow: (x, p) => !(typeof x === 'number' && x > 0 && x <= 1000) && err(ctx, p, 'must be a number in (0, 1000]'),
  });

const RECORD_FIELDS = { A: { address: 'string' }, MX: { preference: 'number', exchange: 'string' }, PTR: { target: 'string' } } as const;

function record(ctx: Ctx, v: unknown, at: string): void {
  if (!isObject(v)) return err(ctx, at, 'must be a DNS record { type, name, ttl, … }');
  const fields = Object.hasOwn(RECORD_FIELDS, v.type as string) ? RECORD_FIELDS[v.type as keyof typeof RECORD_FIELDS] : undefined;
  if (!fields) return err(ctx, `${at}.type`, 'must be A, MX or PTR');
  for (const [k, t] of Object.entries({ name: 'string', ttl: 'number', ...fields })) if (typeof v[k] !== t) err(ctx, `${at}.${k}`, `must be a ${t}`);
}

/** Problems of `start.world`, each with its path. */
export function worldChanges(ctx: Ctx, v: unknown, at: string): void {
  if (v === undefined) return;
  if (!isObject(v)) return err(ctx, at, 'must be world changes { faults?, policies?, records?, fresh? }');
  for (const k of Object.keys(v)) if (!['faults', 'policies', 'records', 'fresh'].includes(k)) err(ctx, `${at}.${k}`, 'is not a world change');
  hostMap(ctx, v.faults, `${at}.faults`, (x, p) => faults(ctx, x, p));
  hostMap(ctx, v.policies, `${at}.policies`, (x, p) => policy(ctx, x, p));
  if (v.records !== undefined) {
    if (!Array.isArray(v.records) || v.records.length > 200) err(ctx, `${at}.records`, 'must be a list of DNS records');
    else v.records.forEach((r, i) => record(ctx, r, `${at}.records[${i}]`));
  }
  if (v.fresh !== undefined && (!Array.isArray(v.fresh) || v.fresh.some((h) => !HOST_NAMES.includes(h as string)))) err(ctx, `${at}.fresh`, 'must be a list of host names');
}

// The field checks every validator of data from outside shares (lessons,
// challenges, their start worlds): each problem is pushed with its path,
// none thrown, and at most 100 are kept.
export type ValidationError = { path: string; message: string };

export const MAX_ITEMS = 200;

/** Shared with the challenge validator (challenges/validate-challenge.ts), which checks the same kinds of field. */
/** `draft`: a lesson still being written, which may lack its words and checks (the builder's checklist says so instead). */
export type Ctx = { errors: ValidationError[]; draft?: boolean };

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function err(ctx: Ctx, path: string, message: string): void {
  if (ctx.errors.length < 100) ctx.errors.push({ path, message });
}

export function str(ctx: Ctx, o: Record<string, unknown>, key: string, path: string, required: boolean): void {
  const v = o[key];
  if (v === undefined) {
    if (required) err(ctx, `${path}${key}`, 'is required');
  } else if (typeof v !== 'string') err(ctx, `${path}${key}`, 'must be a string');
  else if (required && v.trim() === '' && !ctx.draft) err(ctx, `${path}${key}`, 'must not be empty');
}

export function num(ctx: Ctx, o: Record<string, unknown>, key: string, path: string, required: boolean): void {
  const v = o[key];
  if (v === undefined) {
    if (required) err(ctx, `${path}${key}`, 'is required');
  } else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) err(ctx, `${path}${key}`, 'must be a number ≥ 0');
}

export function bool(ctx: Ctx, o: Record<string, unknown>, key: string, path: string): void {
  if (o[key] !== undefined && typeof o[key] !== 'boolean') err(ctx, `${path}${key}`, 'must be true or false');
}

export function strings(ctx: Ctx, o: Record<string, unknown>, key: string, path: string, required: boolean): void {
  const v = o[key];
  if (v === undefined) {
    if (required) err(ctx, `${path}${key}`, 'is required');
  } else if (!Array.isArray(v) || v.length > MAX_ITEMS || v.some((x) => typeof x !== 'string')) err(ctx, `${path}${key}`, 'must be a list of strings');
}

export function list(ctx: Ctx, o: Record<string, unknown>, key: string, path: string, required: boolean, each: (v: unknown, path: string) => void): void {
  const v = o[key];
  if (v === undefined) {
    if (required) err(ctx, `${path}${key}`, 'is required');
    return;
  }
  if (!Array.isArray(v)) return err(ctx, `${path}${key}`, 'must be a list');
  if (v.length > MAX_ITEMS) return err(ctx, `${path}${key}`, `must have at most ${MAX_ITEMS} items`);
  v.forEach((x, i) => each(x, `${path}${key}[${i}]`));
}

// A pinned clause edited as a form (issue 16 §2: "editable as a form, never
// as raw JSON"): the fields each kind of clause has, each read as text and
// written back from text. An empty field drops the key, so the clause then
// matches any value there, as the check language says of absent keys.
import { HOSTS, noFaults } from '../../net/index';
import type { Count, LeafClause, Pattern } from '../check';

export type FieldKind = 'text' | 'pattern' | 'host' | 'codes' | 'count' | 'number' | 'layer' | 'fault' | 'flag' | 'list';
export type ClauseField = { key: string; label: string; kind: FieldKind };

const f = (key: string, label: string, kind: FieldKind): ClauseField => ({ key, label, kind });

export const CLAUSE_FIELDS: Readonly<Record<LeafClause['type'], readonly ClauseField[]>> = {
  reply: [f('server', 'Server', 'host'), f('client', 'Client', 'host'), f('command', 'Command', 'text'), f('argument', 'Argument contains', 'pattern'), f('code', 'Reply code', 'codes'), f('enhanced', 'Enhanced code', 'text'), f('text', 'Reply text contains', 'pattern'), f('count', 'How many', 'count')],
  event: [f('layer', 'Layer', 'layer'), f('kind', 'Kind', 'text'), f('from', 'From host', 'host'), f('to', 'To host', 'host'), f('summary', 'Summary contains', 'pattern'), f('count', 'How many', 'count')],
  mbox: [f('host', 'Host', 'host'), f('user', 'Mailbox of', 'text'), f('delta', 'New messages', 'count'), f('count', 'Messages in all', 'count'), f('message.sender', 'Envelope sender contains', 'pattern'), f('message.recipient', 'A recipient contains', 'pattern'), f('message.subject', 'Subject contains', 'pattern'), f('message.body', 'Body contains', 'pattern'), f('message.received', 'Received lines', 'count')],
  shell: [f('host', 'Host', 'host'), f('command', 'Command contains', 'pattern'), f('output', 'Output contains', 'pattern'), f('failed', 'Failed', 'flag'), f('count', 'How many', 'count')],
  fault: [f('host', 'Host', 'host'), f('key', 'Fault', 'fault')],
  playground: [f('explorer', 'Explorer', 'text'), f('input', 'Input contains', 'pattern'), f('output', 'Output contains', 'pattern')],
  answer: [f('question', 'Question id', 'text'), f('accept', 'Accepted answers (comma-separated)', 'list')],
};

export const FIELD_HOSTS: readonly string[] = Object.values(HOSTS);
export const FIELD_LAYERS = ['tcp', 'dns', 'smtp', 'delivery', 'ua', 'config'] as const;
export const FIELD_FAULTS: readonly string[] = Object.keys(noFaults);

export type CountMode = 'at least' | 'exactly' | 'at most';
export const COUNT_MODES: readonly CountMode[] = ['at least', 'exactly', 'at most'];

/** A count as the form shows it: a mode and a number ('' when absent). */
export function countField(c: Count | undefined): { mode: CountMode; n: string } {
  if (c === undefined) return { mode: 'at least', n: '' };
  if (typeof c === 'number') return { mode: 'at least', n: String(c) };
  if (c.exactly !== undefined) return { mode: 'exactly', n: String(c.exactly) };
  if (c.max !== undefined && c.min === undefined) return { mode: 'at most', n: String(c.max) };
  return { mode: 'at least', n: String(c.min ?? '') };
}

export function countOf(mode: CountMode, n: string): Count | undefined {
  const v = Number(n);
  if (n.trim() === '' || !Number.isFinite(v) || v < 0) return undefined;
  return mode === 'exactly' ? { exactly: v } : mode === 'at most' ? { max: v } : v;
}

const patternText = (p: Pattern | undefined) => (p === undefined ? '' : typeof p === 'string' ? p : p.text);
/** A pattern's text replaced, its flags (regex, case) kept. */
const withText = (p: Pattern | undefined, text: string): Pattern => (p === undefined || typeof p === 'string' ? text : { ...p, text });

type Loose = Record<string, unknown>;

function subjectOf(c: Loose): Pattern | undefined {
  const headers = (c.message as Loose | undefined)?.headers as { name: string; value: Pattern }[] | undefined;
  return headers?.find((h) => h.name.toLowerCase() === 'subject')?.value;
}

/** The field's value as the form shows it (counts: see countField). */
export function readField(clause: LeafClause, field: ClauseField): string {
  const c = clause as unknown as Loose;
  const [head, sub] = field.key.split('.') as [string, string | undefined];
  if (head === 'message' && sub === 'subject') return patternText(subjectOf(c));
  const v = sub ? (c[head] as Loose | undefined)?.[sub] : c[head];
  if (v === undefined) return '';
  if (field.kind === 'codes') return Array.isArray(v) ? v.join(', ') : String(v);
  if (field.kind === 'list') return (v as string[]).join(', ');
  if (field.kind === 'pattern') return patternText(v as Pattern);
  if (field.kind === 'flag') return v ? 'yes' : 'no';
  return String(v);
}

function valueOf(field: ClauseField, text: string, old: unknown): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  switch (field.kind) {
    case 'codes': {
      const codes = t.split(/[\s,]+/).map(Number).filter((n) => Number.isInteger(n) && n >= 200 && n <= 599);
      return codes.length === 0 ? undefined : codes.length === 1 ? codes[0] : codes;
    }
    case 'list':
      return t.split(',').map((x) => x.trim()).filter(Boolean);
    case 'pattern':
      return withText(old as Pattern | undefined, text);
    case 'flag':
      return t === 'yes';
    case 'number': {
      const n = Number(t);
      return Number.isFinite(n) && n >= 0 ? n : undefined;
    }
    default:
      return t;
  }
}

/** The clause with one field set from the form's text (counts: pass countOf's value as `count`). */
export function writeField(clause: LeafClause, field: ClauseField, text: string, count?: Count): LeafClause {
  const c = { ...(clause as unknown as Loose) };
  const [head, sub] = field.key.split('.') as [string, string | undefined];
  const value = field.kind === 'count' ? count : valueOf(field, text, sub ? (c[head] as Loose | undefined)?.[sub] : c[head]);
  if (!sub) {
    if (value === undefined) delete c[head];
    else c[head] = value;
    return c as unknown as LeafClause;
  }
  const m: Loose = { ...((c[head] as Loose | undefined) ?? {}) };
  if (sub === 'subject') {
    const others = ((m.headers as { name: string; value: Pattern }[] | undefined) ?? []).filter((h) => h.name.toLowerCase() !== 'subject');
    const subject = value === undefined ? [] : [{ name: 'Subject', value: withText(subjectOf(c), text) }];
    if (others.length + subject.length) m.headers = [...others, ...subject];
    else delete m.headers;
  } else if (value === undefined) delete m[sub];
  else m[sub] = value;
  if (Object.keys(m).length) c[head] = m;
  else delete c[head];
  return c as unknown as LeafClause;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LeafClause } from '../check';
import { validateCheck } from '../validate';
import { CLAUSE_FIELDS, countField, countOf, readField, writeField } from './clause-fields';

const field = (type: LeafClause['type'], key: string) => CLAUSE_FIELDS[type].find((f) => f.key === key)!;

describe('a clause as a form', () => {
  it('reads and writes each kind of field, and an empty field drops its key', () => {
    let c: LeafClause = { type: 'reply', server: 'mx1.bob.example', command: 'RCPT', code: 250 };
    c = writeField(c, field('reply', 'code'), '550, 554');
    expect(c).toMatchObject({ code: [550, 554] });
    expect(readField(c, field('reply', 'code'))).toBe('550, 554');
    c = writeField(c, field('reply', 'server'), '');
    expect(c).not.toHaveProperty('server');
    c = writeField(c, field('reply', 'count'), '', countOf('exactly', '2'));
    expect(c).toMatchObject({ count: { exactly: 2 } });
    expect(countField((c as { count?: number }).count)).toEqual({ mode: 'exactly', n: '2' });
  });

  it('edits the Subject of a mailbox clause as one field, keeping other headers and pattern flags', () => {
    let m: LeafClause = { type: 'mbox', user: 'bob', message: { headers: [{ name: 'X-Tag', value: 'a' }, { name: 'Subject', value: { text: 'hi', regex: true } }] } };
    m = writeField(m, field('mbox', 'message.subject'), 'h.+o');
    expect(m).toMatchObject({ message: { headers: [{ name: 'X-Tag', value: 'a' }, { name: 'Subject', value: { text: 'h.+o', regex: true } }] } });
    m = writeField(m, field('mbox', 'message.subject'), '');
    expect(m).toMatchObject({ message: { headers: [{ name: 'X-Tag', value: 'a' }] } });
    m = writeField(writeField(m, field('mbox', 'message.sender'), 'alice'), field('mbox', 'message.sender'), '');
    expect(readField(m, field('mbox', 'message.sender'))).toBe('');
  });

  it('whatever is typed into any field, the validator accepts the clause or names that field', () => {
    const types = Object.keys(CLAUSE_FIELDS) as LeafClause['type'][];
    const base: Record<LeafClause['type'], LeafClause> = {
      reply: { type: 'reply' }, event: { type: 'event' }, mbox: { type: 'mbox', user: 'bob' }, shell: { type: 'shell' }, fault: { type: 'fault', host: 'mx1.bob.example', key: 'down' }, playground: { type: 'playground' }, answer: { type: 'answer', question: 'q', accept: ['a'] },
    };
    for (const c of Object.values(base)) expect(validateCheck(c)).toEqual([]);
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.nat(20), fc.string(), (type, i, text) => {
        const fields = CLAUSE_FIELDS[type];
        const f = fields[i % fields.length]!;
        const c = writeField(base[type], f, text, countOf('at least', text));
        expect(c.type).toBe(type);
        // Whatever the validator says is about the field written, never about the rest of the clause.
        for (const e of validateCheck(c)) expect(e.path.split(/[.[]/)[0], e.message).toBe(f.key.split('.')[0]);
        if (f.kind === 'codes' || f.kind === 'count' || f.kind === 'flag') expect(validateCheck(c)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

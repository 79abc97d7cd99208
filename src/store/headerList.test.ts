import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage, type HeaderField, type MimePart } from '../core';
import { headerAt, headerCount, headerFields, toHeaderList } from './headerList';

const SAMPLES = resolve(__dirname, '../../public/samples');

describe('a packed header list', () => {
  it('gives back every field of every sample, in order, after a structured clone', () => {
    for (const name of readdirSync(SAMPLES).filter((f) => f.endsWith('.eml'))) {
      const walk = (part: MimePart) => {
        const list = structuredClone(toHeaderList(part.headers));
        expect(headerCount(list)).toBe(part.headers.length);
        expect(headerFields(list)).toEqual(part.headers);
        part.children.forEach(walk);
      };
      walk(parseMessage(new Uint8Array(readFileSync(resolve(SAMPLES, name)))).root);
    }
  });

  it('keeps names, values and decoded values with any characters, empty ones included, each read alone', () => {
    const fields: HeaderField[] = [
      { name: 'Subject', value: '=?utf-8?B?4oCuIMOpIDo=?=', decoded: '\u202e é :', start: 0, end: 35 },
      { name: 'X-Empty', value: '', decoded: '', start: 35, end: 45 },
      { name: 'X-Gone', value: '=?utf-8?B??=', decoded: '', start: 45, end: 65 },
      { name: 'X-Same', value: 'plain 😀', decoded: 'plain 😀', start: 65, end: 85 },
      { name: '', value: 'nameless', decoded: 'nameless', start: 85, end: 95 },
    ];
    const list = toHeaderList(fields);
    // Backwards: a field is found from its own entries, not by reading those before it.
    for (let i = fields.length - 1; i >= 0; i--) expect(headerAt(list, i)).toEqual(fields[i]);
    expect(list.text).toBe('Subject=?utf-8?B?4oCuIMOpIDo=?=\u202e é :X-EmptyX-Gone=?utf-8?B??=X-Sameplain 😀nameless');
  });

  it('is empty for no fields', () => {
    expect(headerCount(toHeaderList([]))).toBe(0);
    expect(headerFields(toHeaderList([]))).toEqual([]);
  });
});

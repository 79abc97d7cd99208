import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanWire } from './wire';
import { downgradeTo7bit } from './downgrade';
import { parseMessage } from './parse';

const sample = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../../public/samples', name)));

describe('downgradeTo7bit (RFC 6152 §3)', () => {
  it('re-encodes an 8bit KOI8-R body and rewrites its header, keeping the text', () => {
    const raw = sample('koi8-r.eml');
    const before = parseMessage(raw).root.text();
    const { bytes: out, changed, notes } = downgradeTo7bit(raw);
    expect(changed).toBe(true);
    expect(notes[0]).toMatch(/text\/plain at byte 0: 8bit → base64/);
    expect(scanWire(out).eightBit).toBe(0);
    const after = parseMessage(out);
    expect(after.errors).toEqual([]);
    expect(after.root.transferEncoding).toBe('base64');
    expect(after.root.text()).toBe(before);
    expect(after.root.headers.filter((h) => /^content-transfer-encoding$/i.test(h.name))).toHaveLength(1);
  });

  it('uses quoted-printable for mostly-ASCII text inside a multipart and leaves other parts byte for byte', () => {
    const raw = sample('long-folded-headers.eml');
    const { bytes: out, changed, notes } = downgradeTo7bit(raw);
    expect(changed).toBe(true);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/8bit → quoted-printable/);
    const before = parseMessage(raw).root;
    const after = parseMessage(out).root;
    expect(after.children[0]!.transferEncoding).toBe('quoted-printable');
    expect(after.children[0]!.text()).toBe(before.children[0]!.text());
    const att = (r: Uint8Array, p: typeof before) => Buffer.from(r.subarray(p.children[1]!.start, p.children[1]!.end)).toString('latin1');
    expect(att(out, after)).toBe(att(raw, before));
    expect(scanWire(out).eightBit).toBe(0);
  });

  it('changes nothing in a message that is already 7-bit', () => {
    const raw = sample('multipart-mixed-attachment.eml');
    expect(downgradeTo7bit(raw)).toEqual({ bytes: raw, changed: false, notes: [] });
  });
});

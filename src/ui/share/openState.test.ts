import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { shareFileText, playgroundShare } from '../../core/share/index';
import { readOpening } from './openState';

const state = playgroundShare('base64', { text: 'VXNlcm5hbWU6', direction: 'decode', charset: 'utf-8', wordEncoding: 'Q' });
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readOpening: the files the Simulator opens', () => {
  it('reads a .smtplab.json, and an export by its session.smtplab.json', async () => {
    expect(await readOpening(new File([shareFileText(state)], 'x.smtplab.json'))).toEqual({ kind: 'state', decoded: { ok: true, value: state } });
    const zip = zipSync({ 'smtp-lab-x/README.txt': bytes('hi'), 'smtp-lab-x/session.smtplab.json': bytes(shareFileText(state)) });
    expect(await readOpening(new File([zip as BlobPart], 'smtp-lab-x.ZIP'))).toEqual({ kind: 'state', decoded: { ok: true, value: state } });
  });

  it('hands an .eml over as bytes, 8-bit kept', async () => {
    const eml = new Uint8Array([0x53, 0x3a, 0x20, 0xe9, 0x0d, 0x0a]);
    const out = await readOpening(new File([eml], 'a.eml'));
    expect(out.kind === 'message' && Array.from(out.bytes)).toEqual(Array.from(eml));
  });

  it('says what is wrong with a zip that is not an export, a broken zip, a bomb and another file, without throwing', async () => {
    const other = zipSync({ 'notes.txt': bytes('hi') });
    const bomb = zipSync({ 'x/session.smtplab.json': new Uint8Array(8 * 1024 * 1024).fill(32) });
    for (const file of [new File([other as BlobPart], 'a.zip'), new File([bytes('PK not really')], 'b.zip'), new File([bomb as BlobPart], 'c.zip')]) {
      const out = await readOpening(file);
      expect(out.kind === 'state' && !out.decoded.ok && out.decoded.error.message).toMatch(/not an SMTP Lab export/);
    }
    expect(await readOpening(new File([bytes('{')], 'd.json'))).toMatchObject({ kind: 'state', decoded: { ok: false, error: { kind: 'damaged' } } });
    expect(await readOpening(new File([bytes('x')], 'e.png'))).toEqual({ kind: 'unknown' });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkedRange, looksBinary, runCodec, type CodecRequest } from './playgroundCodecs';

const req = (r: Partial<CodecRequest>): CodecRequest => ({ codec: 'base64', direction: 'decode', text: '', charset: 'utf-8', wordEncoding: 'Q', ...r });

describe('runCodec', () => {
  it('decodes the seed’s AUTH LOGIN prompt, VXNlcm5hbWU6 → Username:', () => {
    const v = runCodec(req({ text: 'VXNlcm5hbWU6' }));
    expect(v.text).toBe('Username:');
    expect(v.steps).toHaveLength(3);
    expect(v.errors).toEqual([]);
    expect(v.binary).toBe(false);
  });

  it('decodes the seed’s =E9 as é in Latin-1', () => {
    const v = runCodec(req({ codec: 'quoted-printable', text: 'Caf=E9', charset: 'iso-8859-1' }));
    expect(v.text).toBe('Café');
    expect([...v.bytes]).toEqual([0x43, 0x61, 0x66, 0xe9]);
  });

  it('with Auto, reads caf=C3=A9 au lait as UTF-8 and the seed’s =E9 as windows-1252, saying which and offering the other', () => {
    const utf8 = runCodec(req({ codec: 'quoted-printable', text: 'caf=C3=A9 au lait', charset: 'auto' }));
    expect([utf8.text, utf8.charset]).toEqual(['café au lait', 'utf-8']);
    expect(utf8.otherReading).toEqual({ charset: 'windows-1252', text: 'cafÃ© au lait' });
    const latin = runCodec(req({ codec: 'quoted-printable', text: 'Caf=E9 cr=E8me br=FBl=E9e', charset: 'auto' }));
    expect([latin.text, latin.charset]).toEqual(['Café crème brûlée', 'windows-1252']);
    expect(latin.otherReading!.charset).toBe('utf-8');
    const ascii = runCodec(req({ text: 'VXNlcm5hbWU6', charset: 'auto' }));
    expect(ascii.otherReading).toBeUndefined();
  });

  it('with Auto, encodes text as UTF-8', () => {
    expect(runCodec(req({ codec: 'quoted-printable', direction: 'encode', text: 'café', charset: 'auto' })).encoded).toBe('caf=C3=A9');
  });

  it('decodes encoded-words and counts output in characters', () => {
    const v = runCodec(req({ codec: 'encoded-words', text: '=?UTF-8?B?Q2Fmw6k=?=' }));
    expect(v.text).toBe('Café');
    expect(v.unit).toBe('char');
  });

  it('encodes, and the steps run over the encoded output', () => {
    const v = runCodec(req({ direction: 'encode', text: 'Username:' }));
    expect(v.encoded).toBe('VXNlcm5hbWU6');
    expect(v.text).toBe('Username:');
    expect(v.errors).toEqual([]);
    const q = runCodec(req({ codec: 'quoted-printable', direction: 'encode', text: 'Café', charset: 'iso-8859-1' }));
    expect(q.encoded).toBe('Caf=E9');
    const w = runCodec(req({ codec: 'encoded-words', direction: 'encode', text: 'Café', wordEncoding: 'B' }));
    expect(w.encoded).toMatch(/^=\?UTF-8\?B\?/i);
    expect(w.text).toBe('Café');
  });

  it('encodes a file’s bytes, not the typed text', () => {
    const v = runCodec(req({ direction: 'encode', text: 'ignored', file: new Uint8Array([0, 1, 2, 255]) }));
    expect(v.encoded).toBe('AAEC/w==');
    expect(v.binary).toBe(true);
  });

  it('reports errors with positions when decoding, and still decodes', () => {
    const v = runCodec(req({ text: 'VXNl*cm5h' }));
    expect(v.errors.some((e) => e.offset === 4)).toBe(true);
    expect(v.text).toBe('Userna');
  });

  it('round-trips any text through encode then decode (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('base64', 'quoted-printable') , (text, codec) => {
        const enc = runCodec(req({ codec: codec as CodecRequest['codec'], direction: 'encode', text }));
        const dec = runCodec(req({ codec: codec as CodecRequest['codec'], text: enc.encoded }));
        expect(dec.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('looksBinary', () => {
  it('calls control bytes and U+FFFD binary, text with line breaks not', () => {
    expect(looksBinary(new Uint8Array([0x41, 0x0d, 0x0a]), 'A\r\n')).toBe(false);
    expect(looksBinary(new Uint8Array([0x00]), '\0')).toBe(true);
    expect(looksBinary(new Uint8Array([0xff]), '\uFFFD')).toBe(true);
  });
});

describe('linkedRange', () => {
  const steps = [
    { input: { start: 0, end: 4 }, output: { start: 0, end: 3 }, kind: 'quantum', note: '' },
    { input: { start: 4, end: 8 }, output: { start: 3, end: 6 }, kind: 'quantum', note: '' },
  ];
  it('maps a selection on one side to the union of the other side’s ranges', () => {
    expect(linkedRange(steps, { start: 2, end: 5 }, 'input')).toEqual({ start: 0, end: 6 });
    expect(linkedRange(steps, { start: 4, end: 5 }, 'output')).toEqual({ start: 4, end: 8 });
    expect(linkedRange(steps, { start: 3, end: 3 }, 'output')).toEqual({ start: 4, end: 8 });
    expect(linkedRange(steps, { start: 9, end: 10 }, 'input')).toBeUndefined();
  });
});

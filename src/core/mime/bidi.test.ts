import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasBidiControls, removeBidiControls, showBidiControls } from './bidi';
import { parseMessage } from './parse';

const CONTROLS = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('bidi controls in file names', () => {
  it('shows a right-to-left override visibly, in the order the name is stored', () => {
    expect(showBidiControls('invoice\u202Efdp.exe')).toBe('invoice⟨U+202E RLO⟩fdp.exe');
    expect(removeBidiControls('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('leaves no control in what it shows or saves, and changes nothing else, for any text', () => {
    const piece = fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom(...CONTROLS));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect(hasBidiControls(showBidiControls(text))).toBe(false);
        expect(hasBidiControls(removeBidiControls(text))).toBe(false);
        const plain = pieces.filter((p) => !CONTROLS.includes(p)).join('');
        if (!hasBidiControls(plain)) expect(removeBidiControls(text)).toBe(plain);
      }),
    );
  });

  it('finds the override in a name written with RFC 2231 or RFC 2047, as the parser decodes it', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary=b', '', '--b',
      "Content-Disposition: attachment; filename*=utf-8''invoice%E2%80%AEfdp.exe", '', 'x', '--b',
      'Content-Type: application/octet-stream; name="=?utf-8?B?aW52b2ljZeKArmZkcC5leGU=?="', '', 'x', '--b--', '',
    ].join('\r\n');
    const names = parseMessage(raw).root.children.map((c) => c.filename!);
    expect(names.map(showBidiControls)).toEqual(['invoice⟨U+202E RLO⟩fdp.exe', 'invoice⟨U+202E RLO⟩fdp.exe']);
  });
});

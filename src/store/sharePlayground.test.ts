import { beforeEach, describe, expect, it } from 'vitest';
import { decodeShareJson, MAX_INFLATED, shareFileText, type PlaygroundShare, type TooBig } from '../core/share/index';
import { freshExplorer, playgroundStore } from './playgroundStore';
import { explorerShare, openPlaygroundShare } from './sharePlayground';

const s = () => playgroundStore.getState();
const saved = () => playgroundStore.persist.getOptions().partialize!(s()) as { inputs: Record<string, { text: string }>; builder: { subject: string } };

/** What a share carries, through the file's JSON and back, as a receiver reads it. */
async function through(made: Promise<PlaygroundShare | TooBig>): Promise<PlaygroundShare> {
  const share = await made;
  if (share.kind === 'too-big') throw new Error('too big to share');
  const back = decodeShareJson(shareFileText(share));
  if (!back.ok || back.value.kind !== 'playground') throw new Error('did not read back');
  return back.value;
}

describe('a shared Playground explorer in the store', () => {
  beforeEach(() => {
    s().keepOwnWork();
    s().setText('base64', 'bXkgb3du');
    s().setText('mime', 'Subject: mine\r\n\r\nmine\r\n');
    s().setBuilder({ subject: 'My own' });
  });

  it('opens what was shared beside the person’s own input, exactly, and saves only the own', async () => {
    s().setText('base64', 'U2hhcmVk');
    s().setCharset('base64', 'iso-8859-1');
    const share = await through(explorerShare('base64'));
    s().keepOwnWork();
    s().setText('base64', 'bXkgb3du');
    s().setCharset('base64', 'auto');

    expect(openPlaygroundShare(share)).toEqual({ ok: true, exact: true, message: 'Shown exactly as it was shared.', explorer: 'base64' });
    expect(s().inputs.base64).toMatchObject({ text: 'U2hhcmVk', charset: 'iso-8859-1' });
    expect(s().visiting).toMatchObject({ explorer: 'base64', exact: true, adopted: false });
    expect(saved().inputs.base64).toMatchObject({ text: 'bXkgb3du', charset: 'auto' });
    s().keepOwnWork();
    expect(s().inputs.base64.text).toBe('bXkgb3du');
  });

  it('shares the MIME builder’s form with the input, and shows it without the person’s own fields leaking in', async () => {
    s().setDirection('mime', 'encode');
    s().setBuilder({ subject: 'Shared subject', html: '<p>shared</p>' });
    const share = await through(explorerShare('mime'));
    s().setDirection('mime', 'decode');
    s().setBuilder({ subject: 'My own', html: '<p>mine</p>' });
    const { html: _html, ...partial } = share.fields!;

    openPlaygroundShare({ ...share, fields: partial });
    expect(s().inputs.mime.direction).toBe('encode');
    // A field the link did not carry reads as a first visit's, never as the person's.
    expect(s().builder).toEqual({ ...freshExplorer('mime').builder, ...partial, html: '' });
    expect(saved().builder.subject).toBe('My own');
  });

  it('says what differs: another version of SMTP Lab, fields this explorer does not have', async () => {
    const share = await through(explorerShare('base64'));
    const older = openPlaygroundShare({ ...share, core: '0.0.1' });
    expect(older).toMatchObject({ ok: true, exact: false });
    expect(older.ok && older.message).toMatch(/^Not quite as it was shared: it was made with SMTP Lab 0\.0\.1, and this is /);
    expect(s().visiting?.exact).toBe(false);

    const stamp = await through(explorerShare('received'));
    const extra = openPlaygroundShare({ ...stamp, fields: { ...stamp.fields, colour: 'red' } });
    expect(extra.ok && extra.message).toMatch(/this explorer has no “colour”, left out/);
    expect(s().stamp).not.toHaveProperty('colour');
  });

  it('refuses an explorer this SMTP Lab does not have, leaving everything as it was', async () => {
    const before = s().inputs;
    const share = { ...(await through(explorerShare('base64'))), explorer: 'toString' };
    expect(openPlaygroundShare(share)).toMatchObject({ ok: false, error: { path: 'explorer' } });
    expect(s().inputs).toBe(before);
    expect(s().visiting).toBeUndefined();
  });

  describe('a message file read in the MIME explorer', () => {
    /** A message with 8-bit header and body bytes (Latin-1 é, a raw 0xFF) and a binary attachment of every byte value. */
    const message = Uint8Array.from([
      ...new TextEncoder().encode('Subject: caf'),
      0xe9,
      ...new TextEncoder().encode('\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\ncr'),
      0xe8,
      0xff,
      ...new TextEncoder().encode('me\r\n--b\r\nContent-Type: application/octet-stream; name=all.bin\r\nContent-Transfer-Encoding: binary\r\n\r\n'),
      ...Array.from({ length: 256 }, (_, i) => i),
      ...new TextEncoder().encode('\r\n--b--\r\n'),
    ]);
    const picked = () => new File([message], 'café 8bit.eml', { type: 'message/rfc822' });
    const bytesOf = async (data: Blob | Uint8Array) => Array.from(data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer()));

    it('shares the file, byte for byte, with its name, in place of the text it hides; the receiver reads it beside their own', async () => {
      s().setFile({ name: 'café 8bit.eml', size: message.length, data: picked() });
      const share = await through(explorerShare('mime'));
      expect(share.file?.name).toBe('café 8bit.eml');
      // The text under the file is not on screen, so not shared; nor is a sample.
      expect(share.input).toMatchObject({ text: '', direction: 'decode' });
      expect(share.input.sample).toBeUndefined();

      // The receiver's own: their text, and a file of their own picked.
      s().keepOwnWork();
      s().setText('mime', 'Subject: mine\r\n\r\nmine\r\n');
      const mine = picked();
      s().setFile({ name: 'mine.eml', size: message.length, data: mine });
      expect(openPlaygroundShare(share)).toMatchObject({ ok: true, exact: true });
      expect(s().file).toMatchObject({ name: 'café 8bit.eml', size: message.length });
      expect(await bytesOf(s().file!.data)).toEqual(Array.from(message));
      expect(saved().inputs.mime).toMatchObject({ text: 'Subject: mine\r\n\r\nmine\r\n' });
      s().keepOwnWork();
      expect(s().file).toMatchObject({ name: 'mine.eml', data: mine });
    });

    it('shares the text once it takes the file’s place, and the builder’s form when building', async () => {
      s().setFile({ name: 'm.eml', size: message.length, data: picked() });
      s().setDirection('mime', 'encode');
      expect((await through(explorerShare('mime'))).file).toBeUndefined();
      s().setDirection('mime', 'decode');
      s().setText('mime', 'Subject: typed\r\n\r\n');
      expect(s().file).toBeUndefined();
      const share = await through(explorerShare('mime'));
      expect(share.file).toBeUndefined();
      expect(share.input.text).toBe('Subject: typed\r\n\r\n');
    });

    it('refuses a file too big for any SMTP Lab to open, before reading it', async () => {
      const size = Math.floor((MAX_INFLATED / 4) * 3) + 3;
      const unread = { size, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob;
      s().setFile({ name: 'huge.eml', size, data: unread });
      expect(await explorerShare('mime')).toEqual({ kind: 'too-big', size: Math.ceil(size / 3) * 4, limit: MAX_INFLATED });
    });
  });
});

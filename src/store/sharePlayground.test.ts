import { beforeEach, describe, expect, it } from 'vitest';
import { decodeShareJson, shareFileText, type PlaygroundShare } from '../core/share/index';
import { freshExplorer, playgroundStore } from './playgroundStore';
import { explorerShare, openPlaygroundShare } from './sharePlayground';

const s = () => playgroundStore.getState();
const saved = () => playgroundStore.persist.getOptions().partialize!(s()) as { inputs: Record<string, { text: string }>; builder: { subject: string } };

/** What a share carries, through the file's JSON and back, as a receiver reads it. */
function through(share: PlaygroundShare): PlaygroundShare {
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

  it('opens what was shared beside the person’s own input, exactly, and saves only the own', () => {
    s().setText('base64', 'U2hhcmVk');
    s().setCharset('base64', 'iso-8859-1');
    const share = through(explorerShare('base64'));
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

  it('shares the MIME builder’s form with the input, and shows it without the person’s own fields leaking in', () => {
    s().setDirection('mime', 'encode');
    s().setBuilder({ subject: 'Shared subject', html: '<p>shared</p>' });
    const share = through(explorerShare('mime'));
    s().setDirection('mime', 'decode');
    s().setBuilder({ subject: 'My own', html: '<p>mine</p>' });
    const { html: _html, ...partial } = share.fields!;

    openPlaygroundShare({ ...share, fields: partial });
    expect(s().inputs.mime.direction).toBe('encode');
    // A field the link did not carry reads as a first visit's, never as the person's.
    expect(s().builder).toEqual({ ...freshExplorer('mime').builder, ...partial, html: '' });
    expect(saved().builder.subject).toBe('My own');
  });

  it('says what differs: another version of SMTP Lab, fields this explorer does not have', () => {
    const share = through(explorerShare('base64'));
    const older = openPlaygroundShare({ ...share, core: '0.0.1' });
    expect(older).toMatchObject({ ok: true, exact: false });
    expect(older.ok && older.message).toMatch(/^Not quite as it was shared: it was made with SMTP Lab 0\.0\.1, and this is /);
    expect(s().visiting?.exact).toBe(false);

    const stamp = through(explorerShare('received'));
    const extra = openPlaygroundShare({ ...stamp, fields: { ...stamp.fields, colour: 'red' } });
    expect(extra.ok && extra.message).toMatch(/this explorer has no “colour”, left out/);
    expect(s().stamp).not.toHaveProperty('colour');
  });

  it('refuses an explorer this SMTP Lab does not have, leaving everything as it was', () => {
    const before = s().inputs;
    const share = { ...through(explorerShare('base64')), explorer: 'toString' };
    expect(openPlaygroundShare(share)).toMatchObject({ ok: false, error: { path: 'explorer' } });
    expect(s().inputs).toBe(before);
    expect(s().visiting).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createPlaygroundStore, freshExplorer, type ExplorerState } from './playgroundStore';

// A shared explorer beside the person's own (issue 15 §1): the store side.

function memory(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const savedOf = (storage: ReturnType<typeof memory>) => JSON.parse(storage.data.get('smtp-lab.playground') ?? '{}').state;
const note = { message: 'Shown exactly as it was shared.', exact: true };
const shared = (text: string): ExplorerState => ({ input: { ...freshExplorer('base64').input, text, direction: 'encode' } });

/** A person's own Playground, saved: base64 and the MIME builder typed into. */
function ownWork() {
  const storage = memory();
  const session = memory();
  const store = createPlaygroundStore(storage, session);
  store.getState().setText('base64', 'bXkgb3du');
  store.getState().setText('quoted-printable', 'mine=3D');
  store.getState().setBuilder({ subject: 'My own subject' });
  return { storage, session, store };
}

describe('a shared explorer beside the person’s own', () => {
  it('shows the shared input while the own one stays saved, and Keep my own work puts it back', () => {
    const { storage, store } = ownWork();
    store.getState().openShared('base64', shared('Shared!'), note);
    expect(store.getState().inputs.base64).toMatchObject({ text: 'Shared!', direction: 'encode' });
    expect(store.getState().visiting).toMatchObject({ explorer: 'base64', adopted: false, own: { input: { text: 'bXkgb3du' } } });
    expect(savedOf(storage).inputs.base64).toMatchObject({ text: 'bXkgb3du', direction: 'decode' });
    // The other explorers are untouched.
    expect(store.getState().inputs['quoted-printable'].text).toBe('mine=3D');
    // A link the page's address applies is not the person's edit: still only shown.
    store.getState().applyLink('base64', { charset: 'utf-8' });
    expect(store.getState().visiting?.adopted).toBe(false);
    expect(savedOf(storage).inputs.base64.text).toBe('bXkgb3du');

    const opened = store.getState().opened;
    store.getState().keepOwnWork();
    expect(store.getState().visiting).toBeUndefined();
    expect(store.getState().inputs.base64).toMatchObject({ text: 'bXkgb3du', direction: 'decode' });
    expect(store.getState().opened).toBe(opened + 1);
    expect(savedOf(storage).inputs.base64.text).toBe('bXkgb3du');
  });

  it('sets the MIME builder aside with the MIME input, and saves the own builder meanwhile', () => {
    const { storage, store } = ownWork();
    const mime = freshExplorer('mime');
    store.getState().openShared('mime', { input: { ...mime.input, direction: 'encode' }, builder: { ...mime.builder!, subject: 'Shared subject' } }, note);
    expect(store.getState().builder.subject).toBe('Shared subject');
    expect(savedOf(storage).builder.subject).toBe('My own subject');
    store.getState().keepOwnWork();
    expect(store.getState().builder.subject).toBe('My own subject');
    expect(store.getState().inputs.mime.direction).toBe('decode');
  });

  it('adopts the shared input at the first edit: saved as the person’s own, the earlier one still one step back until forgotten', () => {
    const { storage, store } = ownWork();
    store.getState().openShared('base64', shared('Shared!'), note);
    // An edit in another explorer adopts nothing.
    store.getState().setText('quoted-printable', 'other');
    expect(store.getState().visiting?.adopted).toBe(false);
    store.getState().setText('base64', 'Shared, edited');
    expect(store.getState().visiting?.adopted).toBe(true);
    expect(savedOf(storage).inputs.base64).toMatchObject({ text: 'Shared, edited', direction: 'encode' });
    store.getState().keepOwnWork();
    expect(store.getState().inputs.base64.text).toBe('bXkgb3du');
    expect(savedOf(storage).inputs.base64.text).toBe('bXkgb3du');

    store.getState().openShared('base64', shared('Shared again'), note);
    store.getState().setDirection('base64', 'decode');
    store.getState().forgetEarlier();
    expect(store.getState().visiting).toBeUndefined();
    expect(store.getState().inputs.base64).toMatchObject({ text: 'Shared again', direction: 'decode' });
    expect(savedOf(storage).inputs.base64.text).toBe('Shared again');
  });

  it('a form edited adopts its explorer’s shared state (the MIME builder, the Received stamp)', () => {
    const { store } = ownWork();
    store.getState().openShared('received', freshExplorer('received'), note);
    store.getState().setBuilder({ subject: 'not the stamp' });
    expect(store.getState().visiting?.adopted).toBe(false);
    store.getState().setStamp({ by: 'mx.example' });
    expect(store.getState().visiting?.adopted).toBe(true);
  });

  it('opens one shared state at a time: a second gives the first explorer its own input back', () => {
    const { storage, store } = ownWork();
    store.getState().openShared('base64', shared('First'), note);
    store.getState().openShared('quoted-printable', { input: { ...freshExplorer('quoted-printable').input, text: 'Second' } }, note);
    expect(store.getState().inputs.base64.text).toBe('bXkgb3du');
    expect(store.getState().inputs['quoted-printable'].text).toBe('Second');
    expect(savedOf(storage).inputs['quoted-printable'].text).toBe('mine=3D');
    // The same explorer twice: the own input is the one set aside the first time, never the first shared one.
    store.getState().openShared('quoted-printable', { input: { ...freshExplorer('quoted-printable').input, text: 'Third' } }, note);
    store.getState().keepOwnWork();
    expect(store.getState().inputs['quoted-printable'].text).toBe('mine=3D');
  });

  it('comes back after a reload of the tab, beside the own input; a new tab opens on the own input alone', () => {
    const { storage, session, store } = ownWork();
    store.getState().openShared('base64', shared('Shared!'), { message: 'Not quite as it was shared: a reason.', exact: false });
    const reloaded = createPlaygroundStore(storage, session).getState();
    expect(reloaded.inputs.base64).toMatchObject({ text: 'Shared!', direction: 'encode' });
    expect(reloaded.visiting).toMatchObject({ explorer: 'base64', adopted: false, exact: false, message: 'Not quite as it was shared: a reason.', own: { input: { text: 'bXkgb3du' } } });
    reloaded.keepOwnWork();
    expect(createPlaygroundStore(storage, session).getState().visiting).toBeUndefined();

    const newTab = createPlaygroundStore(storage, memory()).getState();
    expect(newTab.visiting).toBeUndefined();
    expect(newTab.inputs.base64.text).toBe('bXkgb3du');
  });

  it('keeps an adopted visit across a reload: the edited input as the own, the earlier one to go back to', () => {
    const { storage, session, store } = ownWork();
    store.getState().openShared('base64', shared('Shared!'), note);
    store.getState().setText('base64', 'Edited');
    const reloaded = createPlaygroundStore(storage, session);
    expect(reloaded.getState().inputs.base64.text).toBe('Edited');
    expect(reloaded.getState().visiting).toMatchObject({ adopted: true, own: { input: { text: 'bXkgb3du' } } });
    reloaded.getState().keepOwnWork();
    expect(reloaded.getState().inputs.base64.text).toBe('bXkgb3du');
  });

  it('lets go of a kept visit that does not read back, and starts on the own work', () => {
    const { storage } = ownWork();
    for (const bad of ['{', '{"explorer":"toString","message":"","exact":true,"adopted":false,"other":{}}', '{"explorer":"base64","message":"","exact":true,"adopted":false,"other":{"input":{"text":4}}}']) {
      const session = memory();
      session.setItem('smtp-lab.playground.visit', bad);
      const s = createPlaygroundStore(storage, session).getState();
      expect(s.visiting).toBeUndefined();
      expect(s.inputs.base64.text).toBe('bXkgb3du');
    }
  });

  it('keeps a shared message file across a reload of the tab, byte for byte; a picked one set aside is not kept (a reload loses it, as ever)', () => {
    const { storage, session, store } = ownWork();
    const picked = new Blob(['Subject: mine\r\n\r\n']);
    store.getState().setFile({ name: 'mine.eml', size: picked.size, data: picked });
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    store.getState().openShared('mime', { ...freshExplorer('mime'), file: { name: 'shared.eml', size: 256, data: bytes } }, note);
    const reloaded = createPlaygroundStore(storage, session).getState();
    expect(reloaded.file).toMatchObject({ name: 'shared.eml', size: 256 });
    expect(Array.from(reloaded.file!.data as Uint8Array)).toEqual(Array.from(bytes));
    expect(reloaded.visiting).toMatchObject({ explorer: 'mime', adopted: false });
    expect(reloaded.visiting!.own.file).toBeUndefined();

    // Before the reload, Keep my own work brings back the picked file too.
    store.getState().keepOwnWork();
    expect(store.getState().file).toMatchObject({ name: 'mine.eml', data: picked });
  });
});

describe('an explorer’s own link (?in=) opened from outside', () => {
  const fromLink = { message: 'Opened from a link to this explorer.', exact: true, adopted: false };

  it('opens another input beside the person’s own, as a shared state does: own still saved, Keep my own work brings it back, an edit adopts it', () => {
    const { storage, store } = ownWork();
    store.getState().applyLink('base64', { text: 'VGVhY2hlcg==', charset: 'utf-8' });
    expect(store.getState().inputs.base64).toMatchObject({ text: 'VGVhY2hlcg==', charset: 'utf-8', direction: 'decode' });
    expect(store.getState().visiting).toMatchObject({ explorer: 'base64', own: { input: { text: 'bXkgb3du' } }, ...fromLink });
    expect(savedOf(storage).inputs.base64.text).toBe('bXkgb3du');
    store.getState().keepOwnWork();
    expect(store.getState().inputs.base64).toMatchObject({ text: 'bXkgb3du', charset: 'auto' });

    store.getState().applyLink('base64', { text: 'VGVhY2hlcg==' });
    store.getState().setText('base64', 'VGVhY2hlciE=');
    expect(store.getState().visiting?.adopted).toBe(true);
    expect(savedOf(storage).inputs.base64.text).toBe('VGVhY2hlciE=');
  });

  it('reads the fields a link leaves out as the page writes them (a first visit’s), and keeps the person’s own forms', () => {
    const { store } = ownWork();
    store.getState().setDirection('base64', 'encode');
    store.getState().applyLink('base64', { text: 'QUJD' });
    expect(store.getState().inputs.base64).toEqual({ ...freshExplorer('base64').input, text: 'QUJD' });
    // A text in place of the MIME explorer's sample; the builder stays the person's.
    store.getState().applyLink('mime', { text: 'Subject: linked\r\n\r\n' });
    expect(store.getState().inputs.mime.sample).toBeUndefined();
    expect(store.getState().builder.subject).toBe('My own subject');
  });

  it('applies silently a link to the input shown (the page’s own URL on a reload), or view settings alone', () => {
    const { storage, session, store } = ownWork();
    store.getState().applyLink('base64', { text: 'bXkgb3du', charset: 'iso-8859-1' });
    expect(store.getState().visiting).toBeUndefined();
    expect(savedOf(storage).inputs.base64).toMatchObject({ text: 'bXkgb3du', charset: 'iso-8859-1' });
    store.getState().applyLink('quoted-printable', { direction: 'encode' });
    expect(store.getState().visiting).toBeUndefined();
    expect(store.getState().inputs['quoted-printable']).toMatchObject({ text: 'mine=3D', direction: 'encode' });

    // A sample in place of a sample hides nothing of the person's (the text under it stays); in place of their text, it opens beside.
    store.getState().setText('mime', 'Subject: under the sample\r\n\r\n');
    store.getState().setSample('mime', 'alternative-html.eml');
    store.getState().applyLink('mime', { sample: 'multipart-mixed-attachment.eml' });
    expect(store.getState().visiting).toBeUndefined();
    expect(store.getState().inputs.mime).toMatchObject({ text: 'Subject: under the sample\r\n\r\n', sample: 'multipart-mixed-attachment.eml' });
    store.getState().setText('mime', 'Subject: typed\r\n\r\n');
    store.getState().applyLink('mime', { sample: 'alternative-html.eml' });
    expect(store.getState().visiting).toMatchObject({ explorer: 'mime', own: { input: { text: 'Subject: typed\r\n\r\n' } } });
    expect(store.getState().inputs.mime.sample).toBe('alternative-html.eml');
    store.getState().keepOwnWork();

    // A reload while a shared input is shown: the URL is the shared one's, and the visit stays as it was.
    store.getState().openShared('base64', shared('Shared!'), note);
    const reloaded = createPlaygroundStore(storage, session);
    reloaded.getState().applyLink('base64', { text: 'Shared!', direction: 'encode' });
    expect(reloaded.getState().visiting).toMatchObject({ explorer: 'base64', message: note.message });
  });

  it('a link to the person’s own input while a shared one is shown goes back to their own', () => {
    const { store } = ownWork();
    store.getState().openShared('base64', shared('Shared!'), note);
    store.getState().applyLink('base64', { text: 'bXkgb3du' });
    expect(store.getState().visiting).toBeUndefined();
    expect(store.getState().inputs.base64.text).toBe('bXkgb3du');
  });

  it('sets a MIME file the person opened aside, never dropping it, for a link’s text', () => {
    const { store } = ownWork();
    const picked = new Blob(['Subject: mine\r\n\r\n']);
    store.getState().setText('mime', 'Subject: hidden\r\n\r\n');
    store.getState().setFile({ name: 'mine.eml', size: picked.size, data: picked });
    // Even the text the file hides, asked for by a link, opens beside: the file is what the person sees.
    store.getState().applyLink('mime', { text: 'Subject: hidden\r\n\r\n' });
    expect(store.getState().file).toBeUndefined();
    expect(store.getState().visiting?.own.file).toMatchObject({ name: 'mine.eml' });
    store.getState().keepOwnWork();
    expect(store.getState().file).toMatchObject({ name: 'mine.eml', data: picked });
  });
});

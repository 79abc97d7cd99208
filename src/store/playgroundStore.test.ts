import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createPlaygroundStore, PERSIST_LIMIT } from './playgroundStore';
import { droppedStore } from './savedState';

function memory(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('playground store', () => {
  it('starts on the seeds, decoding', () => {
    const s = createPlaygroundStore(memory()).getState();
    expect(s.inputs.base64.text).toBe('VXNlcm5hbWU6');
    expect(s.inputs.base64.direction).toBe('decode');
    expect(s.inputs.mime.sample).toBeDefined();
  });

  it('reads bytes as text with Auto by default in the base64 and quoted-printable explorers', () => {
    const s = createPlaygroundStore(memory()).getState();
    expect([s.inputs.base64.charset, s.inputs['quoted-printable'].charset]).toEqual(['auto', 'auto']);
  });

  it('moves an input saved on the old default charset to Auto, and keeps one chosen by hand', () => {
    const storage = memory();
    const inputs = {
      base64: { text: 'QQ==', direction: 'decode', charset: 'utf-8', wordEncoding: 'Q' },
      'quoted-printable': { text: 'caf=C3=A9', direction: 'decode', charset: 'iso-8859-1', wordEncoding: 'Q' },
      'encoded-words': { text: '', direction: 'decode', charset: 'iso-8859-15', wordEncoding: 'Q' },
    };
    storage.setItem('smtp-lab.playground', JSON.stringify({ state: { inputs }, version: 1 }));
    const s = createPlaygroundStore(storage).getState();
    expect(s.inputs['quoted-printable']).toMatchObject({ text: 'caf=C3=A9', charset: 'auto' });
    expect(s.inputs.base64.charset).toBe('auto');
    expect(s.inputs['encoded-words'].charset).toBe('iso-8859-15');
  });

  it('keeps what was typed across a reload', () => {
    const storage = memory();
    const a = createPlaygroundStore(storage);
    a.getState().setText('quoted-printable', 'cr=E8me');
    a.getState().setDirection('base64', 'encode');
    a.getState().setBuilder({ subject: 'Hello' });
    const b = createPlaygroundStore(storage).getState();
    expect(b.inputs['quoted-printable'].text).toBe('cr=E8me');
    expect(b.inputs.base64.direction).toBe('encode');
    expect(b.builder.subject).toBe('Hello');
    expect(b.builder.from).toMatch(/alice/);
  });

  it('reads back a typed MIME message as typed, not under the sample a first visit opens', () => {
    const storage = memory();
    createPlaygroundStore(storage).getState().setText('mime', 'Subject: mine\r\n\r\n');
    expect(createPlaygroundStore(storage).getState().inputs.mime).toMatchObject({ text: 'Subject: mine\r\n\r\n', sample: undefined });
    expect(createPlaygroundStore(memory()).getState().inputs.mime.sample).toBe('multipart-mixed-attachment.eml');
  });

  it('typing replaces a loaded sample, and a link applies in one go', () => {
    const store = createPlaygroundStore(memory());
    store.getState().setText('mime', 'Subject: x\r\n\r\nbody');
    expect(store.getState().inputs.mime.sample).toBeUndefined();
    store.getState().applyLink('base64', { text: 'QQ==', direction: 'encode', charset: 'iso-8859-1' });
    expect(store.getState().inputs.base64).toMatchObject({ text: 'QQ==', direction: 'encode', charset: 'iso-8859-1' });
  });

  it('reads back only saved values of the right shape, keeps the rest, and says what it dropped (issue 11 §3.6)', () => {
    droppedStore.getState().dismiss();
    const storage = memory();
    const state = {
      inputs: {
        base64: { text: 42, direction: 'sideways', charset: 'iso-8859-1', wordEncoding: 'Q' },
        'quoted-printable': 'not an input',
        mime: { text: 'Subject: kept\r\n\r\nbody', sample: ['x'] },
        toString: { text: 'no such explorer' },
      },
      builder: { subject: { html: '<b>' }, from: 'Me <me@example.com>' },
      stamp: [1, 2],
    };
    storage.setItem('smtp-lab.playground', JSON.stringify({ state, version: 2 }));
    const s = createPlaygroundStore(storage).getState();
    const fresh = createPlaygroundStore(memory()).getState();
    expect(s.inputs.base64).toEqual({ ...fresh.inputs.base64, charset: 'iso-8859-1' });
    expect(s.inputs['quoted-printable']).toEqual(fresh.inputs['quoted-printable']);
    expect(s.inputs.mime).toEqual({ ...fresh.inputs.mime, text: 'Subject: kept\r\n\r\nbody' });
    expect(Object.keys(s.inputs).sort()).toEqual(Object.keys(fresh.inputs).sort());
    expect(s.builder).toEqual({ ...fresh.builder, from: 'Me <me@example.com>' });
    expect(s.stamp).toEqual(fresh.stamp);
    expect(droppedStore.getState().dropped).toEqual([
      { store: 'playground', fields: expect.arrayContaining(['base64 text', 'base64 direction', 'quoted-printable', 'mime sample', 'builder subject', 'stamp']) },
    ]);
    expect(droppedStore.getState().dropped[0]!.fields).toHaveLength(6);
  });

  it('does not persist an input too large for localStorage, and survives a full storage', () => {
    const storage = memory();
    const store = createPlaygroundStore(storage);
    store.getState().setText('base64', 'A'.repeat(PERSIST_LIMIT + 1));
    expect(storage.data.get('smtp-lab.playground')!.length).toBeLessThan(PERSIST_LIMIT);
    const full: StateStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    const s = createPlaygroundStore(full);
    expect(() => s.getState().setText('base64', 'QQ==')).not.toThrow();
    expect(s.getState().inputs.base64.text).toBe('QQ==');
  });
});

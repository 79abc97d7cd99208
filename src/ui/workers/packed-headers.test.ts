import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseToView } from '../../store/playgroundMime';
import { packView, packedBuffers, unpackView } from './packed-headers';

const SAMPLES = resolve(__dirname, '../../../public/samples');

describe('packed headers', () => {
  it('give back exactly the view they packed, for every sample, after a structured clone', () => {
    for (const name of readdirSync(SAMPLES).filter((f) => f.endsWith('.eml'))) {
      const view = parseToView(new Uint8Array(readFileSync(resolve(SAMPLES, name))));
      const packed = packView(view);
      expect(unpackView(structuredClone(packed))).toEqual(view);
      expect(packedBuffers(packed).length).toBe(2 * (view.count));
    }
  });

  it('keep names, values and decoded values with any characters, and equal values shared', () => {
    const view = parseToView('Subject: =?utf-8?B?4oCuIMOpIDo=?=\r\nX-Empty:\r\nX-Same: plain\r\n\r\nbody');
    expect(unpackView(structuredClone(packView(view))).root.headers).toEqual(view.root.headers);
  });
});

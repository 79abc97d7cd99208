import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { exportSession } from '../../core/share/index';
import { playScenario, scenarioById } from '../../core/scenarios/index';
import { zipFiles } from './zip';

describe('zipFiles', () => {
  it('holds every exported file byte for byte, under one folder, and the same session zips the same', async () => {
    const s = scenarioById('four-mta-journey')!;
    const files = exportSession({ head: { ...s, seed: 1 }, timeline: playScenario(s) });
    const zip = await zipFiles(files, 'smtp-lab-four-mta-journey');
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(files.map((f) => `smtp-lab-four-mta-journey/${f.path}`).sort());
    for (const f of files) expect(Buffer.from(back[`smtp-lab-four-mta-journey/${f.path}`]!).equals(Buffer.from(f.bytes))).toBe(true);
    expect(Buffer.from(await zipFiles(files, 'smtp-lab-four-mta-journey')).equals(Buffer.from(zip))).toBe(true);
  });
});

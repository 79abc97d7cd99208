// The sample messages in public/samples/, listed by its index.json.
export type Sample = { file: string; title: string; description: string };

const BASE = 'samples/';

function isSample(x: unknown): x is Sample {
  const s = x as Partial<Sample> | null;
  return typeof s?.file === 'string' && typeof s.title === 'string' && typeof s.description === 'string';
}

export async function loadSamples(): Promise<Sample[]> {
  const res = await fetch(`${BASE}index.json`);
  if (!res.ok) return [];
  const list: unknown = await res.json();
  return Array.isArray(list) ? list.filter(isSample) : [];
}

export async function loadSample(file: string): Promise<Uint8Array | undefined> {
  const res = await fetch(`${BASE}${encodeURIComponent(file)}`);
  return res.ok ? new Uint8Array(await res.arrayBuffer()) : undefined;
}

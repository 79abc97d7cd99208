// `npm run bench [-- --json] [-- NAME …]`: runs every suite in bench/suites
// (or those named) and prints a table, or one JSON array with --json.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchResult, Suite } from './harness';

const args = process.argv.slice(2);
const json = args.includes('--json');
const list = args.includes('--list');
const wanted = args.filter((a) => !a.startsWith('--'));

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'suites');
const suites: Suite[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { suite: Suite };
  suites.push(mod.suite);
}

if (list) {
  for (const s of suites) console.log(s.name);
  process.exit(0);
}

const results: BenchResult[] = [];
for (const s of suites) {
  if (wanted.length && !wanted.some((w) => s.name.includes(w))) continue;
  if (!json) console.error(`running ${s.name} …`);
  results.push(...(await s.run()));
}

if (json) {
  console.log(JSON.stringify(results));
} else {
  const rows = results.map((r) => [r.name, r.unit, String(r.ours), String(r.reference), r.referenceName, `${r.ratio}×`, r.goal ?? '']);
  const head = ['benchmark', 'unit', 'SMTP Lab', 'reference', 'reference is', 'ratio', 'goal'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log('\nratio > 1 means SMTP Lab is better.');
}

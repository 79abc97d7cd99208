// The import graph of src/core (issue 12): no file reaches itself through
// its imports, and a room (a folder of src/core/net such as net/mta, or the
// shared src/core/dns and src/core/mbox) is entered only by its index.ts, so
// each room says what it offers and keeps the rest to itself. Type-only imports count: a cycle of types is
// still a knot for a reader.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from './test-support/imports';

const SRC = resolve(__dirname);
const CORE = join(SRC, 'core');
const NET = join(CORE, 'net');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(test|spec|bench)\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
}

export function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(readFileSync(file, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveImport(file, s))
      .filter((t): t is string => t !== undefined && t.startsWith(CORE + sep));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself): Tarjan's algorithm. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** Folders shared by the world and the shell, entered only by their index.ts like a room of net. */
const SHARED = ['dns', 'mbox'];

/** The room of a file: 'net/mta' for net/mta/queue.ts, 'dns' for dns/zone.ts; undefined for net's own top-level files and other folders. */
function roomOf(file: string): string | undefined {
  const parts = relative(CORE, file).split(sep);
  if (parts[0] === 'net' && parts.length > 2) return `net/${parts[1]}`;
  return SHARED.includes(parts[0]!) && parts.length > 1 ? parts[0] : undefined;
}

/** Imports that enter a room by a file other than its index.ts, from outside that room. */
export function privateImports(graph: Map<string, string[]>): string[] {
  const bad: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const room = roomOf(to);
      if (room === undefined || roomOf(from) === room) continue;
      if (to !== join(CORE, room, 'index.ts')) bad.push(`${relative(SRC, from)} → ${relative(SRC, to)}`);
    }
  }
  return bad.sort();
}

describe('the import graph of src/core', () => {
  const graph = importGraph(sourceFiles(CORE));

  it('reads the graph', () => {
    expect(graph.size).toBeGreaterThan(50);
  });

  it('has no cycle', () => {
    const named = cycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' ⇄ '));
    expect(named, `files in cycles: ${named.join('\n')}`).toEqual([]);
  });

  it('enters each room of src/core/net, and src/core/dns and src/core/mbox, only through its index.ts', () => {
    expect(privateImports(graph)).toEqual([]);
  });

  it('keeps the shell\'s tools free of the world', () => {
    const shell = [...graph].filter(([f]) => f.startsWith(join(CORE, 'shell') + sep));
    expect(shell.flatMap(([f, ts]) => ts.filter((t) => t.startsWith(NET + sep)).map((t) => `${relative(SRC, f)} → ${relative(SRC, t)}`))).toEqual([]);
  });
});

describe('the graph checks themselves', () => {
  it('find a cycle, and name its files', () => {
    const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']], ['e', ['e']]]);
    expect(cycles(g)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(cycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('find an import of a room\'s private file', () => {
    const g = new Map([
      [join(NET, 'mta', 'mta.ts'), [join(NET, 'tcp', 'tcp.ts'), join(NET, 'world', 'index.ts'), join(NET, 'mta', 'queue.ts')]],
      [join(NET, 'step.ts'), [join(NET, 'mta', 'index.ts'), join(CORE, 'dns', 'zone.ts')]],
      [join(CORE, 'shell', 'shell.ts'), [join(CORE, 'dns', 'index.ts')]],
    ]);
    expect(privateImports(g)).toEqual([`core/net/mta/mta.ts → core/net/tcp/tcp.ts`, `core/net/step.ts → core/dns/zone.ts`]);
  });
});

// The layers of DESIGN.md, kept true: imports point down only
// (ui → store → core; node → core) and src/core stays pure.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from './test-support/imports';

const SRC = resolve(__dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.(test|spec|bench)\.tsx?$/.test(name) ? [path] : [];
  });
}

// Globals are code, not prose: "A PDF document." in a description is fine.
function withoutCommentsAndStrings(source: string): string {
  return source
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
    .replace(/\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');
}

function layerOf(path: string): string {
  return relative(SRC, path).split(sep)[0] ?? '';
}

const NODE_BUILTINS = /^(node:|fs$|net$|path$|os$|child_process$|crypto$|http$|https$|stream$|url$|util$|buffer$|events$|tls$|dns$|zlib$|worker_threads$)/;
const FRAMEWORKS = /^(react|react-dom|zustand|@xterm\/)/;
const DOM_GLOBALS = /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|Buffer|process)\s*[.[(]/;

describe('architecture', () => {
  const core = sourceFiles(join(SRC, 'core'));

  it('finds the core sources', () => {
    expect(core.length).toBeGreaterThan(0);
  });

  for (const file of core) {
    it(`core stays pure: ${relative(SRC, file)}`, () => {
      const text = readFileSync(file, 'utf8');
      for (const spec of importsOf(text)) {
        expect(spec, `${spec} is a Node built-in`).not.toMatch(NODE_BUILTINS);
        expect(spec, `${spec} is a UI framework`).not.toMatch(FRAMEWORKS);
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          expect(layerOf(target), `${spec} leaves src/core`).toBe('core');
        } else {
          throw new Error(`${relative(SRC, file)} imports the package ${spec}; core has no dependencies`);
        }
      }
      const code = withoutCommentsAndStrings(text);
      expect(code).not.toMatch(DOM_GLOBALS);
    });
  }

  const allowed: Record<string, string[]> = {
    store: ['core', 'store'],
    node: ['core', 'node'],
    ui: ['ui', 'store', 'core'],
  };
  for (const [layer, may] of Object.entries(allowed)) {
    it(`${layer} imports only from ${may.join(', ')}`, () => {
      let dir: string;
      try {
        dir = join(SRC, layer);
        statSync(dir);
      } catch {
        return;
      }
      for (const file of sourceFiles(dir)) {
        for (const spec of importsOf(readFileSync(file, 'utf8'))) {
          if (!spec.startsWith('.')) continue;
          const target = layerOf(resolve(dirname(file), spec));
          expect(may, `${relative(SRC, file)} imports ${spec}`).toContain(target);
        }
      }
    });
  }

  it('the purity check reads code, not strings or comments', () => {
    expect(withoutCommentsAndStrings("const a = 'A PDF document.'; // window.x")).not.toMatch(DOM_GLOBALS);
    expect(withoutCommentsAndStrings("const b = document.title;")).toMatch(DOM_GLOBALS);
  });

  it('the import scanner sees every form of import', () => {
    const found = importsOf(
      "import a from 'react';\nexport { b } from \"../store/x\";\nconst c = import('node:fs');\nimport './side';\nimport type { D } from '../ui/d';",
    );
    expect(found).toEqual(['react', '../store/x', 'node:fs', './side', '../ui/d']);
  });
});

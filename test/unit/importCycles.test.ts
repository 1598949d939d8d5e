import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');

/** Every `.ts` file under `dir` (relative to the project root). */
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

/**
 * The import graph of the given files: each file → the project files it imports statically (type
 * imports included: they are part of the drawing a reader follows). `import()` expressions are
 * left out: they are how a layer loads a heavy part lazily, and run after both modules loaded.
 */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, false);
    // a module loaded only by `import()` is not a static edge; one also imported statically is
    const staticSpecs = new Set([...text.matchAll(/^\s*(?:import|export)\b[^;]*?(?:from\s+)?'([^']+)'/gm)].map((m) => m[1]));
    const deps = importedFiles
      .map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.') && staticSpecs.has(spec))
      .map((spec) => path.join(path.dirname(file), spec))
      .flatMap((target) => [`${target}.ts`, path.join(target, 'index.ts')].filter((c) => existsSync(path.join(ROOT, c))).slice(0, 1));
    graph.set(file, deps);
  }
  return graph;
}

/** The strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
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
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the house drawing (docs/ARCHITECTURE.md)', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    assert.deepEqual(cycles(graph), [['a.ts', 'b.ts', 'c.ts']]);
  });

  it('src/ and media/ import no module that imports them back, directly or through others', () => {
    const graph = importGraph([...sources('src'), ...sources('media')]);
    assert.ok(graph.size > 50, `read ${graph.size} files`);
    assert.ok(
      [...graph.values()].some((deps) => deps.length > 3),
      'imports were resolved',
    );
    assert.deepEqual(cycles(graph), []);
  });
});

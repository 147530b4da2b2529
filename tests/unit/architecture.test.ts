/// <reference types="node" />
// Node APIs: this test reads the project's sources from disk.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The rooms of `src/` and the arrows between them (README, "Folders"): each folder imports only from those
 * listed for it, so data flows one way and no two folders import each other, directly or round a loop.
 */
const ROOT = normalize(join(__dirname, '../..'));
const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const FILES = sources(SRC);

/** The folder of `src/` a path is in: `content`, `map`, …; `.` for the entries and App at the top. */
function folderOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? (parts[0] ?? '.') : '.';
}

/** Every relative import of a module (static, side-effect and dynamic), resolved to a path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)'(\.{1,2}\/[^'?]+)/gm)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) => normalize(join(dirname(file), specifier)));
}

/** Folder → the folders it imports from (itself left out), with one example import per arrow. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of FILES) {
    const from = folderOf(file);
    for (const target of importsOf(file)) {
      const to = folderOf(target);
      if (to === from) continue;
      const arrows = graph.get(from) ?? new Map<string, string>();
      if (!arrows.has(to)) arrows.set(to, `${relative(ROOT, file)} → ${relative(ROOT, target)}`);
      graph.set(from, arrows);
    }
  }
  return graph;
}

/** A loop of folders importing each other, or `null`. */
function findCycle(graph: Map<string, Map<string, string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the folders of src/', () => {
  const graph = folderGraph();

  it('reads imports as the bundler does (a check that cannot pass on an empty graph)', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(graph.get('map')?.has('content')).toBe(true);
    expect(
      findCycle(
        new Map([
          ['a', new Map([['b', '']])],
          ['b', new Map([['a', '']])],
        ]),
      ),
    ).toEqual(['a', 'b', 'a']);
  });

  it('lib/ is generic: it imports from no other folder', () => {
    expect([...(graph.get('lib') ?? new Map<string, string>()).values()]).toEqual([]);
  });

  it('content/ is data: it imports from no other folder', () => {
    expect([...(graph.get('content') ?? new Map<string, string>()).values()]).toEqual([]);
  });

  it('no two folders import each other, directly or round a loop', () => {
    const cycle = findCycle(graph);
    const arrows = cycle?.slice(1).map((to, i) => graph.get(cycle[i] ?? '')?.get(to));
    expect(arrows ?? []).toEqual([]);
  });
});
/** The longest function a reader should have to hold in mind (issue 16). */
const MAX_LINES = 90;

/** Functions (declarations, arrows, methods) of a file longer than {@link MAX_LINES}, with their length. */
function longFunctions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_LINES) {
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : 'anonymous';
        found.push(`${relative(ROOT, file)}:${first + 1} ${name} (${lines} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('functions a reader can hold in mind', () => {
  it(`finds a function longer than ${MAX_LINES} lines`, () => {
    const body = Array.from({ length: MAX_LINES }, (_, i) => `  const a${i} = ${i};`).join('\n');
    expect(longFunctions(join(SRC, 'x.ts'), `export function long() {\n${body}\n}\n`)).toHaveLength(1);
  });

  it(`no function in src/ is longer than ${MAX_LINES} lines`, () => {
    expect(FILES.flatMap((file) => longFunctions(file, readFileSync(file, 'utf8')))).toEqual([]);
  });
});

/** Static value imports of a module (`import … from`, `export … from`, side-effect imports), not `import type`. */
function staticImportsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const specifiers = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?'(\.{1,2}\/[^'?]+)'/gm),
  ].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => normalize(join(dirname(file), specifier)));
}

/** Whether a module exports only types: an `export` of a value would end up in the bundle. */
function exportsOnlyTypes(text: string): boolean {
  return !/^export\s+(?!type\s|interface\s)/m.test(text);
}

describe('what a first view loads (scripts/budgets.mjs holds its size)', () => {
  it('tells static imports from type imports and dynamic imports', () => {
    const probe = join(SRC, 'embed', 'probe.ts');
    const text = [
      "import { a } from './a';",
      "import type { b } from './b';",
      "export { c } from './c';",
      "import './d';",
      "const e = import('./e');",
    ].join('\n');
    expect(staticImportsOf(probe, text).map((path) => relative(SRC, path))).toEqual([
      join('embed', 'a'),
      join('embed', 'c'),
      join('embed', 'd'),
    ]);
    expect(exportsOnlyTypes("export type A = 1;\nexport interface B {}\nexport type { C } from './c';")).toBe(
      true,
    );
    expect(exportsOnlyTypes("export type A = 1;\nexport { D } from './d';")).toBe(false);
  });

  it('loads the host link of an auto-height embed only in an embed: nothing imports it statically', () => {
    const hostFrame = join(SRC, 'embed', 'hostFrame');
    expect(
      FILES.filter((file) => staticImportsOf(file).includes(hostFrame)).map((f) => relative(ROOT, f)),
    ).toEqual([]);
  });

  it('content/types.ts holds types only: a value exported there once split React off the entry chunk', () => {
    expect(exportsOnlyTypes(readFileSync(join(SRC, 'content', 'types.ts'), 'utf8'))).toBe(true);
  });
});

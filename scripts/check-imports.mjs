#!/usr/bin/env node
// The import graph's two rules, checked in `npm test`:
// - fences: a file under electron/core/<domain>/ imports its own folder, the floor (electron/core/*.ts,
//   util/, audit/, approvals/, and the key and self-test machinery vault/, security/) and another domain
//   only through that domain's public entry (its index.ts);
// - no cycles anywhere in the tree, type-only imports included (a cycle of types is still a knot to untie).
// Plain JavaScript with no dependencies, so it runs before anything is built and a test can feed it a tree.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOTS = ['electron', 'db', 'renderer', 'scripts', 'test'];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP = new Set(['node_modules', 'dist', 'migrations', 'fixtures', '.tsbuild']);
/** Folders of electron/core that every domain stands on. */
export const FLOOR = new Set(['util', 'audit', 'approvals', 'vault', 'security']);
const CORE = 'electron/core/';

/** Every import/export specifier of a source text (static, side-effect and dynamic imports). */
export function specifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?)\s+from\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

/** The tree's file (posix path from the root) a relative specifier names, or null (packages, assets). */
export function resolve(from, spec, has) {
  if (!spec.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const ext of EXTENSIONS) if (has(base + ext) && SOURCE.test(base + ext)) return base + ext;
  return null;
}

/** The domain folder of a core file (`electron/core/<domain>/…`), or null for the floor and non-core files. */
export function domainOf(file) {
  if (!file.startsWith(CORE)) return null;
  const parts = file.slice(CORE.length).split('/');
  if (parts.length < 2) return null; // electron/core/app-core.ts: the floor
  return FLOOR.has(parts[0]) ? null : parts[0];
}

/** A fence crossing: `from` (in a domain or on the floor) reaches into another domain's insides. */
export function fenceBroken(from, to) {
  if (!from.startsWith(CORE) || !to.startsWith(CORE)) return false;
  const target = domainOf(to);
  if (target === null || domainOf(from) === target) return false;
  return to !== `${CORE}${target}/index.ts`;
}

/** Strongly connected components of more than one file (or a file importing itself): Tarjan's algorithm. */
export function cyclesOf(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const out = [];
  const visit = (v) => {
    // Iterative, so a deep graph cannot overflow the call stack.
    const work = [[v, 0]];
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    while (work.length) {
      const top = work[work.length - 1];
      const [node, i] = top;
      const edges = graph.get(node) ?? [];
      if (i < edges.length) {
        top[1]++;
        const w = edges[i];
        if (!idx.has(w)) {
          idx.set(w, index);
          low.set(w, index++);
          stack.push(w);
          on.add(w);
          work.push([w, 0]);
        } else if (on.has(w)) low.set(node, Math.min(low.get(node), idx.get(w)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === idx.get(node)) {
        const comp = [];
        let w;
        do {
          w = stack.pop();
          on.delete(w);
          comp.push(w);
        } while (w !== node);
        if (comp.length > 1 || edges.includes(node)) out.push(comp.sort());
      }
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return out;
}

/** Check a tree given as a map path → source text. */
export function checkTree(sources) {
  const has = (p) => sources.has(p);
  const graph = new Map();
  const fences = [];
  for (const [file, text] of sources) {
    const edges = [];
    for (const spec of specifiers(text)) {
      const to = resolve(file, spec, has);
      if (!to) continue;
      edges.push(to);
      if (fenceBroken(file, to)) fences.push({ from: file, to });
    }
    graph.set(file, [...new Set(edges)]);
  }
  return { files: sources.size, fences, cycles: cyclesOf(graph) };
}

export function readTree(root) {
  const sources = new Map();
  const walk = (dir) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (SKIP.has(e.name) || e.name.startsWith('.')) continue;
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts'))
        sources.set(rel, readFileSync(join(root, rel), 'utf8'));
    }
  };
  for (const r of ROOTS) walk(r);
  return sources;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { files, fences, cycles } = checkTree(readTree(root));
  for (const f of fences) console.log(`fence: ${f.from} → ${f.to} (import the domain's index.ts)`);
  for (const c of cycles) console.log(`cycle: ${c.join(' ↔ ')}`);
  console.log(
    `imports: ${files} files, ${fences.length} fence crossings, ${cycles.length} cycles (${relative(process.cwd(), root).split(sep).join('/') || '.'})`,
  );
  process.exit(fences.length || cycles.length ? 1 : 0);
}

// Reads a V8 .cpuprofile (what `node --cpu-prof` writes) and sums self time per function
// and per package, so a bench run can print where the server's time went.
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  name: string;
  /** the file, relative to the repository or node_modules/<package>/… */
  where: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  /** only the samples of the measured load (else the whole life of the process) */
  windowed?: boolean;
  totalMs: number;
  idleMs: number;
  functions: SelfTime[];
  packages: SelfTime[];
}

function location(url: string, repoRoot: string): string {
  if (!url) return '';
  let file = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  if (file.startsWith(repoRoot)) file = path.relative(repoRoot, file);
  const modules = file.lastIndexOf('node_modules/');
  return modules >= 0 ? file.slice(modules) : file;
}

/** The package (node_modules/<name>), `node:` internals, the repository's own folder, or a V8 pseudo-frame. */
function packageOf(where: string, name: string): string {
  if (!where) return name.startsWith('(') ? name : '(native)';
  const modules = where.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (modules) return modules[1]!;
  if (where.startsWith('node:')) return 'node: (internals)';
  const [top, second] = where.split('/');
  return second ? `${top}/${second}` : top!;
}

/**
 * Self time per function and package. `windows`: [from, to] in microseconds of the
 * monotonic clock (process.hrtime in any process of the machine: V8 stamps its samples with
 * it on Linux): only the samples inside them count, e.g. the measured load, not start-up.
 */
export function summariseProfile(file: string, repoRoot: string, top = 25, windows: [number, number][] = []): ProfileSummary & { windowed: boolean } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let selfUs = new Map<number, number>();
  let windowed = false;
  if (profile.samples && profile.timeDeltas) {
    const tally = (inside: (t: number) => boolean) => {
      const out = new Map<number, number>();
      let t = profile.startTime;
      // each sample's time is the delta to the next sample
      for (let i = 0; i < profile.samples!.length; i++) {
        t += profile.timeDeltas![i]!;
        if (!inside(t)) continue;
        const next = profile.timeDeltas![i + 1] ?? 0;
        out.set(profile.samples![i]!, (out.get(profile.samples![i]!) ?? 0) + Math.max(0, next));
      }
      return out;
    };
    if (windows.length) {
      selfUs = tally((t) => windows.some(([from, to]) => t >= from && t <= to));
      windowed = selfUs.size > 0;
    }
    if (!windowed) selfUs = tally(() => true);
  } else {
    const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0));
    for (const n of profile.nodes) selfUs.set(n.id, (n.hitCount ?? 0) * interval);
  }
  const functions = new Map<string, SelfTime>();
  const packages = new Map<string, SelfTime>();
  let totalUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const name = node.callFrame.functionName || '(anonymous)';
    totalUs += us;
    if (name === '(idle)') {
      idleUs += us;
      continue;
    }
    const where = location(node.callFrame.url, repoRoot);
    // tsx and Prisma's bundle move lines about: the file names the function, the position only tells apart
    const key = `${name}|${where}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    const f = functions.get(key) ?? { name, where, ms: 0, share: 0 };
    f.ms += us / 1000;
    functions.set(key, f);
    const pkg = packageOf(where, name);
    const p = packages.get(pkg) ?? { name: pkg, where: '', ms: 0, share: 0 };
    p.ms += us / 1000;
    packages.set(pkg, p);
  }
  const busyMs = (totalUs - idleUs) / 1000;
  const rank = (m: Map<string, SelfTime>, n: number) =>
    [...m.values()].sort((a, b) => b.ms - a.ms).slice(0, n).map((s) => ({ ...s, share: busyMs > 0 ? s.ms / busyMs : 0 }));
  return { file, totalMs: totalUs / 1000, idleMs: idleUs / 1000, functions: rank(functions, top), packages: rank(packages, 15), windowed };
}

export function formatProfile(label: string, s: ProfileSummary): string {
  const busy = s.totalMs - s.idleMs;
  const lines = [
    '',
    `${label}: server CPU profile ${s.file}`,
    `  ${(s.totalMs / 1000).toFixed(1)} s profiled${s.windowed ? ' (the measured load only: no start-up, set-up or warm-up)' : ' (the whole process)'}, ${(busy / 1000).toFixed(1)} s busy (${((busy / Math.max(1, s.totalMs)) * 100).toFixed(0)}%); shares below are of the busy time`,
    '',
    `  top ${s.functions.length} functions by self time:`,
    ...s.functions.map((f, i) => `  ${String(i + 1).padStart(3)}. ${f.ms.toFixed(0).padStart(7)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.where}`),
    '',
    '  self time by package:',
    ...s.packages.map((p) => `       ${p.ms.toFixed(0).padStart(7)} ms ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.name}`),
  ];
  return lines.join('\n');
}

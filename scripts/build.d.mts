/** Types of scripts/build.mjs (plain JavaScript: the launcher runs it before anything compiles TypeScript). */
export interface BuildTarget {
  readonly entries: Readonly<Record<string, string>>;
  readonly scripts: Readonly<Record<string, string>>;
  readonly dirs: readonly string[];
}
export const ROOT: string;
export const TARGETS: Readonly<Record<'cli' | 'bench', BuildTarget>>;
export function buildKey(root: string, target: Pick<BuildTarget, 'dirs'>): string;
export function compile(root: string, target: BuildTarget, dir: string, options?: { keepNames?: boolean }): Promise<void>;
export function ensureBuild(root?: string, name?: string, targets?: Readonly<Record<string, BuildTarget>>): Promise<string>;

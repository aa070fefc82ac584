/** Rewrites relative imports of renamed modules; see rename-experiment.mjs. */
export function rewriteImports(code: string, file: string, renamed: ReadonlyMap<string, string>): string;

// The helpers and compile options of the report templates, for the run-time compiler and the
// build's precompiler alike (this module imports nothing, so the bundle takes it as it is).
export const COMPILE_OPTIONS = { strict: false, preventIndent: true } as const;

export const HELPERS = {
  eq: (a: unknown, b: unknown) => a === b,
  inc: (n: number) => n + 1,
};

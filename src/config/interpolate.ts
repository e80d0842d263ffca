// ${VAR} interpolation over the parsed YAML value. An unset variable is not an error of the
// file: the registry that needs it is skipped with the variable's name, so one shipped config
// works for a laptop without secrets and for the nightly job with them.

export interface MissingVariable {
  variable: string;
  path: (string | number)[];
}

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function interpolate(value: unknown, env: NodeJS.ProcessEnv): { value: unknown; missing: MissingVariable[] } {
  const missing: MissingVariable[] = [];
  const walk = (node: unknown, path: (string | number)[]): unknown => {
    if (typeof node === 'string') {
      return node.replace(VARIABLE, (whole, name: string) => {
        const found = env[name];
        if (found === undefined || found === '') {
          missing.push({ variable: name, path });
          return whole;
        }
        return found;
      });
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return node;
  };
  return { value: walk(value, []), missing };
}

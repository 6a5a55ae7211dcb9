/**
 * A JSON value as a module that ships each large repeated part once. Two
 * charts of a tab often carry the same sub-value (the Compare tab's
 * distribution and hex map both hold every English authority's measures):
 * written twice, the second copy lies beyond gzip's 32 kB window and costs its
 * full size again. Here every object or array of at least `min` characters of
 * JSON that occurs more than once is written once and put back by reference,
 * so the module's default export equals the value (deeply) and the views read
 * it unchanged.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isContainer = (v: unknown): v is Json[] | { [k: string]: Json } => typeof v === 'object' && v !== null;

export function sharedJsonModule(value: unknown, min = 1000): string {
  const counts = new Map<string, number>();
  const count = (v: unknown): void => {
    if (!isContainer(v)) return;
    const text = JSON.stringify(v);
    if (text.length >= min) counts.set(text, (counts.get(text) ?? 0) + 1);
    for (const child of Object.values(v)) count(child);
  };
  count(value);

  const shared: string[] = [];
  const index = new Map<string, number>();
  const refs: [readonly (string | number)[], number][] = [];
  // Top-down: a repeated value is cut out whole (its own repeated parts go with it).
  const cut = (v: unknown, path: (string | number)[]): unknown => {
    if (!isContainer(v)) return v;
    const text = JSON.stringify(v);
    if (path.length > 0 && (counts.get(text) ?? 0) > 1) {
      let i = index.get(text);
      if (i === undefined) {
        i = shared.push(text) - 1;
        index.set(text, i);
      }
      refs.push([path, i]);
      return null;
    }
    if (Array.isArray(v)) return v.map((x, k) => cut(x, [...path, k]));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x, [...path, k])]));
  };
  const rest = cut(value, []);
  // JSON.parse of a string literal is faster to start than an object literal.
  const parse = (json: string) => `JSON.parse(${JSON.stringify(json)})`;
  if (refs.length === 0) return `export default ${parse(JSON.stringify(rest))};`;
  return [
    `const s=${parse(`[${shared.join(',')}]`)};`,
    `const d=${parse(JSON.stringify(rest))};`,
    `for(const[p,i]of ${JSON.stringify(refs)}){let o=d;for(const k of p.slice(0,-1))o=o[k];o[p[p.length-1]]=s[i];}`,
    'export default d;',
  ].join('\n');
}

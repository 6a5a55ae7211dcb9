import { describe, expect, it } from 'vitest';
import { sharedJsonModule } from '../../../plugins/sharedJson';

/** Run a generated module and return its default export. */
async function run(code: string): Promise<unknown> {
  const mod = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return mod.default;
}

const authorities = Array.from({ length: 300 }, (_, i) => ({
  code: `E0${String(i).padStart(7, '0')}`,
  name: `Authority ${i}`,
  woe: i < 4,
}));
const measures = [{ id: 'm', values: authorities.map((_, i) => i * 1.5) }];

describe('a tab’s data module', () => {
  it('ships a part two charts share once, and gives back the same value', async () => {
    const value = {
      charts: {
        distribution: { authorities, measures, england: { m: 3 } },
        hexmap: { authorities, measures, layout: 'odd-r', hexes: [{ id: 'E0', q: 1, r: 2 }] },
      },
      sources: { a: { title: 'A' } },
    };
    const code = sharedJsonModule(value);
    expect(await run(code)).toEqual(value);
    // Each authority's name once, not twice.
    expect(code.split('Authority 299').length - 1).toBe(1);
    expect(code.length).toBeLessThan(JSON.stringify(value).length * 0.6);
  });

  it('writes a value with nothing repeated as it is, small repeats included', async () => {
    const value = { charts: { a: { x: [1, 2, 3], y: [1, 2, 3] }, b: null }, sources: {} };
    const code = sharedJsonModule(value);
    expect(code).toBe(`export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`);
    expect(await run(code)).toEqual(value);
  });

  it('keeps strings that need escaping (quotes, backslashes, line separators) intact', async () => {
    const big = Array.from({ length: 80 }, (_, i) => ({ t: `“${i}” \\ "q" \u2028 </script>` }));
    const value = { charts: { a: { big }, b: { big } } };
    expect(await run(sharedJsonModule(value))).toEqual(value);
  });
});

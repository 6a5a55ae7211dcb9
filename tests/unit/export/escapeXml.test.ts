import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/export/escapeXml';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
  });

  it('drops characters XML 1.0 forbids, keeps tab, newline and all of Unicode', () => {
    expect(escapeXml('a\u0000b\u0008c\u001fd\uffff')).toBe('abcd');
    expect(escapeXml('\t\n\r £ é 😀')).toBe('\t\n\r £ é 😀');
    expect(escapeXml('lone \ud800 high, lone \udc00 low')).toBe('lone  high, lone  low');
  });
});

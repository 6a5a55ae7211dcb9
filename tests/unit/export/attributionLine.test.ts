import { describe, expect, it } from 'vitest';
import { attributionLine, OGL_STATEMENT } from '../../../src/export/attributionLine';

const OGL = 'Contains public sector information licensed under the Open Government Licence v3.0';
const beis = { attribution: `Source: BEIS. ${OGL}`, vintage: '2022 release' };
const desnz = { attribution: `Source: DESNZ. ${OGL}`, vintage: 'June 2025' };
const pwc = { attribution: 'Source: PwC analysis of HESA data, in the LIS evidence base', vintage: 'March 2019' };

describe('attributionLine', () => {
  it('names one source, its vintage, and the licence statement once', () => {
    expect(attributionLine([beis])).toBe(`Source: BEIS (2022 release). ${OGL_STATEMENT}`);
  });

  it('states the Open Government Licence once however many sources carry it', () => {
    const line = attributionLine([beis, desnz]);
    expect(line).toBe(`Sources: BEIS (2022 release); DESNZ (June 2025). ${OGL_STATEMENT}`);
    expect(line.match(/Open Government Licence/g)).toHaveLength(1);
  });

  it('adds no licence statement for sources that do not carry it, and keeps their own words', () => {
    expect(attributionLine([pwc])).toBe('Source: PwC analysis of HESA data, in the LIS evidence base (March 2019).');
  });

  it('names a repeated source once, and says nothing for none', () => {
    expect(attributionLine([beis, beis])).toBe(`Source: BEIS (2022 release). ${OGL_STATEMENT}`);
    expect(attributionLine([])).toBe('');
  });
});

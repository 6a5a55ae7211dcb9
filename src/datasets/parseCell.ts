import type { Column, NumberColumn } from './schema';
import { missingReason } from './schema';
import { show } from './messageText';

/**
 * One cell of a CSV read against its column: the value it stands for, or what
 * was expected and what was found instead (for a problem message).
 */
export type Cell = { ok: true; value: unknown } | { ok: false; expected: string; found: string };

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[-+]?(\d+(\.\d*)?|\.\d+)\s*%$/;

/** The smallest double held at full precision: below it a value loses digits, then becomes 0. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** What a number column wants, in words: "a whole number in £ from 0 to 100 or x for a missing value". */
function describeNumber(c: NumberColumn): string {
  const parts = [c.integer ? 'a whole number' : 'a number'];
  if (c.unit && c.unit !== 'year' && !c.unit.startsWith('see ')) parts.push(`in ${c.unit}`);
  if (c.min !== undefined && c.max !== undefined) parts.push(`from ${c.min} to ${c.max}`);
  else if (c.min !== undefined) parts.push(`of at least ${c.min}`);
  else if (c.max !== undefined) parts.push(`of at most ${c.max}`);
  if (c.missing) parts.push(`or ${Object.keys(c.missing).join(' or ')} for a missing value`);
  return parts.join(' ');
}

/** A number cell: plain digits (an exponent allowed), within the column's range, or a missing-value marker. */
export function parseNumber(
  raw: string,
  c: Pick<NumberColumn, 'unit' | 'min' | 'max' | 'integer' | 'required' | 'missing'> & { kind: 'number' },
): Cell {
  const s = raw.trim();
  if (c.missing && missingReason(c, s) !== undefined) return { ok: true, value: null };
  if (s === '') {
    return c.required === false
      ? { ok: true, value: null }
      : { ok: false, expected: describeNumber(c as NumberColumn), found: 'an empty cell' };
  }
  // Spelt out only for a cell that fails: building it for every cell costs more than parsing at national scale.
  const plain = PLAIN_NUMBER.test(s);
  const wanted = plain ? '' : describeNumber(c as NumberColumn);
  if (!plain) {
    if (THOUSANDS.test(s)) {
      return { ok: false, expected: `${wanted}, written without thousands separators (${s.replace(/,/g, '')})`, found: show(raw) };
    }
    if (PERCENT.test(s)) {
      return {
        ok: false,
        expected: `${wanted}, written without the % sign (${s.replace(/\s*%$/, '')}); the unit is set in the schema`,
        found: show(raw),
      };
    }
    return { ok: false, expected: wanted, found: show(raw) };
  }
  const value = Number(s);
  // A number too large or too small for a double is read as Infinity or 0 (or loses digits): refuse it, never change it.
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      expected: `${describeNumber(c as NumberColumn)}, at most about 1.8e308 in size`,
      found: `${show(raw)}, which reads as infinity`,
    };
  }
  if (Math.abs(value) < MIN_NORMAL && /[1-9]/.test(s.replace(/[eE].*$/, ''))) {
    return {
      ok: false,
      expected: `${describeNumber(c as NumberColumn)}, 0 or at least about 2.2e-308 in size`,
      found: `${show(raw)}, which ${value === 0 ? 'reads as 0' : 'cannot be held at full precision'}`,
    };
  }
  if (c.integer && !Number.isInteger(value)) return { ok: false, expected: describeNumber(c as NumberColumn), found: show(raw) };
  if ((c.min !== undefined && value < c.min) || (c.max !== undefined && value > c.max)) {
    return { ok: false, expected: describeNumber(c as NumberColumn), found: `${s}, out of range` };
  }
  // -0 is 0: a table would otherwise print "-0".
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A cell of any column: a number, true or false, or text (required, within its length, one of a list, matching a pattern). */
export function parseCell(raw: string, c: Column): Cell {
  if (c.kind === 'number') return parseNumber(raw, c);
  const s = raw.trim();
  if (c.kind === 'boolean') {
    if (s === 'true' || s === 'yes') return { ok: true, value: true };
    if (s === 'false' || s === 'no') return { ok: true, value: false };
    return { ok: false, expected: 'true or false', found: s === '' ? 'an empty cell' : show(raw) };
  }
  if (s === '') {
    return c.required === false
      ? { ok: true, value: '' }
      : { ok: false, expected: 'a value (this column is required)', found: 'an empty cell' };
  }
  if (c.maxLength !== undefined && s.length > c.maxLength) {
    return { ok: false, expected: `text of at most ${c.maxLength} characters`, found: `${s.length} characters` };
  }
  if (c.oneOf && !c.oneOf.includes(s)) {
    const list = c.oneOf.length > 12 ? `${c.oneOf.slice(0, 12).join(', ')}, …` : c.oneOf.join(', ');
    return { ok: false, expected: `one of: ${list}`, found: show(raw) };
  }
  if (c.pattern && !c.pattern.test(s)) {
    return { ok: false, expected: c.patternHint ?? `text matching ${String(c.pattern)}`, found: show(raw) };
  }
  return { ok: true, value: s };
}

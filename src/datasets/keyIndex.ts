import type { ColumnTable } from './columnTable';
import type { Column, DatasetSchema } from './schema';

/** Controls, zero-width and bidirectional characters: they do not make two keys different. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A key as a reader sees it: letter case, compatibility forms and invisible
 * characters do not make two keys different.
 */
export const foldKey = (part: string): string =>
  /[^\u0020-\u007e]/.test(part) ? part.normalize('NFKC').replace(INVISIBLE, '').toLowerCase() : part.toLowerCase();

/** One 32-bit step of the row hash (murmur3's mixing). */
const mix = (h: number, v: number): number => {
  let k = Math.imul(v, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  h ^= k;
  return Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
};

/**
 * Finds a row whose key (the schema's `key` fields) is the same as the
 * pending row's, as foldKey sees it, without a string per row: a hash table of
 * row indexes over the column table, text compared by the id of its folded
 * form. Two keys are the same exactly when their fields are, one by one,
 * after folding (a number's text is its value's; no folded field holds the
 * \u0001 that joined them before).
 */
export class KeyIndex {
  private readonly columns: number[];
  /** Per key column: the folded form's id of each of the column's text ids (text columns only). */
  private readonly foldedIds: (number[] | undefined)[];
  private readonly folded: Map<string, number>[];
  private slots = new Int32Array(1024); // row index + 1; 0 is empty
  private hashes = new Int32Array(1024);
  private count = 0;
  /** A double's two 32-bit halves, to hash a number that is not a small integer. */
  private readonly bits = new Float64Array(1);
  private readonly halves = new Int32Array(this.bits.buffer);

  constructor(
    private readonly table: ColumnTable,
    schema: DatasetSchema,
  ) {
    const columns = schema.columns as readonly Column[];
    this.columns = schema.key.map((k) => columns.findIndex((c) => c.field === k));
    this.foldedIds = this.columns.map((c) => ((columns[c] as Column).kind === 'text' ? [] : undefined));
    this.folded = this.columns.map(() => new Map());
  }

  /** Column k of row i as hashed and compared: a folded text's id, or the stored number. */
  private part(i: number, k: number): number {
    const c = this.columns[k] as number;
    const raw = this.table.raw(i, c);
    const ids = this.foldedIds[k];
    if (!ids) return raw;
    let id = ids[raw];
    if (id === undefined) {
      const folded = foldKey(this.table.textValues(c)[raw] as string);
      const map = this.folded[k] as Map<string, number>;
      id = map.get(folded);
      if (id === undefined) map.set(folded, (id = map.size));
      ids[raw] = id;
    }
    return id;
  }

  private hash(i: number): number {
    let h = 0x2545f491;
    for (let k = 0; k < this.columns.length; k++) {
      const v = this.part(i, k);
      if (this.foldedIds[k] || (v | 0) === v) h = mix(h, v | 0);
      else if (Number.isNaN(v)) h = mix(h, 0x7ff80000);
      else {
        this.bits[0] = v;
        h = mix(mix(h, this.halves[0] as number), this.halves[1] as number);
      }
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return h;
  }

  private same(i: number, j: number): boolean {
    for (let k = 0; k < this.columns.length; k++) {
      const a = this.part(i, k);
      const b = this.part(j, k);
      if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) return false;
    }
    return true;
  }

  /**
   * The committed row with the pending row's key, or -1 when there is none;
   * then the pending row is indexed, and must be committed next.
   */
  findOrAdd(): number {
    const pending = this.table.length;
    const h = this.hash(pending);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = this.slots[s] as number;
      if (at === 0) {
        this.slots[s] = pending + 1;
        break;
      }
      if (this.hashes[at - 1] === h && this.same(at - 1, pending)) return at - 1;
    }
    if (pending >= this.hashes.length) {
      const more = new Int32Array(this.hashes.length * 2);
      more.set(this.hashes);
      this.hashes = more;
    }
    this.hashes[pending] = h;
    if (++this.count * 2 > this.slots.length) this.rehash();
    return -1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let i = 0; i < this.count; i++) {
      let s = (this.hashes[i] as number) & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = i + 1;
    }
  }
}

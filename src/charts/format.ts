import { formatLocale } from 'd3-format';

/** UK number formatting: £, thousands separators, no separators in years. */
const uk = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], minus: '−' });

/** `gbp2`: pounds and pence (£33.63), for small sums such as output per hour. */
export type Unit = 'gbpm' | 'gbp' | 'gbp2' | 'percent' | 'pp' | 'ratio' | 'persons' | 'kt' | 'tperhead' | 'index' | 'count';

const integer = uk.format(',.0f');
const oneDp = uk.format(',.1f');
const twoDp = uk.format(',.2f');
const signedInt = uk.format('+,.0f');

/** A value formatted for a tooltip, a table or a sentence, with its unit. */
export function formatValue(v: number, unit: Unit): string {
  switch (unit) {
    case 'gbpm':
      return `£${integer(v)}m`;
    case 'gbp':
      return `£${integer(v)}`;
    case 'gbp2':
      return `£${twoDp(v)}`;
    case 'percent':
      return `${Number.isInteger(v) ? integer(v) : oneDp(v)}%`;
    case 'pp':
      return `${signedInt(v)}%`;
    case 'ratio':
      return twoDp(v);
    case 'persons':
      return integer(v);
    case 'kt':
      return `${integer(v)} kt`;
    case 'tperhead':
      return `${oneDp(v)} t`;
    case 'index':
      return oneDp(v);
    case 'count':
      return integer(v);
  }
}

/** Ticks of one axis in one scale: the largest tick picks it (never "£0m" beside "£5bn"). */
const scaled = (v: number, div: number, suffix: string): string => (v === 0 ? '0' : `${uk.format(',.3~f')(v / div)}${suffix}`);

/**
 * Short tick labels: 1.2m, 8,000, £40m. `max` is the axis's largest value, so
 * every tick on one axis uses the same form (0.5m, 1m, 1.5m; not 500,000, 1m;
 * £0, £5bn, £10bn; not £0m, £5bn).
 */
export function formatTick(v: number, unit: Unit, max = Math.abs(v)): string {
  switch (unit) {
    case 'gbpm':
      return max >= 1000 ? `£${scaled(v, 1000, 'bn')}` : v === 0 ? '£0' : `£${integer(v)}m`;
    case 'persons':
      return max >= 1e6 ? scaled(v, 1e6, 'm') : max >= 1e5 ? scaled(v, 1e3, 'k') : integer(v);
    case 'kt':
    case 'count':
      return max >= 1e6 ? scaled(v, 1e6, 'm') : integer(v);
    case 'gbp2':
      return `£${uk.format(',~f')(v)}`;
    case 'gbp':
      return max >= 1e4 ? `£${scaled(v, 1e3, 'k')}` : `£${integer(v)}`;
    case 'percent':
      return `${uk.format('~f')(v)}%`;
    case 'pp':
      return `${v > 0 ? '+' : ''}${uk.format('~f')(v)}%`;
    case 'ratio':
      return uk.format('.2f')(v);
    case 'tperhead':
      return uk.format('~f')(v);
    case 'index':
      return uk.format('~f')(v);
  }
}

/** An axis's tick labels, all in the scale of its largest value ("£0", "£10bn", "£20bn", not "£0m", "£10bn"). */
export function formatTicks(values: readonly number[], unit: Unit): string[] {
  const max = Math.max(...values.map(Math.abs));
  return values.map((v) => formatTick(v, unit, max));
}

/** Signed per cent change in words-friendly form: "+38%", "−38.8%". */
export const formatChange = (v: number, digits = 1): string => uk.format(`+.${digits}f`)(v) + '%';

/** Years are never grouped: 2019, not 2,019. */
export const formatYear = (y: number): string => String(Math.round(y));

/**
 * Year ticks that start at the first year of data: the scale's round years,
 * less any closer to the first year than 0.6 of a step (their labels would collide).
 */
export function yearTicks(roundTicks: readonly number[], first: number): number[] {
  const years = roundTicks.filter(Number.isInteger);
  const step = years.length > 1 ? (years[1] as number) - (years[0] as number) : 1;
  const start = Math.ceil(first);
  return [start, ...years.filter((y) => y - start >= step * 0.6)];
}

/**
 * A table column's formatter: the same decimals on every row (as many as the
 * column needs, at most `maxDecimals`), commas in thousands, the minus sign.
 * Years are never grouped; counts of people have no decimals.
 */
export function columnFormat(
  values: readonly (number | null)[],
  kind: 'year' | 'persons' | 'number',
  maxDecimals = 2,
): (v: number) => string {
  if (kind === 'year') return formatYear;
  const decimals =
    kind === 'persons'
      ? 0
      : Math.max(
          0,
          ...values.map((v) => {
            if (v === null) return 0;
            const fixed = v.toFixed(maxDecimals).replace(/0+$/, '');
            return fixed.length - fixed.indexOf('.') - 1;
          }),
        );
  return uk.format(`,.${decimals}f`);
}

/** Typography for text written in plain ASCII: en dashes in number ranges ("2005–2020", "15–24"), CO₂ with its subscript. */
export const typeset = (text: string): string => text.replace(/(?<=\d)-(?=\d)/g, '–').replace(/\bCO2(e?)\b/g, 'CO₂$1');

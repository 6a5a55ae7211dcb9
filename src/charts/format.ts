import { formatLocale } from 'd3-format';

/** UK number formatting: £, thousands separators, no separators in years. */
const uk = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], minus: '−' });

export type Unit = 'gbpm' | 'gbp' | 'percent' | 'pp' | 'ratio' | 'persons' | 'kt' | 'tperhead' | 'index' | 'count';

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

/**
 * Short tick labels: 1.2m, 8,000, £40m. `max` is the axis's largest value, so
 * every tick on one axis uses the same form (0.5m, 1m, 1.5m; not 500,000, 1m).
 */
export function formatTick(v: number, unit: Unit, max = Math.abs(v)): string {
  switch (unit) {
    case 'gbpm':
      return v >= 1000
        ? `£${uk
            .format(',.3~s')(v * 1e6)
            .replace('G', 'bn')}`
        : `£${integer(v)}m`;
    case 'persons':
    case 'kt':
    case 'count':
      return max >= 1e6 && v !== 0 ? `${uk.format('.2~f')(v / 1e6)}m` : integer(v);
    case 'gbp':
      return Math.abs(v) >= 1e4 ? `£${integer(v / 1e3)}k` : `£${integer(v)}`;
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

/** Signed per cent change in words-friendly form: "+38%", "−38.8%". */
export const formatChange = (v: number, digits = 1): string => uk.format(`+.${digits}f`)(v) + '%';

/** Years are never grouped: 2019, not 2,019. */
export const formatYear = (y: number): string => String(Math.round(y));

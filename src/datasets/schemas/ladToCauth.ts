import { defineSchema, num, text } from '../schema';

const GSS = { pattern: /^E\d{8}$/, patternHint: 'an English GSS code such as E06000023' } as const;
const CAUTH = { pattern: /^E47\d{6}$/, patternHint: 'a combined authority code such as E47000009' } as const;

/** ONS "Local Authority District to Combined Authority (May 2025) Lookup in EN", as published. */
export const ladToCauth2025 = defineSchema({
  id: 'ons-lad-cauth-2025',
  file: 'data/ons-lad-cauth-2025.csv',
  columns: [
    text('LAD25CD', 'ladCode', { description: 'Local authority district code (May 2025)', ...GSS }),
    text('LAD25NM', 'ladName', { description: 'Local authority district name', maxLength: 80 }),
    text('CAUTH25CD', 'cauthCode', { description: 'Combined authority code', ...CAUTH }),
    text('CAUTH25NM', 'cauthName', { description: 'Combined authority name', maxLength: 80 }),
    num('ObjectId', 'objectId', { unit: 'id', integer: true, min: 1, description: 'Row id in the ONS file' }),
  ],
  key: ['ladCode'],
});

/** ONS "Local Authority District to Combined Authority (May 2024) Lookup in EN", as published. */
export const ladToCauth2024 = defineSchema({
  id: 'ons-lad-cauth-2024',
  file: 'data/ons-lad-cauth-2024.csv',
  columns: [
    text('LAD24CD', 'ladCode', { description: 'Local authority district code (May 2024)', ...GSS }),
    text('LAD24NM', 'ladName', { description: 'Local authority district name', maxLength: 80 }),
    text('CAUTH24CD', 'cauthCode', { description: 'Combined authority code', ...CAUTH }),
    text('CAUTH24NM', 'cauthName', { description: 'Combined authority name', maxLength: 80 }),
    num('ObjectId', 'objectId', { unit: 'id', integer: true, min: 1, description: 'Row id in the ONS file' }),
  ],
  key: ['ladCode'],
});

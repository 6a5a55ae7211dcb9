/** Areas shown across the dashboard. Ids are GSS codes (they go into links); "woe" is the four authorities together. */
export const AREAS = {
  woe: 'West of England',
  E06000022: 'Bath and North East Somerset',
  E06000023: 'Bristol',
  E06000024: 'North Somerset',
  E06000025: 'South Gloucestershire',
  E12000009: 'South West',
  E92000001: 'England',
} as const;

export type AreaId = keyof typeof AREAS;
export const WOE_AUTHORITIES = ['E06000022', 'E06000023', 'E06000024', 'E06000025'] as const;
export type AuthorityId = (typeof WOE_AUTHORITIES)[number];

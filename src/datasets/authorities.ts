/** The evidence base's area: the four West of England authorities (GSS codes). The one definition. */
export const WOE_AUTHORITIES = ['E06000022', 'E06000023', 'E06000024', 'E06000025'] as const;
/** The West of England Combined Authority: three of the four (North Somerset E06000024 is not a member). */
export const WECA_AUTHORITIES = ['E06000022', 'E06000023', 'E06000025'] as const;
export type AuthorityId = (typeof WOE_AUTHORITIES)[number];

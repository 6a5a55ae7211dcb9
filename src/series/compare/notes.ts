/**
 * The comparisons' words and ids that the cards show: no data, no imports, so
 * a card can say them without shipping the build's comparison code.
 */

export const SOUTH_WEST_ID = 'E12000009';

/** How each comparator is built: said in the cards' notes. */
export const COMPARATOR_METHOD =
  'Comparators are computed from local-authority rows, sum over sum (the areas’ emissions or GDP over their residents, never an average of per-head figures): England from every English authority; the South West from the authorities in ITL1 region “South West” (GDP file) or DESNZ region “South West”; each combined authority from its members in the ONS May 2025 lookup.';

/** Said wherever real GDP is summed over authorities. */
export const CHAINED_VOLUME_NOTE =
  'Real GDP is a chained volume measure: values are not strictly additive, so the sum over authorities (for a combined authority, the West of England or England) is an approximation.';

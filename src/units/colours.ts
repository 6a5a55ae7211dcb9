import type { AreaId } from '../series/areas';
import { AREAS, WOE_AUTHORITIES } from '../series/areas';
import type { ColourSlot } from '../themes/palette';
import { seriesSlot } from '../themes/palette';
import { AREA_SLOT, DASHES } from '../themes/themes';
import type { ChoiceOption } from './unit';

/** The same area has the same colour slot and dash in every chart. */
export const areaColour = (id: string): ColourSlot => seriesSlot(AREA_SLOT[id as AreaId] ?? 0);
export const areaDash = (id: string): string => DASHES[AREA_SLOT[id as AreaId] ?? 0] ?? '';
export const areaLabel = (id: string): string => AREAS[id as AreaId] ?? id;
/** Colours for categories that are not areas (sectors, age bands), skipping the West of England blue. */
// The fifth category (Transport among sectors, the largest) avoids slot 6, England's comparator grey.
export const categoryColour = (i: number): ColourSlot => seriesSlot([1, 2, 4, 3, 7, 5, 6, 0][i % 8] as number);
/** A series that is not an area: its slot and dash pattern by position. */
export const seriesStyle = (i: number): { color: ColourSlot; dash: string } => ({ color: seriesSlot(i), dash: DASHES[i] ?? '' });

/** The four authorities together, then each: the areas a chart of one area at a time offers. */
export const WOE_AND_AUTHORITIES: readonly AreaId[] = ['woe', ...WOE_AUTHORITIES];
export const areaOptions = (ids: readonly AreaId[]): ChoiceOption[] => ids.map((value) => ({ value, label: AREAS[value] }));

import { AREA_SLOT, DASHES, seriesVar } from '../charts/theme';
import type { AreaId } from '../series/areas';
import { AREAS } from '../series/areas';

/** The same area has the same colour and dash in every chart. */
export const areaColour = (id: string): string => seriesVar(AREA_SLOT[id as AreaId] ?? 0);
export const areaDash = (id: string): string => DASHES[AREA_SLOT[id as AreaId] ?? 0] ?? '';
export const areaLabel = (id: string): string => AREAS[id as AreaId] ?? id;
/** Colours for categories that are not areas (sectors, age bands), skipping the West of England blue. */
// The fifth category (Transport among sectors, the largest) avoids slot 6, England's near-black.
export const categoryColour = (i: number): string => seriesVar([1, 2, 4, 3, 7, 5, 6, 0][i % 8] as number);

import type { AreaId } from './areas';
import { AREAS } from './areas';
import type { Point, Series } from './types';

/** A named series; an area's id gives its label. */
export const series = (id: string, points: readonly Point[], label: string = AREAS[id as AreaId] ?? id): Series => ({ id, label, points });

/** Round for shipping: enough digits for every chart and export, fewer bytes. */
export const r6 = (p: readonly Point[]): Point[] => p.map(([y, v]) => [y, Number(v.toPrecision(8))] as const);

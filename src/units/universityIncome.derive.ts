import type { LoadedDatasets } from '../datasets/loadCatalog';
import { universityDisplayName } from '../series/universityNames';

export interface University {
  /** As the institution writes it. */
  readonly label: string;
  /** As the evidence base writes it (the data's spelling). */
  readonly seedName: string;
  readonly value: number;
  readonly highlight: boolean;
}

/** The universityIncome chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets): University[] =>
  d.universityIncome.rows.map((u) => ({
    label: universityDisplayName(u.university),
    seedName: u.university,
    value: u.incomeGbpM,
    highlight: u.westOfEngland,
  }));

export type UniversityIncomeData = ReturnType<typeof derive>;

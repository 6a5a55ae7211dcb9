import { beisCo2Territorial } from './schemas/beisCo2Territorial';
import { desnzGhg2023 } from './schemas/desnzGhg2023';
import { headlineFigures } from './schemas/headlineFigures';
import { hexmapLad2023 } from './hexmap';
import { ladToCauth2024, ladToCauth2025 } from './schemas/ladToCauth';
import { onsRegionalGdp2021 } from './schemas/onsRegionalGdp2021';
import { onsRegionalGdp2025 } from './schemas/onsRegionalGdp2025';
import { populationGrowth2016 } from './schemas/populationGrowth2016';
import { snpp2022 } from './schemas/snpp2022';
import { subnationalIndicators } from './schemas/subnationalIndicators';
import { universityIncome } from './schemas/universityIncome';
import { workshopActionGrid } from './schemas/workshopActionGrid';
import { workshopChallenges } from './schemas/workshopChallenges';
import { workshopIdeaMentions } from './schemas/workshopIdeaMentions';
import { workshopIdeaThemes } from './schemas/workshopIdeaThemes';
import { workshopThemes } from './schemas/workshopThemes';

/**
 * Every dataset the build reads. Adding one: put its CSV and .meta.json in
 * data/, write its schema in schemas/, and add it here (see data/README.md).
 */
export const catalog = {
  universityIncome,
  populationGrowth2016,
  headlineFigures,
  snpp2022,
  beisCo2Territorial,
  desnzGhg2023,
  onsRegionalGdp2021,
  onsRegionalGdp2025,
  subnationalIndicators,
  ladToCauth2025,
  ladToCauth2024,
  workshopThemes,
  workshopChallenges,
  workshopIdeaMentions,
  workshopIdeaThemes,
  workshopActionGrid,
} as const;

export type Catalog = typeof catalog;
export type DatasetKey = keyof Catalog;

/** Data files in JSON (not CSV): each validated by its own function, with a .meta.json beside it like any other. */
export const jsonCatalog = {
  hexmapLad2023,
} as const;

export type JsonCatalog = typeof jsonCatalog;

import type { KeyThemeId } from '../datasets/schemas/workshopLists';
import type { TabId } from '../datasets/tabIds';
import { co2BySector } from './charts/co2BySector';
import { co2PerHead } from './charts/co2PerHead';
import { decoupling } from './charts/decoupling';
import { dependencyRatio } from './charts/dependencyRatio';
import { dependencyTrend } from './charts/dependencyTrend';
import { economy } from './charts/economy';
import { gdpPerHead } from './charts/gdpPerHead';
import { populationByAge } from './charts/populationByAge';
import { populationGrowth } from './charts/populationGrowth';
import { transportCo2 } from './charts/transportCo2';
import { universityIncome } from './charts/universityIncome';
import type { ChartSpec } from './spec';

export interface TabSpec {
  readonly id: TabId;
  /** Short label in the tab list. */
  readonly label: string;
  /** The strategy's own name for the theme. */
  readonly heading: string;
  readonly intro: string;
  readonly charts: readonly ChartSpec[];
  /** The workshop theme whose challenges and ideas appear beneath the charts. */
  readonly workshopTheme?: KeyThemeId;
}

/** The tabs, in order. A tab is a list of chart specs: a new chart of an existing kind is an entry here. */
export const TABS: readonly TabSpec[] = [
  {
    id: 'overview',
    label: 'Overview',
    heading: 'The evidence at a glance',
    intro:
      'The West of England (Bath & North East Somerset, Bristol, North Somerset and South Gloucestershire) built an evidence base for its Local Industrial Strategy in 2019. Here are its headline figures and the key chart of each theme, beside newer official statistics.',
    charts: [decoupling, populationGrowth, universityIncome, transportCo2, gdpPerHead],
  },
  {
    id: 'inclusive-growth',
    label: 'Inclusive growth',
    heading: 'Driving inclusive growth',
    intro:
      'Opportunities for employment and progression for all: a growing population, at working age and among older people, and what newer projections say.',
    charts: [populationGrowth, dependencyRatio, dependencyTrend, populationByAge],
    workshopTheme: 'inclusive-growth',
  },
  {
    id: 'innovation',
    label: 'Fostering innovation',
    heading: 'Fostering innovation',
    intro: 'From research through to commercialisation: regional universities have strong working relationships with business.',
    charts: [universityIncome],
    workshopTheme: 'fostering-innovation',
  },
  {
    id: 'clean-growth',
    label: 'Clean growth',
    heading: 'Clean growth',
    intro:
      '“We have reduced our carbon emissions by 30 per cent since 2005 … over the same period our economy has grown by 30 percent.” The official series, and how they compare.',
    charts: [decoupling, co2PerHead, co2BySector],
  },
  {
    id: 'infrastructure',
    label: 'Investing in infrastructure',
    heading: 'Investing in infrastructure and housing',
    intro: 'Congestion, affordable housing and environmental impact: what transport emits, authority by authority.',
    charts: [transportCo2],
    workshopTheme: 'investing-in-infrastructure',
  },
  {
    id: 'business',
    label: 'Environment for growth',
    heading: 'Environment for growth',
    intro: 'Helping all our businesses increase productivity: the size and growth of each authority’s economy.',
    charts: [economy, gdpPerHead],
    workshopTheme: 'environment-for-growth',
  },
  {
    id: 'workshop',
    label: 'Workshop',
    heading: 'Challenges and ideas from the workshop',
    intro:
      'On 21 March 2019 over 100 representatives from the business community, voluntary and community sector and public sector explored the evidence base at a workshop facilitated by the Cabinet Office’s Policy Lab. Their challenges and ideas, in their own words.',
    charts: [],
  },
];

export const tabById = (id: TabId): TabSpec => TABS.find((t) => t.id === id) ?? (TABS[0] as TabSpec);

import type { KeyThemeId } from '../datasets/schemas/workshopLists';
import { IDEA_ACTOR_IDS, KEY_THEME_IDS } from '../datasets/schemas/workshopLists';
import type { TabId } from '../datasets/tabIds';
import {
  employmentByAuthority,
  gigabitByAuthority,
  payByAuthority,
  productivityByAuthority,
  skillsByAuthority,
} from '../units/authorityIndicators';
import { compareDistribution } from '../units/compareDistribution';
import { compareHexmap } from '../units/compareHexmap';
import { compareOverTime } from '../units/compareOverTime';
import { compareRanking } from '../units/compareRanking';
import { co2BySector } from '../units/co2BySector';
import { co2PerHead } from '../units/co2PerHead';
import { decoupling } from '../units/decoupling';
import { dependencyRatio } from '../units/dependencyRatio';
import { dependencyTrend } from '../units/dependencyTrend';
import { economy } from '../units/economy';
import { gdpPerHead } from '../units/gdpPerHead';
import { populationByAge } from '../units/populationByAge';
import { populationGrowth } from '../units/populationGrowth';
import { transportCo2 } from '../units/transportCo2';
import { universityIncome } from '../units/universityIncome';
import type { ChartRules } from '../units/rules';
import { rulesOf } from '../units/rules';
import type { ChartUnit } from '../units/unit';

export interface TabSpec {
  readonly id: TabId;
  /** Short label in the tab list. */
  readonly label: string;
  /** The strategy's own name for the theme. */
  readonly heading: string;
  readonly intro: string;
  readonly charts: readonly ChartUnit[];
  /** The workshop theme whose challenges and ideas appear beneath the charts. */
  readonly workshopTheme?: KeyThemeId;
}

/** The tabs, in order. A tab is a list of chart units: adding a chart is its unit (src/units/) and one line here. */
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
      'Opportunities for employment and progression for all: a growing population, at working age and among older people, what newer projections say, and how many are in work and qualified, beside every English authority.',
    charts: [populationGrowth, dependencyRatio, dependencyTrend, populationByAge, employmentByAuthority, skillsByAuthority],
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
    intro:
      'Congestion, affordable housing and environmental impact: what transport emits, authority by authority, and how far each has gigabit broadband.',
    charts: [transportCo2, gigabitByAuthority],
    workshopTheme: 'investing-in-infrastructure',
  },
  {
    id: 'business',
    label: 'Environment for growth',
    heading: 'Environment for growth',
    intro:
      'Helping all our businesses increase productivity: the size and growth of each authority’s economy, its output per hour and its pay, beside every English authority.',
    charts: [economy, gdpPerHead, productivityByAuthority, payByAuthority],
    workshopTheme: 'environment-for-growth',
  },
  {
    id: 'compare',
    label: 'Compare',
    heading: 'Where are we now, and how do we compare?',
    intro:
      'The newest official releases (GDP to 2023, greenhouse gases to 2023) for the West of England beside the 15 combined authorities, England and all 296 English local authorities. WECA is three authorities; the evidence-base area is four, with North Somerset.',
    charts: [compareRanking, compareDistribution, compareHexmap, compareOverTime],
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

/** Every chart on every tab, once: the build derives each one's data. */
export const ALL_UNITS: readonly ChartUnit[] = [...new Set(TABS.flatMap((t) => t.charts))];

/** The Workshop tab's search and filters: ?workshop.q=…&workshop.keyTheme=…&workshop.actor=… */
const WORKSHOP_RULES: ChartRules = {
  id: 'workshop',
  defaults: {},
  options: { keyTheme: KEY_THEME_IDS, actor: IDEA_ACTOR_IDS },
  query: 100,
};

/** What the URL accepts: every chart's declared choices, and the Workshop tab's filters. */
export const ALL_RULES: readonly ChartRules[] = [...ALL_UNITS.map(rulesOf), WORKSHOP_RULES];

import innovation from 'virtual:evidence-innovation';
import overview from 'virtual:evidence-overview';
import workshop from 'virtual:evidence-workshop';
import evidence from 'virtual:evidence';
import { describe, expect, it } from 'vitest';
import { TABS } from '../../../src/dashboard/tabs';
import { universityIncome } from '../../../src/units/universityIncome';

describe('the charts’ data split per tab', () => {
  it('ships the innovation tab only university-income’s data', () => {
    expect(Object.keys(innovation.charts)).toEqual(['university-income']);
    expect(innovation.charts['university-income']).toBeDefined();
    // … and the sources it cites, no others.
    expect(Object.keys(innovation.sources).sort()).toEqual([...universityIncome.sources].sort());
  });

  it('ships each tab its own charts’ data and nothing else', () => {
    const overviewTab = TABS.find((t) => t.id === 'overview');
    expect(Object.keys(overview.charts).sort()).toEqual(overviewTab?.charts.map((c) => c.id).sort());
    for (const id of Object.keys(overview.charts)) expect(overview.charts[id], id).toBeDefined();
    // The Workshop tab draws no chart: its module is empty.
    expect(workshop).toEqual({ charts: {}, sources: {} });
  });

  it('leaves the charts’ data out of the module every tab loads', () => {
    expect(evidence).not.toHaveProperty('charts');
    expect(evidence).not.toHaveProperty('sources');
    expect(evidence.headlines.length).toBeGreaterThan(0);
  });
});

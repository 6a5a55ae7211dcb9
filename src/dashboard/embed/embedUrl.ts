import type { Choices } from '../../state/store';
import { encodeUrl } from '../../state/url';
import { ALL_RULES } from '../tabs';

/**
 * The embed page of one chart, relative to the site's start: embed/<id>/ with
 * that chart's choices (and the theme, if one was chosen) in the query.
 */
export function embedPath(chartId: string, choices: Choices): string {
  const own = choices.charts[chartId];
  const only: Choices = { ...choices, tab: 'overview', deck: [], present: false, slide: 1, charts: own ? { [chartId]: own } : {} };
  const query = encodeUrl('', only, ALL_RULES);
  return `embed/${encodeURIComponent(chartId)}/${query}`;
}

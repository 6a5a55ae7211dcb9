import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HeadlineCards } from '../../../src/dashboard/HeadlineCards';

const card = (label: RegExp) =>
  [...document.querySelectorAll<HTMLElement>('.ee-headline')].find((li) =>
    label.test(li.querySelector('.ee-headline-label')?.textContent ?? ''),
  ) as HTMLElement;

describe('headline cards beside the newest official figures', () => {
  it('shows the newer figure with its vintage, or says there is none, and links only to a card holding the evidence', () => {
    render(<HeadlineCards hrefFor={(t) => `/${t}/`} onOpen={() => undefined} />);
    const economy = card(/Growth of the economy/);
    // Four-authority real GDP 2005-2023, 2025 release: +40.96% computed independently from ONS Table 10.
    expect(within(economy).getByText(/\+41\.0%/)).toBeTruthy();
    expect(within(economy).getByText(/17 April 2025/)).toBeTruthy();
    expect(within(economy).getByRole('link').getAttribute('href')).toBe('/clean-growth/#decoupling');
    const dependency = card(/Rising dependency ratio/);
    expect(within(dependency).getByText(/2022-based/i)).toBeTruthy();
    expect(within(card(/Carbon emissions since 2005/)).getByText(/DESNZ 2005-2023 edition/)).toBeTruthy();
    const migration = card(/Net migration from elsewhere/);
    expect(within(migration).getByText(/No newer official figure in this dashboard’s sources/)).toBeTruthy();
    expect(within(migration).queryByRole('link')).toBeNull();
  });
});

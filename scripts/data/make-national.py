"""Make the national datasets in data/ from the copies in /work/shared/data-sources/.

Run once: python3 scripts/data/make-national.py /work/shared/data-sources
Every value is copied as text, never recomputed. See data/README.md for what
each step changes from the official files.
"""
import csv
import shutil
import sys
from pathlib import Path

src = Path(sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data-sources')
out = Path(__file__).resolve().parents[2] / 'data'

# 1. ONS regional GDP by local authority, 17 April 2025: six tables stacked, years across as in the workbook.
TABLES = [
    ('Table 1', 'gva_balanced_current_prices_gbp_million', 'table1_gva_balanced_current_prices_gbp_million'),
    ('Table 5', 'gdp_current_market_prices_gbp_million', 'table5_gdp_current_market_prices_gbp_million'),
    ('Table 6', 'total_resident_population', 'table6_total_resident_population'),
    ('Table 7', 'gdp_per_head_current_market_prices_gbp', 'table7_gdp_per_head_current_market_prices_gbp'),
    ('Table 10', 'gdp_cvm_2022_money_gbp_million', 'table10_gdp_cvm_2022_money_gbp_million'),
    ('Table 11', 'gdp_cvm_2022_money_per_head_gbp', 'table11_gdp_cvm_2022_money_per_head_gbp'),
]
with open(out / 'ons-regional-gdp-2025.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    header = None
    for table, measure, name in TABLES:
        with open(src / 'national' / f'ons_regional_gdp_la_2025_{name}.csv', encoding='utf-8') as g:
            rows = list(csv.reader(g))
        if header is None:
            header = rows[0]
            w.writerow(['table', 'measure', *header])
        assert rows[0] == header, name
        for r in rows[1:]:
            w.writerow([table, measure, *r])

# 2. ONS subnational indicators, March 2024: six indicators, every geography; the standardised `value` column dropped.
INDICATORS = {
    'Gross value added per hour worked',
    'Aged 16 to 64 years employment rate (Great Britain)',
    'Aged 16 to 64 years NVQ level 3 or above qualifications (Great Britain)',
    'Gross median weekly pay',
    'Gigabit capable broadband',
    'Gross disposable household income per head',
}
with open(src / 'national' / 'ons_subnational_indicators_2024-03.csv', encoding='utf-8-sig', newline='') as g:
    rows = list(csv.reader(g))
head = rows[0]
keep = [i for i, h in enumerate(head) if h != 'value']
with open(out / 'ons-subnational-indicators-2024-03.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow([head[i] for i in keep])
    for r in rows[1:]:
        if r[head.index('Indicator')] in INDICATORS:
            w.writerow([r[i] for i in keep])

# 3. Lookups and the hex map: byte for byte.
shutil.copyfile(src / 'geography' / 'ons_lad_to_cauth_may2025.csv', out / 'ons-lad-cauth-2025.csv')
shutil.copyfile(src / 'geography' / 'ons_lad_to_cauth_may2024.csv', out / 'ons-lad-cauth-2024.csv')
shutil.copyfile(src / 'geography' / 'uk-local-authority-districts-2023.hexjson', out / 'hexmap-lad-2023.hexjson')

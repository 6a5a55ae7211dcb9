import type { LoadedData } from '../../datasets/loadCatalog';
import type { DataProblem } from '../../datasets/dataProblem';
import { catalog, jsonCatalog } from '../../datasets/catalog';

/**
 * The national files must name the same authorities: every DESNZ authority
 * and every hex must be in the 2025 GDP file and the other way round. Each
 * problem names the file, the row or key, and the code.
 */
export function checkNationalCodes(d: Pick<LoadedData, 'onsRegionalGdp2025' | 'desnzGhg2023' | 'hexmapLad2023'>): DataProblem[] {
  const problems: DataProblem[] = [];
  const gdpFile = catalog.onsRegionalGdp2025.file;
  const gdp = new Set(d.onsRegionalGdp2025.rows.map((r) => r.laCode));
  const desnzFile = catalog.desnzGhg2023.file;
  const desnz = new Set<string>();
  d.desnzGhg2023.rows.forEach((r, i) => {
    desnz.add(r.ladCode);
    if (!gdp.has(r.ladCode) && r.year === 2005)
      problems.push({
        file: desnzFile,
        row: i + 2,
        column: 'lad_code',
        expected: `an authority found in ${gdpFile}`,
        found: `"${r.ladCode}"`,
      });
  });
  const hexFile = jsonCatalog.hexmapLad2023.file;
  const hexes = d.hexmapLad2023.value.hexes;
  for (const code of Object.keys(hexes))
    if (!gdp.has(code))
      problems.push({ file: hexFile, column: `hexes.${code}`, expected: `an authority found in ${gdpFile}`, found: `"${code}"` });
  for (const code of gdp) {
    if (!desnz.has(code))
      problems.push({ file: desnzFile, column: 'lad_code', expected: `a row for ${code} (in ${gdpFile})`, found: 'none' });
    if (!(code in hexes)) problems.push({ file: hexFile, column: 'hexes', expected: `a hex for ${code} (in ${gdpFile})`, found: 'none' });
  }
  return problems;
}

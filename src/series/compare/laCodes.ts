/**
 * Local authority codes that changed between the vintages the dashboard
 * joins: the May 2025 lookup uses the codes of 2024, the 2025 GDP release,
 * the DESNZ file and the hex map those of 2023. The one table of them.
 */
export const LA_CODE_CHANGES: readonly { readonly name: string; readonly newer: string; readonly data: string; readonly why: string }[] = [
  { name: 'Barnsley', newer: 'E08000038', data: 'E08000016', why: 'recoded in 2024 (boundary change with Sheffield)' },
  { name: 'Sheffield', newer: 'E08000039', data: 'E08000019', why: 'recoded in 2024 (boundary change with Barnsley)' },
];

const TO_DATA = new Map(LA_CODE_CHANGES.map((c) => [c.newer, c.data]));

/** The code a local authority has in the 2023-based data files, whichever vintage the code came from. */
export const toDataCode = (code: string): string => TO_DATA.get(code) ?? code;

/**
 * University names as the institutions write them, keyed by the evidence
 * base's own spelling (which stays in data/university-income.csv). A name
 * not in the map is shown as the evidence base writes it.
 */
const DISPLAY: Readonly<Record<string, string>> = {
  'The University of Oxford': 'University of Oxford',
  'Imperial College of Science, Technology & Medicine': 'Imperial College London',
  'The University College London': 'University College London',
  'The University of Southampton': 'University of Southampton',
  'The University of Leeds': 'University of Leeds',
  'The University of Manchester': 'University of Manchester',
  'The University of Bristol': 'University of Bristol',
  'The University of Cambridge': 'University of Cambridge',
  'Kings College London': "King's College London",
  'The University of Bath': 'University of Bath',
  'Bath Spa University': 'Bath Spa University',
  'The University of the West of England Bristol': 'University of the West of England, Bristol',
};

export const universityDisplayName = (seedName: string): string => DISPLAY[seedName] ?? seedName;

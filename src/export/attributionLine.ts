/**
 * The footer line of a picture: each source shown, once, with its vintage, and
 * the Open Government Licence statement once at the end however many sources
 * carry it (the licence asks for the statement, not for one per source).
 */

export interface AttributedSource {
  /** e.g. "Source: BEIS. Contains public sector information licensed under the Open Government Licence v3.0" */
  readonly attribution: string;
  readonly vintage: string;
}

const OGL = /\s*Contains public sector information licensed under the Open Government Licen[cs]e v3\.0\.?/i;
export const OGL_STATEMENT = 'Contains public sector information licensed under the Open Government Licence v3.0.';

/** "Source: BEIS (2022 release); Office for National Statistics (May 2021). Contains public sector information …" */
export function attributionLine(sources: readonly AttributedSource[]): string {
  let ogl = false;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const s of sources) {
    if (OGL.test(s.attribution)) ogl = true;
    const who = s.attribution
      .replace(OGL, '')
      .trim()
      .replace(/^Sources?:\s*/i, '')
      .replace(/\.$/, '');
    const part = `${who} (${s.vintage})`;
    if (who && !seen.has(part)) {
      seen.add(part);
      parts.push(part);
    }
  }
  const named = parts.length ? `${parts.length > 1 ? 'Sources' : 'Source'}: ${parts.join('; ')}.` : '';
  return [named, ogl ? OGL_STATEMENT : ''].filter(Boolean).join(' ');
}

/**
 * The one definition of a call-script placeholder: square brackets around capitals, like
 * `[YOUR NAME]` or `[COUNTY]`, Spanish capitals included (`[SU TELÉFONO]`, `[NÚMERO DE PERSONAS]`).
 * Here, beside the schemas, because the call-script schema checks declared tokens with it;
 * `src/lib/placeholders.ts` builds the helpers the build, the reading grade and the script page use.
 * Plain module with no imports.
 */
export const placeholderSource = String.raw`\[[A-ZÁÉÍÓÚÜÑ][A-ZÁÉÍÓÚÜÑ0-9 '’/-]*\]`;

/** Matches a string that is exactly one placeholder. */
export const wholePlaceholder = new RegExp(`^${placeholderSource}$`);

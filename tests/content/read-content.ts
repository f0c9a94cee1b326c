/** The real content/ folder as plain data, read with the project's one reader (src/lib/content-files.ts). */
export { idsIn, readCollection, type ContentFile } from '../../src/lib/content-files';

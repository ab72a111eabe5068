/**
 * metadata/: title, outlet, reporters, published, dateline (the story's date resolved against
 * `published`; `--MM-DD` when the document gives no year; never an invented year).
 */
export { extractMetadata, type MetadataHints } from './metadata.ts';
export { storyDate, toIsoPublished } from './dates.ts';
export { bracketCredits, datelineOutlet, researchOutlet, splitNames } from './credits.ts';

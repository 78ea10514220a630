/** One import takes at most this many rows (`startUiImportInputSchema`, seeds 001 and 002). */
export const MAX_IMPORT_ROWS = 50_000;

/**
 * Every limit of the product, in one place: schemas, services, HTTP glue, the wizard and the
 * error messages all read them from here. Each says where it comes from.
 *
 * Three units of rows, truly different though two are the same size:
 * - a **piece**: the rows parsed from one read of an uploaded file (a fixed number of bytes, so
 *   any number of rows); the server holds a few pieces of a file, never all of it (`lib/csv`).
 * - a **batch**: up to `BATCH_ROWS` leads the engine writes in one statement and one transaction,
 *   up to `BATCHES_IN_FLIGHT` at a time (`server/services/leads`).
 * - a **chunk**: up to `CHUNK_ROWS` rows the wizard sends in one `imports.chunk` call; the server
 *   applies a chunk once, so it is also what a resumed import skips or sends again.
 */

/** Seeds 001 and 002: data rows in one CSV upload. */
export const MAX_CSV_ROWS = 50_000;
/**
 * Rows one wizard import takes: as many as HubSpot's importer takes from one file (and Excel's
 * sheet holds). The wizard sends them in chunks, so the API's per-request limits do not bound it.
 */
export const MAX_WIZARD_ROWS = 1_048_576;
/** Seeds' README: "50 MB means 52,428,800 bytes", for the uploaded file. */
export const MAX_UPLOAD_BYTES = 52_428_800;
/** A multipart text field (the mapping JSON is the largest one expected). */
export const MAX_FORM_FIELD_BYTES = 1024 * 1024;
/** A JSON body: large enough for the most leads a bulk call takes, each of them rich. */
export const MAX_JSON_BODY_BYTES = 16 * 1024 * 1024;
/** A file the wizard reads in the browser: HubSpot's importer takes files up to 512 MB. */
export const MAX_WIZARD_FILE_BYTES = 512 * 1024 * 1024;

/** Seed 000: leads per `POST /v1/leads/bulk`. */
export const MAX_BULK_LEADS = 5_000;
/** Seed 003: leads per `POST /v1/leads/bulk-import`. */
export const MAX_BULK_IMPORT_LEADS = 1_000;
/** Seed 004: entries per `POST /v1/campaigns/{id}/leads` in `leads` mode. */
export const MAX_CAMPAIGN_ENTRIES = 5_000;

/**
 * Seed 000: "processed in batches of 1,000 with up to 10 in flight". How many an import keeps in
 * flight is `IMPORT_BATCHES_IN_FLIGHT` (lib/config), at most this many.
 */
export const BATCH_ROWS = 1_000;
export const BATCHES_IN_FLIGHT = 10;
/** The fewest batches an import keeps in flight, so that cleaning one overlaps writing another. */
export const MIN_BATCHES_IN_FLIGHT = 2;
/**
 * Characters of lead values the batches in flight may hold together: a file of wide rows (long
 * notes) keeps fewer batches in flight, so an upload's memory does not grow with its rows' width.
 * Ten batches of ordinary rows (about 200 characters each) fit; of 1,000-character rows, two.
 */
export const BATCH_TEXT_IN_FLIGHT = 2_000_000;
/**
 * A chunk is written as one batch: the chunk's transaction then holds one batch's locks, and the
 * engine never runs batches side by side inside it.
 */
export const CHUNK_ROWS = BATCH_ROWS;
/**
 * Chunks the wizard has in flight at once. The server writes them side by side (only recording a
 * chunk takes the import's row, briefly), so while one is parsed and cleaned in Node others are in
 * PostgreSQL and one travels: on two cores both stay busy. Two left PostgreSQL idle half the time;
 * once chunks went as Blobs of cells, 2 to 8 measured alike at 200,000 rows (README, Performance).
 */
export const CHUNKS_IN_FLIGHT = 4;
/**
 * A chunk is cut short of CHUNK_ROWS once its rows hold this many characters, so that its request
 * stays under MAX_SIGNED_IN_BODY_BYTES (16 MB) even in UTF-8's three bytes a character, whatever
 * the file's rows.
 */
export const MAX_CHUNK_CHARACTERS = 4 * 1024 * 1024;

/** Seeds 000, 001 and 003 list at most this many errors, duplicates or ids of a kind. */
export const MAX_LISTED = 100;
/** Seed 002 lists at most this many row errors. */
export const MAX_CAMPAIGN_CSV_ERRORS = 50;

/** The `tag` option and each of a lead's tags (seeds 000–003 do not bound it; a short label). */
export const MAX_TAG_LENGTH = 100;

/*
 * What one lead may hold. The seeds set no limits; these follow what CRMs allow (HubSpot: 65,536
 * characters a property value; Salesforce: 255 for most standard text fields, 1,000 custom fields
 * an object), so no real export is refused, while no lead can grow large enough to make a page of
 * leads unreadable (200 leads to a page). An import refuses just the row that breaks one, saying
 * which; a single lead's create or update answers 400.
 */
/** Each standard text field but the ones below (names, company, job title, phone, place…). */
export const MAX_TEXT_FIELD_LENGTH = 1_000;
/** `website` and `linkedinUrl`: the longest URL browsers and servers reliably take. */
export const MAX_URL_LENGTH = 2_048;
/** `notes`, like a HubSpot property value (65,536 less one). */
export const MAX_NOTES_LENGTH = 65_535;
export const MAX_CUSTOM_FIELDS = 100;
/** Custom field names; as long as HubSpot's property names. */
export const MAX_CUSTOM_FIELD_NAME_LENGTH = 100;
export const MAX_CUSTOM_FIELD_VALUE_LENGTH = 10_000;
export const MAX_TAGS = 100;
/** Every field of one lead together, so that a page of 200 stays a few MB at most. */
export const MAX_LEAD_CHARACTERS = 100_000;
/** Columns of an uploaded file: far more than any export has, each one a custom field at most. */
export const MAX_CSV_COLUMNS = 500;
/**
 * One record (row) of an uploaded file, in bytes (characters, for text given as such): a lead at
 * its limit, with room for columns mapped to "skip". A longer one is refused before it is parsed
 * whole.
 */
export const MAX_CSV_RECORD_BYTES = 1024 * 1024;
/**
 * Cells edited in the wizard that one chunk reports: every cell of its rows. The body limit
 * (MAX_SIGNED_IN_BODY_BYTES) bounds it too; the chunk plan counts edits in a chunk's size.
 */
export const MAX_CHUNK_EDITS = CHUNK_ROWS * MAX_CSV_COLUMNS;
/** What the wizard's default-country field takes: the longest country name with room to spare. */
export const MAX_COUNTRY_INPUT_LENGTH = 60;
/** List endpoints: `limit` 1–200, 50 when absent. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;
/** Lead ids one selection names (`leadIds`, `excludeIds`): as many as seed 004 takes entries. */
export const MAX_SELECTED_IDS = MAX_CAMPAIGN_ENTRIES;
/** The `search` filter: longer than any email, name or company it could be found in. */
export const MAX_SEARCH_LENGTH = 200;
/** Columns a member can pick for the leads table. */
export const MAX_LEAD_COLUMNS = 100;
/** How long an invite link works: a week, so it can still be used after a weekend away. */
export const INVITE_LINK_DAYS = 7;
/** Leads an export reads per query while streaming; the server holds one page of them at a time. */
export const EXPORT_PAGE_ROWS = 1_000;
/** How many of the newest leads the column picker reads custom field names from. */
export const CUSTOM_FIELD_SAMPLE_LEADS = 5_000;
/** A workbook sheet's name as a form field or the wizard sends it; Excel's own names are 31 at most. */
export const MAX_SHEET_NAME_LENGTH = 100;
/**
 * What an Excel workbook may hold before it is refused. A 50,000-row sheet of 100 columns unpacks
 * to about 150 MB of XML at most, so these leave room for any real export and none for a zip bomb.
 * The sum of every part's declared unpacked size, checked before anything is inflated:
 */
export const MAX_WORKBOOK_UNPACKED_BYTES = 512 * 1024 * 1024;
/** Sheets listed in one workbook. */
export const MAX_WORKBOOK_SHEETS = 100;
/**
 * Cells one sheet's rows may span (rows × columns; a stray value in column XFD would pad every
 * row), and cells with a value or distinct texts a workbook may hold.
 */
export const MAX_WORKBOOK_CELLS = 5_000_000;
/** Seeds' README, "Rate limit": requests per minute per API key. */
export const RATE_LIMIT_PER_MINUTE = 100;

/** Calls in one tRPC batch request; the web app's client batches no more. */
export const MAX_TRPC_BATCH = 10;
/** A tRPC body from a caller with no session: sign-in and sign-up credentials fit in far less. */
export const MAX_ANONYMOUS_BODY_BYTES = 16 * 1024;
/** A tRPC body from a signed-in caller: a wizard chunk, as large as a bulk call may be. */
export const MAX_SIGNED_IN_BODY_BYTES = MAX_JSON_BODY_BYTES;
/**
 * Sign-in attempts one account may make per window before it is locked until the window ends; a
 * successful sign-in clears the count. OWASP's authentication cheat sheet ("account lockout"):
 * guessing stays hopeless, and an owner who mistypes is barely slowed.
 */
export const MAX_SIGN_IN_ATTEMPTS = 5;
export const SIGN_IN_WINDOW_MINUTES = 15;

/** How long an import can be undone, unless its workspace says otherwise (issue 17: 30 days). */
export const DEFAULT_UNDO_WINDOW_DAYS = 30;
/** The longest undo window a workspace may set: the prior values it keeps cost storage. */
export const MAX_UNDO_WINDOW_DAYS = 365;
/** Conflicts an undo lists (its counts cover all of them). */
export const MAX_LISTED_CONFLICTS = 100;

/** A limit as messages and descriptions write it: `50,000`. */
export function formatLimit(value: number): string {
  return value.toLocaleString("en-US");
}

/** A byte limit in whole megabytes (MiB), as messages write it: `50 MB`. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

import { emailIdentity, noIdentityReason } from "@/lib/leads/email-identity";
import type { FailureReason } from "@/lib/leads/row-outcome";
import { EmailIndex, identityHash } from "./email-index";

/**
 * What the wizard knows of a row before the server sees it, with the engine's own rules
 * (`emailIdentity`): it is sent, it fails (no valid email), it repeats an email an earlier row
 * sent, or the user chose to skip it.
 */
export const ROW_CHECKS = ["send", "failed", "repeated", "skipped"] as const;
export type RowCheck = (typeof ROW_CHECKS)[number];
export type CheckCounts = Record<RowCheck, number>;

const SEND = 0;
const FAILED = 1;
const REPEATED = 2;
const SKIPPED = 3;

/** How the checks read a row: its email cell (through any edits) and whether it is skipped. */
export interface CheckedRows {
  readonly rowCount: number;
  emailOf(row: number): string | undefined;
  isSkipped(row: number): boolean;
}

/**
 * Every row's check, built in one pass and kept up to date as rows change: an edit or a skip
 * re-checks that row and the rows sharing its old or new email (one of them may become the first).
 */
export class RowChecks {
  readonly #rows: CheckedRows;
  readonly #dataCleanup: boolean;
  readonly #codes: Uint8Array;
  /** Each row's identity hash, for the rows that have an identity (`#hasKey`). */
  readonly #hashes: Int32Array;
  readonly #hasKey: Uint8Array;
  readonly #index: EmailIndex;
  readonly #counts: CheckCounts = { send: 0, failed: 0, repeated: 0, skipped: 0 };

  constructor(rows: CheckedRows, dataCleanup: boolean) {
    this.#rows = rows;
    this.#dataCleanup = dataCleanup;
    this.#codes = new Uint8Array(rows.rowCount);
    this.#hashes = new Int32Array(rows.rowCount);
    this.#hasKey = new Uint8Array(rows.rowCount);
    this.#index = new EmailIndex((row) => this.#keyOf(row));
    for (let row = 0; row < rows.rowCount; row += 1) {
      const key = this.#keyOf(row);
      this.#setKey(row, key);
      this.#setCode(row, this.#codeOf(row, key));
    }
  }

  get counts(): Readonly<CheckCounts> {
    return this.#counts;
  }

  checkOf(row: number): RowCheck {
    return ROW_CHECKS[this.#codes[row] ?? SEND] as RowCheck;
  }

  /** For a repeat: the row whose email it repeats. */
  firstRowOf(row: number): number | undefined {
    const key = this.#hasKey[row] ? this.#keyOf(row) : null;
    return key === null ? undefined : this.#index.firstOf(this.#hashes[row] as number, row, key);
  }

  /** For a failure: why, in the engine's words. */
  reasonOf(row: number): FailureReason {
    return noIdentityReason(this.#rows.emailOf(row), this.#dataCleanup);
  }

  /** Checks `rows` again after they changed; answers every row whose check changed. */
  update(rows: Iterable<number>): number[] {
    const touched = new Set<number>();
    for (const row of rows) {
      touched.add(row);
      if (this.#hasKey[row]) {
        const before = this.#hashes[row] as number;
        this.#index.remove(before, row);
        for (const other of this.#index.rowsOf(before)) touched.add(other);
      }
      const after = this.#keyOf(row);
      this.#setKey(row, after);
      if (after !== null) {
        for (const other of this.#index.rowsOf(this.#hashes[row] as number)) touched.add(other);
      }
    }
    const changed: number[] = [];
    for (const row of touched) {
      const code = this.#codeOf(row, this.#hasKey[row] ? this.#keyOf(row) : null);
      if (code === this.#codes[row]) continue;
      this.#counts[ROW_CHECKS[this.#codes[row] as number] as RowCheck] -= 1;
      this.#setCode(row, code);
      changed.push(row);
    }
    return changed;
  }

  #keyOf(row: number): string | null {
    if (this.#rows.isSkipped(row)) return null;
    return emailIdentity(this.#rows.emailOf(row), this.#dataCleanup);
  }

  #setKey(row: number, key: string | null): void {
    this.#hasKey[row] = key === null ? 0 : 1;
    if (key === null) return;
    const hash = identityHash(key);
    this.#hashes[row] = hash;
    this.#index.add(hash, row);
  }

  #codeOf(row: number, key: string | null): number {
    if (this.#rows.isSkipped(row)) return SKIPPED;
    if (key === null) return FAILED;
    return this.#index.firstOf(this.#hashes[row] as number, row, key) === row ? SEND : REPEATED;
  }

  #setCode(row: number, code: number): void {
    this.#codes[row] = code;
    this.#counts[ROW_CHECKS[code] as RowCheck] += 1;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DASHES = [8, 12, 16, 20];

/**
 * A lead id per row, a million of them: ids in the database's UUID form take 16 bytes each in one
 * buffer instead of a 36-character string apiece; any other id is kept as it is.
 */
export class LeadIds {
  readonly #bytes: Uint8Array;
  readonly #isUuid: Uint8Array;
  readonly #others = new Map<number, string>();

  constructor(rowCount: number) {
    this.#bytes = new Uint8Array(rowCount * 16);
    this.#isUuid = new Uint8Array(rowCount);
  }

  set(index: number, id: string): void {
    if (!UUID.test(id)) {
      this.#isUuid[index] = 0;
      this.#others.set(index, id);
      return;
    }
    const hex = id.replaceAll("-", "");
    for (let at = 0; at < 16; at += 1) {
      this.#bytes[index * 16 + at] = Number.parseInt(hex.slice(at * 2, at * 2 + 2), 16);
    }
    this.#isUuid[index] = 1;
    this.#others.delete(index);
  }

  get(index: number): string | undefined {
    if (!this.#isUuid[index]) return this.#others.get(index);
    let hex = "";
    for (let at = 0; at < 16; at += 1) {
      if (DASHES.includes(at * 2)) hex += "-";
      hex += (this.#bytes[index * 16 + at] as number).toString(16).padStart(2, "0");
    }
    return hex;
  }
}

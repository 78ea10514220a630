import { type Hash, randomUUID } from "node:crypto";
import { closeSync, openSync, readSync, unlinkSync, write } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import type { ByteSource } from "@/lib/csv/byte-source";

/**
 * An uploaded file, spooled to a temporary file as it streams in and read back by range, so a
 * 50 MB upload costs the server no memory for its bytes. The temporary file is unlinked as soon as
 * it is opened: only the descriptor keeps it, so nothing is left on disk whatever happens to the
 * request or the process. `close()` frees it.
 */
export class UploadedFile implements ByteSource {
  #fd: number | null;

  private constructor(
    readonly name: string,
    readonly size: number,
    fd: number,
  ) {
    this.#fd = fd;
  }

  get length(): number {
    return this.size;
  }

  /**
   * Streams `stream` to a new temporary file, hashing it on the way; on any failure the file is
   * closed (and so gone).
   */
  static async spool(name: string, stream: Readable, hash: Hash): Promise<UploadedFile> {
    const fd = openSpoolFile();
    try {
      let size = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        await writeAt(fd, chunk, size);
        size += chunk.length;
      }
      return new UploadedFile(name, size, fd);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  read(start: number, end: number): Uint8Array {
    const fd = this.#fd;
    if (fd === null) throw new Error(`The upload "${this.name}" was already closed`);
    const bytes = Buffer.allocUnsafe(end - start);
    for (let done = 0; done < bytes.length; ) {
      const read = readSync(fd, bytes, done, bytes.length - done, start + done);
      if (read === 0) throw new Error(`The upload "${this.name}" ended before byte ${end}`);
      done += read;
    }
    return bytes;
  }

  close(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }
}

async function writeAt(fd: number, bytes: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    done += await new Promise<number>((resolve, reject) => {
      write(fd, bytes, done, bytes.length - done, position + done, (error, written) =>
        error ? reject(error) : resolve(written),
      );
    });
  }
}

function openSpoolFile(): number {
  const file = path.join(tmpdir(), `leadport-upload-${randomUUID()}`);
  const fd = openSync(file, "wx+", 0o600);
  try {
    unlinkSync(file);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

import { connect } from "node:net";

/**
 * POSTs `bytes` of filler over a raw socket, 64 KB at a time, never holding more than one piece,
 * and keeps sending after the server has answered, as an attacker would (an HTTP client stops at
 * the answer), on a keep-alive connection the server must read to its end to use again. With `declareLength` the body has a Content-Length, else it is chunked. Resolves
 * with the answer's status and body once the server has closed the connection or everything is
 * sent; `status` is missing when the server answered nothing.
 */
export function sendLargeBody(
  url: string,
  bytes: number,
  options: { contentType: string; declareLength: boolean },
): Promise<{ status?: number; body: string }> {
  const { hostname, port, pathname } = new URL(url);
  const piece = Buffer.alloc(64 * 1024, "a");
  const framing = options.declareLength ? `Content-Length: ${bytes}` : "Transfer-Encoding: chunked";
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = "";
    let sent = 0;
    socket.setEncoding("utf8");
    socket.on("data", (text: string) => (received += text));
    socket.on("error", () => {});
    socket.on("close", () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1];
      resolve({ status: status ? Number(status) : undefined, body: bodyOf(received) });
    });
    socket.write(
      `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: ${options.contentType}\r\n${framing}\r\n\r\n`,
    );
    const pump = () => {
      while (sent < bytes && !socket.destroyed) {
        sent += piece.length;
        const frame = options.declareLength
          ? piece
          : Buffer.concat([
              Buffer.from(`${piece.length.toString(16)}\r\n`),
              piece,
              Buffer.from("\r\n"),
            ]);
        if (!socket.write(frame)) {
          socket.once("drain", pump);
          return;
        }
      }
      if (!socket.destroyed) socket.end(options.declareLength ? "" : "0\r\n\r\n");
    };
    pump();
  });
}

/** The body of a small answer, chunked or not. */
function bodyOf(response: string): string {
  const [head = "", body = ""] = response.split(/\r\n\r\n(.*)/s);
  if (!/^transfer-encoding: chunked/im.test(head)) return body;
  return body.replace(/^[0-9a-f]+\r\n/i, "").replace(/\r\n0\r\n\r\n$/, "");
}

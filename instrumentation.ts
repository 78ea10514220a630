/** Next.js calls this once per server process before it serves anything. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("./server/prepare-server");
  await prepareServer();
}

import { errorBody } from "@/server/http/envelope";

/** Unknown /v1 paths answer in the envelope rather than with Next.js's HTML 404 page. */
function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return Response.json(errorBody("NOT_FOUND", `No endpoint ${request.method} ${pathname}`), {
    status: 404,
  });
}

export {
  notFound as GET,
  notFound as POST,
  notFound as PATCH,
  notFound as PUT,
  notFound as DELETE,
};

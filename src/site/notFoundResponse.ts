/** The plain 404 of a route handler whose name (a file, a key) names nothing. */
export const notFoundResponse = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

import type http from 'node:http';
import type { HTTPGraphQLResponse } from '@apollo/server';

/** Writes an Apollo Server HTTP response (headers, status, a whole or streamed body) to Node's response. */
export async function writeGraphQLResponse(
  res: http.ServerResponse,
  response: HTTPGraphQLResponse,
): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

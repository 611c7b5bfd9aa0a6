/** A response body made a piece at a time, as the client reads it: a large export or page is never one string (V8's longest is 2^29 − 24 characters). */
export function streamBody(pieces: Iterator<string> | AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

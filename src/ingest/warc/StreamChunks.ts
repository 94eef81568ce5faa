/**
 * Chunks of a readable stream as an async iterable that yields every chunk produced before
 * an error and only then throws. (A stream's own async iterator drops buffered chunks when
 * it errors; for an archive whose tail is corrupt, the records before it must survive.)
 * Back-pressure: the stream is paused while the consumer lags.
 */
const HIGH_WATER_CHUNKS = 16;

export async function* chunksOf(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let failure: Error | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  stream.on('data', (chunk: Buffer | string) => {
    queue.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (queue.length >= HIGH_WATER_CHUNKS) stream.pause();
    poke();
  });
  stream.on('end', () => {
    ended = true;
    poke();
  });
  stream.on('error', (error: Error) => {
    failure = error;
    poke();
  });
  for (;;) {
    const next = queue.shift();
    if (next) {
      if (queue.length < HIGH_WATER_CHUNKS / 2 && stream.isPaused()) stream.resume();
      yield next;
      continue;
    }
    if (failure) throw failure;
    if (ended) return;
    if (stream.isPaused()) stream.resume();
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

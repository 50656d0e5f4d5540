// Loaded into each server the soak starts (node --expose-gc --import): on SIGUSR2 it collects
// garbage and prints the heap in use, so the soak can compare the start of a run with its end
// without an endpoint for it in the product.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.stdout.write(`soak-heap ${JSON.stringify({ heapUsed, rss })}\n`);
});

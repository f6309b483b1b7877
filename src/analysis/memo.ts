const CACHE = Symbol('gbc-post-lint analysis cache');

type Cached = { [CACHE]?: Map<unknown, unknown> };

/**
 * Computes something about an object once, on first request, and keeps it as
 * long as the object lives. The cache hangs on the object itself rather than
 * in a module-wide WeakMap: V8 treats a long-lived WeakMap's entries as live
 * in its quick young-generation collections, which moved every post's syntax
 * tree into the old generation and let the heap grow to five times what a run
 * over thousands of drafts really holds.
 */
export function memo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const id = {};
  return (key) => {
    const holder = key as K & Cached;
    let cache = holder[CACHE];
    if (!cache) {
      cache = new Map();
      Object.defineProperty(holder, CACHE, { value: cache, enumerable: false });
    }
    const known = cache.get(id);
    if (known !== undefined || cache.has(id)) return known as V;
    const value = compute(key);
    cache.set(id, value);
    return value;
  };
}

/** A list answer of the Management API: the total, and the items of one page (or all of them). */
export interface Paged<V> {
  totalCount: number;
  list: V[];
}

/**
 * One page of `items` as the Management API answers lists: pages counted from 1, `limit` items per
 * page (default 10), each item shown through `view`. A `limit` or `page` that is not a number of at
 * least 1 reads as the default; fractions are rounded down. A `limit` above the spec's maximum (50)
 * never gets here: request validation answers it with 400.
 */
export function page<T, V = T>(
  items: readonly T[],
  pageNumber: unknown,
  limit: unknown,
  view: (item: T, index: number) => V = (item) => item as unknown as V,
): Paged<V> {
  // Below 1 (fractions included) reads as the default, so that a page is never empty for want of a size.
  const size = typeof limit === "number" && limit >= 1 ? Math.floor(limit) : 10;
  const index = typeof pageNumber === "number" && pageNumber >= 1 ? Math.floor(pageNumber) : 1;
  return { totalCount: items.length, list: items.slice((index - 1) * size, index * size).map(view) };
}

/** All of `items` in one list answer, each shown through `view` (the `fetchAll` of some lists). */
export function everything<T, V>(items: readonly T[], view: (item: T) => V): Paged<V> {
  return { totalCount: items.length, list: items.map(view) };
}

// Lists that the API pages (Relay connections): the first page through useQuery, the next
// ones with the cursor of the last edge shown, appended below.
import type { AnyVariables } from "@urql/core";
import { useState } from "preact/hooks";
import { fetchQuery, useQuery, type Operation, type QueryOptions } from "./client";

export interface Connection<E> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: E[];
}

export interface Paged<E> {
  /** Every edge loaded so far, in order. */
  edges: E[];
  total: number;
  hasMore: boolean;
  /** True until the first page for the current variables is in. */
  fetching: boolean;
  loadingMore: boolean;
  error: string | undefined;
  loadMore: () => void;
}

interface Later<E> {
  /** The variables (and refresh) these pages follow. */
  key: string;
  edges: E[];
  cursor: string | null;
  hasNext: boolean;
  busy: boolean;
  error?: string;
}

/** A paged list: `variables` without `after`; `pick` finds the connection in the answer. */
export function usePaged<D, V extends AnyVariables, E>(
  document: Operation<D, V>,
  variables: V,
  pick: (data: D) => Connection<E> | null | undefined,
  options: QueryOptions = {},
): Paged<E> {
  const first = useQuery(document, variables, options);
  const key = `${JSON.stringify(variables)}|${options.refresh ?? 0}`;
  const [later, setLater] = useState<Later<E>>();
  const page = first.data ? pick(first.data) : undefined;
  const extra = later?.key === key ? later : undefined;
  const cursor = extra ? extra.cursor : (page?.pageInfo.endCursor ?? null);
  const hasMore = extra ? extra.hasNext : Boolean(page?.pageInfo.hasNextPage);
  const loadMore = async () => {
    const before = extra?.edges ?? [];
    setLater({ key, edges: before, cursor, hasNext: hasMore, busy: true });
    try {
      const data = await fetchQuery(document, { ...variables, after: cursor } as V);
      const next = pick(data);
      setLater({
        key,
        edges: [...before, ...(next?.edges ?? [])],
        cursor: next?.pageInfo.endCursor ?? null,
        hasNext: Boolean(next?.pageInfo.hasNextPage),
        busy: false,
      });
    } catch (error) {
      setLater({ key, edges: before, cursor, hasNext: hasMore, busy: false, error: (error as Error).message });
    }
  };
  return {
    edges: [...(page?.edges ?? []), ...(extra?.edges ?? [])],
    total: page?.totalCount ?? 0,
    hasMore,
    fetching: first.fetching,
    loadingMore: Boolean(extra?.busy),
    error: first.error ?? extra?.error,
    loadMore: () => void loadMore(),
  };
}

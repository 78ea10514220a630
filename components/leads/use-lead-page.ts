"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useReducer } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { usePageCursors } from "@/components/ui/use-page-cursors";
import type { LeadFilters } from "@/lib/schemas/lead-selection";
import {
  NO_SELECTION,
  selectedCount,
  selectionReducer,
  toCampaignBody,
  toLeadSelection,
} from "./lead-selection";

const PAGE_SIZE = 50;

/**
 * One filtered, keyset-paged list of leads with its total and the user's selection over it.
 * Changing the filter goes back to page 1 and clears the selection: it stood for other leads.
 */
export function useLeadPage(filters: LeadFilters) {
  const trpc = useTRPC();
  const pages = usePageCursors<string>();
  const [selection, dispatch] = useReducer(selectionReducer, NO_SELECTION);
  const filtersKey = JSON.stringify(filters);
  const { reset } = pages;
  useEffect(() => {
    reset();
    dispatch({ type: "clear" });
  }, [filtersKey, reset]);
  const cursor = pages.cursor;
  const list = useQuery({
    ...trpc.leads.list.queryOptions({
      ...filters,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const count = useQuery({
    ...trpc.leads.count.queryOptions(filters),
    placeholderData: keepPreviousData,
  });
  const matching = count.data?.count ?? 0;
  const nextCursor = list.data?.nextCursor ?? null;
  return {
    list,
    leads: list.data?.leads ?? [],
    matching,
    isCounted: count.data !== undefined,
    selection,
    dispatch,
    selected: selectedCount(selection, matching),
    leadSelection: toLeadSelection(selection, filters),
    campaignBody: toCampaignBody(selection, filters),
    pager: pages.pager(nextCursor),
  };
}

export type LeadPage = ReturnType<typeof useLeadPage>;

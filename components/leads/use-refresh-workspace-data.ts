"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/trpc-provider";

/** After a bulk change: every list, count and campaign figure on screen is read again. */
export function useRefreshWorkspaceData() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.campaigns.pathKey() }),
    ]);
  }, [queryClient, trpc]);
}

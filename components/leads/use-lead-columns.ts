"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";
import { DEFAULT_LEAD_COLUMNS } from "@/lib/leads/lead-table-columns";

/** The columns this user keeps for the leads table, saved on the server as they change. */
export function useLeadColumns() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const stored = useQuery(trpc.leads.columns.queryOptions());
  const save = useMutation(
    trpc.leads.saveColumns.mutationOptions({
      onMutate: ({ columns }) => {
        queryClient.setQueryData(trpc.leads.columns.queryKey(), { columns, isDefault: false });
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.leads.columns.queryKey() }),
    }),
  );
  return {
    columns: stored.data?.columns ?? DEFAULT_LEAD_COLUMNS,
    isDefault: stored.data?.isDefault ?? true,
    setColumns: (columns: string[]) => save.mutate({ columns }),
    error: save.error,
  };
}

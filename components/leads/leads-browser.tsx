"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { LeadsTable } from "./leads-table";

const PAGE_SIZE = 50;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Leads with a search box and an import filter; pages follow the API's cursors. */
export function LeadsBrowser({ initialImportId }: { initialImportId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const ids = useId();
  const [search, setSearch] = useState("");
  const [importId, setImportId] = useState(initialImportId);
  // Cursors of the pages before the current one; the API pages forward only.
  const [cursors, setCursors] = useState<string[]>([]);
  const query = useDebounced(search.trim(), 300);
  const cursor = cursors.at(-1);

  const imports = useQuery(trpc.imports.list.queryOptions());
  const leads = useQuery({
    ...trpc.leads.list.queryOptions({
      limit: PAGE_SIZE,
      ...(query ? { search: query } : {}),
      ...(importId ? { importId } : {}),
      ...(cursor ? { cursor } : {}),
    }),
    placeholderData: keepPreviousData,
  });

  const chooseImport = (next: string) => {
    setImportId(next);
    setCursors([]);
    router.replace(next ? `${pathname}?importId=${encodeURIComponent(next)}` : pathname);
  };

  const rows = leads.data?.leads ?? [];
  const nextCursor = leads.data?.nextCursor ?? null;
  return (
    <div className="stack-gap">
      <div className="filters">
        <label htmlFor={`${ids}-search`}>Search</label>
        <input
          id={`${ids}-search`}
          type="search"
          value={search}
          placeholder="Email, name or company"
          onChange={(event) => {
            setSearch(event.target.value);
            setCursors([]);
          }}
        />
        <label htmlFor={`${ids}-import`}>Import</label>
        <select
          id={`${ids}-import`}
          value={importId}
          onChange={(event) => chooseImport(event.target.value)}
        >
          <option value="">All leads</option>
          {importId && !imports.data?.some((run) => run.id === importId) && (
            <option value={importId}>Import {importId.slice(0, 8)}</option>
          )}
          {imports.data?.map((run) => (
            <option key={run.id} value={run.id}>
              {run.fileName ?? `${run.source} import`} · {formatDate(run.startedAt)} · {run.status}
            </option>
          ))}
        </select>
      </div>
      {leads.error && <Notice tone="error">{leads.error.message}</Notice>}
      {leads.isPending ? (
        <p role="status">Loading leads…</p>
      ) : rows.length === 0 ? (
        <p className="muted" role="status">
          {query || importId ? "No leads match." : "No leads yet. "}
          {!query && !importId && <Link href="/import">Import a CSV</Link>}
        </p>
      ) : (
        <>
          <p className="muted" role="status" aria-busy={leads.isFetching}>
            Showing {rows.length} leads{cursors.length > 0 ? ` on page ${cursors.length + 1}` : ""}.
          </p>
          <LeadsTable leads={rows} />
        </>
      )}
      <Pager
        label="Lead pages"
        page={cursors.length + 1}
        hasPrevious={cursors.length > 0}
        hasNext={nextCursor !== null}
        onPrevious={() => setCursors((current) => current.slice(0, -1))}
        onNext={() => nextCursor && setCursors((current) => [...current, nextCursor])}
      />
    </div>
  );
}

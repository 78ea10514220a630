"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { useDebounced } from "@/components/ui/use-debounced";
import {
  EMPTY_FILTER_FORM,
  type LeadFilterForm,
  readFilterParams,
  toLeadFilters,
  writeFilterParams,
} from "./lead-filter-form";

/**
 * The filter inputs and the filter they stand for. On the leads page the URL carries them (a
 * filtered list can be shared, and Back works); elsewhere (a campaign's picker) they are local.
 */
export function useLeadFilterForm({ isInUrl }: { isInUrl: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [form, setFormState] = useState<LeadFilterForm>(() =>
    isInUrl ? readFilterParams(new URLSearchParams(searchParams.toString())) : EMPTY_FILTER_FORM,
  );
  const setForm = useCallback(
    (next: LeadFilterForm) => {
      setFormState(next);
      if (!isInUrl) return;
      const query = writeFilterParams(next).toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [isInUrl, pathname, router],
  );
  // Typing in the search box waits for a pause; the other inputs apply at once.
  const debouncedSearch = useDebounced(form.search, 300);
  const filters = useMemo(
    () => toLeadFilters({ ...form, search: debouncedSearch }),
    [form, debouncedSearch],
  );
  return { form, setForm, filters };
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { type MappingTarget, parseMappingTarget } from "@/lib/mapping/mapping-target";

interface Props {
  headers: string[];
  current: Record<string, string>;
  onApply: (explicit: Record<string, MappingTarget>) => Promise<void>;
}

function sameMapping(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The mapping this workspace last used for a file with the same headers, offered, not forced. */
export function SavedMappingOffer({ headers, current, onApply }: Props) {
  const trpc = useTRPC();
  const saved = useQuery(trpc.imports.savedMapping.queryOptions({ headers }));
  const [isApplying, setIsApplying] = useState(false);
  const [wasApplied, setWasApplied] = useState(false);
  const appliedRef = useRef<HTMLParagraphElement>(null);
  const data = saved.data;
  const isSame = data ? sameMapping(data.mapping, current) : false;
  useEffect(() => {
    // The button that had focus is gone once the mapping is applied.
    if (wasApplied && isSame) appliedRef.current?.focus();
  }, [wasApplied, isSame]);
  if (!data) return null;
  if (isSame) {
    return (
      <p ref={appliedRef} tabIndex={-1} className="muted" role="status">
        Using the mapping you used last time for these columns.
      </p>
    );
  }
  const apply = async () => {
    const explicit: Record<string, MappingTarget> = {};
    for (const [header, text] of Object.entries(data.mapping)) {
      const target = parseMappingTarget(text);
      if (target) explicit[header] = target;
    }
    setIsApplying(true);
    try {
      await onApply(explicit);
      setWasApplied(true);
    } finally {
      setIsApplying(false);
    }
  };
  return (
    <Notice tone="info" title="You have imported a file with these columns before">
      <p>The mapping was saved on {formatDate(data.savedAt)}.</p>
      <button type="button" className="button" onClick={apply} disabled={isApplying}>
        Use the mapping you used last time for these columns
      </button>
    </Notice>
  );
}

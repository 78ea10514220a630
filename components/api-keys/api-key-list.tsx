"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

/** The workspace's keys by prefix; revoking asks once more, in place. */
export function ApiKeyList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.apiKeys.list.queryOptions());
  const [confirming, setConfirming] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: () => {
        setConfirming(null);
        void queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
      },
    }),
  );
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (keys.isPending) return <p role="status">Loading keys…</p>;
  if (keys.error) return <Notice tone="error">{keys.error.message}</Notice>;
  return (
    <section className="panel" aria-labelledby="key-list-title">
      <h2 id="key-list-title">Keys</h2>
      {revoke.error && <Notice tone="error">{revoke.error.message}</Notice>}
      {keys.data.length === 0 ? (
        <p className="muted">No keys yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="align-middle" data-testid="api-keys-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>
                    <code>{key.prefix}…</code>
                  </td>
                  <td>{formatDate(key.createdAt)}</td>
                  <td>{key.lastUsedAt ? formatDate(key.lastUsedAt) : "Never"}</td>
                  <td>
                    {key.revokedAt ? (
                      <span className="badge badge-failed">
                        Revoked {formatDate(key.revokedAt)}
                      </span>
                    ) : (
                      <span className="badge badge-created">Active</span>
                    )}
                  </td>
                  <td className="nowrap">
                    {!key.revokedAt && confirming !== key.id && (
                      <button
                        type="button"
                        className="button danger"
                        onClick={() => setConfirming(key.id)}
                      >
                        Revoke<span className="visually-hidden"> {key.name}</span>
                      </button>
                    )}
                    {confirming === key.id && (
                      <span className="confirm" role="group" aria-label={`Revoke ${key.name}?`}>
                        <span>Stops working at once.</span>
                        <button
                          ref={confirmRef}
                          type="button"
                          className="button danger"
                          disabled={revoke.isPending}
                          onClick={() => revoke.mutate({ keyId: key.id })}
                        >
                          Yes, revoke
                        </button>
                        <button
                          type="button"
                          className="button"
                          onClick={() => setConfirming(null)}
                        >
                          Keep
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

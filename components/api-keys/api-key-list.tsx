"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

/** The workspace's keys by prefix; revoking asks once more, in place. */
export function ApiKeyList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.apiKeys.list.queryOptions());
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() }),
    }),
  );

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
                    {!key.revokedAt && (
                      <ConfirmAction
                        action="Revoke"
                        subject={key.name}
                        question="Stops working at once."
                        confirmLabel="Yes, revoke"
                        onConfirm={() => revoke.mutateAsync({ keyId: key.id })}
                      />
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

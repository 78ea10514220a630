"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

/** Members and pending invites; owners can remove members and revoke invites, after a confirm. */
export function TeamList({ isOwner }: { isOwner: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.team.list.queryOptions());
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: trpc.team.list.queryKey() });
  const removeMember = useMutation(trpc.team.removeMember.mutationOptions({ onSuccess }));
  const revokeInvite = useMutation(trpc.team.revokeInvite.mutationOptions({ onSuccess }));
  if (team.isPending) return <p role="status">Loading the team…</p>;
  if (team.error) return <Notice tone="error">{team.error.message}</Notice>;
  const error = removeMember.error ?? revokeInvite.error;
  return (
    <>
      {error && <Notice tone="error">{error.message}</Notice>}
      <section className="panel" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <div className="table-wrap">
          <table className="align-middle" data-testid="team-members">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {team.data.members.map((member) => (
                <tr key={member.userId}>
                  <td>
                    {member.email}
                    {member.isYou && <span className="muted"> (you)</span>}
                  </td>
                  <td>{member.name}</td>
                  <td>
                    <span className="badge">{member.role}</span>
                  </td>
                  <td>{formatDate(member.joinedAt)}</td>
                  <td className="nowrap">
                    {isOwner && !member.isYou && (
                      <ConfirmAction
                        action="Remove"
                        subject={member.email}
                        question="Signs them out at once."
                        confirmLabel="Yes, remove"
                        onConfirm={() => removeMember.mutateAsync({ userId: member.userId })}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {team.data.invites.length > 0 && (
        <section className="panel" aria-labelledby="invites-title">
          <h2 id="invites-title">Pending invites</h2>
          <div className="table-wrap">
            <table className="align-middle" data-testid="team-invites">
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Expires</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {team.data.invites.map((invite) => (
                  <tr key={invite.id}>
                    <td>{invite.email}</td>
                    <td>
                      <span className="badge">{invite.role}</span>
                    </td>
                    <td>{formatDate(invite.expiresAt)}</td>
                    <td>
                      {isOwner && (
                        <button
                          type="button"
                          className="button danger"
                          disabled={revokeInvite.isPending}
                          onClick={() => revokeInvite.mutate({ inviteId: invite.id })}
                        >
                          Revoke
                          <span className="visually-hidden"> the invite for {invite.email}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}

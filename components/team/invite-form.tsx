"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { WORKSPACE_ROLES, type WorkspaceRole } from "@/lib/fields/workspace-roles";

/**
 * Invites a teammate by email. There is no mail server, so the single-use link is shown here,
 * once, to copy and send; the server keeps only its hash.
 */
export function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = useId();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<WorkspaceRole>("member");
  const [created, setCreated] = useState<{ email: string; link: string; expiresAt: string } | null>(
    null,
  );
  const revealRef = useRef<HTMLDivElement>(null);
  const invite = useMutation(
    trpc.team.invite.mutationOptions({
      onSuccess: (result) => {
        setCreated({
          email: result.email,
          link: `${window.location.origin}/invite/${result.token}`,
          expiresAt: result.expiresAt,
        });
        setEmail("");
        void queryClient.invalidateQueries({ queryKey: trpc.team.list.queryKey() });
      },
    }),
  );
  useEffect(() => {
    if (created) revealRef.current?.focus();
  }, [created]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) invite.mutate({ email: email.trim(), role });
  };
  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Invite a teammate</h2>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor={`${ids}-email`}>Email</label>
        <input
          id={`${ids}-email`}
          type="email"
          value={email}
          required
          placeholder="name@company.com"
          onChange={(event) => setEmail(event.target.value)}
        />
        <label htmlFor={`${ids}-role`}>Role</label>
        <select
          id={`${ids}-role`}
          value={role}
          onChange={(event) => setRole(event.target.value as WorkspaceRole)}
        >
          {WORKSPACE_ROLES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <button type="submit" className="button primary" disabled={invite.isPending}>
          Create invite link
        </button>
      </form>
      <p className="hint">
        Members import and manage leads and campaigns; owners also manage teammates and API keys.
      </p>
      {invite.error && <Notice tone="error">{invite.error.message}</Notice>}
      {created && (
        <div ref={revealRef} tabIndex={-1} data-testid="invite-link">
          <Notice tone="ok" title={`Invite for ${created.email} created`}>
            <p>
              Send this link to {created.email}. It works once, until{" "}
              {formatDate(created.expiresAt)}, and is shown only now.
            </p>
            <div className="key-row">
              <code className="key-value">{created.link}</code>
              <CopyButton text={created.link} label="Copy link" />
            </div>
          </Notice>
        </div>
      )}
    </section>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { CopyButton } from "@/components/ui/copy-button";
import { Notice } from "@/components/ui/notice";

/** Names and creates a key; the whole key is shown here once and never again. */
export function CreateApiKeyForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const revealRef = useRef<HTMLDivElement>(null);
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: (key) => {
        setCreated({ name: key.name, key: key.key });
        setName("");
        void queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
      },
    }),
  );
  useEffect(() => {
    if (created) revealRef.current?.focus();
  }, [created]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name: name.trim() });
  };
  return (
    <section className="panel" aria-labelledby="create-key-title">
      <h2 id="create-key-title">Create a key</h2>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor="api-key-name">Name</label>
        <input
          id="api-key-name"
          value={name}
          maxLength={100}
          placeholder="e.g. Zapier, CRM sync"
          required
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button primary" disabled={create.isPending}>
          Create key
        </button>
      </form>
      {create.error && <Notice tone="error">{create.error.message}</Notice>}
      {created && (
        <div ref={revealRef} tabIndex={-1} className="key-reveal" data-testid="new-api-key">
          <Notice tone="ok" title={`Key “${created.name}” created`}>
            <p>Copy it now: it is shown only once. Send it as the X-Api-Key header.</p>
            <div className="key-row">
              <code className="key-value">{created.key}</code>
              <CopyButton text={created.key} label="Copy key" />
            </div>
            <button type="button" className="link-button" onClick={() => setCreated(null)}>
              I have stored it, hide the key
            </button>
          </Notice>
        </div>
      )}
    </section>
  );
}

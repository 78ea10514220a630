"use client";

import { type FormEvent, type ReactNode, useState } from "react";

interface Props {
  title: string;
  submitLabel: string;
  onSubmit: (values: { email: string; password: string; name?: string }) => Promise<unknown>;
  intro?: ReactNode;
  /** An address already decided (an invite's): shown, not typed. */
  fixedEmail?: string;
  /** Ask for a display name too (a new account). */
  asksName?: boolean;
  isNewPassword?: boolean;
}

/** The email + password form that sign-in, first-owner sign-up and invites share. */
export function CredentialsForm({
  title,
  submitLabel,
  onSubmit,
  intro,
  fixedEmail,
  asksName = false,
  isNewPassword = false,
}: Props) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsBusy(true);
    setError(null);
    try {
      const name = String(form.get("name") ?? "").trim();
      await onSubmit({
        email: fixedEmail ?? String(form.get("email")),
        password: String(form.get("password")),
        ...(name ? { name } : {}),
      });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Something went wrong");
      setIsBusy(false);
    }
  };
  return (
    <main className="auth-card">
      <h1>{title}</h1>
      {intro && <p className="muted">{intro}</p>}
      <form onSubmit={submit} className="stack">
        <label>
          Email
          {fixedEmail ? (
            <input name="email" type="email" value={fixedEmail} readOnly />
          ) : (
            <input name="email" type="email" autoComplete="email" required />
          )}
        </label>
        {asksName && (
          <label>
            Your name <span className="muted">(optional)</span>
            <input name="name" autoComplete="name" maxLength={100} />
          </label>
        )}
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete={isNewPassword ? "new-password" : "current-password"}
            minLength={8}
            required
          />
        </label>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={isBusy}>
          {submitLabel}
        </button>
      </form>
    </main>
  );
}

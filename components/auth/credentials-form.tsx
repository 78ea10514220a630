"use client";

import { type FormEvent, useState } from "react";

interface Props {
  title: string;
  submitLabel: string;
  onSubmit: (values: { email: string; password: string }) => Promise<unknown>;
  intro?: string;
}

/** The email + password form that sign-in and first-owner sign-up share. */
export function CredentialsForm({ title, submitLabel, onSubmit, intro }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsBusy(true);
    setError(null);
    try {
      await onSubmit({ email: String(form.get("email")), password: String(form.get("password")) });
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
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
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

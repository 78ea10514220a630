import type { ReactNode } from "react";

interface Props {
  tone?: "info" | "warn" | "error" | "ok";
  title?: string;
  children: ReactNode;
}

/** A boxed message; errors are announced at once, the rest politely. */
export function Notice({ tone = "info", title, children }: Props) {
  return (
    <div className={`notice notice-${tone}`} role={tone === "error" ? "alert" : "status"}>
      {title && <strong className="notice-title">{title}</strong>}
      <div>{children}</div>
    </div>
  );
}

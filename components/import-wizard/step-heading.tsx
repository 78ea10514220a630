"use client";

import type { ReactNode } from "react";
import { useFocusOnMount } from "@/components/ui/use-focus-on-mount";

interface Props {
  title: string;
  /** False on first page load: focus stays where the browser put it. */
  shouldFocus: boolean;
  children?: ReactNode;
}

/** A step's heading; focus lands here when the step opens. */
export function StepHeading({ title, shouldFocus, children }: Props) {
  const ref = useFocusOnMount<HTMLHeadingElement>(shouldFocus);
  return (
    <div className="step-heading">
      <h2 ref={ref} id="step-title" tabIndex={-1}>
        {title}
      </h2>
      {children && <p className="muted">{children}</p>}
    </div>
  );
}

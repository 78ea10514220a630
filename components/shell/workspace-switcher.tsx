"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";

interface Props {
  currentId: string;
  workspaces: Array<{ id: string; name: string; role: string }>;
}

/** A page of one workspace's lead or campaign means nothing in another: go to its list. */
function sectionOf(pathname: string): string {
  const [, section, id] = pathname.split("/");
  return id && (section === "leads" || section === "campaigns") ? `/${section}` : pathname;
}

/**
 * The top bar's workspace: a choice when the user belongs to several. The session keeps the
 * choice, so every tab and the next visit open the same workspace.
 */
export function WorkspaceSwitcher({ currentId, workspaces }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const switchTo = useMutation(
    trpc.workspace.switch.mutationOptions({
      onSuccess: () => {
        queryClient.clear();
        router.push(sectionOf(pathname));
        router.refresh();
      },
    }),
  );
  const current = workspaces.find((workspace) => workspace.id === currentId);
  if (workspaces.length < 2) {
    return (
      <span className="workspace-name" data-testid="workspace-name">
        Workspace: <strong>{current?.name}</strong>
      </span>
    );
  }
  return (
    <label className="workspace-name">
      Workspace{" "}
      <select
        data-testid="workspace-switcher"
        value={currentId}
        disabled={switchTo.isPending}
        onChange={(event) => switchTo.mutate({ workspaceId: event.target.value })}
      >
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </label>
  );
}

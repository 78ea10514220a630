import type { Metadata } from "next";
import { ApiKeyList } from "@/components/api-keys/api-key-list";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { Notice } from "@/components/ui/notice";
import { requireSession } from "@/server/auth/require-session";

export const metadata: Metadata = { title: "API keys · Leadport" };

export default async function ApiKeysPage() {
  const session = await requireSession();
  return (
    <>
      <h1>API keys</h1>
      <p className="lede">Keys let integrations call the /v1 API for this workspace.</p>
      {session.role === "owner" ? (
        <div className="stack-gap">
          <CreateApiKeyForm />
          <ApiKeyList />
        </div>
      ) : (
        <Notice>
          Only the workspace's owners create and revoke API keys. Ask an owner for a key if an
          integration needs one.
        </Notice>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { ApiKeyList } from "@/components/api-keys/api-key-list";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";

export const metadata: Metadata = { title: "API keys · Leadport" };

export default function ApiKeysPage() {
  return (
    <>
      <h1>API keys</h1>
      <p className="lede">Keys let integrations call the /v1 API for this workspace.</p>
      <div className="stack-gap">
        <CreateApiKeyForm />
        <ApiKeyList />
      </div>
    </>
  );
}

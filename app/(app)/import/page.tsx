import type { Metadata } from "next";
import { ImportWizard } from "@/components/import-wizard/import-wizard";

export const metadata: Metadata = { title: "Import leads · Leadport" };

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { campaignId } = await searchParams;
  return (
    <>
      <h1>Import leads</h1>
      <p className="lede">
        Drop a CSV or an Excel workbook, check where each column goes, try it with a dry run, then
        import.
      </p>
      <ImportWizard campaignId={typeof campaignId === "string" ? campaignId : undefined} />
    </>
  );
}

import type { Metadata } from "next";
import { ImportWizard } from "@/components/import-wizard/import-wizard";

export const metadata: Metadata = { title: "Import leads · Leadport" };

export default function ImportPage() {
  return (
    <>
      <h1>Import leads</h1>
      <p className="lede">
        Drop a CSV or an Excel workbook, check where each column goes, try it with a dry run, then
        import.
      </p>
      <ImportWizard />
    </>
  );
}

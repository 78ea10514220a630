import type { Metadata } from "next";
import { ImportList } from "@/components/imports/import-list";
import { UndoWindow } from "@/components/imports/undo-window";

export const metadata: Metadata = { title: "Imports · Leadport" };

export default function ImportsPage() {
  return (
    <>
      <h1>Imports</h1>
      <p className="lede">
        Every import into this workspace, from the upload wizard or the API, newest first. Open one
        to see what happened to each row, the leads it created or updated, and to undo it.
      </p>
      <div className="stack-gap">
        <UndoWindow />
        <ImportList />
      </div>
    </>
  );
}

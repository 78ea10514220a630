import type { Metadata } from "next";
import Link from "next/link";
import { ImportDetail } from "@/components/imports/import-detail";
import { IMPORT_DOOR_LABELS } from "@/lib/fields/import-doors";
import { readForPage } from "@/server/auth/require-session";
import { getImportDetail } from "@/server/services/imports/get-import-detail";

type Props = { params: Promise<{ id: string }> };

const readImport = (importId: string) => readForPage((ctx) => getImportDetail({ ctx, importId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const run = await readImport((await params).id);
  return { title: `${run.fileName ?? IMPORT_DOOR_LABELS[run.door]} · Imports · Leadport` };
}

export default async function ImportPage({ params }: Props) {
  const run = await readImport((await params).id);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/imports">← Imports</Link>
      </p>
      <ImportDetail key={run.id} initialImport={run} />
    </>
  );
}

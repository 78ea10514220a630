import { apiRoute } from "@/server/http/api-route";
import { withIdempotency } from "@/server/http/idempotency";
import { readCsvForm } from "@/server/http/read-csv-form";
import { importLeadsCsv, LEADS_CSV_MESSAGES } from "@/server/services/csv/import-leads-csv";

export const POST = apiRoute(async ({ request, ctx }) => {
  const form = await readCsvForm(request, LEADS_CSV_MESSAGES.fileRequired);
  return withIdempotency(ctx, request, form.hash, async () => ({
    status: 200,
    data: await importLeadsCsv({ ctx, file: form.file, fields: form.fields }),
  }));
});

import { apiRoute } from "@/server/http/api-route";
import { withIdempotency } from "@/server/http/idempotency";
import { withCsvForm } from "@/server/http/read-csv-form";
import { importLeadsCsv, LEADS_CSV_MESSAGES } from "@/server/services/csv/import-leads-csv";

export const POST = apiRoute(({ request, ctx }) =>
  withCsvForm(request, LEADS_CSV_MESSAGES.fileRequired, (form) =>
    withIdempotency(ctx, request, form.hash, async () => ({
      status: 200,
      data: await importLeadsCsv({ ctx, file: form.file, fields: form.fields }),
    })),
  ),
);

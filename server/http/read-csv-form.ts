import { type CsvUploadFields, csvUploadFieldsSchema } from "@/lib/schemas/csv-upload";
import { ServiceError } from "@/server/errors";
import { type MultipartUpload, readMultipartUpload } from "./read-multipart-upload";

type CsvForm = Omit<MultipartUpload, "fields"> & { fields: CsvUploadFields };

/**
 * Runs `use` on a CSV upload's multipart body: the spooled file and its validated text fields.
 * The file is closed (and its temporary copy gone) when `use` is done, whatever happened.
 */
export async function withCsvForm<T>(
  request: Request,
  missingFileMessage: string,
  use: (form: CsvForm) => Promise<T>,
): Promise<T> {
  const upload = await readMultipartUpload(request, {
    fileField: "file",
    missingBodyMessage: missingFileMessage,
  });
  try {
    return await use(validated(upload));
  } finally {
    upload.file?.close();
  }
}

function validated(upload: MultipartUpload): CsvForm {
  const { file: _fileAsText, ...textFields } = upload.fields;
  const parsed = csvUploadFieldsSchema.safeParse(textFields);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new ServiceError(
      "INVALID_BODY",
      `Invalid form field ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`,
    );
  }
  return { ...upload, fields: parsed.data };
}

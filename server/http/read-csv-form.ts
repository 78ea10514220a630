import { type CsvUploadFields, csvUploadFieldsSchema } from "@/lib/schemas/csv-upload";
import { ServiceError } from "@/server/errors";
import { type MultipartUpload, readMultipartUpload } from "./read-multipart-upload";

/** A CSV upload's multipart body: the streamed file and its validated text fields. */
export async function readCsvForm(
  request: Request,
  missingFileMessage: string,
): Promise<Omit<MultipartUpload, "fields"> & { fields: CsvUploadFields }> {
  const upload = await readMultipartUpload(request, {
    fileField: "file",
    missingBodyMessage: missingFileMessage,
  });
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

import { readFile } from "node:fs/promises";
import { InputFileError } from "./input-file-error";
import type { ReportOptions } from "./parse-command";
import type { ImportedFile } from "./read-exports";
import { readWarehouse } from "./read-warehouse";

/** `report --from`: the layout file read and the warehouse read, errors as one line each. */
export async function readWarehouseOf(options: ReportOptions): Promise<ImportedFile> {
  let layout = {};
  if (options.layout) {
    try {
      layout = JSON.parse(await readFile(options.layout, "utf8"));
    } catch (error) {
      throw new InputFileError(
        options.layout,
        `not a readable JSON layout: ${(error as Error).message}`,
      );
    }
  }
  try {
    return await readWarehouse(options.from!, { layout, tenant: options.tenant ?? null });
  } catch (error) {
    throw new InputFileError(options.from!.replace(/:[^:@/]*@/, ":***@"), (error as Error).message);
  }
}

/** The public text data beside the repository (`../shared/data/text`). */
export const TEXT_DIR = new URL("../../../../../shared/data/text/", import.meta.url);

/** What a test prints when the shared data is absent. */
export const SKIP_NOTICE =
  "../shared/data/text is absent: the tests on the VADER tweets and BANKING77 are skipped (the package's own fixtures still run)";

/** The language id shared with the server and the other editors' setups. */
export const LANGUAGE_ID = "itu-resolution";
/** The server's `workspace/executeCommand` that reletters every section of a document. */
export const SERVER_RELETTER_COMMAND = "resolution-ls.reletterDocument";
/** Scheme of the read-only documents that show a catalogue entry. */
export const CATALOGUE_SCHEME = "resolution-ls-catalogue";

/** The language id shared with the server and the other editors' setups. */
export const LANGUAGE_ID = "itu-resolution";
/** The server's `workspace/executeCommand` that reletters every section of a document. */
export const SERVER_RELETTER_COMMAND = "resolution-ls.reletterDocument";
/**
 * The server's `workspace/executeCommand` that answers, for a document URI
 * and a position, the locations of the same clause in the document's other
 * language versions.
 */
export const SERVER_PARALLEL_COMMAND = "resolution-ls.parallelClause";
/** Scheme of the read-only documents that show a catalogue entry. */
export const CATALOGUE_SCHEME = "resolution-ls-catalogue";
/** Scheme of the read-only views of a Word document's text (`resolution-docx:/path/a.docx`). */
export const WORD_SCHEME = "resolution-docx";
/** The server's `workspace/executeCommand` returning the text it reads from a `.docx`. */
export const SERVER_WORD_TEXT_COMMAND = "resolution-ls.wordDocumentText";
/** The server's `workspace/executeCommand` writing a `.docx`'s fixed copy (fixes as tracked changes). */
export const SERVER_WORD_FIX_COMMAND = "resolution-ls.fixWordDocument";

//! A small builder of Word documents (`.docx`) for the tests: the XML parts
//! written as text, zipped with the `zip` crate. Word, LibreOffice and
//! the reader open what it makes.

use std::io::Write;

pub const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A document being built: body paragraphs (and tables) as XML, and the
/// optional numbering, styles and footnotes parts.
#[derive(Default, Clone)]
pub struct Docx {
    body: Vec<String>,
    numbering: Option<String>,
    styles: Option<String>,
    footnotes: Vec<(u32, String)>,
}

impl Docx {
    pub fn new() -> Docx {
        Docx::default()
    }

    /// A paragraph of plain text (tabs become `w:tab`).
    pub fn text(self, text: &str) -> Docx {
        self.p(&runs(text))
    }

    /// A paragraph made of these runs (and tracked-change elements).
    pub fn p(mut self, inner: &str) -> Docx {
        self.body.push(format!("<w:p>{inner}</w:p>"));
        self
    }

    /// A paragraph in Word's list `num_id` at level `ilvl`.
    pub fn numbered(mut self, num_id: u32, ilvl: u32, inner: &str) -> Docx {
        self.body.push(format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{num_id}\"/></w:numPr></w:pPr>{inner}</w:p>"
        ));
        self
    }

    /// A paragraph in paragraph style `style`.
    pub fn styled(mut self, style: &str, inner: &str) -> Docx {
        self.body.push(format!(
            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{inner}</w:p>"
        ));
        self
    }

    /// Any block-level XML (a table).
    pub fn raw(mut self, xml: &str) -> Docx {
        self.body.push(xml.to_string());
        self
    }

    /// A table: rows of cells, each cell's paragraphs as plain text.
    pub fn table(self, rows: &[&[&[&str]]]) -> Docx {
        let mut xml = String::from("<w:tbl>");
        for row in rows {
            xml.push_str("<w:tr>");
            for cell in *row {
                xml.push_str("<w:tc>");
                for p in *cell {
                    xml.push_str(&format!("<w:p>{}</w:p>", runs(p)));
                }
                xml.push_str("</w:tc>");
            }
            xml.push_str("</w:tr>");
        }
        xml.push_str("</w:tbl>");
        self.raw(&xml)
    }

    /// `numbering.xml`'s content (inside `w:numbering`).
    pub fn numbering(mut self, inner: &str) -> Docx {
        self.numbering = Some(inner.to_string());
        self
    }

    /// `styles.xml`'s content (inside `w:styles`).
    pub fn styles(mut self, inner: &str) -> Docx {
        self.styles = Some(inner.to_string());
        self
    }

    /// A footnote with this id and plain text (Word's mark, a tab, the text).
    pub fn footnote(mut self, id: u32, text: &str) -> Docx {
        self.footnotes.push((
            id,
            format!(
                "<w:p><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>{}</w:p>",
                runs(&format!("\t{text}"))
            ),
        ));
        self
    }

    /// `word/document.xml`.
    pub fn document_xml(&self) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W_NS}\"><w:body>{}<w:sectPr/></w:body></w:document>",
            self.body.join("")
        )
    }

    /// The `.docx` as bytes.
    pub fn bytes(&self) -> Vec<u8> {
        let mut parts: Vec<(String, String)> = Vec::new();
        let mut overrides = String::from(
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
        );
        let mut rels = String::new();
        if let Some(n) = &self.numbering {
            parts.push((
                "word/numbering.xml".into(),
                format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"{W_NS}\">{n}</w:numbering>"),
            ));
            overrides.push_str("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>");
            rels.push_str("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
        }
        if let Some(s) = &self.styles {
            parts.push((
                "word/styles.xml".into(),
                format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W_NS}\">{s}</w:styles>"),
            ));
            overrides.push_str("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>");
            rels.push_str("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        }
        if !self.footnotes.is_empty() {
            let mut xml = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes xmlns:w=\"{W_NS}\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
            );
            for (id, p) in &self.footnotes {
                xml.push_str(&format!("<w:footnote w:id=\"{id}\">{p}</w:footnote>"));
            }
            xml.push_str("</w:footnotes>");
            parts.push(("word/footnotes.xml".into(), xml));
            overrides.push_str("<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>");
            rels.push_str("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>");
        }
        let content_types = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>{overrides}</Types>"
        );
        let package_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>".to_string();
        let document_rels = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>"
        );
        let mut all = vec![
            ("[Content_Types].xml".to_string(), content_types),
            ("_rels/.rels".to_string(), package_rels),
            ("word/document.xml".to_string(), self.document_xml()),
            ("word/_rels/document.xml.rels".to_string(), document_rels),
        ];
        all.extend(parts);
        zip_parts(&all)
    }

    /// Writes the `.docx` to `path`.
    pub fn write(&self, path: &std::path::Path) {
        std::fs::write(path, self.bytes()).unwrap();
    }
}

/// Zips named parts (deflated).
pub fn zip_parts(parts: &[(String, String)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        out.start_file(name.as_str(), options).unwrap();
        out.write_all(content.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The XML of a part of a `.docx`.
pub fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = archive.by_name(name).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut file, &mut s).unwrap();
    s
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Plain text as runs: one run per piece between tabs, `w:tab` between.
pub fn runs(text: &str) -> String {
    let mut out = String::new();
    for (i, piece) in text.split('\t').enumerate() {
        if i > 0 {
            out.push_str("<w:r><w:tab/></w:r>");
        }
        if !piece.is_empty() {
            out.push_str(&run(piece));
        }
    }
    out
}

/// One run of text.
pub fn run(text: &str) -> String {
    format!(
        "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>",
        escape(text)
    )
}

/// One run of bold text (formatting a fix must keep).
pub fn bold(text: &str) -> String {
    format!(
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
        escape(text)
    )
}

/// A tracked insertion of `text`.
pub fn ins(text: &str) -> String {
    format!(
        "<w:ins w:id=\"{}\" w:author=\"Drafter\" w:date=\"2026-11-02T10:00:00Z\">{}</w:ins>",
        next_id(),
        run(text)
    )
}

/// A tracked deletion of `text`.
pub fn del(text: &str) -> String {
    format!(
        "<w:del w:id=\"{}\" w:author=\"Drafter\" w:date=\"2026-11-02T10:00:00Z\"><w:r><w:delText xml:space=\"preserve\">{}</w:delText></w:r></w:del>",
        next_id(),
        escape(text)
    )
}

/// A footnote reference run.
pub fn footnote_reference(id: u32) -> String {
    format!("<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>")
}

fn next_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(100);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Lists as ITU drafts number them: list 1 lettered `a)` (level 0) with
/// roman sub-items `i)` (level 1); list 2 numbered `1` with lettered
/// sub-items `a)`; list 3 lettered, starting again (for a second section);
/// list 4 lettered too, without a restart: it continues the count, as in Word.
pub const ITU_NUMBERING: &str = r#"<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="4"><w:abstractNumId w:val="10"/></w:num>"#;

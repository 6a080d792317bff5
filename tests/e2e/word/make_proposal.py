"""Writes a Word proposal (.docx) for the end-to-end test: the XML parts
by hand, zipped with the standard library. Word's own list numbering in
the preamble, a fused label typed by hand (`bc)`, bold), tracked changes
by "Drafter" in a label (`e)` → `d)`) and in a citation (Busan, 2014 →
Dubai, 2018), a footnote and a table. Usage: make_proposal.py OUT.docx"""
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ids = iter(range(100, 10000))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out = []
    for i, piece in enumerate(text.split("\t")):
        if i:
            out.append(f"<w:r>{rpr}<w:tab/></w:r>")
        if piece:
            out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{esc(piece)}</w:t></w:r>')
    return "".join(out)


def ins(text):
    return f'<w:ins w:id="{next(ids)}" w:author="Drafter" w:date="2026-11-02T10:00:00Z">{run(text)}</w:ins>'


def dele(text):
    return (f'<w:del w:id="{next(ids)}" w:author="Drafter" w:date="2026-11-02T10:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')


def p(inner):
    return f"<w:p>{inner}</w:p>"


def numbered(num_id, inner):
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
            f"{inner}</w:p>")


body = "".join([
    p(run("considering")),
    numbered(1, run("that one;")),
    numbered(1, run("that two,")),
    p(run("recognizing")),
    p(run("a)\tthat three;")),
    p(run("b)\tthat four;")),
    p(run("bc)", bold=True) + run("\tthat five;")),
    p(dele("e") + ins("d") + run(")\tthat six,")),
    p(run("resolves")),
    p(run("1\tto apply Resolution 123 (Rev. ") + dele("Busan, 2014") + ins("Dubai, 2018")
      + run(") of the Plenipotentiary Conference")
      + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>'
      + run(";")),
    "<w:tbl><w:tr><w:tc>" + p(run("2\tto act.")) + "</w:tc></w:tr></w:tbl>",
    "<w:sectPr/>",
])

numbering = (
    '<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
)
footnotes = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="2"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    + run("\tAs revised.") + "</w:p></w:footnote>"
)
head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
parts = {
    "[Content_Types].xml": head
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{ct}.document.main+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{ct}.numbering+xml"/>'
    f'<Override PartName="/word/footnotes.xml" ContentType="{ct}.footnotes+xml"/>'
    "</Types>",
    "_rels/.rels": head
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels": head
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{rel}/numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rId2" Type="{rel}/footnotes" Target="footnotes.xml"/></Relationships>',
    "word/document.xml": head + f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
    "word/numbering.xml": head + f'<w:numbering xmlns:w="{W}">{numbering}</w:numbering>',
    "word/footnotes.xml": head + f'<w:footnotes xmlns:w="{W}">{footnotes}</w:footnotes>',
}
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name, xml in parts.items():
        z.writestr(name, xml)

//! What docx-rs 0.4 cannot say, added to its XML before packing: header rows that repeat on
//! every page (`w:tblHeader`; the renderer marks them, and only them, with `w:cantSplit`),
//! and a unique id, a name and the alternative text (`descr`) on every image's `wp:docPr`
//! (the header logo's too); and section breaks where the renderer left `SECTION_MARK`.

use crate::report::ReportError;
use docx_rs::XMLDocx;
use std::fmt::Write as _;

/// What docx-rs writes for a row marked as a header row.
const HEADER_MARK: &str = "<w:cantSplit />";
/// What docx-rs writes for every image.
const DOC_PR: &str = r#"<wp:docPr id="1" name="Figure" />"#;

/// Escapes text for an XML attribute value.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Rewrites `document.xml`: header rows repeat, images carry `figures` (name, alt) in order.
pub fn finish(xml: &mut XMLDocx, figures: &[(String, String)]) -> Result<(), ReportError> {
    let doc = std::str::from_utf8(&xml.document).map_err(|_| ReportError::Docx)?;
    let doc = doc.replace(HEADER_MARK, "<w:cantSplit /><w:tblHeader />");
    let mut out = String::with_capacity(doc.len() + figures.len() * 200);
    let mut rest = doc.as_str();
    let mut n = 0;
    while let Some(at) = rest.find(DOC_PR) {
        out.push_str(&rest[..at]);
        let (name, alt) = figures
            .get(n)
            .map_or(("Figure", ""), |(a, b)| (a.as_str(), b.as_str()));
        n += 1;
        // Writing into a String cannot fail.
        let _ = write!(
            out,
            r#"<wp:docPr id="{n}" name="{}" descr="{}" />"#,
            attr(name),
            attr(alt)
        );
        rest = &rest[at + DOC_PR.len()..];
    }
    out.push_str(rest);
    if n != figures.len() {
        return Err(ReportError::Docx);
    }
    xml.document = out.into_bytes();
    Ok(())
}

/// Gives the images of the running headers (the logo) ids of their own, a name and `alt`.
pub fn header_images(xml: &mut XMLDocx, alt: &str) {
    let alt = if alt.trim().is_empty() { "Logo" } else { alt };
    for (i, header) in xml.headers.iter_mut().enumerate() {
        let Ok(text) = std::str::from_utf8(header) else {
            continue;
        };
        if text.contains(DOC_PR) {
            let with = format!(
                r#"<wp:docPr id="{}" name="Logo" descr="{}" />"#,
                9000 + i,
                attr(alt)
            );
            *header = text.replace(DOC_PR, &with).into_bytes();
        }
    }
}

/// The text of a paragraph that stands for a section break.
pub const SECTION_MARK: &str = "\u{E010}section\u{E010}";

/// Replaces every paragraph holding [`SECTION_MARK`] with a section break of the document's
/// own page setup, header, footer and page numbering (restarting at 1): the document's
/// parts each number their pages from 1.
pub fn sections(xml: &mut XMLDocx) -> Result<(), ReportError> {
    let doc = std::str::from_utf8(&xml.document).map_err(|_| ReportError::Docx)?;
    if !doc.contains(SECTION_MARK) {
        return Ok(());
    }
    let start = doc.rfind("<w:sectPr>").ok_or(ReportError::Docx)?;
    let end = doc[start..].find("</w:sectPr>").ok_or(ReportError::Docx)? + start;
    let sect = &doc[start..end + "</w:sectPr>".len()];
    let mut out = String::with_capacity(doc.len());
    let mut rest = doc;
    while let Some(at) = rest.find(SECTION_MARK) {
        let p_start = rest[..at].rfind("<w:p ").ok_or(ReportError::Docx)?;
        let p_end = rest[at..].find("</w:p>").ok_or(ReportError::Docx)? + at + "</w:p>".len();
        out.push_str(&rest[..p_start]);
        out.push_str("<w:p><w:pPr>");
        out.push_str(sect);
        out.push_str("</w:pPr></w:p>");
        rest = &rest[p_end..];
    }
    out.push_str(rest);
    xml.document = out.into_bytes();
    Ok(())
}

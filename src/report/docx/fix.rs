//! What docx-rs 0.4 cannot say, added to its XML before packing: header rows that repeat on
//! every page (`w:tblHeader`; the renderer marks them, and only them, with `w:cantSplit`),
//! and a unique id, a name and the alternative text (`descr`) on every image's `wp:docPr`
//! (the header logo's too). Section breaks between parts: `parts.rs`.

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

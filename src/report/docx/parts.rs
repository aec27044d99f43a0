//! A document in parts (one checklist form per department): a section per part, each with its
//! own running header (naming the part, as the PDF does) and footer ("第 X 页 / 共 Y 页" with
//! Y the part's pages), and page numbers from 1.
//!
//! docx-rs writes one header and footer, the last part's. The renderer leaves [`SECTION_MARK`]
//! where each later part begins; here each mark becomes a section break that ends the part
//! before it, and that part gets a copy of the header and footer with its own name and page
//! count (the count of the PDF layout, shown until Word updates the SECTIONPAGES field;
//! LibreOffice never does).

use crate::report::ReportError;
use docx_rs::XMLDocx;

/// The text of a paragraph that stands for a section break.
pub const SECTION_MARK: &str = "\u{E010}section\u{E010}";

/// What a part's header and footer say: the header text and the part's page count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartChrome {
    pub header: String,
    pub pages: usize,
}

const HEADER_TYPE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
const FOOTER_TYPE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
const EMPTY_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"#;

/// Escapes text as docx-rs writes it inside `w:t`.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
        .replace('\n', "&#xA;")
        .replace('\r', "")
}

fn utf8(b: &[u8]) -> Result<&str, ReportError> {
    std::str::from_utf8(b).map_err(|_| ReportError::Docx)
}

/// The `r:id` of the default header or footer reference in a section's properties.
fn default_ref<'a>(sect: &'a str, kind: &str) -> Result<&'a str, ReportError> {
    let open = format!("<w:{kind}Reference w:type=\"default\" r:id=\"");
    let at = sect.find(&open).ok_or(ReportError::Docx)? + open.len();
    let end = sect[at..].find('"').ok_or(ReportError::Docx)?;
    Ok(&sect[at..at + end])
}

/// The part file a relationship id points at ("header1.xml"), by its number in the package.
fn part_number(rels: &str, id: &str, kind: &str) -> Result<usize, ReportError> {
    let key = format!("Id=\"{id}\"");
    let at = rels.find(&key).ok_or(ReportError::Docx)?;
    let rest = &rels[at..];
    let target = rest.find("Target=\"").ok_or(ReportError::Docx)? + "Target=\"".len();
    let name = &rest[target..];
    let name = &name[..name.find('"').ok_or(ReportError::Docx)?];
    name.strip_prefix(kind)
        .and_then(|n| n.strip_suffix(".xml"))
        .and_then(|n| n.parse().ok())
        .ok_or(ReportError::Docx)
}

/// Replaces the one text run `from` with `to` (both plain text).
fn retext(xml: &str, from: &str, to: &str) -> Result<String, ReportError> {
    let (from, to) = (
        format!(">{}</w:t>", esc(from)),
        format!(">{}</w:t>", esc(to)),
    );
    if xml.matches(&from).count() != 1 {
        return Err(ReportError::Docx);
    }
    Ok(xml.replacen(&from, &to, 1))
}

/// Replaces the shown result of the SECTIONPAGES field with `pages`.
fn recount(xml: &str, pages: usize) -> Result<String, ReportError> {
    let at = xml.find("SECTIONPAGES").ok_or(ReportError::Docx)?;
    let sep = xml[at..]
        .find("w:fldCharType=\"separate\"")
        .ok_or(ReportError::Docx)?
        + at;
    let t = xml[sep..].find("<w:t").ok_or(ReportError::Docx)? + sep;
    let open_end = xml[t..].find('>').ok_or(ReportError::Docx)? + t + 1;
    let close = xml[open_end..].find("</w:t>").ok_or(ReportError::Docx)? + open_end;
    Ok(format!("{}{pages}{}", &xml[..open_end], &xml[close..]))
}

/// Adds a header or footer part (a copy of part `from`, rewritten) and its relationship;
/// returns the relationship's id.
fn add_part(
    xml: &mut XMLDocx,
    kind: &str,
    from: usize,
    text: String,
    k: usize,
) -> Result<String, ReportError> {
    let (parts, rels) = if kind == "header" {
        (&mut xml.headers, &mut xml.header_rels)
    } else {
        (&mut xml.footers, &mut xml.footer_rels)
    };
    // A part's own relationships (the logo's image) travel with its copy.
    if let Some(own) = rels.get(from - 1).cloned() {
        rels.resize(parts.len(), EMPTY_RELS.as_bytes().to_vec());
        rels.push(own);
    }
    parts.push(text.into_bytes());
    let n = parts.len();
    let id = format!("rIdPart{kind}{k}");
    let rel_type = if kind == "header" {
        HEADER_TYPE
    } else {
        FOOTER_TYPE
    };
    let doc_rels = utf8(&xml.document_rels)?;
    let end = doc_rels
        .rfind("</Relationships>")
        .ok_or(ReportError::Docx)?;
    xml.document_rels = format!(
        r#"{}<Relationship Id="{id}" Type="{rel_type}" Target="{kind}{n}.xml" />{}"#,
        &doc_rels[..end],
        &doc_rels[end..]
    )
    .into_bytes();
    let types = utf8(&xml.content_type)?;
    let end = types.rfind("</Types>").ok_or(ReportError::Docx)?;
    xml.content_type = format!(
        r#"{}<Override PartName="/word/{kind}{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml" />{}"#,
        &types[..end],
        &types[end..]
    )
    .into_bytes();
    Ok(id)
}

/// Replaces every paragraph holding [`SECTION_MARK`] with a section break ending the part
/// before it: the document's page setup and page numbers from 1, and that part's own header
/// and footer. `parts` lists every part in order; the last is the document's own.
pub fn sections(xml: &mut XMLDocx, parts: &[PartChrome]) -> Result<(), ReportError> {
    let doc = utf8(&xml.document)?.to_string();
    let marks = doc.matches(SECTION_MARK).count();
    if marks == 0 {
        return Ok(());
    }
    let last = parts.last().ok_or(ReportError::Docx)?;
    if parts.len() != marks + 1 {
        return Err(ReportError::Docx);
    }
    let start = doc.rfind("<w:sectPr>").ok_or(ReportError::Docx)?;
    let end = doc[start..].find("</w:sectPr>").ok_or(ReportError::Docx)? + start;
    let sect = doc[start..end + "</w:sectPr>".len()].to_string();
    let (head_id, foot_id) = (default_ref(&sect, "header")?, default_ref(&sect, "footer")?);
    let rels = utf8(&xml.document_rels)?.to_string();
    let head_n = part_number(&rels, head_id, "header")?;
    let foot_n = part_number(&rels, foot_id, "footer")?;
    let head = utf8(xml.headers.get(head_n - 1).ok_or(ReportError::Docx)?)?.to_string();
    let foot = utf8(xml.footers.get(foot_n - 1).ok_or(ReportError::Docx)?)?.to_string();
    let mut breaks = Vec::with_capacity(marks);
    for (k, part) in parts[..marks].iter().enumerate() {
        let h = add_part(
            xml,
            "header",
            head_n,
            retext(&head, &last.header, &part.header)?,
            k,
        )?;
        let f = add_part(xml, "footer", foot_n, recount(&foot, part.pages)?, k)?;
        let own = sect
            .replace(&format!("r:id=\"{head_id}\""), &format!("r:id=\"{h}\""))
            .replace(&format!("r:id=\"{foot_id}\""), &format!("r:id=\"{f}\""));
        breaks.push(own);
    }
    let mut out = String::with_capacity(doc.len() + breaks.iter().map(String::len).sum::<usize>());
    let mut rest = doc.as_str();
    for own in &breaks {
        let at = rest.find(SECTION_MARK).ok_or(ReportError::Docx)?;
        let p_start = rest[..at].rfind("<w:p ").ok_or(ReportError::Docx)?;
        let p_end = rest[at..].find("</w:p>").ok_or(ReportError::Docx)? + at + "</w:p>".len();
        out.push_str(&rest[..p_start]);
        out.push_str("<w:p><w:pPr>");
        out.push_str(own);
        out.push_str("</w:pPr></w:p>");
        rest = &rest[p_end..];
    }
    out.push_str(rest);
    // The last part's own count.
    let foot = recount(&foot, last.pages)?;
    xml.footers[foot_n - 1] = foot.into_bytes();
    xml.document = out.into_bytes();
    Ok(())
}

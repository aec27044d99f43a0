//! Reading a DOCX package back in tests: its parts, elements, attributes, runs and text.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::io::Read;

/// The parts of a DOCX package, by name.
pub fn parts(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut buf = Vec::new();
        f.read_to_end(&mut buf).unwrap();
        out.insert(f.name().unwrap().to_string(), buf);
    }
    out
}

pub fn xml(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .clone(),
    )
    .unwrap()
}

/// Every `<tag ...>` or `<tag .../>` element start with its attributes.
pub fn elements<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        if after.starts_with([' ', '>', '/']) {
            let end = after.find('>').unwrap();
            out.push(&rest[at..=(at + open.len() + end)]);
        }
        rest = &rest[at + open.len()..];
    }
    out
}

/// The value of an attribute in an element start.
pub fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = element.find(&key)? + key.len();
    let end = element[at..].find('"')?;
    Some(&element[at..at + end])
}

/// The runs of a document part: each `<w:r>…</w:r>` as (its properties, its text).
pub fn runs(xml: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for chunk in xml.split("<w:r>").skip(1) {
        let body = chunk.split("</w:r>").next().unwrap_or("");
        let props = body
            .split("<w:rPr>")
            .nth(1)
            .and_then(|p| p.split("</w:rPr>").next())
            .unwrap_or("")
            .to_string();
        out.push((props, text_of(body)));
    }
    out
}

/// The text of the `<w:t>` elements in a piece of XML, unescaped.
pub fn text_of(xml: &str) -> String {
    let mut out = String::new();
    for chunk in xml.split("<w:t").skip(1) {
        let Some(start) = chunk.find('>') else {
            continue;
        };
        if chunk[..start].ends_with('/') {
            continue;
        }
        let body = &chunk[start + 1..];
        let end = body.find("</w:t>").unwrap_or(body.len());
        out.push_str(&body[..end]);
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The paragraphs of a document part, each from its `<w:p` to its `</w:p>`.
pub fn paragraphs(xml: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<w:p") {
        let after = &rest[at + 4..];
        if !after.starts_with([' ', '>']) {
            rest = after;
            continue;
        }
        let Some(end) = after.find("</w:p>") else {
            break;
        };
        out.push(&rest[at..at + 4 + end + 6]);
        rest = &after[end + 6..];
    }
    out
}

/// The paragraph style of a paragraph (`w:pStyle`), if any.
pub fn style_of(paragraph: &str) -> Option<&str> {
    elements(paragraph, "w:pStyle")
        .first()
        .and_then(|e| attr(e, "w:val"))
}

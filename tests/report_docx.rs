#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! DOCX deliverables: the structure Word needs (styles, East Asian fonts, table grids, header
//! rows, images with alternative text, page fields) and the same text as the PDF.

use ipms_readiness::locale::Locale;
use ipms_readiness::report::blocks::{Block, Document};
use ipms_readiness::report::diagnosis::diagnosis_document;
use ipms_readiness::report::docx::{DocxFonts, has_cjk, render_docx};
use ipms_readiness::report::{
    ReportFormat, ReportKind, ReportOptions, ReportSection, build_doc, document, render_report_as,
};
use std::io::Read;

#[path = "report_fixture/mod.rs"]
mod fixture;
#[path = "pdf_text/mod.rs"]
mod pdf_text;

/// The parts of a DOCX package, by name.
fn parts(bytes: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut out = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut buf = Vec::new();
        f.read_to_end(&mut buf).unwrap();
        out.insert(f.name().unwrap().to_string(), buf);
    }
    out
}

fn xml(parts: &std::collections::BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .clone(),
    )
    .unwrap()
}

/// Every `<tag ...>` or `<tag .../>` element start with its attributes.
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
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
fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = element.find(&key)? + key.len();
    let end = element[at..].find('"')?;
    Some(&element[at..at + end])
}

/// The runs of a document part: each `<w:r>…</w:r>` as (its properties, its text).
fn runs(xml: &str) -> Vec<(String, String)> {
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
fn text_of(xml: &str) -> String {
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

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn options(locale: Locale, kind: ReportKind) -> ReportOptions {
    ReportOptions {
        locale,
        as_of: fixture::as_of(),
        kind,
        department: None,
        sections: ReportSection::ALL.to_vec(),
    }
}

fn docx_of(locale: Locale, kind: ReportKind) -> Vec<u8> {
    let f = fixture::full();
    render_report_as(&f.input(), &options(locale, kind), ReportFormat::Docx).expect("DOCX renders")
}

#[test]
fn styles_are_real_word_styles_with_east_asian_fonts() {
    let p = parts(&docx_of(Locale::ZhCn, ReportKind::Diagnosis));
    let styles = xml(&p, "word/styles.xml");
    for id in [
        "Normal",
        "Heading1",
        "Heading2",
        "Heading3",
        "Title",
        "ReportTable",
    ] {
        assert!(
            styles.contains(&format!("w:styleId=\"{id}\"")),
            "style {id} missing"
        );
    }
    for name in ["heading 1", "heading 2", "heading 3"] {
        assert!(styles.contains(&format!("w:val=\"{name}\"")), "{name}");
    }
    assert!(styles.contains("w:eastAsia=\"宋体\""), "body font 宋体");
    assert!(
        styles.contains("<w:docDefaults>") && styles.contains("w:eastAsia="),
        "the document defaults name an East Asian font"
    );
    assert!(
        styles.contains("w:eastAsia=\"微软雅黑\""),
        "heading font 微软雅黑"
    );
    // No font is embedded.
    assert!(!p.keys().any(|k| k.starts_with("word/fonts/")));
}

#[test]
fn chinese_runs_name_the_east_asian_font() {
    let p = parts(&docx_of(Locale::ZhCn, ReportKind::Diagnosis));
    let doc = xml(&p, "word/document.xml");
    // The table of contents is a field result Word rebuilds from the headings (its runs take
    // the East Asian font from the document defaults); every other run names it itself.
    let body = match (doc.find("<w:sdt>"), doc.find("</w:sdt>")) {
        (Some(a), Some(b)) => format!("{}{}", &doc[..a], &doc[b..]),
        _ => doc.clone(),
    };
    let all = runs(&body);
    let chinese: Vec<_> = all.iter().filter(|(_, t)| has_cjk(t)).collect();
    assert!(chinese.len() > 100, "only {} Chinese runs", chinese.len());
    for (props, text) in chinese {
        assert!(
            props.contains("w:eastAsia=\""),
            "run without eastAsia: {text}"
        );
    }
}

#[test]
fn tables_have_explicit_grids_and_repeating_header_rows() {
    let p = parts(&docx_of(Locale::ZhCn, ReportKind::Diagnosis));
    let doc = xml(&p, "word/document.xml");
    let tables = doc.split("<w:tbl>").count() - 1;
    assert!(tables > 10, "{tables} tables");
    assert_eq!(
        doc.matches("<w:tblGrid>").count(),
        tables,
        "every table has a grid"
    );
    let cols = elements(&doc, "w:gridCol");
    assert!(!cols.is_empty());
    for c in &cols {
        let w: u32 = attr(c, "w:w").unwrap().parse().unwrap();
        assert!(w > 200, "column too narrow: {c}");
    }
    assert!(
        doc.contains("<w:tblLayout w:type=\"fixed\" />"),
        "fixed layout"
    );
    assert!(
        doc.matches("<w:tblHeader />").count() >= 10,
        "header rows repeat"
    );
    // The findings table's header row repeats: it is the one naming the observed column.
    let findings = doc
        .split("<w:tbl>")
        .find(|t| t.contains("审核发现") || text_of(t).contains("现场记录"))
        .map(|t| t.split("</w:tr>").next().unwrap_or(""));
    if let Some(head) = findings {
        assert!(head.contains("<w:tblHeader />"));
    }
}

#[test]
fn charts_are_images_with_alternative_text() {
    let bytes = docx_of(Locale::ZhCn, ReportKind::Diagnosis);
    let p = parts(&bytes);
    let doc = xml(&p, "word/document.xml");
    let pngs: Vec<_> = p
        .keys()
        .filter(|k| k.starts_with("word/media/") && !k.ends_with('/'))
        .collect();
    assert_eq!(pngs.len(), 3, "two score charts and the roadmap: {pngs:?}");
    for k in &pngs {
        assert!(p[*k].starts_with(&[0x89, b'P', b'N', b'G']), "{k} is a PNG");
    }
    let prs = elements(&doc, "wp:docPr");
    assert_eq!(prs.len(), 3);
    let ids: std::collections::BTreeSet<_> = prs.iter().map(|e| attr(e, "id")).collect();
    assert_eq!(ids.len(), 3, "unique ids");
    for e in &prs {
        let alt = attr(e, "descr").unwrap();
        assert!(alt.chars().count() > 20, "alt text: {e}");
    }
    assert!(doc.contains("2026-"), "the roadmap's alt text names dates");
}

#[test]
fn footer_numbers_pages_with_fields_in_both_languages() {
    for (locale, words) in [
        (Locale::ZhCn, ["第", "页 / 共", "页"]),
        (Locale::EnUs, ["Page", "of", ""]),
    ] {
        let p = parts(&docx_of(locale, ReportKind::Diagnosis));
        let footers: Vec<String> = p
            .keys()
            .filter(|k| k.starts_with("word/footer"))
            .map(|k| xml(&p, k))
            .collect();
        let footer = footers
            .iter()
            .find(|f| f.contains("NUMPAGES"))
            .expect("a footer with NUMPAGES");
        assert!(footer.contains("PAGE"));
        let text = text_of(footer);
        for w in words {
            assert!(text.contains(w), "{locale:?} footer {text:?} lacks {w:?}");
        }
    }
}

#[test]
fn checklist_docx_is_landscape_with_forms() {
    for kind in [ReportKind::Checklist, ReportKind::BlankChecklist] {
        let p = parts(&docx_of(Locale::ZhCn, kind));
        let doc = xml(&p, "word/document.xml");
        assert!(doc.contains("w:orient=\"landscape\""), "{kind:?}");
        let text = text_of(&doc);
        for col in ["条款", "审核内容", "审核记录", "判定"] {
            assert!(text.contains(col), "{kind:?} lacks {col}");
        }
        assert!(doc.contains("<w:tblHeader />"));
    }
}

/// The heading texts of a document.
fn headings(d: &Document) -> Vec<String> {
    d.flat()
        .into_iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn date(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

#[test]
fn docx_and_pdf_say_the_same_in_both_languages_and_all_deliverables() {
    let f = fixture::full();
    let input = f.input();
    for locale in [Locale::ZhCn, Locale::EnUs] {
        let doc = build_doc(&input, locale, fixture::as_of());
        for kind in [
            ReportKind::Diagnosis,
            ReportKind::WorkPlan,
            ReportKind::Checklist,
        ] {
            let opts = options(locale, kind);
            let pdf = render_report_as(&input, &opts, ReportFormat::Pdf).unwrap();
            let pdf_text = squeeze(&pdf_text::pages(&pdf).join(""));
            let docx = render_report_as(&input, &opts, ReportFormat::Docx).unwrap();
            let docx_text = squeeze(&text_of(&xml(&parts(&docx), "word/document.xml")));
            let blocks = document(&doc, kind, ReportSection::ALL, None);
            let mut expected = headings(&blocks);
            assert!(!expected.is_empty());
            match kind {
                ReportKind::Diagnosis => {
                    expected.push(doc.client.clone());
                    expected.extend(doc.findings().map(|i| i.clause.clone()));
                    for p in &doc.phases {
                        expected.extend([date(p.start), date(p.end)]);
                    }
                    expected.extend(doc.actions.iter().map(|a| date(a.due)));
                }
                ReportKind::WorkPlan => {
                    expected.push(doc.client.clone());
                    expected.extend(doc.people.iter().map(|p| p.name.clone()));
                    for p in &doc.phases {
                        expected.extend([date(p.start), date(p.end)]);
                    }
                    expected.extend(doc.milestones.iter().map(|(_, d)| date(*d)));
                    expected.extend(doc.documents.iter().map(|d| d.text.clone()));
                }
                // The checklist: its forms' headings (one per department).
                _ => {}
            }
            for e in &expected {
                let e = squeeze(e);
                assert!(pdf_text.contains(&e), "{locale:?} {kind:?}: PDF lacks {e}");
                assert!(
                    docx_text.contains(&e),
                    "{locale:?} {kind:?}: DOCX lacks {e}"
                );
            }
        }
    }
}

#[test]
fn a_chosen_east_asian_font_reaches_styles_and_runs() {
    let f = fixture::demo();
    let doc = build_doc(&f.input(), Locale::ZhCn, fixture::as_of());
    let d = diagnosis_document(&doc, &[ReportSection::Conclusion]);
    let fonts = DocxFonts::for_locale(Locale::ZhCn).with_east_asia("仿宋");
    let p = parts(&render_docx(&d, &fonts).unwrap());
    assert!(xml(&p, "word/styles.xml").contains("w:eastAsia=\"仿宋\""));
    assert!(xml(&p, "word/document.xml").contains("w:eastAsia=\"仿宋\""));
}

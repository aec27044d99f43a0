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

#[path = "docx_xml/mod.rs"]
mod docx_xml;
#[path = "report_fixture/mod.rs"]
mod fixture;
#[path = "pdf_text/mod.rs"]
mod pdf_text;

use docx_xml::{attr, elements, paragraphs, parts, runs, style_of, text_of, xml};

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
    // Every run names it itself, the contents entries too.
    let body = doc;
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
                    // Phases done before operation print no dates (none were recorded).
                    for p in doc.phases.iter().filter(|p| !p.undated) {
                        expected.extend([date(p.start), date(p.end)]);
                    }
                    expected.extend(doc.actions.iter().map(|a| date(a.due)));
                }
                ReportKind::WorkPlan => {
                    expected.push(doc.client.clone());
                    expected.extend(doc.people.iter().map(|p| p.name.clone()));
                    // Phases done before operation print no dates (none were recorded).
                    for p in doc.phases.iter().filter(|p| !p.undated) {
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

#[test]
fn contents_lists_every_heading_with_dot_leaders_and_page_references() {
    let f = fixture::full();
    for locale in [Locale::ZhCn, Locale::EnUs] {
        let doc = build_doc(&f.input(), locale, fixture::as_of());
        let blocks = document(&doc, ReportKind::Diagnosis, ReportSection::ALL, None);
        let heads = headings(&blocks);
        let p = parts(&render_docx(&blocks, &DocxFonts::for_locale(locale)).unwrap());
        let body = xml(&p, "word/document.xml");
        let paras = paragraphs(&body);
        let entries: Vec<&str> = paras
            .iter()
            .copied()
            .filter(|p| style_of(p).is_some_and(|s| s.starts_with("TOC") && s != "TOCHeading"))
            .collect();
        assert_eq!(
            entries.len(),
            heads.len(),
            "{locale:?}: one entry per heading"
        );
        // The field's code sits in the first entry, so no line shows it on its own.
        for p in &paras {
            if p.contains("TOC \\o") {
                assert!(
                    entries.first() == Some(p),
                    "{locale:?}: TOC field outside the first entry"
                );
            }
        }
        assert!(
            entries[0].contains("TOC \\o"),
            "{locale:?}: a TOC field Word can update"
        );
        assert!(entries.last().unwrap().contains("w:fldCharType=\"end\""));
        let mut last_page = 2;
        for (entry, head) in entries.iter().zip(&heads) {
            let text = text_of(entry);
            let number = text
                .strip_prefix(head.as_str())
                .unwrap_or_else(|| panic!("{locale:?}: entry {text:?} is not {head:?}"));
            let page: usize = number
                .parse()
                .unwrap_or_else(|_| panic!("{locale:?}: {text:?} ends without a page number"));
            assert!(
                page >= last_page,
                "{locale:?}: pages run backwards at {head}"
            );
            last_page = page;
            assert!(page >= 3, "{locale:?}: {head} before the contents page");
            assert!(
                entry.contains("w:leader=\"dot\""),
                "{locale:?}: dot leader for {head}"
            );
            let at = entry.find("PAGEREF ").expect("a PAGEREF field") + "PAGEREF ".len();
            let mark: String = entry[at..]
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '<')
                .collect();
            assert!(mark.starts_with("_Toc"), "{mark}");
            let target = paras
                .iter()
                .find(|p| p.contains(&format!("w:name=\"{mark}\"")))
                .unwrap_or_else(|| panic!("{locale:?}: no bookmark {mark}"));
            assert!(style_of(target).is_some_and(|s| s.starts_with("Heading")));
            assert_eq!(text_of(target), *head);
        }
    }
}

#[test]
fn checklist_pages_restart_per_department_and_the_method_column_names_the_sample() {
    use ipms_readiness::report::checklist::scopes;
    let f = fixture::full();
    let input = f.input();
    for locale in [Locale::ZhCn, Locale::EnUs] {
        let doc = build_doc(&input, locale, fixture::as_of());
        let forms = scopes(&doc, None);
        assert!(forms.len() >= 2, "{} forms", forms.len());
        let opts = options(locale, ReportKind::Checklist);
        let p = parts(&render_report_as(&input, &opts, ReportFormat::Docx).unwrap());
        let body = xml(&p, "word/document.xml");
        let sections = elements(&body, "w:sectPr");
        assert_eq!(
            sections.len(),
            forms.len(),
            "{locale:?}: a section per department"
        );
        let restarts = elements(&body, "w:pgNumType")
            .iter()
            .filter(|e| attr(e, "w:start") == Some("1"))
            .count();
        assert_eq!(restarts, forms.len(), "{locale:?}: numbers restart");
        assert_eq!(
            body.matches("w:orient=\"landscape\"").count(),
            forms.len(),
            "{locale:?}: every section landscape"
        );
        let footers: String = p
            .keys()
            .filter(|k| k.starts_with("word/footer"))
            .map(|k| xml(&p, k))
            .collect();
        assert!(
            footers.contains("SECTIONPAGES"),
            "{locale:?}: pages of the form"
        );
        assert!(!footers.contains("NUMPAGES"), "{locale:?}: not of the file");

        let text = squeeze(&text_of(&body));
        let pdf = render_report_as(&input, &opts, ReportFormat::Pdf).unwrap();
        let pdf_text = squeeze(&pdf_text::pages(&pdf).join(""));
        let title = squeeze(&ipms_readiness::i18n::tr(locale, "report-col-method"));
        assert!(
            title.contains('/'),
            "{locale:?}: {title} names method and sample"
        );
        assert!(text.contains(&title) && pdf_text.contains(&title));
        let audited = |i: &&ipms_readiness::report::doc::ItemLine| {
            !i.na_by_triage
                && forms
                    .iter()
                    .any(|s| i.departments.iter().any(|d| s.functions.contains(d)))
        };
        let samples: Vec<String> = doc
            .items
            .iter()
            .filter(audited)
            .filter(|i| !i.sample.is_empty())
            .map(|i| squeeze(&i.sample))
            .collect();
        assert!(samples.len() >= 3, "{locale:?}: {} samples", samples.len());
        for s in &samples {
            assert!(text.contains(s), "{locale:?}: DOCX lacks the sample {s}");
            assert!(pdf_text.contains(s), "{locale:?}: PDF lacks the sample {s}");
        }
    }
}

/// The page label's numbers read off squeezed text: every "page N of M" found, in order.
fn page_labels(locale: Locale, text: &str) -> Vec<(usize, usize)> {
    use ipms_readiness::i18n::{Arg, tr_args};
    let label = squeeze(&tr_args(
        locale,
        "report-page",
        &[
            ("page", Arg::from("\u{E000}")),
            ("total", Arg::from("\u{E001}")),
        ],
    ));
    let (before, rest) = label.split_once('\u{E000}').unwrap();
    let (mid, after) = rest.split_once('\u{E001}').unwrap();
    let digits = |s: &str| -> Option<(usize, usize)> {
        let n: String = s.chars().take_while(char::is_ascii_digit).collect();
        Some((n.parse().ok()?, n.len()))
    };
    let mut found = Vec::new();
    for (at, _) in text.match_indices(before) {
        let s = &text[at + before.len()..];
        let Some((n, len)) = digits(s) else { continue };
        let Some(s) = s[len..].strip_prefix(mid) else {
            continue;
        };
        let Some((of, len)) = digits(s) else { continue };
        if s[len..].starts_with(after) {
            found.push((n, of));
        }
    }
    found
}

#[test]
fn each_checklist_form_says_its_own_page_count_and_names_its_department_in_the_header() {
    use ipms_readiness::report::checklist::scopes;
    let f = fixture::full();
    let input = f.input();
    for locale in [Locale::ZhCn, Locale::EnUs] {
        let doc = build_doc(&input, locale, fixture::as_of());
        let forms = scopes(&doc, None);
        let opts = options(locale, ReportKind::Checklist);
        // The PDF's forms: "page 1 of M" starts each, M its length.
        let pdf = render_report_as(&input, &opts, ReportFormat::Pdf).unwrap();
        let lengths: Vec<usize> = pdf_text::pages(&pdf)
            .iter()
            .map(|t| page_labels(locale, &squeeze(t)))
            .filter_map(|l| l.first().copied())
            .filter(|(n, _)| *n == 1)
            .map(|(_, of)| of)
            .collect();
        assert_eq!(lengths.len(), forms.len(), "{locale:?}: PDF forms");
        assert!(lengths.iter().any(|&m| m > 1), "{locale:?}: {lengths:?}");

        let p = parts(&render_report_as(&input, &opts, ReportFormat::Docx).unwrap());
        let body = xml(&p, "word/document.xml");
        let rels = xml(&p, "word/_rels/document.xml.rels");
        let target = |sect: &str, kind: &str| -> String {
            let reference = elements(sect, &format!("w:{kind}Reference"))
                .into_iter()
                .find(|e| attr(e, "w:type") == Some("default"))
                .unwrap_or_else(|| panic!("{locale:?}: a section without its own {kind}"));
            let id = attr(reference, "r:id").unwrap();
            let rel = elements(&rels, "Relationship")
                .into_iter()
                .find(|r| attr(r, "Id") == Some(id))
                .unwrap();
            xml(&p, &format!("word/{}", attr(rel, "Target").unwrap()))
        };
        // Each section's properties, whole.
        let sections: Vec<&str> = body
            .split("<w:sectPr")
            .skip(1)
            .map(|s| s.split("</w:sectPr>").next().unwrap())
            .collect();
        assert_eq!(sections.len(), forms.len(), "{locale:?}");
        for ((sect, form), pages) in sections.iter().zip(&forms).zip(&lengths) {
            let footer_xml = target(sect, "footer");
            assert!(footer_xml.contains("SECTIONPAGES"), "{locale:?}");
            let footer = squeeze(&text_of(&footer_xml));
            assert_eq!(
                page_labels(locale, &footer),
                vec![(1, *pages)],
                "{locale:?}: the footer of {} shows its page count until a field update",
                form.name
            );
            let header = text_of(&target(sect, "header"));
            assert!(
                header.contains(&form.name),
                "{locale:?}: the header of {} names it: {header}",
                form.name
            );
        }
    }
}

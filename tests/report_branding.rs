#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Consultancy branding on the deliverables: name and footer text in the PDF and the DOCX, the
//! chosen fonts in the DOCX styles, the accent colour in both, the logo in the header; and the
//! logo file checks (PNG and JPEG taken and copied into the data folder, bad or huge files
//! refused, nothing copied).

use ipms_readiness::branding::{Branding, BrandingError, import_logo, parse_colour};
use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::report::brand::Brand;
use ipms_readiness::report::draw::{Draw, Rgb, RgbImage, palette};
use ipms_readiness::report::{
    ReportFormat, ReportKind, ReportOptions, ReportSection, build_doc, document, render_report_as,
};

#[path = "docx_xml/mod.rs"]
mod docx_xml;
#[path = "report_fixture/mod.rs"]
mod fixture;
#[path = "pdf_text/mod.rs"]
mod pdf_text;

use docx_xml::{parts, text_of, xml};

const NAME: &str = "华信知识产权咨询有限公司";
const FOOTER: &str = "佛山市顺德区大良街道 · 电话 0757-2888 0000";
const ACCENT: u32 = 0x8E_2A5B;

fn brand() -> Brand {
    Brand {
        name: NAME.into(),
        footer: FOOTER.into(),
        accent: Some(Rgb::hex(ACCENT)),
        latin_font: Some("Georgia".into()),
        east_asian_font: Some("仿宋".into()),
    }
}

fn logo() -> RgbImage {
    RgbImage {
        width: 4,
        height: 2,
        rgb: [0x8E, 0x2A, 0x5B].repeat(8),
    }
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

#[test]
fn name_footer_fonts_and_colour_reach_both_formats_of_every_deliverable() {
    let f = fixture::full();
    let (brand, logo) = (brand(), logo());
    let mut input = f.input();
    input.brand = Some(&brand);
    input.logo = Some(&logo);
    for locale in [Locale::ZhCn, Locale::EnUs] {
        for kind in [
            ReportKind::Diagnosis,
            ReportKind::WorkPlan,
            ReportKind::Checklist,
        ] {
            let opts = options(locale, kind);
            let pdf = render_report_as(&input, &opts, ReportFormat::Pdf).unwrap();
            let pdf_text = squeeze(&pdf_text::pages(&pdf).join(""));
            let docx = parts(&render_report_as(&input, &opts, ReportFormat::Docx).unwrap());
            let words: String = docx
                .keys()
                .filter(|k| {
                    k.starts_with("word/document")
                        || k.starts_with("word/header")
                        || k.starts_with("word/footer")
                })
                .map(|k| text_of(&xml(&docx, k)))
                .collect();
            let words = squeeze(&words);
            for wanted in [NAME, FOOTER] {
                let w = squeeze(wanted);
                assert!(pdf_text.contains(&w), "{locale:?} {kind:?}: PDF lacks {w}");
                assert!(words.contains(&w), "{locale:?} {kind:?}: DOCX lacks {w}");
            }
            let styles = xml(&docx, "word/styles.xml");
            assert!(
                styles.contains("w:eastAsia=\"仿宋\""),
                "{locale:?} {kind:?}"
            );
            assert!(
                styles.contains("w:ascii=\"Georgia\""),
                "{locale:?} {kind:?}"
            );
            assert!(
                styles.contains("8E2A5B"),
                "{locale:?} {kind:?}: accent on headings"
            );
            assert!(
                !styles.contains("1F3A5F"),
                "{locale:?} {kind:?}: the house navy is replaced"
            );
            let header_logo = docx
                .iter()
                .filter(|(k, _)| k.starts_with("word/header"))
                .any(|(_, v)| String::from_utf8_lossy(v).contains("descr=\"华信"));
            assert!(header_logo, "{locale:?} {kind:?}: the logo in the header");
        }
    }
}

#[test]
fn the_accent_replaces_the_house_colours_on_pdf_pages() {
    let f = fixture::full();
    let brand = brand();
    let mut input = f.input();
    input.brand = Some(&brand);
    let doc = build_doc(&input, Locale::ZhCn, fixture::as_of());
    let d = document(&doc, ReportKind::Diagnosis, ReportSection::ALL, None);
    let mut laid = ipms_readiness::report::flow::layout_document(&d).unwrap();
    brand.recolor(&mut laid.pages);
    let colours: Vec<Rgb> = laid
        .pages
        .iter()
        .flat_map(|p| &p.draws)
        .filter_map(|d| match d {
            Draw::Text { color, .. } => Some(*color),
            Draw::Rect { fill, .. } => *fill,
            _ => None,
        })
        .collect();
    assert!(colours.contains(&Rgb::hex(ACCENT)));
    assert!(!colours.contains(&palette::PRIMARY));
    assert!(!colours.contains(&palette::HEADER_FILL));
}

#[test]
fn colours_are_checked() {
    assert_eq!(parse_colour("").unwrap(), None);
    assert_eq!(parse_colour("#8e2a5b").unwrap(), Some(Rgb::hex(ACCENT)));
    assert_eq!(parse_colour("8E2A5B").unwrap(), Some(Rgb::hex(ACCENT)));
    for bad in ["#8E2A5", "#8E2A5G", "red", "#8E2A5B0", "＃8E2A5B"] {
        assert!(
            matches!(parse_colour(bad), Err(BrandingError::Colour { .. })),
            "{bad}"
        );
    }
    let b = Branding {
        accent: " #8e2a5b ".into(),
        consultancy: " 华信 ".into(),
        ..Branding::default()
    };
    let c = b.checked().unwrap();
    assert_eq!(
        (c.accent.as_str(), c.consultancy.as_str()),
        ("#8E2A5B", "华信")
    );
    let long = Branding {
        footer: "长".repeat(121),
        ..Branding::default()
    };
    assert!(matches!(long.checked(), Err(BrandingError::TooLong { .. })));
    let font = Branding {
        latin_font: "Times\"/>".into(),
        ..Branding::default()
    };
    assert!(matches!(font.checked(), Err(BrandingError::Font { .. })));
}

/// A PNG of `w`×`h` grey pixels.
fn png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().unwrap();
    writer
        .write_image_data(&[0x80u8, 0x80, 0x80, 0xFF].repeat((w * h) as usize))
        .unwrap();
    writer.finish().unwrap();
    out
}

#[test]
fn logos_are_checked_and_copied_into_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::portable(&dir.path().join("数据 文件夹"));
    let pick = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let stored = paths.data_dir.join("branding");

    // Refused: not an image, too many bytes, too many pixels, a folder, a missing file.
    let text = pick("logo.png", b"not a picture at all");
    assert!(matches!(
        import_logo(&paths, &text),
        Err(BrandingError::LogoNotImage { .. })
    ));
    let mut big = png(8, 8);
    big.resize(3 * 1024 * 1024, 0);
    let big = pick("big.png", &big);
    assert!(matches!(
        import_logo(&paths, &big),
        Err(BrandingError::LogoTooBig { .. })
    ));
    let wide = pick("wide.png", &png(5000, 1));
    assert!(matches!(
        import_logo(&paths, &wide),
        Err(BrandingError::LogoTooLarge { width: 5000, .. })
    ));
    assert!(import_logo(&paths, dir.path()).is_err());
    assert!(import_logo(&paths, &dir.path().join("missing.png")).is_err());
    assert!(!stored.exists(), "nothing copied for a refused file");

    // Taken: a PNG, then a JPEG; each copied, read back as pixels.
    let good = pick("标志.png", &png(40, 20));
    let name = import_logo(&paths, &good).unwrap();
    let b = Branding {
        logo: Some(name),
        ..Branding::default()
    };
    let logo = b.load_logo(&paths).unwrap().unwrap();
    assert_eq!((logo.width, logo.height), (40, 20));
    assert!(b.logo_path(&paths).unwrap().starts_with(&stored));

    let jpeg = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/branding/logo-12x8.jpg");
    let name = import_logo(&paths, &jpeg).unwrap();
    let b = Branding {
        logo: Some(name),
        ..Branding::default()
    };
    let logo = b.load_logo(&paths).unwrap().unwrap();
    assert_eq!((logo.width, logo.height), (12, 8));
    assert!(logo.is_valid());

    // A stored logo that has gone is an error, not a report without it.
    std::fs::remove_file(b.logo_path(&paths).unwrap()).unwrap();
    assert!(matches!(
        b.load_logo(&paths),
        Err(BrandingError::LogoUnreadable { .. })
    ));
}

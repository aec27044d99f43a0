//! Format-neutral blocks: what the report sections produce and both renderers consume. The
//! PDF renderer (`flow.rs`) lays the blocks out on pages; the DOCX renderer (`docx/`) turns
//! them into Word paragraphs, tables and images. Every string is already translated.
//!
//! A few variants only steer page layout (`Space`, `EnsureRoom`, `KeepTogether`): the PDF
//! flows by them, Word paginates by itself and its styles carry the spacing.

use super::chart::{BarChart, Gantt, SignatureBox};
use super::draw::Rgb;
use super::layout::TextStyle;
use super::table::Table;
use crate::locale::Locale;

/// A stretch of text in one look.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    /// `None`: the paragraph's colour.
    pub color: Option<Rgb>,
}

impl Run {
    pub fn new(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            bold: false,
            color: None,
        }
    }
}

/// A paragraph: runs in a base style, indented by `indent` mm.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub runs: Vec<Run>,
    pub style: TextStyle,
    pub indent: f32,
}

impl Paragraph {
    /// All runs' text, as one string.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// What a chart shows.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartKind {
    Bars(BarChart),
    Gantt(Gantt),
}

/// A chart with the alternative text a screen reader (and the DOCX image) carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub kind: ChartKind,
    pub alt: String,
}

/// One key figure: the value, its caption and its colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Stat {
    pub value: String,
    pub caption: String,
    pub color: Rgb,
}

/// The cover page of the diagnosis report, every text resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    /// "GB/T 29490-2023".
    pub code: String,
    pub title: String,
    pub edition: String,
    pub client: String,
    pub score_caption: String,
    pub score: String,
    pub score_color: Rgb,
    pub progress: String,
    pub verdict: String,
    pub verdict_color: Rgb,
    pub earliest: String,
    pub legacy_notice: Option<String>,
    /// The details table at the foot of the cover.
    pub rows: Vec<(String, String)>,
    pub foot: String,
}

/// One labelled field of a form ("审核员：" and what is filled in, maybe nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub label: String,
    pub value: String,
    /// Share of the content width.
    pub share: f32,
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The cover page (the diagnosis report's first page, without header and footer).
    Cover(Cover),
    /// The table of contents, on a page of its own.
    Toc {
        title: String,
    },
    /// A numbered heading, level 1–3; `keep` mm of what follows stay on its page (PDF).
    Heading {
        level: u8,
        text: String,
        keep: f32,
    },
    /// A document title centred above a form.
    Title(String),
    Paragraph(Paragraph),
    Table(Table),
    /// Label–value pairs in two columns.
    KeyValue(Vec<(String, String)>),
    Chart(Chart),
    /// A strip of key figures.
    Stats(Vec<Stat>),
    /// Signature and stamp boxes side by side.
    Signatures(Vec<SignatureBox>),
    /// Form fields with lines to write on, in one row.
    Fields(Vec<Field>),
    /// A form's sign-off: a note, then labelled lines to sign on.
    SignOff {
        note: String,
        fields: Vec<Field>,
    },
    /// A part starting on a new page with its own page numbers and its name in the header
    /// (one checklist form per department).
    Part(String),
    PageBreak,
    /// Vertical space in mm (PDF).
    Space(f32),
    /// Start a new page unless `mm` fit below (PDF).
    EnsureRoom(f32),
    /// Blocks kept on one page with the heading before them and the block after them (PDF).
    KeepTogether(Vec<Block>),
}

/// A whole printable: its blocks plus what the page furniture and metadata say.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub locale: Locale,
    pub landscape: bool,
    pub header_left: String,
    pub header_right: String,
    pub footer_left: String,
    /// A logo (image 0 for the cover).
    pub logo: Option<super::doc::Logo>,
    pub meta: super::pdf::Meta,
    /// The consultancy's branding (colours and fonts; `Brand::apply` sets header and footer).
    pub brand: super::brand::Brand,
    pub blocks: Vec<Block>,
}

impl Document {
    /// Every block, with the contents of `KeepTogether` in order.
    pub fn flat(&self) -> Vec<&Block> {
        fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a Block>) {
            for b in blocks {
                match b {
                    Block::KeepTogether(inner) => walk(inner, out),
                    other => out.push(other),
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.blocks, &mut out);
        out
    }
}

/// Collects blocks; its methods mirror the layout's so a section reads like a page.
#[derive(Debug, Default)]
pub struct Blocks {
    pub blocks: Vec<Block>,
}

impl Blocks {
    pub fn push(&mut self, b: Block) {
        self.blocks.push(b);
    }

    pub fn heading(&mut self, level: u8, text: &str, keep: f32) {
        self.push(Block::Heading {
            level,
            text: text.to_string(),
            keep,
        });
    }

    pub fn paragraph(&mut self, text: &str, style: &TextStyle) {
        self.paragraph_indented(text, style, 0.0);
    }

    pub fn paragraph_indented(&mut self, text: &str, style: &TextStyle, indent: f32) {
        self.push(Block::Paragraph(Paragraph {
            runs: vec![Run::new(text)],
            style: *style,
            indent,
        }));
    }

    pub fn table(&mut self, t: Table) {
        self.push(Block::Table(t));
    }

    pub fn space(&mut self, mm: f32) {
        self.push(Block::Space(mm));
    }

    pub fn ensure_room(&mut self, mm: f32) {
        self.push(Block::EnsureRoom(mm));
    }

    pub fn chart(&mut self, kind: ChartKind, alt: String) {
        self.push(Block::Chart(Chart { kind, alt }));
    }

    /// Blocks that stay with the heading before them and the block after them.
    pub fn keep_with_next(&mut self, inner: impl FnOnce(&mut Blocks)) {
        let mut b = Blocks::default();
        inner(&mut b);
        self.push(Block::KeepTogether(b.blocks));
    }
}

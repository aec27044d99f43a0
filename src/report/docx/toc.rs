//! The table of contents, written out: one entry per heading with a dot leader and its page
//! as a PAGEREF field pointing at a bookmark on the heading, all inside a TOC field. Word and
//! LibreOffice show it as it is, without a field update; "update field" rebuilds it from the
//! headings. The page numbers written in are those of the PDF layout of the same blocks
//! (same page size and margins); Word and LibreOffice put their own in when they update.

use super::{Ctx, twips};
use crate::report::ReportError;
use crate::report::blocks::{Block, Document};
use docx_rs::{
    FieldCharType, InstrPAGEREF, InstrText, InstrToC, Paragraph, Run, Tab, TabLeaderType,
    TabValueType,
};

/// The bookmark name of the `n`-th heading (from 0), as Word names its own ("_Toc…").
pub fn bookmark(n: usize) -> String {
    format!("_Toc{:09}", n + 1)
}

/// The page (from 1) each heading of `d` falls on in the PDF layout, in document order.
pub fn heading_pages(d: &Document) -> Result<Vec<usize>, ReportError> {
    let laid = crate::report::flow::layout_document(d)?;
    Ok(laid.bookmarks.iter().map(|b| b.page + 1).collect())
}

fn field(t: FieldCharType) -> Run {
    Run::new().add_field_char(t, false)
}

/// The entries of the contents: every heading of `d` with its page.
pub fn entries(cx: &Ctx<'_>, d: &Document, pages: &[usize]) -> Vec<Paragraph> {
    let heads: Vec<(u8, &str)> = d
        .flat()
        .into_iter()
        .filter_map(|b| match b {
            Block::Heading { level, text, .. } => Some(((*level).clamp(1, 3), text.as_str())),
            _ => None,
        })
        .collect();
    let last = heads.len().saturating_sub(1);
    let leader = Tab::new()
        .val(TabValueType::Right)
        .leader(TabLeaderType::Dot)
        .pos(twips(cx.width));
    heads
        .iter()
        .enumerate()
        .map(|(i, (level, text))| {
            let mut p = Paragraph::new()
                .style(&format!("TOC{level}"))
                .add_tab(leader.clone());
            if i == 0 {
                let toc = InstrToC::new()
                    .heading_styles_range(1, 3)
                    .hyperlink()
                    .use_applied_paragraph_line_level();
                p = p
                    .add_run(field(FieldCharType::Begin))
                    .add_run(Run::new().add_instr_text(InstrText::TOC(toc)))
                    .add_run(field(FieldCharType::Separate));
            }
            let page = pages.get(i).map_or_else(String::new, ToString::to_string);
            let target = InstrPAGEREF::new(bookmark(i)).hyperlink();
            p = p
                .add_run(cx.run(&text.replace('\n', " "), &cx.fonts.east_asia))
                .add_run(Run::new().add_tab())
                .add_run(field(FieldCharType::Begin))
                .add_run(Run::new().add_instr_text(InstrText::PAGEREF(target)))
                .add_run(field(FieldCharType::Separate))
                .add_run(Run::new().add_text(page))
                .add_run(field(FieldCharType::End));
            if i == last {
                p = p.add_run(field(FieldCharType::End));
            }
            p
        })
        .collect()
}

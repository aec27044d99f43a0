//! A4 page layout: a cursor that flows blocks down the page and starts new pages when a
//! block does not fit. The output is a list of plain drawing commands per page (positions in
//! millimetres from the top-left corner), which `pdf.rs` turns into PDF operators — so the
//! layout can be tested for overflow and overlap without reading a PDF.
//!
//! Tables live in `table.rs`; charts, the Gantt chart and signature boxes in `chart.rs`.

pub use super::draw::{
    Bookmark, Draw, Geometry, Page, Rgb, RgbImage, Stroke, check_pages, palette,
};
use super::font::{Font, MM_PER_PT};
use super::wrap::wrap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Font size in points.
    pub size: f32,
    pub color: Rgb,
    pub bold: bool,
    pub align: Align,
    /// Line height as a multiple of the font size.
    pub leading: f32,
}

impl TextStyle {
    pub const BODY: TextStyle = TextStyle {
        size: 10.0,
        color: palette::INK,
        bold: false,
        align: Align::Left,
        leading: 1.6,
    };
    pub const SMALL: TextStyle = TextStyle {
        size: 8.5,
        color: palette::MUTED,
        bold: false,
        align: Align::Left,
        leading: 1.45,
    };

    pub const fn sized(self, size: f32) -> TextStyle {
        TextStyle { size, ..self }
    }
    pub const fn colored(self, color: Rgb) -> TextStyle {
        TextStyle { color, ..self }
    }
    pub const fn bold(self) -> TextStyle {
        TextStyle { bold: true, ..self }
    }
    pub const fn aligned(self, align: Align) -> TextStyle {
        TextStyle { align, ..self }
    }

    /// Height of one line in mm.
    pub fn line_height(&self) -> f32 {
        self.size * self.leading * MM_PER_PT
    }

    /// Distance from the top of a line box to the baseline, centring the glyphs in the box.
    pub fn baseline_offset(&self) -> f32 {
        let em = self.size * MM_PER_PT;
        (self.line_height() - em) / 2.0 + 0.88 * em
    }
}

/// The running header and footer printed on every page with `chrome`.
pub struct Chrome<'a> {
    pub header_left: String,
    pub header_right: String,
    pub footer_left: String,
    /// "第 1 页 / 共 9 页" from (page, total), both 1-based.
    pub page_label: &'a dyn Fn(usize, usize) -> String,
}

/// Headings (and what is kept with them) waiting for the next block: if that block starts a
/// new page before anything else follows them, they move along (keep-with-next).
#[derive(Debug, Clone, Copy)]
struct Kept {
    page: usize,
    /// Index of the first kept drawing command on `page`.
    start: usize,
    /// Drawing commands up to here are kept; anything after them is the next block.
    end: usize,
    /// The cursor where the kept run starts.
    y: f32,
    /// Index of the first bookmark in the kept run.
    bookmarks: usize,
}

/// The flowing cursor. Blocks are added top to bottom; `finish` adds header and footer.
pub struct Layout<'f> {
    pub(crate) font: &'f Font,
    pub(crate) geo: Geometry,
    pages: Vec<Page>,
    pub(crate) y: f32,
    bookmarks: Vec<Bookmark>,
    kept: Option<Kept>,
    /// Inside `keep_with_next`: everything drawn joins the kept run.
    holding: u32,
    /// Parts numbered on their own (first page, name), e.g. one checklist form per department.
    groups: Vec<(usize, String)>,
}

impl<'f> Layout<'f> {
    /// A layout on A4 with one empty page.
    pub fn new(font: &'f Font) -> Self {
        Self::with_geometry(font, Geometry::A4)
    }

    pub fn with_geometry(font: &'f Font, geo: Geometry) -> Self {
        Layout {
            font,
            geo,
            pages: vec![Page {
                draws: Vec::new(),
                chrome: true,
            }],
            y: geo.top,
            bookmarks: Vec::new(),
            kept: None,
            holding: 0,
            groups: Vec::new(),
        }
    }

    pub fn font(&self) -> &'f Font {
        self.font
    }

    pub fn geometry(&self) -> Geometry {
        self.geo
    }

    /// The cursor: the top of the next block, in mm from the top of the page.
    pub fn y(&self) -> f32 {
        self.y
    }

    /// Moves the cursor down (never past the body bottom).
    pub fn set_y(&mut self, y: f32) {
        self.y = y.min(self.geo.body_bottom());
    }

    /// 0-based index of the current page.
    pub fn page_index(&self) -> usize {
        self.pages.len() - 1
    }

    /// Space left on the current page, in mm.
    pub fn remaining(&self) -> f32 {
        self.geo.body_bottom() - self.y
    }

    /// Whether the cursor is at the top of an empty page.
    pub fn at_page_top(&self) -> bool {
        self.current().draws.is_empty() && (self.y - self.geo.top).abs() < 0.01
    }

    /// Starts a new page with header and footer.
    pub fn new_page(&mut self) {
        self.kept = None;
        self.push_page();
    }

    fn push_page(&mut self) {
        self.pages.push(Page {
            draws: Vec::new(),
            chrome: true,
        });
        self.y = self.geo.top;
    }

    /// Starts a new page unless the current one is still empty.
    pub fn page_break(&mut self) {
        if !self.at_page_top() {
            self.new_page();
        }
    }

    /// Leaves the current page without running header and footer (a cover page).
    pub fn without_chrome(&mut self) {
        if let Some(p) = self.pages.last_mut() {
            p.chrome = false;
        }
    }

    /// Starts a part on the current page with its own page numbers ("page 1 of 3" within the
    /// part) and its name in the running header.
    pub fn start_group(&mut self, name: &str) {
        let page = self.page_index();
        self.groups.retain(|(p, _)| *p != page);
        self.groups.push((page, name.to_string()));
    }

    /// The page count of each part, in order (empty when the document has no parts).
    pub fn part_pages(&self) -> Vec<usize> {
        (0..self.groups.len())
            .map(|i| {
                let end = self.groups.get(i + 1).map_or(self.pages.len(), |(p, _)| *p);
                end - self.groups[i].0
            })
            .collect()
    }

    /// The part a page belongs to: its name, the page's number in it and its page count.
    fn group_of(&self, page: usize) -> Option<(&str, usize, usize)> {
        let i = self.groups.iter().rposition(|(p, _)| *p <= page)?;
        let start = self.groups[i].0;
        let end = self.groups.get(i + 1).map_or(self.pages.len(), |(p, _)| *p);
        Some((self.groups[i].1.as_str(), page - start + 1, end - start))
    }

    /// Makes sure `height` mm fit below the cursor, starting a new page if not.
    /// Returns whether a new page was started.
    ///
    /// A heading just placed with nothing after it yet moves to the new page too, so a heading
    /// is never left alone at the foot of a page.
    pub fn ensure_room(&mut self, height: f32) -> bool {
        let page = self.page_index();
        let drawn = self.current().draws.len();
        if self
            .kept
            .is_some_and(|k| self.holding == 0 && (k.page != page || drawn > k.end))
        {
            // Something already follows the heading on its page.
            self.kept = None;
        }
        if self.y + height <= self.geo.body_bottom() + 0.01 || self.at_page_top() {
            return false;
        }
        // Moving a run that already starts at the top of a page would gain nothing.
        let carry = self.kept.take().filter(|k| k.y > self.geo.top + 0.01);
        let y = self.y;
        self.push_page();
        if let Some(k) = carry {
            let dy = self.geo.top - k.y;
            let moved: Vec<Draw> = self.pages[page]
                .draws
                .drain(k.start..)
                .map(|d| d.shifted(dy))
                .collect();
            let new = self.page_index();
            for b in &mut self.bookmarks[k.bookmarks..] {
                b.page = new;
            }
            self.kept = Some(Kept {
                page: new,
                start: 0,
                end: moved.len(),
                y: self.geo.top,
                bookmarks: k.bookmarks,
            });
            self.pages[new].draws = moved;
            self.y = y + dy;
        }
        true
    }

    /// Lays out `blocks` (e.g. a chart's introduction) so that they stay on one page with
    /// the heading before them and the block after them.
    pub fn keep_with_next(&mut self, blocks: impl FnOnce(&mut Self)) {
        if self.kept.is_none() {
            self.kept = Some(self.mark());
        }
        self.holding += 1;
        blocks(self);
        self.holding -= 1;
        self.extend_kept();
    }

    fn mark(&self) -> Kept {
        let drawn = self.current().draws.len();
        Kept {
            page: self.page_index(),
            start: drawn,
            end: drawn,
            y: self.y,
            bookmarks: self.bookmarks.len(),
        }
    }

    /// Everything drawn so far on this page joins the kept run.
    fn extend_kept(&mut self) {
        let page = self.page_index();
        let drawn = self.current().draws.len();
        match &mut self.kept {
            Some(k) if k.page == page => k.end = drawn,
            _ => self.kept = None,
        }
    }

    fn current(&self) -> &Page {
        &self.pages[self.pages.len() - 1]
    }

    /// The outline so far.
    pub fn bookmarks(&self) -> &[Bookmark] {
        &self.bookmarks
    }

    /// Adds a drawing command to an earlier page (e.g. a table of contents filled in last).
    pub fn push_to(&mut self, page: usize, draw: Draw) {
        if let Some(p) = self.pages.get_mut(page) {
            p.draws.push(draw);
        }
    }

    /// Adds a drawing command to the current page.
    pub fn push(&mut self, draw: Draw) {
        let last = self.pages.len() - 1;
        self.pages[last].draws.push(draw);
    }

    /// Vertical space; at most to the bottom of the page.
    pub fn space(&mut self, mm: f32) {
        self.set_y(self.y + mm);
    }

    /// Draws one pre-wrapped line in a box `width` wide starting at `x`, with its line box
    /// top at `top`.
    pub fn line_at(&mut self, x: f32, top: f32, width: f32, text: &str, style: &TextStyle) {
        if let Some(d) = self.line_draw(x, top, width, text, style) {
            self.push(d);
        }
    }

    /// The drawing command `line_at` would add (`None` for empty text).
    pub fn line_draw(
        &self,
        x: f32,
        top: f32,
        width: f32,
        text: &str,
        style: &TextStyle,
    ) -> Option<Draw> {
        if text.is_empty() {
            return None;
        }
        let w = self.font.width(text, style.size);
        let dx = match style.align {
            Align::Left => 0.0,
            Align::Center => ((width - w) / 2.0).max(0.0),
            Align::Right => (width - w).max(0.0),
        };
        Some(Draw::Text {
            x: x + dx,
            baseline: top + style.baseline_offset(),
            size: style.size,
            color: style.color,
            bold: style.bold,
            text: text.to_string(),
        })
    }

    /// Wraps and draws text in a fixed box without page breaks (covers, chart labels);
    /// returns the height used.
    pub fn text_at(&mut self, x: f32, top: f32, width: f32, text: &str, style: &TextStyle) -> f32 {
        let lines = wrap(self.font, text, style.size, width);
        let lh = style.line_height();
        for (i, line) in lines.iter().enumerate() {
            self.line_at(x, top + lh * i as f32, width, line, style);
        }
        lh * lines.len() as f32
    }

    /// A flowing paragraph across the content width, indented by `indent` mm; breaks across
    /// pages line by line.
    pub fn paragraph_indented(&mut self, text: &str, style: &TextStyle, indent: f32) {
        let width = self.geo.content_width() - indent;
        let lh = style.line_height();
        let lines = wrap(self.font, text, style.size, width);
        let n = lines.len();
        // Short paragraphs stay together; longer ones never leave a single line behind
        // at the foot of a page or alone at the top of the next.
        if n <= 4 {
            self.ensure_room(lh * n as f32);
        } else {
            self.ensure_room(lh * 2.0);
        }
        for (i, line) in lines.into_iter().enumerate() {
            if n > 4 && i + 2 == n && self.remaining() < lh * 2.0 {
                self.new_page();
            }
            self.ensure_room(lh);
            let (x, y) = (self.geo.left + indent, self.y);
            self.line_at(x, y, width, &line, style);
            self.y += lh;
        }
    }

    pub fn paragraph(&mut self, text: &str, style: &TextStyle) {
        self.paragraph_indented(text, style, 0.0);
    }

    /// A bulleted paragraph: the bullet hangs in the margin of the indented text.
    pub fn bullet(&mut self, text: &str, style: &TextStyle) {
        self.ensure_room(style.line_height());
        let (x, y) = (self.geo.left + 2.0, self.y);
        self.line_at(x, y, 4.0, "•", style);
        self.paragraph_indented(text, style, 6.0);
    }

    /// A heading, bookmarked in the PDF outline. Level 1 is a section with a rule, level 2
    /// a subsection. Keeps at least `keep` mm of the following block on the same page.
    pub fn heading(&mut self, level: u8, text: &str, keep: f32) {
        let style = if level <= 1 {
            TextStyle::BODY.sized(15.0).colored(palette::PRIMARY).bold()
        } else {
            TextStyle::BODY.sized(11.5).colored(palette::PRIMARY).bold()
        };
        let before = if level <= 1 { 7.0 } else { 4.0 };
        let lines = wrap(self.font, text, style.size, self.geo.content_width());
        let height = before + style.line_height() * lines.len() as f32 + 3.0;
        self.ensure_room(height + keep);
        if !self.at_page_top() {
            self.space(before);
        }
        // A heading right after another one joins its run; otherwise it starts one.
        let page = self.page_index();
        let drawn = self.current().draws.len();
        if !self.kept.is_some_and(|k| k.page == page && k.end == drawn) {
            self.kept = Some(self.mark());
        }
        self.bookmarks.push(Bookmark {
            title: self.font.sanitize(text).replace('\n', " "),
            page: self.page_index(),
            level,
        });
        if level <= 1 {
            let (x, y) = (self.geo.left, self.y + 1.0);
            self.push(Draw::Rect {
                x,
                y,
                w: 1.6,
                h: style.line_height() * lines.len() as f32 - 2.0,
                fill: Some(palette::ACCENT),
                stroke: None,
            });
        }
        let x = if level <= 1 {
            self.geo.left + 4.0
        } else {
            self.geo.left
        };
        let width = self.geo.content_width();
        for line in &lines {
            let y = self.y;
            self.line_at(x, y, width, line, &style);
            self.y += style.line_height();
        }
        if level <= 1 {
            let (x, y, w) = (self.geo.left, self.y + 0.8, self.geo.content_width());
            self.push(Draw::Line {
                from: (x, y),
                to: (x + w, y),
                stroke: Stroke::solid(palette::RULE, 0.6),
            });
        }
        self.space(3.0);
        self.extend_kept();
    }

    /// Adds the running header and footer and returns the pages and the outline.
    pub fn finish(mut self, chrome: &Chrome<'_>) -> (Vec<Page>, Vec<Bookmark>) {
        let total = self.pages.len();
        let geo = self.geo;
        let font = self.font;
        let small = TextStyle::SMALL.sized(8.0);
        let half = geo.content_width() / 2.0 - 2.0;
        let header_right = fit(self.font, &chrome.header_right, small.size, half);
        let numbering: Vec<(String, usize, usize)> = (0..total)
            .map(|i| match self.group_of(i) {
                Some((name, n, of)) => (format!("{} — {name}", chrome.header_left), n, of),
                None => (chrome.header_left.clone(), i + 1, total),
            })
            .collect();
        for (page, (left, n, of)) in self.pages.iter_mut().zip(numbering) {
            if !page.chrome {
                continue;
            }
            let header_left = fit(font, &left, small.size, half);
            let header_base = geo.top - 9.0;
            let footer_base = geo.height - geo.bottom + 11.0;
            let label = fit(font, &(chrome.page_label)(n, of), small.size, half);
            // The footer text takes what the page label leaves.
            let room = geo.content_width() - font.width(&label, small.size) - 6.0;
            let footer_left = fit(font, &chrome.footer_left, small.size, room);
            let right_x = |t: &str| geo.width - geo.right - font.width(t, small.size);
            let mut text = |x: f32, baseline: f32, t: &str| {
                if !t.is_empty() {
                    page.draws.push(Draw::Text {
                        x,
                        baseline,
                        size: small.size,
                        color: small.color,
                        bold: false,
                        text: t.to_string(),
                    });
                }
            };
            text(geo.left, header_base, &header_left);
            text(right_x(&header_right), header_base, &header_right);
            text(geo.left, footer_base, &footer_left);
            text(right_x(&label), footer_base, &label);
            for y in [header_base + 2.2, footer_base - 4.2] {
                page.draws.push(Draw::Line {
                    from: (geo.left, y),
                    to: (geo.width - geo.right, y),
                    stroke: Stroke::solid(palette::RULE, 0.5),
                });
            }
        }
        (self.pages, self.bookmarks)
    }
}

/// `text` shortened with "…" so it fits in `width` mm on one line.
pub fn fit(font: &Font, text: &str, size: f32, width: f32) -> String {
    let clean = font.sanitize(text).replace('\n', " ");
    if font.width(&clean, size) <= width {
        return clean;
    }
    let budget = width - font.width("…", size);
    let mut out = String::new();
    let mut used = 0.0;
    for c in clean.chars() {
        let w = font.char_em(c) * size * MM_PER_PT;
        if used + w > budget {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

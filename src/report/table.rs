//! Tables that flow across pages: column widths by weight, wrapped cells, header rows repeated
//! on every page, and rows taller than a page split between pages line by line.

use super::layout::{Align, Draw, Layout, Rgb, Stroke, TextStyle, palette};
use super::wrap::wrap;

/// A column: its header text, relative width and alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    pub weight: f32,
    pub align: Align,
}

impl Column {
    pub fn new(title: impl Into<String>, weight: f32) -> Column {
        Column {
            title: title.into(),
            weight,
            align: Align::Left,
        }
    }
    pub fn centered(self) -> Column {
        Column {
            align: Align::Center,
            ..self
        }
    }
    pub fn right(self) -> Column {
        Column {
            align: Align::Right,
            ..self
        }
    }
}

/// One cell's text, optionally coloured or bold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub text: String,
    pub color: Option<Rgb>,
    pub bold: bool,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
    pub fn colored(self, color: Rgb) -> Cell {
        Cell {
            color: Some(color),
            ..self
        }
    }
    pub fn bold(self) -> Cell {
        Cell { bold: true, ..self }
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::new(s)
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::new(s)
    }
}

/// A row of cells, or a band: one bold cell across the whole table (a group title).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub band: bool,
    pub fill: Option<Rgb>,
}

impl Row {
    pub fn new(cells: Vec<Cell>) -> Row {
        Row {
            cells,
            band: false,
            fill: None,
        }
    }
    pub fn band(text: impl Into<String>) -> Row {
        Row {
            cells: vec![Cell::new(text).bold()],
            band: true,
            fill: None,
        }
    }

    /// The row's background, the same in every renderer: its own fill, else the band colour,
    /// else the zebra stripe of odd rows when the table has one.
    pub fn background(&self, zebra: bool, index: usize) -> Option<Rgb> {
        self.fill.or(if self.band {
            Some(palette::BAND_FILL)
        } else if zebra && index % 2 == 1 {
            Some(palette::ZEBRA)
        } else {
            None
        })
    }
}

/// A table description; `Layout::table` draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub style: TextStyle,
    /// Print the header row (repeated on every page the table spans).
    pub header: bool,
    /// Full cell borders (a form) instead of horizontal rules.
    pub grid: bool,
    /// Alternate row shading.
    pub zebra: bool,
    /// Minimum row height in mm (room to write in a blank form).
    pub min_row_height: f32,
    /// Shading of the first column (label column of a key-value table).
    pub label_fill: Option<Rgb>,
    /// Room in mm the block after the table needs: the last row moves to a new page with it
    /// rather than leave that block alone there (e.g. a form's sign-off).
    pub keep_tail: f32,
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            columns,
            rows: Vec::new(),
            style: TextStyle::BODY.sized(9.0).aligned(Align::Left),
            header: true,
            grid: false,
            zebra: true,
            min_row_height: 0.0,
            label_fill: None,
            keep_tail: 0.0,
        }
    }

    /// Two columns, labels left and shaded, values right; no header row.
    pub fn key_value(rows: &[(String, String)]) -> Table {
        let mut t = Table::new(vec![Column::new("", 0.28), Column::new("", 0.72)]);
        t.header = false;
        t.grid = true;
        t.zebra = false;
        t.label_fill = Some(palette::BAND_FILL);
        t.style = TextStyle::BODY.sized(9.5);
        t.rows = rows
            .iter()
            .map(|(k, v)| {
                Row::new(vec![
                    Cell::new(k.clone()).colored(palette::MUTED),
                    Cell::new(v.clone()),
                ])
            })
            .collect();
        t
    }

    pub fn push(&mut self, cells: Vec<Cell>) {
        self.rows.push(Row::new(cells));
    }
}

const PAD_X: f32 = 1.8;
const PAD_Y: f32 = 1.2;

struct Grid {
    xs: Vec<f32>,
    widths: Vec<f32>,
    full: f32,
    left: f32,
}

impl Layout<'_> {
    /// Draws a table at the cursor, breaking across pages.
    pub fn table(&mut self, t: &Table) {
        if t.columns.is_empty() {
            return;
        }
        let full = self.geo.content_width();
        let total: f32 = t.columns.iter().map(|c| c.weight.max(0.01)).sum();
        let widths: Vec<f32> = t
            .columns
            .iter()
            .map(|c| full * c.weight.max(0.01) / total)
            .collect();
        let mut xs = Vec::with_capacity(widths.len());
        let mut x = self.geo.left;
        for w in &widths {
            xs.push(x);
            x += w;
        }
        let grid = Grid {
            xs,
            widths,
            full,
            left: self.geo.left,
        };
        let lh = t.style.line_height();
        let head_style = t.style.colored(palette::PRIMARY).bold();
        let head: Vec<Vec<String>> = t
            .columns
            .iter()
            .zip(&grid.widths)
            .map(|(c, w)| wrap(self.font, &c.title, head_style.size, w - 2.0 * PAD_X))
            .collect();
        let head_h = if t.header {
            head.iter().map(Vec::len).max().unwrap_or(1) as f32 * lh + 2.0 * PAD_Y
        } else {
            0.0
        };
        let first = t.rows.first().map_or(0.0, |r| {
            self.cell_lines(t, &grid, r)
                .iter()
                .map(Vec::len)
                .max()
                .unwrap_or(1)
                .min(3) as f32
                * lh
                + 2.0 * PAD_Y
        });
        let single = if t.rows.len() == 1 { t.keep_tail } else { 0.0 };
        self.ensure_room(head_h + first.max(t.min_row_height) + single);
        self.table_header(t, &grid, &head, head_h);
        let capacity = self.geo.body_bottom() - self.geo.top - head_h;
        for (i, row) in t.rows.iter().enumerate() {
            let lines = self.cell_lines(t, &grid, row);
            let n = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let h = (n as f32 * lh + 2.0 * PAD_Y).max(t.min_row_height);
            let tail = if i + 1 == t.rows.len() {
                t.keep_tail
            } else {
                0.0
            };
            if self.y + h + tail > self.geo.body_bottom() + 0.01 && h + tail <= capacity {
                self.new_page();
                self.table_header(t, &grid, &head, head_h);
            }
            if self.y + h <= self.geo.body_bottom() + 0.01 {
                self.table_row(t, &grid, i, row, &lines, 0..n, h);
                continue;
            }
            // Taller than a page: split line by line, repeating the header.
            let mut from = 0;
            let mut fresh = false;
            while from < n {
                let avail = ((self.geo.body_bottom() - self.y - 2.0 * PAD_Y) / lh).floor();
                if avail < 2.0 && !fresh {
                    self.new_page();
                    self.table_header(t, &grid, &head, head_h);
                    fresh = true;
                    continue;
                }
                fresh = false;
                let take = (avail.max(1.0) as usize).min(n - from);
                let part_h = take as f32 * lh + 2.0 * PAD_Y;
                self.table_row(t, &grid, i, row, &lines, from..from + take, part_h);
                from += take;
            }
        }
        self.space(2.0);
    }

    fn cell_lines(&self, t: &Table, grid: &Grid, row: &Row) -> Vec<Vec<String>> {
        if row.band {
            let text = row.cells.first().map_or("", |c| c.text.as_str());
            return vec![wrap(self.font, text, t.style.size, grid.full - 2.0 * PAD_X)];
        }
        grid.widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let text = row.cells.get(i).map_or("", |c| c.text.as_str());
                wrap(self.font, text, t.style.size, w - 2.0 * PAD_X)
            })
            .collect()
    }

    fn table_header(&mut self, t: &Table, grid: &Grid, head: &[Vec<String>], h: f32) {
        if !t.header {
            return;
        }
        let y = self.y;
        let style = t.style.colored(palette::PRIMARY).bold();
        self.push(Draw::Rect {
            x: grid.left,
            y,
            w: grid.full,
            h,
            fill: Some(palette::HEADER_FILL),
            stroke: None,
        });
        for (i, lines) in head.iter().enumerate() {
            let st = style.aligned(t.columns[i].align);
            for (k, line) in lines.iter().enumerate() {
                let top = y + PAD_Y + k as f32 * t.style.line_height();
                self.line_at(
                    grid.xs[i] + PAD_X,
                    top,
                    grid.widths[i] - 2.0 * PAD_X,
                    line,
                    &st,
                );
            }
        }
        if t.grid {
            self.cell_borders(grid, y, h);
        } else {
            self.push(Draw::Line {
                from: (grid.left, y + h),
                to: (grid.left + grid.full, y + h),
                stroke: Stroke::solid(palette::PRIMARY, 0.8),
            });
        }
        self.y += h;
    }

    #[allow(clippy::too_many_arguments)]
    fn table_row(
        &mut self,
        t: &Table,
        grid: &Grid,
        index: usize,
        row: &Row,
        lines: &[Vec<String>],
        range: std::ops::Range<usize>,
        h: f32,
    ) {
        let y = self.y;
        if let Some(fill) = row.background(t.zebra, index) {
            self.push(Draw::Rect {
                x: grid.left,
                y,
                w: grid.full,
                h,
                fill: Some(fill),
                stroke: None,
            });
        }
        if let (Some(fill), false) = (t.label_fill, row.band) {
            self.push(Draw::Rect {
                x: grid.xs[0],
                y,
                w: grid.widths[0],
                h,
                fill: Some(fill),
                stroke: None,
            });
        }
        let lh = t.style.line_height();
        for (i, cell_lines) in lines.iter().enumerate() {
            let cell = row.cells.get(i);
            let mut style = t.style;
            if let Some(c) = cell {
                style.color = c.color.unwrap_or(style.color);
                style.bold = c.bold;
            }
            let (x, w) = if row.band {
                (grid.left, grid.full)
            } else {
                style.align = t.columns[i].align;
                (grid.xs[i], grid.widths[i])
            };
            let end = range.end.min(cell_lines.len());
            for (k, line) in cell_lines
                .get(range.start..end)
                .unwrap_or(&[])
                .iter()
                .enumerate()
            {
                let top = y + PAD_Y + k as f32 * lh;
                self.line_at(x + PAD_X, top, w - 2.0 * PAD_X, line, &style);
            }
        }
        if t.grid {
            if row.band {
                self.push(Draw::Rect {
                    x: grid.left,
                    y,
                    w: grid.full,
                    h,
                    fill: None,
                    stroke: Some(Stroke::solid(palette::RULE, 0.5)),
                });
            } else {
                self.cell_borders(grid, y, h);
            }
        } else {
            self.push(Draw::Line {
                from: (grid.left, y + h),
                to: (grid.left + grid.full, y + h),
                stroke: Stroke::solid(palette::RULE, 0.4),
            });
        }
        self.y += h;
    }

    fn cell_borders(&mut self, grid: &Grid, y: f32, h: f32) {
        for (x, w) in grid.xs.iter().zip(&grid.widths) {
            self.push(Draw::Rect {
                x: *x,
                y,
                w: *w,
                h,
                fill: None,
                stroke: Some(Stroke::solid(palette::RULE, 0.5)),
            });
        }
    }
}

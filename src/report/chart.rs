//! Vector charts: horizontal score bars, a Gantt chart of phases with milestones, and the
//! signature and stamp boxes that close a report.

use super::layout::{Align, Draw, Layout, Rgb, Stroke, TextStyle, fit, palette};
use super::wrap::wrap;
use chrono::{Datelike, NaiveDate};

/// One bar: a label, a value on the chart's scale (`None` prints the note only) and the
/// text printed after the bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub note: String,
    pub color: Rgb,
}

/// Horizontal bars on a 0–`max` scale, with an optional reference line (e.g. a target).
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub bars: Vec<Bar>,
    pub max: f64,
    pub reference: Option<(f64, String)>,
}

/// A phase bar of a Gantt chart.
#[derive(Debug, Clone, PartialEq)]
pub struct GanttTask {
    pub label: String,
    pub start: NaiveDate,
    /// Inclusive last day.
    pub end: NaiveDate,
    pub color: Rgb,
}

/// A milestone: a diamond on its date.
#[derive(Debug, Clone, PartialEq)]
pub struct Milestone {
    pub label: String,
    pub date: NaiveDate,
}

/// Phases on a month axis, milestones below them, and an optional "today" line.
#[derive(Debug, Clone, PartialEq)]
pub struct Gantt {
    pub tasks: Vec<GanttTask>,
    pub milestones: Vec<Milestone>,
    pub today: Option<(NaiveDate, String)>,
    /// Month names, January first ("1月" … or "Jan" …).
    pub months: [String; 12],
}

/// A box for a signature and a company stamp.
#[derive(Debug, Clone, PartialEq)]
pub struct SignatureBox {
    pub title: String,
    /// Lines to fill in ("签字：", "日期：").
    pub lines: Vec<String>,
    /// Text in the stamp circle ("（盖章）").
    pub stamp: String,
}

const LABEL_STYLE: TextStyle = TextStyle {
    size: 8.5,
    color: palette::INK,
    bold: false,
    align: Align::Left,
    leading: 1.3,
};

fn days(a: NaiveDate, b: NaiveDate) -> f32 {
    (b - a).num_days() as f32
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn next_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

impl Layout<'_> {
    /// Horizontal bar chart across the content width; kept on one page.
    pub fn bar_chart(&mut self, chart: &BarChart) {
        if chart.bars.is_empty() {
            return;
        }
        let left = self.geo.left;
        let full = self.geo.content_width();
        let longest = chart
            .bars
            .iter()
            .map(|b| self.font.width(&b.label, LABEL_STYLE.size))
            .fold(0.0, f32::max);
        let label_w = (longest + 3.0).clamp(22.0, full * 0.38);
        // Labels too long for one line get two smaller lines and taller rows.
        let two_lines = longest > label_w - 2.0;
        let row = if two_lines { 8.0 } else { 6.2 };
        let axis = 6.0;
        let height = row * chart.bars.len() as f32 + axis + 3.0;
        self.ensure_room(height);
        let note_w = 16.0;
        let x0 = left + label_w;
        let plot_w = full - label_w - note_w;
        let top = self.y;
        let scale = |v: f64| x0 + plot_w * (v / chart.max).clamp(0.0, 1.0) as f32;
        let bottom = top + row * chart.bars.len() as f32;
        let small = LABEL_STYLE.sized(7.5).colored(palette::MUTED);
        for k in 0..=4 {
            let v = chart.max * f64::from(k) / 4.0;
            let x = scale(v);
            self.push(Draw::Line {
                from: (x, top),
                to: (x, bottom),
                stroke: Stroke::solid(palette::RULE, if k == 0 { 0.7 } else { 0.3 }),
            });
            let label = format!("{v:.0}");
            let w = self.font.width(&label, small.size);
            self.line_at(x - w / 2.0, bottom + 0.8, w + 0.1, &label, &small);
        }
        for (i, bar) in chart.bars.iter().enumerate() {
            let y = top + row * i as f32;
            let st = LABEL_STYLE.aligned(Align::Right);
            if self.font.width(&bar.label, st.size) <= label_w - 2.0 {
                self.line_at(
                    left,
                    y + (row - st.line_height()) / 2.0,
                    label_w - 2.0,
                    &bar.label,
                    &st,
                );
            } else {
                let st = TextStyle {
                    size: 7.5,
                    leading: 1.2,
                    ..st
                };
                let lines: Vec<String> = wrap(self.font, &bar.label, st.size, label_w - 2.0)
                    .into_iter()
                    .take(2)
                    .map(|l| fit(self.font, &l, st.size, label_w - 2.0))
                    .collect();
                let top_line = y + (row - st.line_height() * lines.len() as f32) / 2.0;
                for (k, line) in lines.iter().enumerate() {
                    let ly = top_line + st.line_height() * k as f32;
                    self.line_at(left, ly, label_w - 2.0, line, &st);
                }
            }
            let mut end = x0;
            if let Some(v) = bar.value {
                end = scale(v);
                if end - x0 > 0.05 {
                    self.push(Draw::Rect {
                        x: x0,
                        y: y + (row - 3.6) / 2.0,
                        w: end - x0,
                        h: 3.6,
                        fill: Some(bar.color),
                        stroke: None,
                    });
                }
            }
            let note = fit(self.font, &bar.note, LABEL_STYLE.size, note_w - 1.5);
            let ny = y + (row - LABEL_STYLE.line_height()) / 2.0;
            self.line_at(end + 1.5, ny, note_w - 1.5, &note, &LABEL_STYLE.bold());
        }
        if let Some((v, label)) = &chart.reference {
            let x = scale(*v);
            self.push(Draw::Line {
                from: (x, top - 1.0),
                to: (x, bottom),
                stroke: Stroke::dashed(palette::BAD, 0.8),
            });
            let st = small.colored(palette::BAD);
            let text = fit(self.font, label, st.size, full / 3.0);
            let w = self.font.width(&text, st.size);
            let tx = (x - w / 2.0).clamp(left, left + full - w);
            self.line_at(tx, bottom + 4.2, w + 0.1, &text, &st);
        }
        self.y = bottom + axis + 3.0;
    }

    /// Gantt chart of phases (rows) on a month axis, with milestones as diamonds.
    /// Splits across pages with the axis repeated.
    pub fn gantt(&mut self, g: &Gantt) {
        let dates = g
            .tasks
            .iter()
            .flat_map(|t| [t.start, t.end])
            .chain(g.milestones.iter().map(|m| m.date))
            .chain(g.today.iter().map(|t| t.0));
        let (Some(first), Some(last)) = (dates.clone().min(), dates.max()) else {
            return;
        };
        let from = month_start(first);
        let to = next_month(last);
        let span = days(from, to).max(1.0);
        let full = self.geo.content_width();
        let longest = g
            .tasks
            .iter()
            .map(|t| t.label.as_str())
            .chain(g.milestones.iter().map(|m| m.label.as_str()))
            .map(|t| self.font.width(t, LABEL_STYLE.size))
            .fold(0.0, f32::max);
        let label_w = (longest + 4.0).clamp(28.0, full * 0.38);
        let x0 = self.geo.left + label_w;
        let plot_w = full - label_w;
        let x_of = |d: NaiveDate| x0 + plot_w * (days(from, d) / span).clamp(0.0, 1.0);
        let row = 6.5;
        let axis_h = 10.0;
        let rows: Vec<(String, Option<&GanttTask>, Option<&Milestone>)> = g
            .tasks
            .iter()
            .map(|t| (t.label.clone(), Some(t), None))
            .chain(
                g.milestones
                    .iter()
                    .map(|m| (m.label.clone(), None, Some(m))),
            )
            .collect();
        let mut i = 0;
        while i < rows.len() {
            let whole = axis_h + row * (rows.len() - i) as f32 + 6.0;
            let page = self.geo.body_bottom() - self.geo.top;
            self.ensure_room(if whole <= page {
                whole
            } else {
                axis_h + row * 3.0
            });
            let fit_rows =
                (((self.geo.body_bottom() - self.y - axis_h) / row).floor() as usize).max(1);
            let chunk = &rows[i..(i + fit_rows).min(rows.len())];
            let top = self.y;
            self.gantt_axis(
                g,
                from,
                to,
                x_of,
                top,
                top + axis_h + row * chunk.len() as f32,
            );
            let mut y = top + axis_h;
            for (label, task, milestone) in chunk {
                let label = fit(self.font, label, LABEL_STYLE.size, label_w - 3.0);
                self.line_at(self.geo.left, y + 1.2, label_w - 3.0, &label, &LABEL_STYLE);
                if let Some(t) = task {
                    let (a, b) = (x_of(t.start), x_of(t.end.succ_opt().unwrap_or(t.end)));
                    self.push(Draw::Rect {
                        x: a,
                        y: y + 1.4,
                        w: (b - a).max(0.8),
                        h: row - 2.8,
                        fill: Some(t.color),
                        stroke: None,
                    });
                }
                if let Some(m) = milestone {
                    let (cx, cy, r) = (x_of(m.date), y + row / 2.0, 1.9);
                    self.push(Draw::Shape {
                        points: vec![(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)],
                        fill: Some(palette::PRIMARY),
                        stroke: None,
                    });
                }
                self.push(Draw::Line {
                    from: (self.geo.left, y + row),
                    to: (x0 + plot_w, y + row),
                    stroke: Stroke::solid(palette::RULE, 0.25),
                });
                y += row;
            }
            if let Some((d, label)) = &g.today
                && *d >= from
                && *d <= to
            {
                let x = x_of(*d);
                self.push(Draw::Line {
                    from: (x, top + axis_h - 1.0),
                    to: (x, y),
                    stroke: Stroke::dashed(palette::BAD, 0.8),
                });
                let st = LABEL_STYLE.sized(7.0).colored(palette::BAD);
                let text = fit(self.font, label, st.size, 40.0);
                let w = self.font.width(&text, st.size);
                let tx = (x - w / 2.0).clamp(self.geo.left, x0 + plot_w - w);
                self.line_at(tx, y + 0.5, w + 0.1, &text, &st);
            }
            self.y = y + 5.0;
            i += chunk.len();
        }
    }

    fn gantt_axis(
        &mut self,
        g: &Gantt,
        from: NaiveDate,
        to: NaiveDate,
        x_of: impl Fn(NaiveDate) -> f32,
        top: f32,
        bottom: f32,
    ) {
        let st = LABEL_STYLE.sized(7.0).colored(palette::MUTED);
        let x_end = x_of(to);
        self.push(Draw::Rect {
            x: x_of(from),
            y: top,
            w: x_end - x_of(from),
            h: 9.0,
            fill: Some(palette::HEADER_FILL),
            stroke: None,
        });
        let mut months = Vec::new();
        let mut m = from;
        while m < to {
            months.push(m);
            m = next_month(m);
        }
        let month_w = (x_end - x_of(from)) / months.len().max(1) as f32;
        let widest = g
            .months
            .iter()
            .map(|s| self.font.width(s, st.size))
            .fold(0.0, f32::max);
        let step = ((widest + 1.5) / month_w).ceil().max(1.0) as usize;
        for (k, m) in months.iter().enumerate() {
            let x = x_of(*m);
            self.push(Draw::Line {
                from: (x, top),
                to: (x, bottom),
                stroke: Stroke::solid(palette::RULE, 0.3),
            });
            let w = x_of(next_month(*m)) - x;
            if k == 0 || m.month() == 1 {
                let year = m.year().to_string();
                let yw = self.font.width(&year, st.size);
                if x + yw <= x_end {
                    self.line_at(x + 0.8, top + 0.5, yw + 0.1, &year, &st.bold());
                }
            }
            if k % step == 0 {
                let name = &g.months[m.month0() as usize];
                let span = w * step as f32;
                let text = fit(
                    self.font,
                    name,
                    st.size,
                    (span - 0.6).max(2.0).min(x_end - x),
                );
                self.line_at(
                    x + 0.3,
                    top + 4.4,
                    (span - 0.6).min(x_end - x - 0.3),
                    &text,
                    &st.aligned(Align::Left),
                );
            }
        }
        self.push(Draw::Line {
            from: (x_end, top),
            to: (x_end, bottom),
            stroke: Stroke::solid(palette::RULE, 0.3),
        });
    }

    /// Signature and stamp boxes side by side, kept together on one page.
    pub fn signature_boxes(&mut self, boxes: &[SignatureBox]) {
        if boxes.is_empty() {
            return;
        }
        let gap = 8.0;
        let n = boxes.len() as f32;
        let w = (self.geo.content_width() - gap * (n - 1.0)) / n;
        let h = 58.0;
        self.ensure_room(h + 2.0);
        let top = self.y;
        let title = TextStyle::BODY.sized(10.0).colored(palette::PRIMARY).bold();
        let body = TextStyle::BODY.sized(9.5);
        for (i, b) in boxes.iter().enumerate() {
            let x = self.geo.left + (w + gap) * i as f32;
            self.push(Draw::Rect {
                x,
                y: top,
                w,
                h,
                fill: None,
                stroke: Some(Stroke::solid(palette::RULE, 0.7)),
            });
            self.push(Draw::Rect {
                x,
                y: top,
                w,
                h: 8.0,
                fill: Some(palette::HEADER_FILL),
                stroke: None,
            });
            let t = fit(self.font, &b.title, title.size, w - 6.0);
            self.line_at(x + 3.0, top + 0.6, w - 6.0, &t, &title);
            let (cx, cy, r) = (x + w - 17.0, top + 27.0, 12.0);
            let circle: Vec<(f32, f32)> = (0..48)
                .map(|k| {
                    let a = k as f32 / 48.0 * std::f32::consts::TAU;
                    (cx + r * a.cos(), cy + r * a.sin())
                })
                .collect();
            self.push(Draw::Shape {
                points: circle,
                fill: None,
                stroke: Some(Stroke::dashed(palette::RULE, 0.6)),
            });
            let stamp_style = TextStyle::SMALL.aligned(Align::Center);
            let inner = 2.0 * r - 5.0;
            let lines: Vec<String> = wrap(self.font, &b.stamp, stamp_style.size, inner)
                .into_iter()
                .take(2)
                .map(|line| fit(self.font, &line, stamp_style.size, inner))
                .collect();
            let lh = stamp_style.line_height();
            let stamp_top = cy - lh * lines.len() as f32 / 2.0;
            for (k, line) in lines.iter().enumerate() {
                let y = stamp_top + lh * k as f32;
                self.line_at(cx - inner / 2.0, y, inner, line, &stamp_style);
            }
            for (k, line) in b.lines.iter().enumerate() {
                let ly = top + 14.0 + 14.0 * k as f32;
                let text = fit(self.font, line, body.size, w - 2.0 * r - 14.0);
                self.line_at(x + 4.0, ly, w - 8.0, &text, &body);
                let lx = x + 4.0 + self.font.width(&text, body.size) + 1.0;
                let line_end = cx - r - 3.0;
                let base = ly + body.baseline_offset() + 1.0;
                if line_end > lx + 5.0 {
                    self.push(Draw::Line {
                        from: (lx, base),
                        to: (line_end, base),
                        stroke: Stroke::solid(palette::MUTED, 0.4),
                    });
                }
            }
        }
        self.y = top + h + 4.0;
    }
}

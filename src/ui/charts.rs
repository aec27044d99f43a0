//! Vector charts drawn on an iced canvas: horizontal score bars, a radar (with an optional
//! overlay for comparisons) and a Gantt timeline.

use crate::ui::DEFAULT_FONT;
use chrono::NaiveDate;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, Text};
use iced::{Color, Point, Rectangle, Renderer, Size, Theme, Vector, alignment, mouse};

fn label(content: String, position: Point, size: f32, color: Color) -> Text {
    Text {
        content,
        position,
        size: size.into(),
        color,
        font: DEFAULT_FONT,
        ..Text::default()
    }
}

/// The estimated width of a label at `size` (wide CJK glyphs count double).
fn label_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| if c.is_ascii() { size * 0.55 } else { size })
        .sum()
}

/// The width of the Gantt chart's label column: wide enough for the longest label, but at
/// most a third of the chart.
pub fn gantt_label_width<'a>(labels: impl Iterator<Item = &'a str>, chart_width: f32) -> f32 {
    let longest = labels.map(|l| label_width(l, 13.0)).fold(0.0, f32::max);
    (longest + 24.0).clamp(80.0, chart_width / 3.0)
}

/// Where a month label starts: right of its tick, or left of it when it would run past the
/// chart's right edge (the last month of a plan).
pub fn month_label_x(tick: f32, text_width: f32, chart_width: f32) -> f32 {
    if tick + 2.0 + text_width <= chart_width {
        tick + 2.0
    } else {
        (tick - 2.0 - text_width).max(0.0)
    }
}

/// Shortens a label to fit `max` pixels at `size` (wide CJK glyphs count double), with "…".
pub fn fit_label(text: &str, max: f32, size: f32) -> String {
    let width = |c: char| if c.is_ascii() { size * 0.55 } else { size };
    let total = label_width(text, size);
    if total <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = size;
    for c in text.chars() {
        used += width(c);
        if used > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Colour for a 0–100 score: red below 60, amber below 80, green above.
pub fn score_color(score: f64) -> Color {
    if score < 60.0 {
        Color::from_rgb(0.80, 0.25, 0.22)
    } else if score < 80.0 {
        Color::from_rgb(0.90, 0.62, 0.10)
    } else {
        Color::from_rgb(0.20, 0.62, 0.35)
    }
}

/// Horizontal bars, one per row: the label (wrapped, never cut off), a 0–100 bar in the
/// score's colour and the value ("—" when not scored).
pub fn score_bars<'a, M: 'a>(rows: &'a [(String, Option<f64>)]) -> iced::Element<'a, M> {
    use iced::widget::{column, progress_bar, row, text};
    use iced::{Border, Length};
    column(rows.iter().map(|(name, value)| {
        let v = value.unwrap_or(0.0);
        let colour = score_color(v);
        let shown = value.map_or_else(|| "—".to_string(), crate::i18n::score_text);
        row![
            text(name.as_str()).size(13).width(Length::FillPortion(4)),
            progress_bar(0.0..=100.0, v as f32)
                .girth(14)
                .length(Length::FillPortion(6))
                .style(move |theme: &Theme| progress_bar::Style {
                    background: theme.extended_palette().background.weak.color.into(),
                    bar: colour.into(),
                    border: Border::default(),
                }),
            text(shown).size(13).width(Length::Fixed(36.0)),
        ]
        .spacing(8)
        .align_y(iced::Center)
        .into()
    }))
    .spacing(6)
    .into()
}

/// A radar over named axes with one or two series (current, and an earlier one to compare).
#[derive(Debug, Clone)]
pub struct Radar {
    pub axes: Vec<String>,
    pub current: Vec<Option<f64>>,
    pub previous: Option<Vec<Option<f64>>>,
}

impl Radar {
    /// A radar over the axes that have a score in either series: a chapter with nothing
    /// answered is left out instead of being drawn as 0.
    pub fn answered(
        axes: Vec<String>,
        current: Vec<Option<f64>>,
        previous: Option<Vec<Option<f64>>>,
    ) -> Radar {
        let keep: Vec<bool> = (0..axes.len())
            .map(|i| {
                current.get(i).copied().flatten().is_some()
                    || previous
                        .as_ref()
                        .is_some_and(|p| p.get(i).copied().flatten().is_some())
            })
            .collect();
        let pick = |v: Vec<Option<f64>>| {
            v.into_iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(x, _)| x)
                .collect::<Vec<_>>()
        };
        Radar {
            axes: axes
                .into_iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(a, _)| a)
                .collect(),
            current: pick(current),
            previous: previous.map(pick),
        }
    }
}

impl<M> canvas::Program<M> for Radar {
    type State = ();

    fn draw(
        &self,
        (): &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let n = self.axes.len();
        if n < 3 {
            return vec![frame.into_geometry()];
        }
        let center = frame.center();
        let radius = (bounds.width.min(bounds.height) / 2.0 - 44.0).max(10.0);
        let grid = theme.extended_palette().background.strong.color;
        let text_color = theme.palette().text;
        let angle =
            |i: usize| -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n as f32;
        let at = |i: usize, r: f32| center + Vector::new(r * angle(i).cos(), r * angle(i).sin());
        for ring in 1..=4 {
            let r = radius * ring as f32 / 4.0;
            let ring_path = Path::new(|p| {
                p.move_to(at(0, r));
                for i in 1..n {
                    p.line_to(at(i, r));
                }
                p.close();
            });
            frame.stroke(
                &ring_path,
                Stroke::default().with_color(grid).with_width(1.0),
            );
        }
        for (i, axis) in self.axes.iter().enumerate() {
            frame.stroke(
                &Path::line(center, at(i, radius)),
                Stroke::default().with_color(grid).with_width(1.0),
            );
            let pos = at(i, radius + 18.0);
            frame.fill_text(Text {
                align_x: alignment::Horizontal::Center.into(),
                align_y: alignment::Vertical::Center,
                ..label(axis.clone(), pos, 12.0, text_color)
            });
        }
        let mut series = |values: &[Option<f64>], color: Color| {
            let path = Path::new(|p| {
                for (i, v) in values.iter().enumerate() {
                    let r = radius * (v.unwrap_or(0.0) as f32 / 100.0).clamp(0.0, 1.0);
                    if i == 0 {
                        p.move_to(at(i, r));
                    } else {
                        p.line_to(at(i, r));
                    }
                }
                p.close();
            });
            frame.fill(&path, color.scale_alpha(0.18));
            frame.stroke(&path, Stroke::default().with_color(color).with_width(2.0));
        };
        if let Some(prev) = &self.previous {
            series(prev, Color::from_rgb(0.55, 0.55, 0.60));
        }
        series(&self.current, Color::from_rgb(0.15, 0.42, 0.80));
        vec![frame.into_geometry()]
    }
}

/// One Gantt row: a label and its date span.
#[derive(Debug, Clone)]
pub struct GanttRow {
    pub label: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub milestone: bool,
    /// Already done: drawn muted.
    pub done: bool,
    /// Due dates of the phase's actions, drawn as ticks on its bar.
    pub marks: Vec<NaiveDate>,
}

/// A phase timeline with a month axis.
#[derive(Debug, Clone)]
pub struct Gantt {
    pub rows: Vec<GanttRow>,
    pub today: Option<NaiveDate>,
}

impl Gantt {
    pub const ROW: f32 = 24.0;
    pub fn height(&self) -> f32 {
        self.rows.len() as f32 * Self::ROW + 30.0
    }
}

impl<M> canvas::Program<M> for Gantt {
    type State = ();

    fn draw(
        &self,
        (): &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let (Some(first), Some(last)) = (
            self.rows.iter().map(|r| r.start).min(),
            self.rows.iter().map(|r| r.end).max(),
        ) else {
            return vec![frame.into_geometry()];
        };
        let text_color = theme.palette().text;
        let grid = theme.extended_palette().background.strong.color;
        let label_w = gantt_label_width(self.rows.iter().map(|r| r.label.as_str()), bounds.width);
        let span = ((last - first).num_days().max(1)) as f32;
        let width = bounds.width - label_w - 10.0;
        let x = |d: NaiveDate| label_w + width * ((d - first).num_days() as f32 / span);
        // Month ticks.
        let mut month = NaiveDate::from_ymd_opt(
            chrono::Datelike::year(&first),
            chrono::Datelike::month(&first),
            1,
        )
        .unwrap_or(first);
        while month <= last {
            if month >= first {
                let mx = x(month);
                frame.stroke(
                    &Path::line(Point::new(mx, 18.0), Point::new(mx, bounds.height)),
                    Stroke::default().with_color(grid).with_width(1.0),
                );
                let text = month.format("%Y-%m").to_string();
                let at = month_label_x(mx, label_width(&text, 11.0), bounds.width);
                frame.fill_text(label(text, Point::new(at, 0.0), 11.0, text_color));
            }
            month = month
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(last.succ_opt().unwrap_or(last));
        }
        for (i, row) in self.rows.iter().enumerate() {
            let y = 26.0 + i as f32 * Self::ROW;
            frame.fill_text(label(
                fit_label(&row.label, label_w - 8.0, 13.0),
                Point::new(0.0, y),
                13.0,
                text_color,
            ));
            let color = Color::from_rgb(0.15, 0.42, 0.80);
            if row.milestone {
                let c = Point::new(x(row.start), y + 8.0);
                let diamond = Path::new(|p| {
                    p.move_to(c + Vector::new(0.0, -7.0));
                    p.line_to(c + Vector::new(7.0, 0.0));
                    p.line_to(c + Vector::new(0.0, 7.0));
                    p.line_to(c + Vector::new(-7.0, 0.0));
                    p.close();
                });
                frame.fill(&diamond, Color::from_rgb(0.85, 0.45, 0.10));
            } else {
                let x0 = x(row.start);
                let w = (x(row.end) - x0).max(3.0);
                let fill = if row.done {
                    Color::from_rgb(0.55, 0.72, 0.58)
                } else {
                    color
                };
                frame.fill_rectangle(Point::new(x0, y + 2.0), Size::new(w, 13.0), fill);
                for due in row.marks.iter().filter(|d| **d >= first && **d <= last) {
                    let mx = x(*due);
                    frame.fill_rectangle(
                        Point::new(mx - 1.0, y),
                        Size::new(2.5, 17.0),
                        Color::from_rgb(0.10, 0.10, 0.12),
                    );
                }
            }
        }
        if let Some(today) = self.today.filter(|t| *t >= first && *t <= last) {
            let tx = x(today);
            frame.stroke(
                &Path::line(Point::new(tx, 18.0), Point::new(tx, bounds.height)),
                Stroke::default()
                    .with_color(Color::from_rgb(0.8, 0.2, 0.2))
                    .with_width(1.5),
            );
        }
        vec![frame.into_geometry()]
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn unanswered_chapters_are_left_out_of_the_radar() {
        let r = Radar::answered(
            vec!["4".into(), "9".into(), "10".into()],
            vec![Some(58.0), None, None],
            Some(vec![Some(40.0), Some(20.0), None]),
        );
        assert_eq!(r.axes, ["4", "9"]);
        assert_eq!(r.current, [Some(58.0), None]);
        assert_eq!(r.previous, Some(vec![Some(40.0), Some(20.0)]));
        let only = Radar::answered(vec!["4".into(), "9".into()], vec![Some(1.0), None], None);
        assert_eq!(only.axes, ["4"]);
    }

    use super::*;

    /// At 1024×700 (a chart about 960 wide) every milestone and phase label of both
    /// languages is shown whole.
    #[test]
    fn gantt_labels_are_whole_at_the_smallest_window() {
        use crate::i18n::tr;
        use crate::locale::Locale;
        for l in [Locale::ZhCn, Locale::EnUs] {
            let labels: Vec<String> = [
                "plan-milestone-operation-start",
                "plan-milestone-operation-three-months",
                "plan-milestone-internal-audit-done",
                "plan-milestone-management-review-done",
                "plan-milestone-application",
                "plan-milestone-certificate",
            ]
            .iter()
            .map(|id| tr(l, id))
            .collect();
            let w = gantt_label_width(labels.iter().map(String::as_str), 960.0);
            for label in &labels {
                assert_eq!(&fit_label(label, w - 8.0, 13.0), label);
            }
        }
    }

    /// The plan's last month tick sits at the right edge; its label is drawn left of it, whole.
    #[test]
    fn the_last_month_label_stays_inside_the_chart() {
        let w = label_width("2027-04", 11.0);
        let at = month_label_x(1200.0, w, 1204.0);
        assert!(at + w <= 1204.0 && at < 1200.0, "{at}");
        assert!((month_label_x(300.0, w, 1204.0) - 302.0).abs() < f32::EPSILON);
    }

    #[test]
    fn long_labels_are_shortened_to_fit() {
        assert_eq!(fit_label("4 组织环境", 200.0, 13.0), "4 组织环境");
        let short = fit_label(
            "B Annex B: self-check of typical prohibited behaviours",
            120.0,
            13.0,
        );
        assert!(
            short.ends_with('…') && short.chars().count() < 25,
            "{short}"
        );
        assert!(
            fit_label(
                "附录B 典型禁止性行为自查附录B 典型禁止性行为自查",
                100.0,
                13.0
            )
            .chars()
            .count()
                <= 8
        );
    }
}

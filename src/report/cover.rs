//! The cover page, the table of contents and the key-figure strip of the diagnosis report.

use super::blocks::{Cover, Stat};
use super::doc::{Logo, ReportDoc, date_text, score_text};
use super::layout::{Align, Draw, Layout, Rgb, Stroke, TextStyle, fit, palette};
use super::table::Table;
use crate::i18n::Arg;

/// The colour a score is shown in: green, amber, orange, red.
pub fn score_color(score: Option<f64>) -> Rgb {
    match score {
        Some(s) if s >= 80.0 => palette::GOOD,
        Some(s) if s >= 60.0 => palette::FAIR,
        Some(s) if s >= 40.0 => palette::WEAK,
        Some(_) => palette::BAD,
        None => palette::RULE,
    }
}

/// The cover's content: title, client, score panel and details, every text resolved.
pub fn cover_block(doc: &ReportDoc) -> Cover {
    let name = if doc.client.is_empty() {
        doc.tr("report-not-given")
    } else {
        doc.client.clone()
    };
    let rows: Vec<(String, String)> = [
        ("report-cover-client", name.clone()),
        ("report-cover-uscc", doc.uscc.clone()),
        ("report-cover-edition", doc.edition.clone()),
        (
            "report-cover-assessor-org",
            doc.assessor.organization.clone(),
        ),
        ("report-cover-assessor", doc.assessor.name.clone()),
        ("report-cover-as-of", date_text(doc.as_of)),
        ("report-cover-issued", date_text(doc.created.date_naive())),
    ]
    .into_iter()
    .filter_map(|row| super::sme::cover_row(doc, row))
    .map(|(id, v)| {
        let v = if v.trim().is_empty() {
            doc.tr("report-not-given")
        } else {
            v
        };
        (doc.tr(id), v)
    })
    .collect();
    let score = doc.overall.score;
    let (verdict, verdict_color) = if doc.ready {
        (doc.tr("report-cover-ready"), palette::GOOD)
    } else {
        (doc.tr("report-cover-not-ready"), palette::BAD)
    };
    Cover {
        code: doc.edition_code.clone(),
        title: doc.title.clone(),
        edition: doc.edition.clone(),
        client: name,
        score_caption: doc.tr("report-cover-score"),
        score: score.map_or_else(|| "—".to_string(), score_text),
        score_color: score_color(score),
        progress: doc.tr_args(
            "report-cover-progress",
            &[("progress", Arg::from(doc.overall.progress.round()))],
        ),
        verdict,
        verdict_color,
        earliest: match doc.earliest_application {
            Some(d) => doc.tr_args(
                "report-cover-earliest",
                &[("date", Arg::from(date_text(d)))],
            ),
            None => doc.tr("report-cover-no-earliest"),
        },
        legacy_notice: doc.legacy.then(|| doc.tr("report-legacy-notice")),
        rows,
        foot: super::sme::footer(doc),
    }
}

/// Draws the cover on the current (first) page, which gets no running header or footer.
pub fn cover(l: &mut Layout<'_>, c: &Cover, logo: Option<&Logo>) {
    l.without_chrome();
    let geo = l.geometry();
    let (left, width) = (geo.left, geo.content_width());
    l.push(Draw::Rect {
        x: 0.0,
        y: 0.0,
        w: geo.width,
        h: 9.0,
        fill: Some(palette::PRIMARY),
        stroke: None,
    });
    let code = TextStyle::BODY.sized(10.5).colored(palette::ACCENT).bold();
    l.line_at(left, 30.0, width, &c.code, &code);
    if let Some(logo) = logo.filter(|i| i.is_valid()) {
        let h = 18.0;
        let w = (h * logo.width as f32 / logo.height.max(1) as f32).min(60.0);
        l.push(Draw::Image {
            x: left + width - w,
            y: 24.0,
            w,
            h,
            image: 0,
        });
    }
    let title = TextStyle::BODY.sized(24.0).colored(palette::PRIMARY).bold();
    let mut y = 62.0;
    y += l.text_at(left, y, width, &c.title, &title.aligned(Align::Left));
    l.push(Draw::Rect {
        x: left,
        y: y + 3.0,
        w: 28.0,
        h: 1.4,
        fill: Some(palette::ACCENT),
        stroke: None,
    });
    y += 9.0;
    let sub = TextStyle::BODY.sized(11.0).colored(palette::MUTED);
    y += l.text_at(left, y, width, &c.edition, &sub);
    y += 14.0;
    let client = TextStyle::BODY.sized(17.0).colored(palette::INK).bold();
    y += l.text_at(left, y, width, &c.client, &client);
    y = y.max(128.0) + 10.0;
    score_panel(l, c, y);
    y += 38.0 + 6.0;
    if let Some(notice) = &c.legacy_notice {
        let note = TextStyle::SMALL.sized(9.0).colored(palette::BAD);
        y += l.text_at(left, y, width, notice, &note) + 4.0;
    }
    // The details table sits low on the page unless long titles pushed everything down.
    l.set_y(y.max(206.0));
    l.table(&Table::key_value(&c.rows));
    let foot = TextStyle::SMALL.aligned(Align::Center);
    l.line_at(left, geo.height - 16.0, width, &c.foot, &foot);
}

fn score_panel(l: &mut Layout<'_>, c: &Cover, y: f32) {
    let geo = l.geometry();
    let (left, width) = (geo.left, geo.content_width());
    let h = 38.0;
    l.push(Draw::Rect {
        x: left,
        y,
        w: width,
        h,
        fill: Some(palette::BAND_FILL),
        stroke: None,
    });
    l.push(Draw::Rect {
        x: left,
        y,
        w: 2.2,
        h,
        fill: Some(c.score_color),
        stroke: None,
    });
    let label = TextStyle::SMALL.sized(9.0);
    l.line_at(left + 8.0, y + 5.0, 50.0, &c.score_caption, &label);
    let big = TextStyle::BODY.sized(30.0).colored(palette::INK).bold();
    l.line_at(left + 8.0, y + 11.0, 55.0, &c.score, &big);
    l.line_at(left + 8.0, y + h - 8.5, 60.0, &c.progress, &label);
    let x = left + 72.0;
    let w = width - 76.0;
    let vs = TextStyle::BODY.sized(13.0).colored(c.verdict_color).bold();
    let used = l.text_at(x, y + 6.0, w, &c.verdict, &vs);
    let es = TextStyle::BODY.sized(10.0);
    l.text_at(x, y + 8.0 + used, w, &c.earliest, &es);
}

/// Fills the reserved contents page (`page`) from the outline, once the layout is done.
pub fn contents(l: &mut Layout<'_>, heading: &str, page: usize) {
    let geo = l.geometry();
    let font = l.font();
    let (left, width) = (geo.left, geo.content_width());
    let title = TextStyle::BODY.sized(18.0).colored(palette::PRIMARY).bold();
    let mut draws = Vec::new();
    draws.extend(l.line_draw(
        left,
        geo.top + 4.0,
        width,
        heading,
        &title.aligned(Align::Center),
    ));
    let mut y = geo.top + 22.0;
    let marks: Vec<_> = l.bookmarks().to_vec();
    for b in marks.iter().filter(|b| b.page != page) {
        let (style, indent) = if b.level <= 1 {
            (
                TextStyle::BODY.sized(11.0).colored(palette::INK).bold(),
                0.0,
            )
        } else {
            (TextStyle::BODY.sized(10.0).colored(palette::MUTED), 8.0)
        };
        if b.level <= 1 {
            y += 2.5;
        }
        if y > geo.body_bottom() - style.line_height() {
            break;
        }
        let number = (b.page + 1).to_string();
        let nw = font.width(&number, style.size);
        let text = fit(font, &b.title, style.size, width - indent - nw - 12.0);
        let tw = font.width(&text, style.size);
        draws.extend(l.line_draw(left + indent, y, width, &text, &style));
        draws.extend(l.line_draw(left, y, width, &number, &style.aligned(Align::Right)));
        let base = y + style.baseline_offset();
        let (x0, x1) = (left + indent + tw + 2.0, left + width - nw - 2.0);
        if x1 > x0 + 2.0 {
            draws.push(Draw::Line {
                from: (x0, base),
                to: (x1, base),
                stroke: Stroke::dashed(palette::RULE, 0.5),
            });
        }
        y += style.line_height() + 1.2;
    }
    for d in draws {
        l.push_to(page, d);
    }
}

/// A strip of key figures: big numbers with a caption, each with a coloured top edge.
pub fn stat_strip(l: &mut Layout<'_>, stats: &[Stat]) {
    if stats.is_empty() {
        return;
    }
    let geo = l.geometry();
    let gap = 4.0;
    let n = stats.len() as f32;
    let w = (geo.content_width() - gap * (n - 1.0)) / n;
    let h = 21.0;
    l.ensure_room(h + 4.0);
    let y = l.y();
    for (
        i,
        Stat {
            value,
            caption,
            color,
        },
    ) in stats.iter().enumerate()
    {
        let x = geo.left + (w + gap) * i as f32;
        l.push(Draw::Rect {
            x,
            y,
            w,
            h,
            fill: Some(palette::BAND_FILL),
            stroke: None,
        });
        l.push(Draw::Rect {
            x,
            y,
            w,
            h: 1.2,
            fill: Some(*color),
            stroke: None,
        });
        let big = TextStyle::BODY
            .sized(17.0)
            .colored(*color)
            .bold()
            .aligned(Align::Center);
        let value = fit(l.font(), value, big.size, w - 4.0);
        l.line_at(x + 2.0, y + 2.5, w - 4.0, &value, &big);
        let cap = TextStyle::SMALL.aligned(Align::Center);
        let caption = fit(l.font(), caption, cap.size, w - 4.0);
        l.line_at(x + 2.0, y + 13.5, w - 4.0, &caption, &cap);
    }
    l.set_y(y + h + 5.0);
}

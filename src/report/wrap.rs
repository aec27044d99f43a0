//! Line breaking for mixed Chinese and Latin text.
//!
//! Break opportunities come from UAX #14 (`unicode-linebreak`): between hanzi, after spaces,
//! never inside a Latin word. On top of that the Chinese 避头尾 rules are enforced: no line
//! starts with closing punctuation (，。、；：？！）」』》】 …) and none ends with opening
//! punctuation (（「『《【 …). A word longer than the line is broken between characters,
//! still keeping those rules where the text allows it. Widths are measured with the font's
//! glyph advances, so a wrapped line never runs past the width it was wrapped to.

use super::font::Font;
use unicode_linebreak::{BreakOpportunity, linebreaks};

/// Characters that must not start a line.
const NO_START: &str = "，。、；：？！）」』》】〉〕〗｝］”’…‥％‰℃·・々ー,.;:?!)]}%";
/// Characters that must not end a line.
const NO_END: &str = "（「『《【〈〔〖｛［“‘([{";

/// Whether `c` may not begin a line.
pub fn is_no_start(c: char) -> bool {
    NO_START.contains(c)
}

/// Whether `c` may not end a line.
pub fn is_no_end(c: char) -> bool {
    NO_END.contains(c)
}

/// Tolerance for floating-point sums of advances, in millimetres.
const EPS: f32 = 0.01;

/// Wraps `text` at `size` points into lines no wider than `width` millimetres. The text is
/// sanitized first (missing glyphs become the font's visible fallback); line feeds are hard
/// breaks and an empty paragraph gives an empty line. A line is wider than `width` only when
/// a single character is.
pub fn wrap(font: &Font, text: &str, size: f32, width: f32) -> Vec<String> {
    let clean = font.sanitize(text);
    let mut lines = Vec::new();
    for paragraph in clean.split('\n') {
        wrap_paragraph(font, paragraph, size, width, &mut lines);
    }
    lines
}

/// Width of `s` without trailing spaces.
fn trimmed_width(font: &Font, s: &str, size: f32) -> f32 {
    font.width(s.trim_end_matches(' '), size)
}

/// Byte offsets where a line may break, after the 避头尾 filter (always ends with `len`).
fn break_points(paragraph: &str) -> Vec<usize> {
    let mut points = Vec::new();
    for (at, kind) in linebreaks(paragraph) {
        if at >= paragraph.len() {
            break;
        }
        let next = paragraph[at..].chars().next();
        let prev = paragraph[..at].trim_end_matches(' ').chars().next_back();
        let forbidden = next.is_some_and(is_no_start) || prev.is_some_and(is_no_end);
        // Mandatory breaks inside a paragraph are other line separators (U+2028 etc.).
        if !forbidden || kind == BreakOpportunity::Mandatory {
            points.push(at);
        }
    }
    points.push(paragraph.len());
    points
}

fn wrap_paragraph(font: &Font, paragraph: &str, size: f32, width: f32, out: &mut Vec<String>) {
    let mut line = String::new();
    // Width of `line` including its trailing spaces.
    let mut line_width = 0.0;
    let mut start = 0;
    for end in break_points(paragraph) {
        let segment = &paragraph[start..end];
        start = end;
        if segment.is_empty() {
            continue;
        }
        let full = font.width(segment, size);
        let trimmed = trimmed_width(font, segment, size);
        if line_width + trimmed <= width + EPS {
            line.push_str(segment);
            line_width += full;
            continue;
        }
        if !line.trim_end_matches(' ').is_empty() {
            out.push(line.trim_end_matches(' ').to_string());
            line.clear();
        }
        if trimmed <= width + EPS {
            line.push_str(segment);
            line_width = full;
        } else {
            line = hard_break(font, segment, size, width, out);
            line_width = font.width(&line, size);
        }
    }
    out.push(line.trim_end_matches(' ').to_string());
}

/// Breaks an unbreakable run between characters; full lines go to `out`, the rest is
/// returned as the start of the next line.
fn hard_break(font: &Font, segment: &str, size: f32, width: f32, out: &mut Vec<String>) -> String {
    let chars: Vec<char> = segment.chars().collect();
    let mut from = 0;
    while from < chars.len() {
        // The longest prefix of chars[from..] that fits (at least one character).
        let mut used = 0.0;
        let mut to = from;
        while to < chars.len() {
            let w = font.char_em(chars[to]) * size * super::font::MM_PER_PT;
            if to > from && used + w > width + EPS && chars[to] != ' ' {
                break;
            }
            used += w;
            to += 1;
        }
        if to == chars.len() {
            return chars[from..].iter().collect();
        }
        // Pull characters back so the next line does not start with closing punctuation
        // and this one does not end with opening punctuation.
        let mut cut = to;
        while cut > from + 1 && (is_no_start(chars[cut]) || is_no_end(chars[cut - 1])) {
            cut -= 1;
        }
        if cut == from + 1 && (is_no_start(chars[cut]) || is_no_end(chars[cut - 1])) {
            cut = to;
        }
        let piece: String = chars[from..cut].iter().collect();
        out.push(piece.trim_end_matches(' ').to_string());
        from = cut;
        while from < chars.len() && chars[from] == ' ' {
            from += 1;
        }
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn font() -> &'static Font {
        Font::bundled().unwrap()
    }

    #[test]
    fn chinese_breaks_between_hanzi_and_keeps_punctuation_off_line_starts() {
        let text =
            "企业应建立、实施、保持并持续改进知识产权合规管理体系，包括所需的过程及其相互作用。";
        for width in [20.0, 25.0, 31.0, 40.0, 57.0] {
            let lines = wrap(font(), text, 10.0, width);
            assert_eq!(lines.concat(), text);
            for l in &lines {
                assert!(font().width(l, 10.0) <= width + EPS, "{l} at {width}");
                assert!(
                    !l.starts_with(is_no_start),
                    "{l:?} starts with closing punctuation"
                );
                assert!(
                    !l.ends_with(is_no_end),
                    "{l:?} ends with opening punctuation"
                );
            }
        }
    }

    #[test]
    fn latin_breaks_at_spaces_and_trims_them() {
        let lines = wrap(
            font(),
            "The organization shall retain documented information",
            10.0,
            40.0,
        );
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(!l.ends_with(' ') && !l.starts_with(' '));
            assert!(font().width(l, 10.0) <= 40.0 + EPS);
        }
        assert_eq!(
            lines.join(" "),
            "The organization shall retain documented information"
        );
    }

    #[test]
    fn over_long_words_are_hard_broken() {
        let word = "x".repeat(300);
        let lines = wrap(font(), &format!("see {word}"), 10.0, 30.0);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| font().width(l, 10.0) <= 30.0 + EPS));
        assert_eq!(lines.concat().replace(' ', ""), format!("see{word}"));
    }

    #[test]
    fn hard_breaks_pull_closing_punctuation_back() {
        // A URL-like run with full-width punctuation that only hard breaks can split.
        let run = "ab。".repeat(40);
        let lines = wrap(font(), &run, 10.0, 22.0);
        assert!(lines.len() > 2);
        assert!(
            lines.iter().all(|l| !l.starts_with(is_no_start)),
            "{lines:?}"
        );
    }

    #[test]
    fn line_feeds_are_hard_breaks_and_empty_text_is_one_line() {
        assert_eq!(wrap(font(), "甲\n\n乙", 10.0, 50.0), vec!["甲", "", "乙"]);
        assert_eq!(wrap(font(), "", 10.0, 50.0), vec![String::new()]);
    }

    #[test]
    fn a_tiny_width_still_makes_progress() {
        let lines = wrap(font(), "知识产权", 10.0, 1.0);
        assert_eq!(lines, vec!["知", "识", "产", "权"]);
    }
}

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! Property tests of CJK-aware line wrapping: nothing is lost, no line is too wide, and the
//! 避头尾 rules hold wherever the text allows them.

use ipms_readiness::report::font::Font;
use ipms_readiness::report::wrap::{is_no_end, is_no_start, wrap};
use proptest::prelude::*;

fn token() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[知识产权合规管理体系企业应当建立实施保持改进]{1,6}",
        "[a-zA-Z]{1,12}",
        "[0-9]{1,4}",
        Just("GB/T 29490-2023".to_string()),
    ];
    let open = prop_oneof![Just(""), Just("（"), Just("《"), Just("“"), Just("(")];
    let close = prop_oneof![
        Just(""),
        Just("，"),
        Just("。"),
        Just("）"),
        Just("》"),
        Just("”"),
        Just("、"),
        Just(", "),
        Just(" ")
    ];
    (open, word, close).prop_map(|(o, w, c)| format!("{o}{w}{c}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn wrapped_lines_fit_keep_the_text_and_respect_kinsoku(
        tokens in prop::collection::vec(token(), 0..60),
        width in 12.0f32..120.0,
        size in 7.0f32..14.0,
    ) {
        let font = Font::bundled().unwrap();
        let text: String = tokens.concat();
        let lines = wrap(font, &text, size, width);
        prop_assert!(!lines.is_empty());
        for line in &lines {
            let w = font.width(line, size);
            prop_assert!(w <= width + 0.02 || line.chars().count() == 1, "{line:?} is {w} > {width}");
        }
        let squash = |s: &str| s.chars().filter(|c| *c != ' ').collect::<String>();
        prop_assert_eq!(squash(&lines.concat()), squash(&text));
        // 避头尾 can always be kept once a line holds four full-width characters (an opening
        // bracket, one hanzi and a comma form the longest unbreakable run generated here).
        let roomy = width >= 4.0 * size * 25.4 / 72.0;
        for pair in lines.windows(2).filter(|_| roomy) {
            let next = pair[1].chars().next();
            prop_assert!(!next.is_some_and(is_no_start), "line starts with closing punctuation: {:?}", pair);
            let last = pair[0].chars().next_back();
            prop_assert!(!last.is_some_and(is_no_end), "line ends with opening punctuation: {:?}", pair);
        }
    }
}

#[test]
fn a_20000_character_note_wraps_within_the_width() {
    let font = Font::bundled().unwrap();
    let note: String = "审核发现：研发记录未编号，Search reports missing; "
        .chars()
        .cycle()
        .take(20_000)
        .collect();
    let lines = wrap(font, &note, 9.0, 80.0);
    assert!(lines.len() > 150);
    assert!(lines.iter().all(|l| font.width(l, 9.0) <= 80.02));
    assert_eq!(lines.concat().replace(' ', ""), note.replace(' ', ""));
}

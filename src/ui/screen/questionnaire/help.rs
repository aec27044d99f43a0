//! The help under an item: for an enterprise assessing itself, plain words first (what the
//! item asks, what √ △ ○ × look like in a small firm) with the auditor's guidance on demand;
//! for a consultant the auditor's guidance first with the plain words on demand. An item
//! without plain help shows the auditor's guidance in both modes. The glossary terms of the
//! question and the help are listed with their explanation on hover.

use super::{Data, Message, Questionnaire};
use crate::i18n::tr;
use crate::model::assessment::Verdict;
use crate::model::catalog::Item;
use crate::ui::screen::glossary;
use crate::ui::style;
use crate::ui::widgets::label;
use iced::Element;
use iced::widget::{button, column, text};

impl Questionnaire {
    pub(super) fn help<'a>(&'a self, data: Data<'a>, item: &'a Item) -> Element<'a, Message> {
        let l = data.locale;
        let plain = item
            .plain
            .as_ref()
            .map(|p| p.get(l))
            .filter(|p| !p.is_empty());
        let has_plain = plain.is_some() || item.examples.is_some();
        // What comes first, and whether the other text is shown too.
        let plain_first = self.plain_first && has_plain;
        let show_plain = has_plain && (plain_first || self.other_text);
        let show_auditor = !plain_first || self.other_text;
        let mut help = column![].spacing(6);
        let mut plain_part = column![].spacing(6);
        if show_plain {
            if let Some(p) = plain {
                plain_part = plain_part
                    .push(text(tr(l, "q-plain-heading")).size(15))
                    .push(text(p).size(14));
            }
            if let Some(ex) = &item.examples {
                plain_part = plain_part.push(text(tr(l, "q-examples-heading")).size(15));
                for v in Verdict::PICKABLE {
                    if let Some(t) = ex.get(v).map(|t| t.get(l)).filter(|t| !t.is_empty()) {
                        plain_part = plain_part.push(
                            text(crate::i18n::tr_args(
                                l,
                                "q-example-line",
                                &[
                                    (
                                        "verdict",
                                        format!("{} {}", v.symbol(), label(l, "verdict", v.key()))
                                            .into(),
                                    ),
                                    ("text", t.into()),
                                ],
                            ))
                            .size(13),
                        );
                    }
                }
            }
        }
        let mut auditor = column![].spacing(6);
        if show_auditor {
            auditor = auditor
                .push(text(tr(l, "q-guidance")).size(15))
                .push(text(item.guidance.get(l)).size(14).style(style::muted));
            if !item.evidence.is_empty() {
                auditor = auditor.push(text(tr(l, "q-typical-evidence")).size(15));
                for e in &item.evidence {
                    auditor = auditor.push(
                        text(format!(
                            "• [{}] {}",
                            label(l, "evidence", e.kind.key()),
                            e.text.get(l)
                        ))
                        .size(14)
                        .style(style::muted),
                    );
                }
            }
        }
        if plain_first {
            help = help.push(plain_part).push(auditor);
        } else {
            help = help.push(auditor).push(plain_part);
        }
        if has_plain {
            let toggle = match (plain_first, self.other_text) {
                (true, false) => "q-show-auditor-text",
                (true, true) => "q-hide-auditor-text",
                (false, false) => "q-show-plain-text",
                (false, true) => "q-hide-plain-text",
            };
            help = help.push(
                button(text(tr(l, toggle)).size(13))
                    .style(style::link)
                    .padding(0)
                    .on_press(Message::ToggleOtherText),
            );
        }
        let mut texts = vec![item.question.get(l), item.guidance.get(l)];
        texts.extend(plain);
        if let Some(terms) = glossary::terms_row(l, &texts) {
            help = help.push(terms);
        }
        help.into()
    }
}

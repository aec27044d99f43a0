//! Marking many items at once, with undo: a clause's unanswered items conform (the consultant
//! who saw everything in order), or a clause's or chapter's unanswered items × with the note
//! "尚未建立" (the firm that has none of it yet). Answered items are never touched.

use super::{Data, Event, Message, Questionnaire, Undo};
use crate::i18n::{Arg, tr, tr_args};
use crate::model::assessment::{Answers, Verdict, effective_verdict};
use crate::model::catalog::{chapter_of, clause_within};
use iced::Element;
use iced::widget::{button, row, text};

/// Which items a bulk marking covers, seen from the current item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Clause,
    Chapter,
}

impl Questionnaire {
    /// The clause whose items "mark the whole clause" sets: the current item's clause.
    pub fn current_clause<'a>(&self, data: Data<'a>) -> Option<&'a str> {
        data.catalog.item(&self.current).map(|i| i.clause.as_str())
    }

    /// The clause or chapter number the scope stands for at the current item.
    fn scope_number<'a>(&self, data: Data<'a>, scope: Scope) -> Option<&'a str> {
        let clause = self.current_clause(data)?;
        Some(match scope {
            Scope::Clause => clause,
            Scope::Chapter => chapter_of(clause),
        })
    }

    /// Marks every unanswered (or only suggested) item of the scope with `verdict`; a note
    /// given goes in front of what was typed. One saving event, and the undo remembers what
    /// each item had. Returns whether anything was marked.
    pub(super) fn mark(
        &mut self,
        data: Data<'_>,
        scope: Scope,
        verdict: Verdict,
        note: Option<&str>,
        events: &mut Vec<Event>,
    ) -> bool {
        let Some(number) = self.scope_number(data, scope).map(str::to_string) else {
            return false;
        };
        let mut before = Answers::new();
        let mut after = Answers::new();
        for item in data
            .catalog
            .active_items()
            .filter(|i| clause_within(&i.clause, &number))
        {
            let old = data.answers.get(&item.id);
            let v = effective_verdict(item, data.triage, old);
            if v != Verdict::Unanswered && !old.is_some_and(|a| a.suggested) {
                continue;
            }
            let old = old.cloned().unwrap_or_default();
            let mut new = old.clone();
            new.verdict = verdict;
            new.suggested = false;
            if let Some(note) = note {
                new.note = if old.note.trim().is_empty() {
                    note.to_string()
                } else {
                    format!("{note}\n{}", old.note)
                };
            }
            before.insert(item.id.clone(), old);
            after.insert(item.id.clone(), new);
        }
        if after.is_empty() {
            return false;
        }
        self.undo = Some(Undo {
            clause: number,
            before,
        });
        events.push(Event::SaveMany(after));
        true
    }

    /// The bulk actions of the item card, and the undo of the last one.
    pub(super) fn bulk_bar<'a>(&'a self, data: Data<'a>) -> Element<'a, Message> {
        let l = data.locale;
        let action = |label: String, m: Message| {
            button(text(label).size(13))
                .style(button::text)
                .on_press_maybe(data.writable.then_some(m))
        };
        let mut bar = row![
            action(tr(l, "q-mark-clause"), Message::MarkClause),
            action(
                tr(l, "q-missing-clause"),
                Message::MarkMissing(Scope::Clause)
            ),
            action(
                tr(l, "q-missing-chapter"),
                Message::MarkMissing(Scope::Chapter)
            ),
        ]
        .spacing(4);
        if let Some(u) = &self.undo {
            let undo = tr_args(
                l,
                "q-undo-mark",
                &[("clause", Arg::from(u.clause.as_str()))],
            );
            bar = bar.push(
                button(text(undo).size(13))
                    .style(button::secondary)
                    .on_press(Message::UndoMark),
            );
        }
        bar.wrap().into()
    }
}

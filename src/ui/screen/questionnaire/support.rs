//! The questionnaire's filters and small helpers: which verdicts to show, the pause timer,
//! focus checks, the next unanswered item.

use super::Data;
use crate::model::assessment::{Verdict, effective_verdict};
use crate::model::catalog::Item;
use iced::time::Duration;

/// Which items the list shows, by their verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Show {
    #[default]
    All,
    Unanswered,
    /// ○ and ×.
    Nonconforming,
    Observations,
    NotApplicable,
}

impl Show {
    pub const ALL: [Show; 5] = [
        Show::All,
        Show::Unanswered,
        Show::Nonconforming,
        Show::Observations,
        Show::NotApplicable,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Show::All => "all",
            Show::Unanswered => "unanswered",
            Show::Nonconforming => "nonconforming",
            Show::Observations => "observations",
            Show::NotApplicable => "na",
        }
    }
    pub(super) fn admits(self, v: Verdict) -> bool {
        match self {
            Show::All => true,
            Show::Unanswered => v == Verdict::Unanswered,
            Show::Nonconforming => matches!(v, Verdict::Minor | Verdict::Major),
            Show::Observations => v == Verdict::Observation,
            Show::NotApplicable => v == Verdict::Na,
        }
    }
}

/// A future that resolves after `d` without holding an executor thread: the wait runs on a
/// thread of its own, so typing never starves the UI's tasks and subscriptions.
pub fn delay(d: Duration) -> impl std::future::Future<Output = ()> + Send + 'static {
    let (tx, rx) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        std::thread::sleep(d);
        let _ = tx.send(());
    });
    async move {
        let _ = rx.await;
    }
}

pub(super) fn first_unanswered<'a>(
    data: Data<'_>,
    mut items: impl Iterator<Item = &'a Item>,
) -> Option<String> {
    items
        .find(|i| effective_verdict(i, data.triage, data.answers.get(&i.id)) == Verdict::Unanswered)
        .map(|i| i.id.clone())
}

//! Triage from facts: what the profile's own figures already answer. Five patents on record
//! mean "does the company hold patents?" is yes. A suggestion only fills a question the user
//! has not answered; an answer the user gave is never replaced.

use super::assessment::{Triage, TriageAnswer};
use super::catalog::TriageId;
use super::profile::Profile;

/// A triage answer implied by a count in the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    pub id: TriageId,
    pub answer: TriageAnswer,
    /// The count it is read from (patents of all three kinds, trademarks, copyrights, …).
    pub count: i64,
}

/// Every answer the profile's counts imply, whether or not the user answered the question.
pub fn implied(profile: &Profile) -> Vec<Suggestion> {
    let p = &profile.portfolio;
    let copyrights = p.software_copyrights.max(0) + p.other_copyrights.max(0);
    [
        (TriageId::Patents, p.patents()),
        (TriageId::Trademarks, p.trademarks.max(0)),
        (TriageId::Copyright, copyrights),
        (TriageId::TradeSecrets, p.trade_secrets.max(0)),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0)
    .map(|(id, count)| Suggestion {
        id,
        answer: TriageAnswer::Yes,
        count,
    })
    .collect()
}

/// The suggestions for the questions the user has not answered yet.
pub fn suggestions(profile: &Profile) -> Vec<Suggestion> {
    implied(profile)
        .into_iter()
        .filter(|s| !profile.triage.contains_key(&s.id))
        .collect()
}

/// The triage as shown: the user's answers, with suggestions filling the unanswered
/// questions (a "yes" counts like "unknown" for applicability, so scores do not change).
pub fn shown(profile: &Profile) -> Triage {
    let mut triage = profile.triage.clone();
    for s in suggestions(profile) {
        triage.insert(s.id, s.answer);
    }
    triage
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_suggest_yes_and_never_replace_an_answer() {
        let mut p = Profile::default();
        assert!(implied(&p).is_empty());
        p.portfolio.utility_models = 5;
        p.portfolio.trademarks = 2;
        let s = suggestions(&p);
        assert_eq!(
            s.iter().map(|s| (s.id, s.count)).collect::<Vec<_>>(),
            [(TriageId::Patents, 5), (TriageId::Trademarks, 2)]
        );
        p.triage.insert(TriageId::Patents, TriageAnswer::No);
        assert_eq!(suggestions(&p).len(), 1);
        assert_eq!(shown(&p).get(&TriageId::Patents), Some(&TriageAnswer::No));
        assert_eq!(
            shown(&p).get(&TriageId::Trademarks),
            Some(&TriageAnswer::Yes)
        );
        assert_eq!(shown(&p).get(&TriageId::Copyright), None);
    }
}

//! Per-verdict examples for a small firm (plain help for a manager alone).

use crate::locale::Localized;
use crate::model::assessment::Verdict;
use serde::{Deserialize, Serialize};

/// What each verdict looks like for this item in a small firm (a 60-person factory), in plain
/// words for a manager who does not know the standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    pub conform: Localized,
    pub observation: Localized,
    pub minor: Localized,
    pub major: Localized,
}

impl Examples {
    /// The example for a verdict (none for N/A and unanswered).
    pub fn get(&self, verdict: Verdict) -> Option<&Localized> {
        match verdict {
            Verdict::Conform => Some(&self.conform),
            Verdict::Observation => Some(&self.observation),
            Verdict::Minor => Some(&self.minor),
            Verdict::Major => Some(&self.major),
            Verdict::Na | Verdict::Unanswered => None,
        }
    }

    pub(super) fn is_complete(&self) -> bool {
        [&self.conform, &self.observation, &self.minor, &self.major]
            .iter()
            .all(|t| t.is_complete())
    }
}

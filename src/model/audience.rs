//! Who uses the app: the enterprise assessing itself (自评) or a consultancy assessing a client
//! (辅导机构). The same features for both; the wording, help and report follow the choice.

use super::keyed::keyed_enum;

keyed_enum! {
    /// The person at the keyboard.
    pub enum Audience {
        /// The enterprise itself, usually a manager without IP staff.
        Enterprise = "enterprise",
        /// A consultant running a diagnosis at a client.
        Consultant = "consultant",
    }
}

impl Audience {
    /// Whether plain-language help comes first (the auditor's text on demand).
    pub fn plain_first(self) -> bool {
        self == Audience::Enterprise
    }
}

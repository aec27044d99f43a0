//! One module per screen: state, `Message`, outward `Event`, `update`, `view`.

/// The id of the scrolling page of the open diagnosis's tabs (profile, dashboard, plan,
/// compare, report): a tab opens at its top, not at the offset the previous tab had.
pub fn page_id() -> iced::widget::Id {
    iced::widget::Id::new("workspace-page")
}

pub mod audience;
pub mod branding;
pub mod claims;
pub mod compare;
pub mod dashboard;
pub mod glossary;
pub mod guide;
pub mod home;
pub mod organisation;
pub mod plan;
pub mod policy_card;
pub mod profile;
pub mod questionnaire;
pub mod report;
pub mod settings;

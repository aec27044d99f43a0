//! One module per screen: state, `Message`, outward `Event`, `update`, `view`.

pub mod compare;
pub mod dashboard;
pub mod home;
pub mod organisation;
pub mod plan;
pub mod profile;
pub mod questionnaire;
pub mod report;
pub mod settings;

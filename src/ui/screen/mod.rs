//! One module per screen: state, `Message`, outward `Event`, `update`, `view`.

pub mod home;
pub mod questionnaire;
pub mod dashboard;
pub mod plan;
pub mod profile;
pub mod settings;
pub mod compare;
pub mod report;

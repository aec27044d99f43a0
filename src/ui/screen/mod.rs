//! One module per screen: state, `Message`, outward `Event`, `update`, `view`.

pub mod home;
pub mod questionnaire;

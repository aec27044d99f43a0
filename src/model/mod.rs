//! The pure core: catalogue, profile, assessment, scoring and plan. Values in, values out —
//! no files, no database, no screens.

pub(crate) mod keyed;

pub mod assessment;
pub mod catalog;
pub mod crosswalk;
pub mod profile;
pub mod sizeclass;
pub mod plan;
pub mod readiness;
pub mod scoring;
pub mod compare;
pub mod support;

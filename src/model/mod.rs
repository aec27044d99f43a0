//! The pure core: catalogue, profile, assessment, scoring and plan. Values in, values out —
//! no files, no database, no screens.

pub(crate) mod keyed;

pub mod assessment;
pub mod audience;
pub mod catalog;
pub mod compare;
pub mod cost;
pub mod crosswalk;
pub mod evaluate;
pub mod first_steps;
pub mod glossary;
pub mod message;
pub mod org;
pub mod plan;
pub mod profile;
pub mod readiness;
pub mod rewards;
pub mod schedule;
pub mod scoring;
pub mod sizeclass;
pub mod support;
pub mod triage;

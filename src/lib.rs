//! IPMS Readiness — offline GB/T 29490 readiness diagnosis for small and micro enterprises.
//!
//! Rooms: `model` (pure core), `catalogs` (where catalogues come from), `store` (SQLite and
//! exchange files), `report` (PDF), `i18n` (Fluent), `ui` (iced screens), `cli` (headless).

pub mod assets;
pub mod branding;
pub mod catalogs;
pub mod cli;
pub mod demo;
pub mod error;
pub mod i18n;
pub mod locale;
pub mod model;
pub mod paths;
pub mod policies;
pub mod printing;
pub mod report;
pub mod settings;
pub mod store;
pub mod ui;

/// The display name, used for window titles and report metadata.
pub const DISPLAY_NAME: &str = "IPMS Readiness · 知识产权合规管理体系贯标自诊";

//! Samuh: the book of a community fund (self-help group, village fund, savings group,
//! cooperative, welfare club). The core holds every rule; the CLI and the desktop shell are thin.
//!
//! Dependency direction: domain <- store, reports, i18n <- render <- app <- CLI, src-tauri.

pub mod domain;
pub mod error;
pub mod i18n;

pub use error::{Error, Result};
pub mod store;
pub mod app;
pub mod render;

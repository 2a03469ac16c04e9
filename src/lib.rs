//! Samuh: the book of a community fund (self-help group, village fund, savings group,
//! cooperative, welfare club). The core holds every rule; the CLI and the desktop shell are thin.
//!
//! Dependency direction: domain <- store, reports, i18n <- render <- app <- desk <- CLI, src-tauri.

#[cfg(not(any(feature = "sqlcipher", feature = "plain-sqlite")))]
compile_error!("Samuh needs a SQLite: the default feature `sqlcipher`, or `plain-sqlite` (fuzz builds only).");

pub mod app;
/// The demonstration books, generated through the app's own functions.
pub mod demo;
/// The shells' shared runtime and the one command table (needs the documents: printing is a command).
#[cfg(feature = "documents")]
pub mod desk;
pub mod domain;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod render;
pub mod reports;
pub mod store;
#[doc(hidden)]
pub mod testkit;

pub use error::{Error, Result};

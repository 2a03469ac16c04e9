//! `samuh recovery-code new`: a new recovery code for an encrypted book opened with its
//! passphrase (issue 13), for a code that was never seen, is lost, or was seen by someone else.

use super::{open, Answer, Cli};
use clap::Subcommand;
use samuh::app;
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::Error;

#[derive(Subcommand)]
pub(super) enum RecoveryCodeCmd {
    /// Print a NEW recovery code for this encrypted book (the passphrase is needed); the old
    /// code stops opening the book at once. Use it when the code printed by `encrypt` was
    /// never seen, or is lost.
    New,
}

pub(super) fn run(cli: &Cli, cmd: &RecoveryCodeCmd, l: &Localizer) -> Result<Answer, Error> {
    match cmd {
        RecoveryCodeCmd::New => {
            let store = open(cli)?;
            let info = app::recovery_code_new(&store)?;
            let text = format!(
                "{}\n{}\n\n    {}\n\n{}\n",
                l.msg("recovery-code-new-done", &[("path", Arg::Text(info.path.clone()))]),
                l.msg("encrypt-recovery-code", &[]),
                info.recovery_code,
                l.msg("recovery-code-new-backups", &[]),
            );
            Ok(Answer::new(text, serde_json::to_value(&info).expect("json")))
        }
    }
}

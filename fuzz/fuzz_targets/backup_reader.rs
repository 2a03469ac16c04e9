#![no_main]
use samuh::fuzzing::{run, Target};
libfuzzer_sys::fuzz_target!(|data: &[u8]| run(Target::BackupReader, data));

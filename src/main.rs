// The Windows exe is a GUI program: no console window flashes up when it is double-clicked.
#![cfg_attr(windows, windows_subsystem = "windows")]

use clap::Parser;
use ipms_readiness::cli::{Cli, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_parent_console();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("IPMS_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    run(Cli::parse())
}

/// A GUI program started from a terminal has no standard output: it takes the terminal's
/// console, so `--help` and every command print there. Output redirected to a pipe or file is
/// kept as it is; started from the Explorer there is no console to take, and nothing happens.
#[cfg(windows)]
#[allow(unsafe_code)] // Reason: two plain Win32 calls; no well-kept crate wraps them safely.
fn attach_parent_console() {
    use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
    };
    // SAFETY: neither call takes a pointer; a failure only means there is no console to use.
    unsafe {
        let out = GetStdHandle(STD_OUTPUT_HANDLE);
        if out.is_null() || out == INVALID_HANDLE_VALUE {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

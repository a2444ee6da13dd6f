//! The `claimrecon` command: parses arguments and calls the library.

mod cli;

use std::process::ExitCode;

/// mimalloc: the run allocates and frees many small strings on two threads at once, where
/// glibc's allocator spent a fifth of the time (perf, 10k generated articles).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}

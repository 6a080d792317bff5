//! The `resolution-ls` binary: the language server (default) and the
//! command-line checker.

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use resolution_ls::cli;

#[derive(Parser)]
#[command(
    name = "resolution-ls",
    version,
    about = "Language server and checker for ITU resolution drafts"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Speak the Language Server Protocol on stdin/stdout (the default; logs go to stderr,
    /// `RESOLUTION_LS_LOG=info` for more).
    Serve,
    /// Check drafts and print findings (exit 0: no errors, 1: errors found, 2: bad usage or unreadable input).
    Check(cli::check::CheckArgs),
    /// Write a draft in another format: `resolution-ls export --to akn DRAFT` (Akoma Ntoso 3.0;
    /// exit 0: written, 2: bad usage, unreadable input or nothing to export).
    Export(cli::export::ExportArgs),
    /// Look up a resolution in the catalogue: `resolution-ls catalogue WTDC 23 --lang zh`,
    /// or list a body's meetings: `resolution-ls catalogue --conferences PP`
    /// (exit 0: found, 1: not in the catalogue, 2: bad usage).
    Catalogue(cli::catalogue::CatalogueArgs),
    /// Print a rule's page: what it checks, why, examples, the fix
    /// (`resolution-ls rule RLS0105`, `rule label-fused`, `rule --all`).
    Rule(cli::rule::RuleArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The language server on stdio. Exit status 0 after `shutdown` and
/// `exit`, 1 when the client exits (or disappears) without `shutdown`.
fn serve() -> anyhow::Result<i32> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let clean = runtime.block_on(resolution_ls::lsp::run_stdio());
    // Tokio reads stdin on a blocking thread that cannot be interrupted:
    // do not wait for it, or a client that keeps the pipe open after
    // `exit` would keep the process alive.
    runtime.shutdown_background();
    Ok(if clean { 0 } else { 1 })
}

fn main() -> ExitCode {
    // Logs go to stderr: stdout belongs to the protocol in server mode.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("RESOLUTION_LS_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_ansi(false)
        .init();
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let status = match args.command {
        Some(Command::Check(args)) => cli::check::run(&args, &mut std::io::stdout().lock()),
        Some(Command::Export(args)) => cli::export::run(&args, &mut std::io::stdout().lock()),
        Some(Command::Catalogue(args)) => cli::catalogue::run(args),
        Some(Command::Rule(args)) => cli::rule::run(&args, &mut std::io::stdout().lock()),
        Some(Command::Completions { shell }) => {
            // Generated into memory first: clap_complete panics on a write
            // error, and `| head` closes the pipe early.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "resolution-ls", &mut script);
            std::io::Write::write_all(&mut std::io::stdout().lock(), &script)
                .map(|()| 0)
                .map_err(anyhow::Error::from)
        }
        None | Some(Command::Serve) => serve(),
    };
    match status {
        Ok(code) => ExitCode::from(code as u8),
        // The reader went away (`| head`): nothing more to say to anyone.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

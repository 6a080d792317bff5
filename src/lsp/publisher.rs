//! The channel that asks the diagnostics task ([`super::diagnostics`]) to
//! publish a document's findings once its text has rested.

use std::time::Duration;

use tokio::sync::mpsc;
use tower_lsp_server::ls_types::Uri;

/// How long the text must rest before findings are computed, unless
/// `RESOLUTION_LS_DEBOUNCE_MS` says otherwise (the latency benchmark sets
/// it to 0 to measure the pipeline itself).
pub const DEBOUNCE: Duration = Duration::from_millis(200);

pub fn debounce() -> Duration {
    static SETTING: std::sync::OnceLock<Duration> = std::sync::OnceLock::new();
    *SETTING.get_or_init(|| {
        std::env::var("RESOLUTION_LS_DEBOUNCE_MS")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .map_or(DEBOUNCE, Duration::from_millis)
    })
}

/// The sending side; cheap to clone.
#[derive(Clone)]
pub struct Publisher {
    tx: mpsc::UnboundedSender<(Uri, Duration)>,
}

impl Publisher {
    pub fn new() -> (Publisher, mpsc::UnboundedReceiver<(Uri, Duration)>) {
        let (tx, rx) = mpsc::unbounded_channel();
        (Publisher { tx }, rx)
    }

    /// Publishes `uri`'s findings once it has rested for `delay` (a later
    /// call for the same URI restarts the wait).
    pub fn schedule(&self, uri: Uri, delay: Duration) {
        let _ = self.tx.send((uri, delay));
    }
}

//! The diagnostics publisher: one task, fed by a channel of URIs, that
//! waits until a document's text has rested for the debounce delay, then
//! computes its findings on a blocking thread and publishes them with the
//! document's version, unless the document (or the configuration) has
//! moved on in the meantime.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};

use dashmap::try_result::TryResult;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::Instant;
use tower_lsp_server::ls_types::Uri;

use super::state::Shared;
use super::to_proto;

/// The publisher's loop; ends when every [`super::publisher::Publisher`] is
/// gone. It holds the session's state weakly: the state holds a publisher,
/// so a strong hold would keep both (and this task) alive after the session
/// ended.
pub(super) async fn run(shared: Weak<Shared>, mut rx: mpsc::UnboundedReceiver<(Uri, Duration)>) {
    let mut due: HashMap<Uri, Instant> = HashMap::new();
    loop {
        let next = due.values().min().copied();
        tokio::select! {
            message = rx.recv() => match message {
                // No debounce: at once, not at the timer's next tick (it
                // counts whole milliseconds, and a keystroke costs less).
                Some((uri, delay)) if delay.is_zero() => {
                    due.remove(&uri);
                    let Some(shared) = shared.upgrade() else {
                        return;
                    };
                    tokio::spawn(publish(shared, uri));
                }
                Some((uri, delay)) => {
                    due.insert(uri, Instant::now() + delay);
                }
                None => return,
            },
            _ = tokio::time::sleep_until(next.unwrap_or_else(Instant::now)), if next.is_some() => {
                let now = Instant::now();
                let ready: Vec<Uri> = due
                    .iter()
                    .filter(|(_, at)| **at <= now)
                    .map(|(uri, _)| uri.clone())
                    .collect();
                let Some(shared) = shared.upgrade() else {
                    return;
                };
                for uri in ready {
                    due.remove(&uri);
                    tokio::spawn(publish(shared.clone(), uri));
                }
            }
        }
    }
}

/// Marks a document's analysis as running until dropped; then a version
/// that came due meanwhile is analysed at once.
struct Running {
    shared: Arc<Shared>,
    uri: Uri,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some((uri, true)) = self.shared.analysing.remove(&self.uri) {
            self.shared.publisher.schedule(uri, Duration::ZERO);
        }
    }
}

/// Computes and publishes one document's findings.
async fn publish(shared: Arc<Shared>, uri: Uri) {
    // At most one analysis per document at a time: versions that come due
    // while one runs wait for it, and the latest of them is analysed as
    // soon as it ends (typing into a large draft no longer piles up
    // analyses; a keystroke that came as the last one was being published
    // waited 50 ms for a retry).
    match shared.analysing.entry(uri.clone()) {
        dashmap::Entry::Occupied(mut running) => {
            running.insert(true);
            return;
        }
        dashmap::Entry::Vacant(free) => {
            free.insert(false);
        }
    }
    let _running = Running {
        shared: shared.clone(),
        uri: uri.clone(),
    };
    // The map's guard ends with this statement: nothing is held across an await.
    let snapshot = shared
        .docs
        .get(&uri)
        .map(|d| (d.version, d.analysis.clone(), d.refused.is_some()));
    let Some((version, file, refused)) = snapshot else {
        return;
    };
    if refused {
        shared
            .client
            .publish_diagnostics(uri, Vec::new(), Some(version))
            .await;
        return;
    }
    let stamp = shared.generation();
    let encoding = shared.encoding();
    let (shared2, uri2) = (shared.clone(), uri.clone());
    shared.analyses.started.fetch_add(1, Ordering::SeqCst);
    let computed = tokio::task::spawn_blocking(move || {
        // A newer version (or a close) makes this analysis pointless: it
        // stops at the next section or document (a newer version has its
        // own publication scheduled). `try_get`: a change being installed
        // holds the entry for a moment; that is no reason to stop or wait.
        let stale = || match shared2.docs.try_get(&uri2) {
            TryResult::Present(d) => d.version != version,
            TryResult::Absent => true,
            TryResult::Locked => false,
        };
        // (A version's findings are made from the earlier ones once at
        // most: checked again under another configuration, they are not.)
        let rechecked_before = file.reused_earlier().1;
        let found = file.findings_unless(
            stamp,
            || shared2.config_for(&uri2),
            crate::model::Cancel::new(&stale),
        )?;
        let taught = crate::ide::taught_entries(&file, uri2.as_str());
        let mut diagnostics = to_proto::diagnostics(&uri2, &file, &found, encoding);
        // The differences with the document's other language versions.
        diagnostics.extend(super::parallel::diagnostics(
            &shared2, &uri2, &file, encoding,
        ));
        let partners = super::parallel::open_partners(&shared2, &uri2, &file);
        let rechecked = !rechecked_before && file.reused_earlier().1;
        Some((diagnostics, taught, partners, rechecked))
    })
    .await;
    let (diagnostics, taught, partners) = match computed {
        Ok(Some((diagnostics, taught, partners, rechecked))) => {
            shared.analyses.finished.fetch_add(1, Ordering::SeqCst);
            if rechecked {
                shared.analyses.rechecked.fetch_add(1, Ordering::SeqCst);
            }
            (diagnostics, taught, partners)
        }
        Ok(None) => {
            shared.analyses.cancelled.fetch_add(1, Ordering::SeqCst);
            return;
        }
        Err(e) => {
            tracing::error!("checking {} failed: {e}", uri.as_str());
            return;
        }
    };
    if shared.docs.get(&uri).map(|d| d.version) != Some(version) {
        return; // The text moved on; its own publication is scheduled.
    }
    // Read before the teaching below moves it on: the findings are
    // published unless something else changed meanwhile.
    let generation = shared.generation();
    // What this document's identity line teaches the others, learnt before
    // its findings go out: its next keystroke is then checked from them.
    if shared.set_taught(&uri, version, taught) {
        shared.taught_changed(&uri, stamp);
    }
    if generation == stamp {
        shared
            .client
            .publish_diagnostics(uri.clone(), diagnostics, Some(version))
            .await;
    }
    // A broken resolution-ls.toml met while checking: say so once.
    for problem in shared.take_config_problems() {
        shared
            .client
            .show_message(
                tower_lsp_server::ls_types::MessageType::WARNING,
                format!("resolution-ls configuration: {problem} (the file is not used)"),
            )
            .await;
    }
    // A new version changes what its open language versions are told.
    if shared.parallel_announced.insert(uri.clone(), version) != Some(version) {
        for partner in partners {
            shared.publisher.schedule(partner, Duration::ZERO);
        }
    }
}

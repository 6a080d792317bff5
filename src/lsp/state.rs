//! The server's state, apart from its handlers: the open documents, the
//! workspace index, what the client and the user said, and the catalogue
//! each document resolves against. The handlers ([`super::server`]) and the
//! diagnostics task ([`super::diagnostics`]) share it behind an `Arc`.
//!
//! No map guard and no lock is ever held across an `.await`: every access
//! is one statement, or a block that ends before the next `.await`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use dashmap::DashMap;
use tower_lsp_server::ls_types::{Location, Uri};
use tower_lsp_server::Client;

use super::capabilities::ClientFlags;
use super::config::MessageLanguage;
use super::publisher::{debounce, Publisher};
use super::workspace::Index;
use super::{to_proto, Settings, MAX_DOCUMENT_BYTES};
use crate::analysis::Config;
use crate::catalogue::{Catalogue, Entry};
use crate::domain::Language;
use crate::files::ProjectConfig;
use crate::ide::{self, FileAnalysis};
use crate::text::{PositionEncoding, TextRange};

/// How many sessions' states are alive in this process (see
/// [`super::live_sessions`]).
pub(super) static LIVE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Drop for Shared {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// State shared by the handlers, the diagnostics task and the indexer.
pub(super) struct Shared {
    pub client: Client,
    pub docs: DashMap<Uri, Doc>,
    pub index: Index,
    pub state: RwLock<State>,
    pub publisher: Publisher,
    /// Changes whenever something other than a document's own text may
    /// change its findings: the settings, the user catalogue, what another
    /// document or an indexed file teaches the catalogue.
    pub generation: AtomicU64,
    /// The catalogue each document's citations resolve against, with the
    /// generation it was built for.
    pub catalogues: DashMap<Uri, (u64, Catalogue)>,
    /// The `resolution-ls.toml` that applies to each folder (emptied when
    /// a configuration file changes).
    pub projects: DashMap<PathBuf, Option<Arc<ProjectConfig>>>,
    /// The catalogue of everything the workspace teaches, with the
    /// generation it was built for (most documents resolve against it).
    pub shared_catalogue: std::sync::Mutex<Option<(u64, Catalogue)>>,
    /// The documents whose findings are being computed (at most one
    /// analysis per document at a time).
    /// The flag: a newer version came due meanwhile, and is analysed as
    /// soon as this analysis ends.
    pub analysing: DashMap<Uri, bool>,
    /// How many analyses were started, finished and cancelled (a newer
    /// version came while they ran): `resolutionLs/analysisCounts` reports
    /// them, for tests and for a user who wonders why the server is busy.
    pub analyses: AnalysisCounts,
    /// Counts the readings of the `officialTexts` folders: a reading whose
    /// number is no longer the last one is dropped (the settings changed
    /// while it ran).
    pub learning: AtomicU64,
    /// Whether the client was asked to watch the `officialTexts` folders.
    pub official_watched: std::sync::atomic::AtomicBool,
    /// The last version of each document whose findings were followed by
    /// a new publication of its open language versions (`lsp::parallel`):
    /// a partner's publication does not bounce back.
    pub parallel_announced: DashMap<Uri, i32>,
}

#[derive(Default)]
pub(super) struct AnalysisCounts {
    pub started: AtomicU64,
    pub finished: AtomicU64,
    pub cancelled: AtomicU64,
    /// Finished analyses whose findings were made from the previous
    /// version's (a keystroke inside a clause line).
    pub rechecked: AtomicU64,
}

/// One open document.
pub(super) struct Doc {
    pub version: i32,
    /// The version's text, tree, model and findings.
    pub analysis: Arc<FileAnalysis>,
    /// What its identity lines teach the catalogue (set by the diagnostics
    /// task, which analyses it first).
    pub taught: Arc<[Entry]>,
    /// Why it is not analysed: too large, or binary.
    pub refused: Option<String>,
    /// The text of a refused document, kept so that later changes apply
    /// (its analysis is of an empty text): a rope, so that an edit to a
    /// text too large to analyse costs O(log n), not a copy of it.
    pub raw: Option<ropey::Rope>,
}

/// What the client and the user said: negotiated at `initialize`, changed
/// by settings and workspace-folder notifications.
#[derive(Default)]
pub(super) struct State {
    pub encoding: PositionEncoding,
    pub settings: Settings,
    pub roots: Vec<PathBuf>,
    /// Entries of the user's catalogue file.
    pub user_entries: Vec<Entry>,
    /// What the `officialTexts` folders teach (every document, its own
    /// text included: they are not its identity line).
    pub official_entries: Arc<[Entry]>,
    /// The `officialTexts` folders as last read (resolved, and canonical):
    /// a watched change under one reads them again.
    pub official_folders: Vec<(PathBuf, PathBuf)>,
    pub client: ClientFlags,
    /// The client's `locale` from `initialize`, when it is one of the six.
    pub locale: Option<Language>,
    pub initialized: bool,
    /// Problems in configuration files, to show the user once.
    pub config_problems: Vec<String>,
}

impl Shared {
    pub fn encoding(&self) -> PositionEncoding {
        self.state.read().map(|s| s.encoding).unwrap_or_default()
    }

    pub fn settings(&self) -> Settings {
        self.state
            .read()
            .map(|s| s.settings.clone())
            .unwrap_or_default()
    }

    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// What `uri` teaches changed, after its findings were computed under
    /// `stamp`: every other open document is checked again. Its own
    /// findings stand unless it cites a number it teaches (only then does
    /// its catalogue hold its own entries, `catalogue_for`): they are kept
    /// under the new stamp, so that the next keystroke is checked from
    /// them rather than whole (the first keystroke after opening a draft
    /// was, 70–100 ms at 1 MB).
    pub fn taught_changed(&self, uri: &Uri, stamp: u64) {
        let before = self.generation();
        self.invalidate(Some(uri));
        // Only when nothing else changed the stamp meanwhile.
        if before != stamp {
            return;
        }
        let (analysis, own) = match self.docs.get(uri) {
            Some(doc) => (doc.analysis.clone(), doc.taught.clone()),
            None => return,
        };
        let cites_own = analysis
            .current_model()
            .is_none_or(|model| crate::ide::cites_own_teaching(&model.citations, &own));
        if !cites_own {
            analysis.restamp_findings(stamp, self.generation());
        }
    }

    /// Something that findings depend on changed: every open document
    /// (but `except`, whose findings it does not change) is checked again.
    pub fn invalidate(&self, except: Option<&Uri>) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        let open: Vec<Uri> = self
            .docs
            .iter()
            .map(|d| d.key().clone())
            .filter(|u| Some(u) != except)
            .collect();
        for uri in open {
            self.publisher.schedule(uri, debounce());
        }
    }

    /// Records what `uri` (at `version`) teaches the catalogue; true when
    /// that changed.
    pub fn set_taught(&self, uri: &Uri, version: i32, taught: Vec<Entry>) -> bool {
        let Some(mut doc) = self.docs.get_mut(uri) else {
            return false;
        };
        if doc.version != version || *doc.taught == *taught {
            return false;
        }
        doc.taught = taught.into();
        true
    }

    /// The analysis of an open document, or of an indexed file (analysed
    /// again from its text: the index keeps only a summary).
    pub fn analysis(&self, uri: &Uri) -> Option<Arc<FileAnalysis>> {
        if let Some(doc) = self.docs.get(uri) {
            return doc.refused.is_none().then(|| doc.analysis.clone());
        }
        let summary = self.index.get(&uri.to_file_path()?)?;
        Some(Arc::new(FileAnalysis::parse(summary.text())))
    }

    /// An open document's analysis or an indexed file's summary: enough
    /// for positions, identity lines and citations.
    fn summary(&self, uri: &Uri) -> Option<Arc<FileAnalysis>> {
        if let Some(doc) = self.docs.get(uri) {
            return doc.refused.is_none().then(|| doc.analysis.clone());
        }
        self.index.get(&uri.to_file_path()?)
    }

    /// Every analysed file: the open documents, then the indexed files
    /// that are not open (the editor's text wins over the disk's).
    pub fn all_files(&self) -> Vec<(Uri, Arc<FileAnalysis>)> {
        let mut out: Vec<(Uri, Arc<FileAnalysis>)> = self
            .docs
            .iter()
            .filter(|d| d.refused.is_none())
            .map(|d| (d.key().clone(), d.analysis.clone()))
            .collect();
        let open: Vec<PathBuf> = self.open_paths();
        out.extend(
            self.index
                .snapshot(|p| open.iter().any(|o| o == p))
                .into_iter()
                .map(|(uri, file, _)| (uri, file)),
        );
        out
    }

    fn open_paths(&self) -> Vec<PathBuf> {
        let uris: Vec<Uri> = self.docs.iter().map(|d| d.key().clone()).collect();
        uris.iter()
            .filter_map(|u| u.to_file_path().map(|p| p.into_owned()))
            .collect()
    }

    /// The catalogue `uri`'s citations resolve against: built in, what
    /// the `officialTexts` folders teach, the user's file, and what every
    /// other workspace document's identity line (or Akoma Ntoso file)
    /// teaches (never the document's own, or a draft revising a
    /// resolution would call its own citations outdated).
    pub fn catalogue_for(&self, uri: &Uri) -> Catalogue {
        let generation = self.generation();
        if let Some(cached) = self.catalogues.get(uri).filter(|c| c.0 == generation) {
            return cached.1.clone();
        }
        // One catalogue of everything the workspace teaches serves every
        // document but those that cite a number they teach themselves
        // (only then could their own entries change a verdict): a thousand
        // open drafts no longer make a thousand overlays.
        let own: Option<Arc<[Entry]>> = match self.docs.get(uri) {
            Some(doc) => Some(doc.taught.clone()),
            None => uri.to_file_path().and_then(|p| self.index.taught(&p)),
        };
        let cites_own = own.is_some_and(|own| {
            !own.is_empty()
                && self
                    .summary(uri)
                    .is_some_and(|file| crate::ide::cites_own_teaching(file.citations(), &own))
        });
        let catalogue = if cites_own {
            self.overlay(Some(uri))
        } else {
            self.shared_overlay(generation)
        };
        self.catalogues
            .insert(uri.clone(), (generation, catalogue.clone()));
        catalogue
    }

    /// The overlay of everything taught, made once per generation.
    fn shared_overlay(&self, generation: u64) -> Catalogue {
        if let Ok(cached) = self.shared_catalogue.lock() {
            if let Some((g, catalogue)) = cached.as_ref() {
                if *g == generation {
                    return catalogue.clone();
                }
            }
        }
        let catalogue = self.overlay(None);
        if let Ok(mut cached) = self.shared_catalogue.lock() {
            *cached = Some((generation, catalogue.clone()));
        }
        catalogue
    }

    /// Built in, official texts, the user's files and what the workspace's
    /// documents teach, leaving out what `except` teaches.
    fn overlay(&self, except: Option<&Uri>) -> Catalogue {
        let user: Vec<Entry> = self
            .state
            .read()
            .map(|s| {
                s.official_entries
                    .iter()
                    .chain(s.user_entries.iter())
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let open: Vec<Arc<[Entry]>> = self
            .docs
            .iter()
            .filter(|d| Some(d.key()) != except)
            .map(|d| d.taught.clone())
            .collect();
        let mut skip = self.open_paths();
        skip.extend(
            except
                .and_then(|u| u.to_file_path())
                .map(|p| p.into_owned()),
        );
        let indexed = self.index.snapshot(|p| skip.iter().any(|s| s == p));
        let learnt = self.index.learnt_snapshot(|p| skip.iter().any(|s| s == p));
        let base = Catalogue::builtin().with_overlay(user);
        let others = open
            .iter()
            .chain(indexed.iter().map(|(_, _, t)| t))
            .chain(learnt.iter())
            .map(|t| &t[..]);
        ide::catalogue_with(&base, others)
    }

    /// Reads every open document again with the language it is now stated
    /// in (after a settings or configuration change). The text is kept;
    /// the model is made anew.
    pub fn reanalyse_open_documents(&self) {
        let uris: Vec<Uri> = self.docs.iter().map(|d| d.key().clone()).collect();
        for uri in uris {
            let language = self.language_for(&uri);
            if let Some(mut doc) = self.docs.get_mut(&uri) {
                if doc.refused.is_none() {
                    // A Word document's tracked changes stay with its text.
                    let tracked = doc.analysis.tracked_changes().to_vec();
                    let text = doc.analysis.text_arc();
                    doc.analysis = Arc::new(
                        FileAnalysis::unparsed(text, language).with_tracked_changes(tracked),
                    );
                }
            }
        }
    }

    /// Problems found in configuration files since last asked.
    pub fn take_config_problems(&self) -> Vec<String> {
        self.state
            .write()
            .map(|mut s| std::mem::take(&mut s.config_problems))
            .unwrap_or_default()
    }

    /// What `uri` is checked with: the project's `resolution-ls.toml`
    /// (the nearest above the document), then the editor's settings over it.
    pub fn config_for(&self, uri: &Uri) -> Config {
        let path = super::local_path(uri);
        let mut severity = HashMap::new();
        if let (Some(project), Some(path)) = (self.project_for(uri), &path) {
            severity.extend(project.severity.clone());
            for code in project.ignored_for(path) {
                severity.insert(code.to_string(), None);
            }
        }
        let settings = self.settings();
        severity.extend(settings.severity);
        let conference = settings.proposal_conference.or_else(|| {
            self.project_for(uri)
                .and_then(|p| p.proposal_conference.clone())
        });
        Config {
            severity,
            catalogue: self.catalogue_for(uri),
            messages: self.messages_for(uri),
            proposals: crate::analysis::ProposalConfig { conference },
            ..Config::default()
        }
    }

    /// The language findings and hovers of `uri` are written in: the
    /// editor's `messageLanguage`, else the project's `message-language`;
    /// `None`: the document's own.
    pub fn messages_for(&self, uri: &Uri) -> Option<Language> {
        let (setting, locale) = self
            .state
            .read()
            .map(|s| (s.settings.message_language, s.locale))
            .unwrap_or_default();
        match setting {
            MessageLanguage::Fixed(l) => Some(l),
            MessageLanguage::Editor => locale,
            MessageLanguage::Document => self.project_for(uri).and_then(|p| p.message_language),
        }
    }

    /// The language `uri` is written in, when the user stated one: the
    /// editor's setting, else the project configuration's.
    pub fn language_for(&self, uri: &Uri) -> Option<Language> {
        self.settings()
            .language
            .or_else(|| self.project_for(uri).and_then(|p| p.language))
    }

    /// The project configuration that applies to `uri` (cached per folder;
    /// a broken file is reported once and not used).
    pub fn project_for(&self, uri: &Uri) -> Option<Arc<ProjectConfig>> {
        let path = super::local_path(uri)?;
        let dir = path.parent()?.to_path_buf();
        if let Some(known) = self.projects.get(&dir) {
            return known.clone();
        }
        let found =
            crate::files::find_config(&dir).and_then(|file| {
                match crate::files::load_config(&file) {
                    Ok(config) => Some(Arc::new(config)),
                    Err(problem) => {
                        tracing::warn!("{problem}");
                        if let Ok(mut state) = self.state.write() {
                            state.config_problems.push(problem);
                        }
                        None
                    }
                }
            });
        self.projects.insert(dir, found.clone());
        found
    }

    /// `uri`'s findings under the current configuration (cached per
    /// version and configuration).
    pub fn findings(&self, uri: &Uri, file: &FileAnalysis) -> Arc<[crate::analysis::Diagnostic]> {
        file.findings(self.generation(), || self.config_for(uri))
    }

    pub fn location(
        &self,
        uri: &Uri,
        r: TextRange,
        encoding: PositionEncoding,
    ) -> Option<Location> {
        let file = self.summary(uri)?;
        Some(Location {
            uri: uri.clone(),
            range: to_proto::range(&file, r, encoding),
        })
    }
}

/// Why a text is not analysed, if it is not.
pub(super) fn refusal(uri: &Uri, len: usize, has_nul: bool) -> Option<String> {
    if len > MAX_DOCUMENT_BYTES {
        Some(format!(
            "{} is {:.1} MiB, larger than the {} MiB resolution-ls analyses; it is not checked",
            uri.as_str(),
            len as f64 / (1 << 20) as f64,
            MAX_DOCUMENT_BYTES >> 20
        ))
    } else if has_nul {
        Some(format!(
            "{} looks like a binary file (it contains NUL characters); it is not checked",
            uri.as_str()
        ))
    } else {
        None
    }
}

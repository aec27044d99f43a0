//! Native file dialogs, run as tasks so the window never waits. Where no native dialog is
//! available (e.g. a bare X server) they return `None` and the in-app path field is used.

use std::path::{Path, PathBuf};

/// What a "Browse…" button asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// A file to write, starting from the current path.
    Save {
        current: String,
        filter: &'static str,
        extensions: &'static [&'static str],
    },
    /// An existing file to read.
    Open {
        filter: &'static str,
        extensions: &'static [&'static str],
    },
    /// A folder.
    Folder,
}

fn start_in(current: &str) -> (Option<PathBuf>, Option<String>) {
    let p = Path::new(current);
    let dir = p.parent().filter(|d| d.is_dir()).map(Path::to_path_buf);
    let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
    (dir, name)
}

/// Shows the dialog and returns the chosen path as text, if any.
pub async fn pick(request: Pick) -> Option<String> {
    let chosen = match request {
        Pick::Save {
            current,
            filter,
            extensions,
        } => {
            let (dir, name) = start_in(&current);
            let mut d = rfd::AsyncFileDialog::new().add_filter(filter, extensions);
            if let Some(dir) = dir {
                d = d.set_directory(dir);
            }
            if let Some(name) = name {
                d = d.set_file_name(name);
            }
            d.save_file().await
        }
        Pick::Open { filter, extensions } => {
            rfd::AsyncFileDialog::new()
                .add_filter(filter, extensions)
                .pick_file()
                .await
        }
        Pick::Folder => rfd::AsyncFileDialog::new().pick_folder().await,
    };
    chosen.map(|h| h.path().display().to_string())
}

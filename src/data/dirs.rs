//! Where a user's own data directory lives: `$XDG_DATA_HOME/him`, or `~/.local/share/him`.

use std::path::PathBuf;

/// The user data directory, whether or not it exists; `None` when neither `XDG_DATA_HOME` nor
/// `HOME` says where it would be.
pub fn user_data_dir() -> Option<PathBuf> {
    // The XDG spec ignores a relative XDG_DATA_HOME.
    let from_xdg = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let base = from_xdg.or_else(|| {
        std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|home| PathBuf::from(home).join(".local").join("share"))
    })?;
    Some(base.join("him"))
}

//! Writing a user's data files safely: whole files or none, and never over a file that appeared
//! meanwhile. `him init` and `him import` write through it.

use std::io::Write;
use std::path::Path;

use crate::error::{Failure, Result, UsageError};

/// Writes `text` to a temporary file in `dir`, flushed to disk, then renames it to `path`: a
/// reader (or a crash) sees the old file or the whole new one. Without `replace`, the rename
/// itself refuses to overwrite, so a file that appeared since the check is still kept.
/// `him import` writes its tables the same way.
pub fn write_atomically(dir: &Path, path: &Path, text: &str, replace: bool) -> Result<()> {
    let shown = path.display();
    let mut builder = tempfile::Builder::new();
    builder.prefix(".him-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // As any new file: the user's umask decides (tempfile's default is owner-only).
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir).map_err(Failure::io(format!(
        "cannot create a temporary file in {}",
        dir.display()
    )))?;
    temp.write_all(text.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(Failure::io(format!("cannot write {shown}")))?;
    let persisted = if replace {
        temp.persist(path)
    } else {
        temp.persist_noclobber(path)
    };
    persisted.map_err(|err| {
        if err.error.kind() == std::io::ErrorKind::AlreadyExists {
            Failure::from(
                UsageError::new(format!(
                    "{shown} appeared while him was writing it; it was kept"
                ))
                .with_hint("run the command again to see which files are in the way"),
            )
        } else {
            Failure::io(format!("cannot write {shown}"))(err.error)
        }
    })?;
    Ok(())
}

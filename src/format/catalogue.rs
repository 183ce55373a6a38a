//! A host's catalogue (`catalogue-src`, `plan-tool catalogue`), read with the same guards
//! as a plan: size, nesting depth, duplicate keys and control characters, before the
//! catalogue's own shape and [`Catalogue::check`].
//!
//! The catalogue type lives in `model` (which knows nothing of files); reading one from
//! outside the program is this layer's job, so every way a host's catalogue comes in goes
//! through [`import_catalogue_bytes`] or [`import_catalogue`]. The built-in catalogues are
//! part of the program and are read by `model` directly.

use serde_json::Value;

use super::{limits, shape, strict, ErrorCode, FormatError, MAX_DEPTH};
use crate::model::catalogue::{Catalogue, CatalogueProblem};

/// Why a host's catalogue was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueImportError {
    /// Not a catalogue document: too large, too deep, not UTF-8 or JSON, a key twice, a
    /// control character, or not the catalogue's shape.
    #[error("not catalogue JSON: {0}")]
    Format(FormatError),
    /// The catalogue's shape, but not usable (see [`Catalogue::check`]).
    #[error("not a usable catalogue: {0}")]
    Problem(CatalogueProblem),
}

/// Reads a catalogue from raw bytes (a file): the size is checked before anything else,
/// then UTF-8 (a leading byte-order mark is skipped), then [`import_catalogue`].
pub fn import_catalogue_bytes(bytes: &[u8]) -> Result<Catalogue, CatalogueImportError> {
    limits::check_size_of(bytes.len(), "catalogue").map_err(CatalogueImportError::Format)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        CatalogueImportError::Format(FormatError::new(
            ErrorCode::InvalidUtf8,
            "",
            format!(
                "the file is not UTF-8 text: invalid byte at offset {} (save the file as UTF-8)",
                e.valid_up_to()
            ),
        ))
    })?;
    import_catalogue(text)
}

/// Reads and checks a host's catalogue: what the editor's `catalogue-src` and
/// `plan-tool catalogue` / `decision --catalogue` accept.
pub fn import_catalogue(text: &str) -> Result<Catalogue, CatalogueImportError> {
    let value = parse_checked(text).map_err(CatalogueImportError::Format)?;
    // The catalogue's shape, with a JSON Pointer to the first problem.
    let catalogue: Catalogue = shape::deserialize(value).map_err(CatalogueImportError::Format)?;
    catalogue.check().map_err(CatalogueImportError::Problem)?;
    Ok(catalogue)
}

/// The guards a plan goes through before its shape is looked at.
fn parse_checked(text: &str) -> Result<Value, FormatError> {
    limits::check_size_of(text.len(), "catalogue")?;
    if text.trim().is_empty() {
        return Err(FormatError::new(
            ErrorCode::Empty,
            "",
            "the file is empty; a catalogue is a JSON object",
        ));
    }
    limits::scan_depth(text.as_bytes(), MAX_DEPTH)?;
    let value = strict::parse(text)?;
    // A code with a control character would end up in a plan (a goal's life area), and the
    // plan would then be refused on its next load.
    super::check_control_chars(&value, "")?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_catalogues_pass_the_host_checks() {
        for text in [
            include_str!("../model/catalogues/default.json"),
            include_str!("../model/catalogues/children.json"),
        ] {
            assert!(import_catalogue(text).is_ok());
        }
    }

    #[test]
    fn the_wrong_shape_names_the_place() {
        let err = import_catalogue(
            r#"{"code":"x","label":{"da":"x","en":"x"},"life_areas":[{"code":1}],"sectors":[]}"#,
        )
        .unwrap_err();
        let CatalogueImportError::Format(e) = err else {
            panic!("expected a format error, got {err:?}");
        };
        assert_eq!(e.code, ErrorCode::WrongType);
        assert_eq!(e.path, "/life_areas/0/code");
    }
}

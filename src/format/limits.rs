//! Cheap checks that run before any JSON parsing: size and nesting depth.
//!
//! `serde_json` has its own recursion limit (128), but a document that hits it gets a
//! message about the parser, not about the plan, and a plan never needs that much
//! nesting. The pre-scan below walks the bytes once, without allocating, and stops at
//! the first bracket that goes deeper than [`MAX_DEPTH`].

use super::{ErrorCode, FormatError};

/// The largest document the importer accepts, in bytes (5 MiB).
///
/// A generated plan at the scale the editor is built for (300 goals, 2,000
/// interventions) exports to about 2.6 MB; a realistic plan (the samples) to about
/// 20 kB. 5 MiB leaves room for long texts while keeping a browser tab responsive.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// From this share of [`MAX_BYTES`] (in percent) on, the editor warns that the plan is
/// getting too large. The change log is bounded (`model::change_log`), so what grows a
/// plan past it is content: very many or very long texts.
pub const WARN_PERCENT: usize = 70;

/// How much of [`MAX_BYTES`] an exported plan of `bytes` bytes uses, in whole percent
/// (rounded down; over 100 for a plan the importer would refuse).
pub fn percent_of_limit(bytes: usize) -> usize {
    bytes.saturating_mul(100) / MAX_BYTES
}

/// How much of [`MAX_BYTES`] `plan` uses once exported, in whole percent. Serialises the
/// plan: call it after typing pauses, not per keystroke.
pub fn plan_percent_of_limit(plan: &crate::model::Plan) -> usize {
    percent_of_limit(super::export_json(plan).len())
}

/// The deepest nesting of arrays and objects the importer accepts.
///
/// The deepest nesting in the current format is 6 levels (plan → earlier_versions →
/// record → approvals → approval → by); the test
/// `format_limits::deepest_real_plan_is_far_below_max_depth` measures it on the samples
/// and on generated plans. 32 leaves room for the format to grow without letting a
/// hostile file exhaust the parser's stack.
pub const MAX_DEPTH: usize = 32;

/// Rejects a plan over [`MAX_BYTES`].
pub fn check_size(len: usize) -> Result<(), FormatError> {
    check_size_of(len, "plan file")
}

/// Rejects input over [`MAX_BYTES`]; `what` names the kind of file in the message
/// ("plan file", "catalogue").
pub fn check_size_of(len: usize, what: &str) -> Result<(), FormatError> {
    if len > MAX_BYTES {
        return Err(FormatError::new(
            ErrorCode::TooLarge,
            "",
            format!(
                "the file is {} bytes ({:.1} MB); the largest {what} accepted is {} bytes (5 MB)",
                len,
                len as f64 / (1024.0 * 1024.0),
                MAX_BYTES
            ),
        ));
    }
    Ok(())
}

/// Returns the deepest nesting of `[`/`{` in `bytes`, ignoring brackets inside strings,
/// or an error as soon as the depth passes `max`.
///
/// This is not a JSON validator: unbalanced or malformed input passes through (the
/// parser reports it); the scan only guarantees that the parser never recurses deeper
/// than `max`.
pub fn scan_depth(bytes: &[u8], max: usize) -> Result<usize, FormatError> {
    let mut depth: usize = 0;
    let mut deepest: usize = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut line: usize = 1;
    let mut line_start: usize = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            line += 1;
            line_start = i + 1;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Err(FormatError::new(
                        ErrorCode::TooDeep,
                        "",
                        format!(
                            "the file nests arrays and objects more than {max} levels deep \
                             (line {line}, column {}); a plan never needs that",
                            i - line_start + 1
                        ),
                    ));
                }
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(deepest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_inside_strings_do_not_count() {
        let text = r#"{"a": "[[[[[[[[[[{{{{{{\"[[[[", "b": [[1]]}"#;
        assert_eq!(scan_depth(text.as_bytes(), 3).unwrap(), 3);
    }

    #[test]
    fn escaped_backslash_before_quote_ends_the_string() {
        // "\\" is a complete string; the bracket after it is real.
        let text = r#"["\\", [[1]]]"#;
        assert_eq!(scan_depth(text.as_bytes(), 10).unwrap(), 3);
        assert!(scan_depth(text.as_bytes(), 2).is_err());
    }

    #[test]
    fn too_deep_names_the_place() {
        let err = scan_depth(b"{\n  \"a\": [[[", 3).unwrap_err();
        assert_eq!(err.code, ErrorCode::TooDeep);
        assert!(err.message.contains("line 2, column 10"), "{}", err.message);
    }

    #[test]
    fn percent_of_limit_rounds_down_and_passes_100_over_the_limit() {
        assert_eq!(percent_of_limit(0), 0);
        assert_eq!(percent_of_limit(MAX_BYTES * WARN_PERCENT / 100 - 1), 69);
        assert_eq!(percent_of_limit(MAX_BYTES * WARN_PERCENT / 100 + 1), 70);
        assert_eq!(percent_of_limit(MAX_BYTES * 2), 200);
        assert_eq!(percent_of_limit(usize::MAX), usize::MAX / MAX_BYTES);
    }

    #[test]
    fn size_limit_is_inclusive() {
        assert!(check_size(MAX_BYTES).is_ok());
        assert_eq!(
            check_size(MAX_BYTES + 1).unwrap_err().code,
            ErrorCode::TooLarge
        );
    }
}

//! The checks an edit passes before it changes the plan, shared by every domain.
//!
//! Each check gets the value as it was (`old`, None for a new item) and looks only at
//! what the edit changes: a plan read leniently or merged from two people may already
//! hold a problem (a text over its limit, a reference to a removed goal), and that must
//! not stop anyone from editing another field of the same item.

use super::super::dates::{first_new_date_outside, EnteredDates};
use super::super::error::EditError;
use super::super::limits::{chars, is_forbidden_control, LIST_MAX};

pub(super) fn check_len(field: &str, text: &str, max: usize) -> Result<(), EditError> {
    check_text(field, text, None, max)
}

/// Refuses a control character or over-long text, unless the text is the same as it was
/// (`old`).
pub(super) fn check_text(
    field: &str,
    text: &str,
    old: Option<&str>,
    max: usize,
) -> Result<(), EditError> {
    if old == Some(text) {
        return Ok(());
    }
    if text.chars().any(is_forbidden_control) {
        return Err(EditError::ControlCharacter {
            field: field.to_string(),
        });
    }
    let actual = chars(text);
    if actual > max {
        return Err(EditError::TooLong {
            field: field.to_string(),
            max,
            actual,
        });
    }
    Ok(())
}

/// [`check_text`] for an optional text (a code picked from a catalogue, say).
pub(super) fn check_opt_text(
    field: &str,
    text: Option<&str>,
    old: Option<Option<&str>>,
    max: usize,
) -> Result<(), EditError> {
    match text {
        Some(text) => check_text(field, text, old.flatten(), max),
        None => Ok(()),
    }
}

pub(super) fn check_list(
    field: &str,
    items: &[String],
    old: Option<&[String]>,
    max_each: usize,
) -> Result<(), EditError> {
    if old == Some(items) {
        return Ok(());
    }
    if items.len() > LIST_MAX {
        return Err(EditError::TooMany {
            field: field.to_string(),
            max: LIST_MAX,
            actual: items.len(),
        });
    }
    items
        .iter()
        .try_for_each(|item| check_len(field, item, max_each))
}

/// Refuses an entered date outside the window that this edit sets (see
/// [`super::super::dates`]).
pub(super) fn check_dates<T: EnteredDates>(new: &T, old: Option<&T>) -> Result<(), EditError> {
    match first_new_date_outside(new, old) {
        Some((field, date)) => Err(EditError::DateOutOfRange {
            field: field.to_string(),
            date,
        }),
        None => Ok(()),
    }
}

/// The same field of the old item, for [`check_text`].
pub(super) fn was<'a, T>(old: Option<&'a T>, field: impl Fn(&'a T) -> &'a str) -> Option<&'a str> {
    old.map(field)
}

/// A short quoted title for log summaries.
pub(super) fn q(text: &str) -> String {
    const MAX: usize = 60;
    if chars(text) > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("“{cut}…”")
    } else {
        format!("“{text}”")
    }
}

//! Text length limits, counted in characters (not bytes). Shared by `apply`
//! (which refuses over-long text) and `validate` (which reports it).

/// Titles: plan, goal, intervention.
pub const TITLE_MAX: usize = 200;
/// Names of people, family members, actors.
pub const NAME_MAX: usize = 200;
/// Short free text: unit, contact, frequency, provider, law, paragraph, party,
/// participant, relation, codes, host ids.
pub const SHORT_TEXT_MAX: usize = 500;
/// Long free text: own words, descriptions, comments, agreements, scope.
pub const LONG_TEXT_MAX: usize = 10_000;
/// Entries in a list of short texts (consent parties, meeting participants).
pub const LIST_MAX: usize = 100;

/// Control characters other than tab, line feed and carriage return (and DEL). They are
/// invisible, break printing and are never part of what a person wrote; the format refuses
/// them on import, so `apply` refuses and `validate` reports them too — otherwise a pasted
/// one would be autosaved into a plan that no longer loads.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{7f}'
}

/// Character count, as users see length.
pub fn chars(text: &str) -> usize {
    text.chars().count()
}

/// The first date a plan may hold. Birth dates of family members and old decisions fit;
/// a typo such as 0202 does not.
pub const DATE_MIN: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1900-01-01 is a date"),
};
/// The last date a plan may hold. Far beyond any plan, yet every date arithmetic the
/// views do (weeks, months, an axis) stays far from chrono's own limits.
pub const DATE_MAX: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2200, 12, 31) {
    Some(d) => d,
    None => panic!("2200-12-31 is a date"),
};
/// Case systems write this as an end date meaning "no end"; import reads it as no end.
pub const NO_END_DATE: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => panic!("9999-12-31 is a date"),
};

/// True when `date` is inside the window a plan may hold.
pub fn date_in_window(date: chrono::NaiveDate) -> bool {
    (DATE_MIN..=DATE_MAX).contains(&date)
}

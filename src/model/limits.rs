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

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

/// Character count, as users see length.
pub fn chars(text: &str) -> usize {
    text.chars().count()
}

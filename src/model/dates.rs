//! Every date a plan holds, field by field, for the date window
//! ([`DATE_MIN`](super::limits::DATE_MIN) … [`DATE_MAX`](super::limits::DATE_MAX)).
//!
//! Two lists per item: the dates a person *enters* (a start, a target date, the day a
//! consent was given), which `apply` checks when they change, and the *stamps* `apply`
//! writes itself from the clock, which `validate` checks too. One list feeds both, so a
//! new date field is added in one place.

use chrono::{DateTime, NaiveDate, Utc};

use super::agreement::{Approval, Comment, VersionRecord};
use super::assessment::{AssessmentEntry, KnownFact};
use super::consent::Consent;
use super::follow_up::FollowUp;
use super::goal::{Goal, Rating};
use super::intervention::Intervention;

/// One date of an item: its path below the item (JSON pointer without the leading `/`)
/// and the date.
pub type DateField = (&'static str, NaiveDate);

fn stamp(path: &'static str, at: DateTime<Utc>) -> DateField {
    (path, at.date_naive())
}

/// The stamps goals and interventions carry: created, updated, the citizen's agreement.
fn authorship(
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    agreed: Option<DateTime<Utc>>,
) -> impl Iterator<Item = DateField> {
    [stamp("created_at", created), stamp("updated_at", updated)]
        .into_iter()
        .chain(agreed.map(|at| stamp("citizen_agreement/at", at)))
}

/// The dates a person enters on an item.
pub trait EnteredDates {
    fn entered_dates(&self) -> Vec<DateField>;
    /// The entered dates plus the authorship stamps.
    fn all_dates(&self) -> Vec<DateField> {
        self.entered_dates()
    }
}

impl EnteredDates for Goal {
    fn entered_dates(&self) -> Vec<DateField> {
        self.target_date
            .map(|d| ("target_date", d))
            .into_iter()
            .collect()
    }
    fn all_dates(&self) -> Vec<DateField> {
        let stamps = authorship(self.created_at, self.updated_at, self.citizen_agreement.at);
        self.entered_dates().into_iter().chain(stamps).collect()
    }
}

impl EnteredDates for Intervention {
    fn entered_dates(&self) -> Vec<DateField> {
        [
            self.period.start.map(|d| ("period/start", d)),
            self.period.end.map(|d| ("period/end", d)),
            self.decision.date.map(|d| ("decision/date", d)),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
    fn all_dates(&self) -> Vec<DateField> {
        let stamps = authorship(self.created_at, self.updated_at, self.citizen_agreement.at);
        self.entered_dates().into_iter().chain(stamps).collect()
    }
}

impl EnteredDates for AssessmentEntry {
    fn entered_dates(&self) -> Vec<DateField> {
        self.date.map(|d| ("date", d)).into_iter().collect()
    }
    fn all_dates(&self) -> Vec<DateField> {
        let stamps = authorship(self.created_at, self.updated_at, None);
        self.entered_dates().into_iter().chain(stamps).collect()
    }
}

impl EnteredDates for KnownFact {
    fn entered_dates(&self) -> Vec<DateField> {
        self.obtained.map(|d| ("obtained", d)).into_iter().collect()
    }
    fn all_dates(&self) -> Vec<DateField> {
        let stamps = authorship(self.created_at, self.updated_at, None);
        self.entered_dates().into_iter().chain(stamps).collect()
    }
}

impl EnteredDates for Rating {
    fn entered_dates(&self) -> Vec<DateField> {
        vec![("date", self.date)]
    }
}

impl EnteredDates for Consent {
    fn entered_dates(&self) -> Vec<DateField> {
        let mut out = vec![("given", self.given)];
        out.extend(self.withdrawn.map(|d| ("withdrawn", d)));
        out.extend(self.expires.map(|d| ("expires", d)));
        out
    }
}

impl EnteredDates for FollowUp {
    fn entered_dates(&self) -> Vec<DateField> {
        let mut out = vec![("date", self.date)];
        out.extend(self.next_date.map(|d| ("next_date", d)));
        out
    }
}

impl EnteredDates for Comment {
    fn entered_dates(&self) -> Vec<DateField> {
        Vec::new()
    }
    fn all_dates(&self) -> Vec<DateField> {
        vec![stamp("at", self.at)]
    }
}

impl EnteredDates for Approval {
    fn entered_dates(&self) -> Vec<DateField> {
        Vec::new()
    }
    fn all_dates(&self) -> Vec<DateField> {
        vec![stamp("at", self.at)]
    }
}

impl EnteredDates for VersionRecord {
    fn entered_dates(&self) -> Vec<DateField> {
        Vec::new()
    }
    fn all_dates(&self) -> Vec<DateField> {
        let mut out = vec![stamp("superseded_at", self.superseded_at)];
        out.extend(self.locked_at.map(|at| stamp("locked_at", at)));
        out
    }
}

/// The first entered date of `new` that is outside the window and differs from the same
/// field of `old` (an unchanged date is the plan's business, not this edit's).
pub(crate) fn first_new_date_outside<T: EnteredDates>(
    new: &T,
    old: Option<&T>,
) -> Option<DateField> {
    let before = old.map(EnteredDates::entered_dates).unwrap_or_default();
    new.entered_dates()
        .into_iter()
        .find(|field| !super::limits::date_in_window(field.1) && !before.contains(field))
}

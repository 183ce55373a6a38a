//! Consents: what the citizen agreed may be obtained or passed on, and its withdrawal.

use chrono::NaiveDate;
use uuid::Uuid;

use super::super::consent::Consent;
use super::super::edit::Edit;
use super::super::error::{EditError, ItemKind};
use super::super::ids::ConsentId;
use super::super::limits::{date_in_window, LONG_TEXT_MAX, SHORT_TEXT_MAX};
use super::super::plan::{ItemRef, Plan};
use super::checks::{check_dates, check_list, check_text, q, was};
use super::core::{change, done, get, item_in_list, Item};
use super::{Applied, Ctx};

impl Item for Consent {
    item_in_list!(Consent, consents);
    const SETTABLE: &'static [&'static str] = &[
        "kind",
        "parties",
        "scope",
        "given",
        "uses",
        "categories",
        "given_by",
        "expires",
        "form",
        "recorded_by",
    ];
    fn check(_: &Plan, consent: &Self, old: Option<&Self>) -> Result<(), EditError> {
        check_list(
            "parties",
            &consent.parties,
            old.map(|c| c.parties.as_slice()),
            SHORT_TEXT_MAX,
        )?;
        let names = |c: &Consent| {
            c.given_by
                .iter()
                .map(|g| g.name.clone())
                .collect::<Vec<_>>()
        };
        let old_names = old.map(names);
        check_list(
            "given_by",
            &names(consent),
            old_names.as_deref(),
            SHORT_TEXT_MAX,
        )?;
        check_text(
            "recorded_by",
            &consent.recorded_by,
            was(old, |c| &c.recorded_by),
            SHORT_TEXT_MAX,
        )?;
        check_text(
            "scope",
            &consent.scope,
            was(old, |c| &c.scope),
            LONG_TEXT_MAX,
        )?;
        check_dates(consent, old)
    }
    fn describe(&self) -> String {
        format!("consent {}", q(&self.scope))
    }
    fn add_edit(self, position: Option<usize>) -> Edit {
        Edit::AddConsent {
            consent: self,
            position,
        }
    }
    fn update_edit(self) -> Edit {
        Edit::UpdateConsent { consent: self }
    }
    fn remove_edit(&self) -> Edit {
        Edit::RemoveConsent { id: self.id }
    }
}

pub(super) fn withdraw(
    plan: &mut Plan,
    id: ConsentId,
    date: NaiveDate,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    if get::<Consent>(plan, id.0)?.withdrawn.is_some() {
        return Err(EditError::AlreadyWithdrawn { id: id.0 });
    }
    if ctx.user() && !date_in_window(date) {
        return Err(EditError::DateOutOfRange {
            field: "withdrawn".into(),
            date,
        });
    }
    let old = change::<Consent>(plan, id.0, ctx, |c| c.withdrawn = Some(date))?;
    let summary = format!("withdrew consent {} from {date}", q(&old.scope));
    Ok(done(old.update_edit(), summary, Some(ItemRef::Consent(id))))
}

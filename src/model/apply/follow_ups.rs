//! Follow-up meetings and the result they record for each intervention.

use uuid::Uuid;

use super::super::edit::Edit;
use super::super::error::{EditError, ItemKind};
use super::super::follow_up::{FollowUp, InterventionResult};
use super::super::ids::{FollowUpId, InterventionId};
use super::super::intervention::Intervention;
use super::super::limits::{LONG_TEXT_MAX, SHORT_TEXT_MAX};
use super::super::plan::{ItemRef, Plan};
use super::super::serde_code;
use super::checks::{check_dates, check_len, check_list, check_text, q, was};
use super::core::{change, done, find, get, item_in_list, Item};
use super::{Applied, Ctx};

impl Item for FollowUp {
    item_in_list!(FollowUp, follow_ups);
    const SETTABLE: &'static [&'static str] = &["date", "participants", "agreements", "next_date"];
    fn check(plan: &Plan, follow_up: &Self, old: Option<&Self>) -> Result<(), EditError> {
        check_list(
            "participants",
            &follow_up.participants,
            old.map(|f| f.participants.as_slice()),
            SHORT_TEXT_MAX,
        )?;
        check_text(
            "agreements",
            &follow_up.agreements,
            was(old, |f| &f.agreements),
            LONG_TEXT_MAX,
        )?;
        check_dates(follow_up, old)?;
        let old_results = old.map(|f| f.results.as_slice()).unwrap_or_default();
        let mut seen = std::collections::HashSet::new();
        for result in &follow_up.results {
            if !old_results.contains(result) {
                find::<Intervention>(plan, result.intervention.0)?;
                check_len("note", &result.note, LONG_TEXT_MAX)?;
            }
            if !seen.insert(result.intervention) {
                return Err(EditError::DuplicateResult {
                    intervention: result.intervention.0,
                });
            }
        }
        Ok(())
    }
    fn describe(&self) -> String {
        format!("the follow-up of {}", self.date)
    }
    fn add_edit(self, position: Option<usize>) -> Edit {
        Edit::AddFollowUp {
            follow_up: self,
            position,
        }
    }
    fn update_edit(self) -> Edit {
        Edit::UpdateFollowUp { follow_up: self }
    }
    fn remove_edit(&self) -> Edit {
        Edit::RemoveFollowUp { id: self.id }
    }
}

/// Sets (adds or replaces) the result for one intervention at one meeting.
pub(super) fn set_result(
    plan: &mut Plan,
    follow_up: FollowUpId,
    result: InterventionResult,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    get::<FollowUp>(plan, follow_up.0)?;
    let title = get::<Intervention>(plan, result.intervention.0)?
        .title
        .clone();
    if ctx.user() {
        check_len("note", &result.note, LONG_TEXT_MAX)?;
    }
    let outcome = serde_code(&result.outcome);
    let old = change::<FollowUp>(plan, follow_up.0, ctx, |meeting| {
        match meeting
            .results
            .iter_mut()
            .find(|r| r.intervention == result.intervention)
        {
            Some(existing) => *existing = result,
            None => meeting.results.push(result),
        }
    })?;
    let summary = format!("follow-up of {}: {outcome} for {}", old.date, q(&title));
    Ok(done(
        old.update_edit(),
        summary,
        Some(ItemRef::FollowUp(follow_up)),
    ))
}

pub(super) fn remove_result(
    plan: &mut Plan,
    follow_up: FollowUpId,
    intervention: InterventionId,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let meeting = get::<FollowUp>(plan, follow_up.0)?;
    if !meeting
        .results
        .iter()
        .any(|r| r.intervention == intervention)
    {
        return Err(EditError::NotFound {
            kind: ItemKind::FollowUpResult,
            id: intervention.0,
        });
    }
    let old = change::<FollowUp>(plan, follow_up.0, ctx, |meeting| {
        meeting.results.retain(|r| r.intervention != intervention)
    })?;
    let summary = format!("removed a result from the follow-up of {}", old.date);
    Ok(done(
        old.update_edit(),
        summary,
        Some(ItemRef::FollowUp(follow_up)),
    ))
}

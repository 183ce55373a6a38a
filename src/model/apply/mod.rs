//! Applying one [`Edit`]: check it, change the plan, stamp authorship, log it and
//! return the inverse edit.
//!
//! Two modes: a *user* edit is checked in full (limits, roles, references) and
//! stamped with the actor; a *restore* edit (undo/redo, produced by `apply`
//! itself) puts back exactly what was there before, stamps included, so that
//! undo gives back the very same plan.
//!
//! What `apply` refuses vs what `validate` reports: `apply` refuses what would
//! break the plan's structure (unknown targets, wrong goal nesting, dependency
//! circles, duplicate ids), over-long text, and what a role may not do. Things a
//! user passes through while typing (an empty title, an end date before the
//! start date) are allowed and reported by `validate`, so editing stays fluid.

//!
//! The generic core (`core.rs`: add, update, set a field, splice a text, remove, move)
//! does what every item shares; each domain module (`plan.rs`, `people.rs`, `goals.rs`,
//! `interventions.rs`, `assessment.rs`, `consents.rs`, `follow_ups.rs`, `approval.rs`) holds its items'
//! rules and the edits particular to it.

mod approval;
mod assessment;
mod checks;
mod consents;
mod core;
mod field;
mod follow_ups;
mod goals;
mod interventions;
mod people;
mod plan;

use chrono::{DateTime, Utc};

use super::assessment::{AssessmentEntry, KnownFact};
use super::change_log;
use super::consent::Consent;
use super::edit::{Edit, EditKind, VersionState};
use super::error::EditError;
use super::follow_up::FollowUp;
use super::goal::Goal;
use super::intervention::Intervention;
use super::people::{Actor, FamilyMember, Person};
use super::plan::{ChangeEntry, ChangeOrigin, ItemRef, Plan};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A fresh edit by a user: full checks, authorship stamped.
    User,
    /// Undo/redo: verbatim, no stamping, no role or limit checks.
    Restore,
    /// Rolling back a failed batch: like `Restore`, and even past a lock the
    /// batch itself set.
    Rollback,
}

/// Who edits, when, and how strictly: what every domain module's edit gets.
pub(crate) struct Ctx<'a> {
    pub actor: &'a Actor,
    pub at: DateTime<Utc>,
    pub mode: Mode,
}

impl Ctx<'_> {
    /// A fresh edit by a user (checked and stamped), not an undo, redo or rollback.
    pub fn user(&self) -> bool {
        self.mode == Mode::User
    }
}

/// The outcome of one applied edit.
#[derive(Debug, Clone)]
pub(crate) struct Applied {
    pub inverse: Edit,
    pub summary: String,
    pub item: Option<ItemRef>,
}

/// Applies `edit` to `plan` for `actor` at `at`, appends a change-log entry and
/// returns the inverse edit. On error the plan is left untouched.
pub fn apply(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
) -> Result<Edit, EditError> {
    apply_logged(plan, edit, actor, at).map(|(applied, _)| applied.inverse)
}

/// [`apply`] returning everything History needs to describe the step later.
pub(crate) fn apply_logged(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
) -> Result<(Applied, EditKind), EditError> {
    let (action, field) = (edit.kind(), edit.field());
    let version = plan.version;
    check_clock(at)?;
    let applied = apply_edit(plan, edit, actor, at, Mode::User)?;
    log(
        plan,
        actor,
        at,
        LogLine {
            summary: applied.summary.clone(),
            action,
            field,
            item: applied.item,
            origin: ChangeOrigin::Edit,
        },
        version,
    );
    Ok((applied, action))
}

/// What to write in the change log for an undo or redo.
#[derive(Debug, Clone)]
pub(crate) struct LogLine {
    pub summary: String,
    pub action: EditKind,
    pub field: Option<String>,
    pub item: Option<ItemRef>,
    pub origin: ChangeOrigin,
}

/// Applies a restoring edit (undo/redo) and logs `line`. Returns the inverse.
pub(crate) fn apply_restore(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
    line: LogLine,
) -> Result<Edit, EditError> {
    let version = plan.version;
    check_clock(at)?;
    let applied = apply_edit(plan, edit, actor, at, Mode::Restore)?;
    log(plan, actor, at, line, version);
    Ok(applied.inverse)
}

/// Records the edit; a keystroke continuing a typing run replaces the run's entry, and
/// the log is compacted when it grows past its bounds (see [`change_log`]).
/// Every stamp and log entry takes its time from `at`: a clock outside the date window
/// would write dates that no import accepts (undo and redo are logged too).
fn check_clock(at: DateTime<Utc>) -> Result<(), EditError> {
    if super::limits::date_in_window(at.date_naive()) {
        Ok(())
    } else {
        Err(EditError::DateOutOfRange {
            field: "time".into(),
            date: at.date_naive(),
        })
    }
}

fn log(plan: &mut Plan, actor: &Actor, at: DateTime<Utc>, line: LogLine, version: u32) {
    change_log::record(
        &mut plan.change_log,
        ChangeEntry {
            at,
            role: actor.role,
            name: actor.name.clone(),
            summary: line.summary,
            action: line.action.into(),
            field: line.field,
            item: line.item,
            origin: line.origin,
            version,
        },
    );
}

pub(crate) fn version_state(plan: &Plan) -> VersionState {
    VersionState {
        version: plan.version,
        locked: plan.locked,
        locked_at: plan.locked_at,
        approvals: plan.approvals.clone(),
        earlier_versions: plan.earlier_versions.clone(),
    }
}

fn set_version_state(plan: &mut Plan, state: VersionState) {
    plan.version = state.version;
    plan.locked = state.locked;
    plan.locked_at = state.locked_at;
    plan.approvals = state.approvals;
    plan.earlier_versions = state.earlier_versions;
}

pub(crate) fn apply_edit(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
    mode: Mode,
) -> Result<Applied, EditError> {
    if plan.locked && mode != Mode::Rollback && !edit.allowed_when_locked() {
        return Err(EditError::Locked {
            version: plan.version,
        });
    }
    if mode == Mode::User
        && matches!(
            edit,
            Edit::RestoreVersion { .. } | Edit::RestoreStamp { .. }
        )
    {
        return Err(EditError::NotAUserEdit);
    }
    // An approval covers the plan as it was: a content change withdraws pending
    // approvals of this version (and undo brings them back).
    let withdrawn = (mode == Mode::User && edit.changes_content() && !plan.approvals.is_empty())
        .then(|| version_state(plan));
    let ctx = Ctx { actor, at, mode };
    let mut applied = dispatch(plan, edit, &ctx)?;
    if let Some(state) = withdrawn {
        plan.approvals.clear();
        applied.inverse = Edit::Batch {
            edits: vec![applied.inverse, Edit::RestoreVersion { state }],
        };
        applied
            .summary
            .push_str(" (the pending approval was withdrawn)");
    }
    Ok(applied)
}

/// The item type a field edit addresses: `$body` runs with `$item` the type and `$id`
/// its id; `$plan` runs for the plan's own fields. Ratings and comments have none.
macro_rules! on_field_owner {
    ($owner:expr, $field:expr, $plan:expr, |$item:ident, $id:ident| $body:expr) => {
        match $owner {
            None => $plan,
            Some(ItemRef::Goal(id)) => {
                type $item = Goal;
                let $id = id.0;
                $body
            }
            Some(ItemRef::Intervention(id)) => {
                type $item = Intervention;
                let $id = id.0;
                $body
            }
            Some(ItemRef::Person(id)) => {
                type $item = Person;
                let $id = id.0;
                $body
            }
            Some(ItemRef::FamilyMember(id)) => {
                type $item = FamilyMember;
                let $id = id.0;
                $body
            }
            Some(ItemRef::Consent(id)) => {
                type $item = Consent;
                let $id = id.0;
                $body
            }
            Some(ItemRef::FollowUp(id)) => {
                type $item = FollowUp;
                let $id = id.0;
                $body
            }
            Some(ItemRef::AssessmentEntry(id)) => {
                type $item = AssessmentEntry;
                let $id = id.0;
                $body
            }
            Some(ItemRef::KnownFact(id)) => {
                type $item = KnownFact;
                let $id = id.0;
                $body
            }
            Some(ItemRef::Rating(_) | ItemRef::Comment(_)) => Err(EditError::UnknownField {
                field: $field.to_string(),
            }),
        }
    };
}

fn dispatch(plan: &mut Plan, edit: Edit, ctx: &Ctx) -> Result<Applied, EditError> {
    use self::core::{add, move_to, remove, update};
    match edit {
        Edit::SetField { item, field, value } => {
            let edit = field::FieldEdit::Set { path: field, value };
            change_field(plan, item, edit, ctx)
        }
        Edit::SpliceText {
            item,
            field,
            at,
            delete,
            insert,
        } => {
            let edit = field::FieldEdit::Splice {
                path: field,
                at,
                delete,
                insert,
            };
            change_field(plan, item, edit, ctx)
        }
        Edit::RestoreStamp { item, by, at } => on_field_owner!(
            Some(item),
            "updated_by",
            Err(EditError::NoChange),
            |T, id| core::restore_stamp::<T>(plan, id, by, at)
        ),

        Edit::SetTitle { title } => plan::set_title(plan, title, ctx),
        Edit::SetOwnWords { field, text } => plan::set_own_words(plan, field, text, ctx),
        Edit::SetCitizen { id, name } => plan::set_citizen(plan, id, name, ctx),

        Edit::AddFamilyMember { member, position } => add(plan, member, position, ctx),
        Edit::UpdateFamilyMember { member } => update(plan, member, ctx),
        Edit::RemoveFamilyMember { id } => people::remove_member(plan, id),
        Edit::AddPerson { person, position } => add(plan, person, position, ctx),
        Edit::UpdatePerson { person } => update(plan, person, ctx),
        Edit::RemovePerson { id } => people::remove_person(plan, id),

        Edit::AddGoal { goal, position } => add(plan, goal, position, ctx),
        Edit::UpdateGoal { goal } => update(plan, goal, ctx),
        Edit::RemoveGoal { id } => goals::remove_goal(plan, id),
        Edit::MoveGoal { id, to } => {
            move_to::<Goal>(plan, id.0, to, |from| Edit::MoveGoal { id, to: from })
        }
        Edit::SetGoalStatus { id, status } => goals::set_status(plan, id, status, ctx),
        Edit::AddRating { rating, position } => goals::add_rating(plan, rating, position, ctx),
        Edit::RemoveRating { id } => goals::remove_rating(plan, id, ctx),

        Edit::AddIntervention {
            intervention,
            position,
        } => add(plan, intervention, position, ctx),
        Edit::UpdateIntervention { intervention } => update(plan, intervention, ctx),
        Edit::RemoveIntervention { id } => interventions::remove_with_links(plan, id),
        Edit::MoveIntervention { id, to } => move_to::<Intervention>(plan, id.0, to, |from| {
            Edit::MoveIntervention { id, to: from }
        }),
        Edit::SetInterventionStatus { id, status } => {
            interventions::set_status(plan, id, status, ctx)
        }
        Edit::LinkGoal { intervention, goal } => {
            interventions::link_goal(plan, intervention, goal, true, ctx)
        }
        Edit::UnlinkGoal { intervention, goal } => {
            interventions::link_goal(plan, intervention, goal, false, ctx)
        }
        Edit::AddDependency {
            intervention,
            depends_on,
        } => interventions::add_dependency(plan, intervention, depends_on, ctx),
        Edit::RemoveDependency {
            intervention,
            depends_on,
        } => interventions::remove_dependency(plan, intervention, depends_on, ctx),

        Edit::AddAssessmentEntry { entry, position } => {
            assessment::add_entry(plan, entry, position, ctx)
        }
        Edit::UpdateAssessmentEntry { entry } => assessment::update_entry(plan, entry, ctx),
        Edit::RemoveAssessmentEntry { id } => assessment::remove_entry(plan, id, ctx),
        Edit::AddKnownFact { fact, position } => add(plan, fact, position, ctx),
        Edit::UpdateKnownFact { fact } => update(plan, fact, ctx),
        Edit::RemoveKnownFact { id } => remove::<KnownFact>(plan, id.0, |_| Vec::new()),
        Edit::SetTargetGroup { target_group } => plan::set_target_group(plan, target_group, ctx),
        Edit::LinkAssessment { goal, entry } => {
            assessment::link_assessment(plan, goal, entry, true, ctx)
        }
        Edit::UnlinkAssessment { goal, entry } => {
            assessment::link_assessment(plan, goal, entry, false, ctx)
        }

        Edit::AddConsent { consent, position } => add(plan, consent, position, ctx),
        Edit::UpdateConsent { consent } => update(plan, consent, ctx),
        Edit::WithdrawConsent { id, date } => consents::withdraw(plan, id, date, ctx),
        Edit::RemoveConsent { id } => remove::<Consent>(plan, id.0, |_| Vec::new()),

        Edit::AddFollowUp {
            follow_up,
            position,
        } => add(plan, follow_up, position, ctx),
        Edit::UpdateFollowUp { follow_up } => update(plan, follow_up, ctx),
        Edit::RemoveFollowUp { id } => remove::<FollowUp>(plan, id.0, |_| Vec::new()),
        Edit::SetFollowUpResult { follow_up, result } => {
            follow_ups::set_result(plan, follow_up, result, ctx)
        }
        Edit::RemoveFollowUpResult {
            follow_up,
            intervention,
        } => follow_ups::remove_result(plan, follow_up, intervention, ctx),

        Edit::AddComment { comment, position } => {
            approval::add_comment(plan, comment, position, ctx)
        }
        Edit::RemoveComment { id } => approval::remove_comment(plan, id, ctx),
        Edit::SetAgreement { on, agreement } => approval::set_agreement(plan, on, agreement, ctx),
        Edit::Approve { as_role } => approval::approve(plan, as_role, ctx),
        Edit::RevokeApproval { as_role } => approval::revoke(plan, as_role, ctx),
        Edit::StartNewVersion => approval::start_new_version(plan, ctx),
        Edit::RestoreVersion { state } => approval::restore_version(plan, state),
        Edit::Batch { edits } => apply_batch(plan, edits, ctx),
    }
}

fn change_field(
    plan: &mut Plan,
    item: Option<ItemRef>,
    edit: field::FieldEdit,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let path = edit.path().to_string();
    if let Some(ItemRef::AssessmentEntry(id)) = item {
        assessment::check_voice_of(plan, id, ctx)?;
    }
    on_field_owner!(item, path, plan::change_field(plan, edit, ctx), |T, id| {
        core::change_field::<T>(plan, id, edit, ctx)
    })
}

/// All edits apply, or none: on a refusal the ones already applied are rolled back.
fn apply_batch(plan: &mut Plan, edits: Vec<Edit>, ctx: &Ctx) -> Result<Applied, EditError> {
    if edits.is_empty() {
        return Err(EditError::NoChange);
    }
    let mut inverses = Vec::with_capacity(edits.len());
    let mut summaries = Vec::with_capacity(edits.len());
    let mut item = None;
    for edit in edits {
        match apply_edit(plan, edit, ctx.actor, ctx.at, ctx.mode) {
            Ok(applied) => {
                inverses.push(applied.inverse);
                summaries.push(applied.summary);
                item = item.or(applied.item);
            }
            Err(err) => {
                for inverse in inverses.into_iter().rev() {
                    // The inverse of an edit just applied puts back what it changed; it
                    // cannot be refused (`Rollback` passes even a lock the batch set).
                    let rolled_back = apply_edit(plan, inverse, ctx.actor, ctx.at, Mode::Rollback);
                    debug_assert!(
                        rolled_back.is_ok(),
                        "the inverse of an applied edit applies"
                    );
                }
                return Err(err);
            }
        }
    }
    inverses.reverse();
    Ok(self::core::done(
        Edit::Batch { edits: inverses },
        summaries.join("; "),
        item,
    ))
}

/// The text a field holds now (an absent text is empty), or None when the owner is gone
/// or the field holds no text. A text field compares what the user typed with this to
/// send the one splice between them.
pub fn field_text(plan: &Plan, item: Option<ItemRef>, path: &str) -> Option<String> {
    let text: Result<String, EditError> =
        on_field_owner!(item, path, plan::field_text(plan, path), |T, id| {
            self::core::get::<T>(plan, id).and_then(|item| field::text(item, path))
        });
    text.ok()
}

/// The value a field holds now (`Null` where the format leaves it out), or None when the
/// owner is gone. Undo compares it before and after another person's changes
/// (`History::rebase_remote`).
pub(crate) fn field_value(
    plan: &Plan,
    item: Option<ItemRef>,
    path: &str,
) -> Option<serde_json::Value> {
    let value: Result<serde_json::Value, EditError> =
        on_field_owner!(item, path, plan::field_value(plan, path), |T, id| {
            self::core::get::<T>(plan, id).and_then(|item| field::get(item, path))
        });
    value.ok()
}

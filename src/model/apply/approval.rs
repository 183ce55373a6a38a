//! The dialogue about the plan (comments, the citizen's agreement) and its approval:
//! versions, approvals by both parties and the lock.

use super::super::agreement::{
    Agreement, AgreementStatus, Approval, ApprovalRole, Comment, Target, VersionRecord,
};
use super::super::edit::{Edit, VersionState};
use super::super::error::{EditError, ItemKind};
use super::super::goal::Goal;
use super::super::ids::CommentId;
use super::super::intervention::Intervention;
use super::super::limits::LONG_TEXT_MAX;
use super::super::people::Role;
use super::super::plan::{same_name, ItemRef, Plan};
use super::checks::{check_len, q};
use super::core::{done, get, Item};
use super::{set_version_state, version_state, Applied, Ctx};

fn check_target(plan: &Plan, target: Target) -> Result<(), EditError> {
    match target {
        Target::Goal(id) => get::<Goal>(plan, id.0).map(drop),
        Target::Intervention(id) => get::<Intervention>(plan, id.0).map(drop),
    }
}

fn target_title(plan: &Plan, target: Target) -> String {
    match target {
        Target::Goal(id) => plan.goal(id).map(|g| q(&g.title)),
        Target::Intervention(id) => plan.intervention(id).map(|i| q(&i.title)),
    }
    .unwrap_or_else(|| "a removed item".to_string())
}

fn find_comment(plan: &Plan, id: CommentId) -> Result<usize, EditError> {
    plan.comments
        .iter()
        .position(|c| c.id == id)
        .ok_or(EditError::NotFound {
            kind: ItemKind::Comment,
            id: id.0,
        })
}

/// `apply` stamps the author and time.
pub(super) fn add_comment(
    plan: &mut Plan,
    mut comment: Comment,
    position: Option<usize>,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    if find_comment(plan, comment.id).is_ok() {
        return Err(EditError::DuplicateId {
            kind: ItemKind::Comment,
            id: comment.id.0,
        });
    }
    let len = plan.comments.len();
    if let Some(position) = position.filter(|p| *p > len) {
        return Err(EditError::PositionOutOfRange { position, len });
    }
    check_target(plan, comment.on)?;
    if ctx.user() {
        if comment.text.trim().is_empty() {
            return Err(EditError::Empty {
                field: "text".into(),
            });
        }
        check_len("text", &comment.text, LONG_TEXT_MAX)?;
        comment.author = ctx.actor.clone();
        comment.at = ctx.at;
    }
    let id = comment.id;
    let summary = format!("commented on {}", target_title(plan, comment.on));
    match position {
        Some(i) => plan.comments.insert(i, comment),
        None => plan.comments.push(comment),
    }
    Ok(done(
        Edit::RemoveComment { id },
        summary,
        Some(ItemRef::Comment(id)),
    ))
}

/// Only the comment's author may remove it.
pub(super) fn remove_comment(
    plan: &mut Plan,
    id: CommentId,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    let i = find_comment(plan, id)?;
    if ctx.user() && plan.comments[i].author != *ctx.actor {
        return Err(EditError::NotAuthor {
            kind: ItemKind::Comment,
        });
    }
    let comment = plan.comments.remove(i);
    let summary = format!("removed a comment on {}", target_title(plan, comment.on));
    Ok(done(
        Edit::AddComment {
            comment,
            position: Some(i),
        },
        summary,
        Some(ItemRef::Comment(id)),
    ))
}

/// The citizen's agreement with a goal or intervention. Citizen only.
pub(super) fn set_agreement(
    plan: &mut Plan,
    on: Target,
    mut agreement: Agreement,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    check_target(plan, on)?;
    if ctx.user() {
        // The citizen says it in the editor; a caseworker may record what the citizen
        // said aloud at a meeting, marked as recorded by them. Nobody else speaks for
        // the citizen.
        let spoken = agreement.recorded_by.is_some();
        agreement.recorded_by = match (ctx.actor.role, spoken) {
            (Role::Citizen, _) => None,
            (Role::Caseworker, true) => Some(ctx.actor.clone()),
            (role, _) => return Err(EditError::AgreementByCitizenOnly { role }),
        };
        check_len("comment", &agreement.comment, LONG_TEXT_MAX)?;
        agreement.at = Some(ctx.at);
    }
    let recorded = agreement
        .recorded_by
        .as_ref()
        .map(|by| format!(" (said aloud, recorded by {})", by.name))
        .unwrap_or_default();
    let summary = format!(
        "the citizen {} {}{recorded}",
        match agreement.status {
            AgreementStatus::Agrees => "agrees with",
            AgreementStatus::Disagrees => "disagrees with",
            AgreementStatus::NotAsked => "has not yet been asked about",
        },
        target_title(plan, on)
    );
    let inverse = match on {
        Target::Goal(id) => set_on::<Goal>(plan, id.0, agreement, |g| &mut g.citizen_agreement),
        Target::Intervention(id) => {
            set_on::<Intervention>(plan, id.0, agreement, |x| &mut x.citizen_agreement)
        }
    }?;
    let item = match on {
        Target::Goal(id) => ItemRef::Goal(id),
        Target::Intervention(id) => ItemRef::Intervention(id),
    };
    Ok(done(inverse, summary, Some(item)))
}

/// Puts `agreement` on the item; the inverse restores the whole item.
fn set_on<T: Item>(
    plan: &mut Plan,
    id: uuid::Uuid,
    agreement: Agreement,
    field: impl Fn(&mut T) -> &mut Agreement,
) -> Result<Edit, EditError> {
    let i = super::core::find::<T>(plan, id)?;
    let item = &mut T::list_mut(plan)[i];
    let old = item.clone();
    *field(item) = agreement;
    Ok(old.update_edit())
}

fn approval_allowed(role: Role, as_role: ApprovalRole) -> bool {
    matches!(
        (role, as_role),
        (Role::Citizen, ApprovalRole::Citizen)
            | (Role::Caseworker, ApprovalRole::Caseworker)
            | (Role::Citizen, ApprovalRole::CustodyHolder)
    )
}

/// Whether the actor has already approved in this capacity: a custody holder by name (two
/// may approve), the others once per version.
fn already_approved(plan: &Plan, as_role: ApprovalRole, ctx: &Ctx) -> bool {
    match as_role {
        ApprovalRole::CustodyHolder => plan.is_approved_by_custody_holder(&ctx.actor.name),
        _ => plan.is_approved_as(as_role),
    }
}

fn check_approver(ctx: &Ctx, as_role: ApprovalRole) -> Result<(), EditError> {
    if ctx.user() && !approval_allowed(ctx.actor.role, as_role) {
        return Err(EditError::ApprovalNotAllowed {
            role: ctx.actor.role,
            as_role,
        });
    }
    Ok(())
}

/// Approves the current version. When both the citizen and a caseworker have approved,
/// the version is locked and dated.
pub(super) fn approve(
    plan: &mut Plan,
    as_role: ApprovalRole,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    check_approver(ctx, as_role)?;
    // A custody holder approves under a name the plan lists as a custody holder.
    if ctx.user()
        && as_role == ApprovalRole::CustodyHolder
        && !plan
            .custody_holders()
            .any(|p| same_name(&p.name, &ctx.actor.name))
    {
        return Err(EditError::ApprovalNotAllowed {
            role: ctx.actor.role,
            as_role,
        });
    }
    if already_approved(plan, as_role, ctx) {
        return Err(EditError::AlreadyApproved {
            as_role,
            version: plan.version,
        });
    }
    let state = version_state(plan);
    plan.approvals.push(Approval {
        as_role,
        by: ctx.actor.clone(),
        at: ctx.at,
    });
    let mut summary = format!("approved version {} as {as_role}", plan.version);
    if plan.is_approved_by_all() {
        plan.locked = true;
        plan.locked_at = Some(ctx.at);
        summary.push_str("; both parties have approved, so the version is locked");
    }
    Ok(done(Edit::RestoreVersion { state }, summary, None))
}

/// Takes back one's own approval before the version is locked.
pub(super) fn revoke(
    plan: &mut Plan,
    as_role: ApprovalRole,
    ctx: &Ctx,
) -> Result<Applied, EditError> {
    check_approver(ctx, as_role)?;
    if !already_approved(plan, as_role, ctx) {
        return Err(EditError::NotApproved {
            as_role,
            version: plan.version,
        });
    }
    let state = version_state(plan);
    plan.approvals.retain(|a| {
        a.as_role != as_role
            || (as_role == ApprovalRole::CustodyHolder && !same_name(&a.by.name, &ctx.actor.name))
    });
    let summary = format!(
        "took back the {as_role}'s approval of version {}",
        plan.version
    );
    Ok(done(Edit::RestoreVersion { state }, summary, None))
}

/// From a locked version: a new draft (version + 1, no approvals, unlocked).
pub(super) fn start_new_version(plan: &mut Plan, ctx: &Ctx) -> Result<Applied, EditError> {
    if !plan.locked {
        return Err(EditError::NotLocked {
            version: plan.version,
        });
    }
    let next = plan.version.checked_add(1).ok_or(EditError::VersionLimit {
        version: plan.version,
    })?;
    let state = version_state(plan);
    plan.earlier_versions.push(VersionRecord {
        version: plan.version,
        locked_at: plan.locked_at,
        approvals: std::mem::take(&mut plan.approvals),
        superseded_at: ctx.at,
    });
    plan.version = next;
    plan.locked = false;
    plan.locked_at = None;
    let summary = format!("started version {} as a new draft", plan.version);
    Ok(done(Edit::RestoreVersion { state }, summary, None))
}

/// Restores version number, lock and approvals (only as the inverse of the above).
pub(super) fn restore_version(plan: &mut Plan, state: VersionState) -> Result<Applied, EditError> {
    let old = version_state(plan);
    set_version_state(plan, state);
    Ok(done(
        Edit::RestoreVersion { state: old },
        format!("restored the approvals of version {}", plan.version),
        None,
    ))
}

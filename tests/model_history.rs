//! Approval, locking, new versions, undo/redo and the change log.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::model::*;
use model_support::fixtures::*;

fn approve(
    plan: &mut Plan,
    history: &mut History,
    as_role: ApprovalRole,
    actor: &Actor,
) -> Result<(), EditError> {
    history.apply(plan, Edit::Approve { as_role }, actor, at(20, 14))
}

#[test]
fn roles_may_only_approve_as_themselves() {
    let (mut plan, _) = mette_plan();
    let mut h = History::default();
    assert_eq!(
        approve(&mut plan, &mut h, ApprovalRole::Caseworker, &mette()),
        Err(EditError::ApprovalNotAllowed {
            role: Role::Citizen,
            as_role: ApprovalRole::Caseworker
        })
    );
    assert_eq!(
        approve(&mut plan, &mut h, ApprovalRole::Citizen, &jonas()),
        Err(EditError::ApprovalNotAllowed {
            role: Role::Caseworker,
            as_role: ApprovalRole::Citizen
        })
    );
    assert_eq!(
        approve(&mut plan, &mut h, ApprovalRole::Caseworker, &psychiatrist()),
        Err(EditError::ApprovalNotAllowed {
            role: Role::Professional,
            as_role: ApprovalRole::Caseworker
        })
    );
    approve(&mut plan, &mut h, ApprovalRole::Citizen, &mette()).unwrap();
    assert_eq!(
        approve(&mut plan, &mut h, ApprovalRole::Citizen, &mette()),
        Err(EditError::AlreadyApproved {
            as_role: ApprovalRole::Citizen,
            version: 1
        })
    );
    assert!(!plan.locked);
}

#[test]
fn both_approvals_lock_the_version_and_new_version_reopens() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    approve(&mut plan, &mut h, ApprovalRole::Citizen, &mette()).unwrap();
    approve(&mut plan, &mut h, ApprovalRole::Caseworker, &jonas()).unwrap();
    assert!(plan.locked);
    assert_eq!(plan.locked_at, Some(at(20, 14)));
    assert!(plan.change_log.last().unwrap().summary.contains("locked"));
    assert_eq!(validate(&plan), vec![]);

    // Everything but "start new version" is refused, also undo.
    let locked = plan.clone();
    for edit in [
        Edit::SetTitle {
            title: "Ny titel".into(),
        },
        Edit::SetGoalStatus {
            id: ids.job,
            status: GoalStatus::Achieved,
        },
        Edit::RemoveIntervention { id: ids.mentor },
        Edit::RevokeApproval {
            as_role: ApprovalRole::Citizen,
        },
    ] {
        let err = h.apply(&mut plan, edit, &jonas(), at(21, 9)).unwrap_err();
        assert_eq!(err, EditError::Locked { version: 1 });
        assert!(err.to_string().contains("start a new version"));
    }
    assert_eq!(
        h.undo(&mut plan, &jonas(), at(21, 9)),
        Err(EditError::Locked { version: 1 })
    );
    assert_eq!(plan, locked);

    h.apply(&mut plan, Edit::StartNewVersion, &jonas(), at(22, 9))
        .unwrap();
    assert_eq!(plan.version, 2);
    assert!(!plan.locked && plan.locked_at.is_none() && plan.approvals.is_empty());
    assert_eq!(plan.earlier_versions.len(), 1);
    assert_eq!(plan.earlier_versions[0].version, 1);
    assert_eq!(plan.earlier_versions[0].approvals.len(), 2);
    assert_eq!(plan.earlier_versions[0].locked_at, Some(at(20, 14)));
    assert_eq!(
        plan.change_log.len(),
        locked.change_log.len() + 1,
        "the log is kept"
    );
    assert_eq!(validate(&plan), vec![]);
    h.apply(
        &mut plan,
        Edit::SetTitle {
            title: "Mettes plan, version 2".into(),
        },
        &jonas(),
        at(22, 10),
    )
    .unwrap();
    assert_eq!(plan.change_log.last().unwrap().version, 2);

    // Undo back to the locked version, then no further.
    assert!(h.undo(&mut plan, &jonas(), at(22, 11)).unwrap());
    assert!(h.undo(&mut plan, &jonas(), at(22, 11)).unwrap());
    assert_eq!(plan.without_log(), locked.without_log());
    assert!(h.undo(&mut plan, &jonas(), at(22, 11)).is_err());
    assert_eq!(
        h.apply(&mut plan.clone(), Edit::StartNewVersion, &jonas(), at(1, 1))
            .map(|_| ()),
        Ok(())
    );
}

#[test]
fn start_new_version_needs_a_locked_version() {
    let (mut plan, _) = mette_plan();
    assert_eq!(
        apply(&mut plan, Edit::StartNewVersion, &jonas(), at(1, 1)),
        Err(EditError::NotLocked { version: 1 })
    );
}

#[test]
fn a_content_change_withdraws_a_pending_approval_and_undo_restores_it() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    approve(&mut plan, &mut h, ApprovalRole::Citizen, &mette()).unwrap();
    let approved = plan.clone();
    h.apply(
        &mut plan,
        Edit::SetGoalStatus {
            id: ids.job,
            status: GoalStatus::OnHold,
        },
        &jonas(),
        at(20, 15),
    )
    .unwrap();
    assert!(
        plan.approvals.is_empty(),
        "Mette approved the plan before this change"
    );
    assert!(plan
        .change_log
        .last()
        .unwrap()
        .summary
        .contains("approval was withdrawn"));
    // The caseworker's approval now does not lock: Mette must approve again.
    approve(&mut plan, &mut h, ApprovalRole::Caseworker, &jonas()).unwrap();
    assert!(!plan.locked);
    h.undo(&mut plan, &jonas(), at(20, 16)).unwrap();
    h.undo(&mut plan, &jonas(), at(20, 16)).unwrap();
    assert_eq!(plan.without_log(), approved.without_log());
    // Comments are dialogue, not content: they keep the approval.
    let comment = Comment {
        id: CommentId::new(),
        on: Target::Goal(ids.job),
        author: jonas(),
        at: at(1, 1),
        text: "Husk at godkende".into(),
    };
    h.apply(
        &mut plan,
        Edit::AddComment {
            comment,
            position: None,
        },
        &jonas(),
        at(20, 17),
    )
    .unwrap();
    assert_eq!(plan.approvals.len(), 1);
}

#[test]
fn revoke_own_approval() {
    let (mut plan, _) = mette_plan();
    let mut h = History::default();
    approve(&mut plan, &mut h, ApprovalRole::Citizen, &mette()).unwrap();
    assert_eq!(
        h.apply(
            &mut plan,
            Edit::RevokeApproval {
                as_role: ApprovalRole::Citizen
            },
            &jonas(),
            at(20, 15)
        ),
        Err(EditError::ApprovalNotAllowed {
            role: Role::Caseworker,
            as_role: ApprovalRole::Citizen
        })
    );
    h.apply(
        &mut plan,
        Edit::RevokeApproval {
            as_role: ApprovalRole::Citizen,
        },
        &mette(),
        at(20, 15),
    )
    .unwrap();
    assert!(plan.approvals.is_empty());
    assert_eq!(
        h.apply(
            &mut plan,
            Edit::RevokeApproval {
                as_role: ApprovalRole::Citizen
            },
            &mette(),
            at(20, 15)
        ),
        Err(EditError::NotApproved {
            as_role: ApprovalRole::Citizen,
            version: 1
        })
    );
    h.undo(&mut plan, &mette(), at(20, 16)).unwrap();
    assert_eq!(plan.approvals.len(), 1);
    assert_eq!(plan.approvals[0].by, mette());
    assert_eq!(
        plan.approvals[0].at,
        at(20, 14),
        "undo restores the original approval time"
    );
}

#[test]
fn restore_version_is_not_a_user_edit() {
    let (mut plan, _) = mette_plan();
    let state = VersionState {
        version: 9,
        locked: false,
        locked_at: None,
        approvals: vec![],
        earlier_versions: vec![],
    };
    assert_eq!(
        apply(
            &mut plan,
            Edit::RestoreVersion { state },
            &jonas(),
            at(1, 1)
        ),
        Err(EditError::NotAUserEdit)
    );
}

#[test]
fn undo_logs_plainly_and_restores_authorship() {
    let (mut plan, ids) = mette_plan();
    let original = plan.clone();
    let mut h = History::default();
    assert!(!h.can_undo() && !h.can_redo());
    let mut goal = plan.goal(ids.job).unwrap().clone();
    goal.title = "Jeg vil arbejde i en café".into();
    h.apply(&mut plan, Edit::UpdateGoal { goal }, &jonas(), at(11, 9))
        .unwrap();
    assert!(h.can_undo());
    h.undo(&mut plan, &mette(), at(11, 10)).unwrap();
    // Stamps come back exactly: the undo is not a new authorship.
    assert_eq!(plan.goal(ids.job), original.goal(ids.job));
    let undo = plan.change_log.last().unwrap();
    assert_eq!(
        undo.summary,
        "undo: changed goal “Jeg vil arbejde i en café”"
    );
    assert_eq!(undo.origin, ChangeOrigin::Undo);
    assert_eq!(undo.action, "update_goal");
    assert_eq!(undo.item, Some(ItemRef::Goal(ids.job)));
    assert_eq!(undo.name, "Mette Jensen");
    assert!(h.can_redo() && !h.can_undo());
    h.redo(&mut plan, &mette(), at(11, 11)).unwrap();
    assert_eq!(
        plan.goal(ids.job).unwrap().updated_by,
        jonas(),
        "redo restores the original stamp"
    );
    assert_eq!(plan.change_log.last().unwrap().origin, ChangeOrigin::Redo);
    assert_eq!(plan.change_log.len(), 3);
    // The log can be filtered by item.
    assert_eq!(
        plan.change_log
            .iter()
            .filter(|e| e.item == Some(ItemRef::Goal(ids.job)))
            .count(),
        3
    );
    // A new edit clears redo; nothing to undo/redo returns false.
    h.apply(
        &mut plan,
        Edit::SetTitle { title: "Ny".into() },
        &jonas(),
        at(11, 12),
    )
    .unwrap();
    assert!(!h.can_redo());
    assert_eq!(h.redo(&mut plan, &jonas(), at(11, 13)), Ok(false));
    let mut empty = History::default();
    assert_eq!(empty.undo(&mut plan, &jonas(), at(11, 13)), Ok(false));
}

#[test]
fn change_log_entry_serializes_compactly() {
    let (mut plan, ids) = mette_plan();
    apply(
        &mut plan,
        Edit::SetGoalStatus {
            id: ids.bus,
            status: GoalStatus::Active,
        },
        &jonas(),
        at(5, 9),
    )
    .unwrap();
    let json = serde_json::to_value(plan.change_log.last().unwrap()).unwrap();
    assert_eq!(json["at"], "2026-03-05T09:00:00Z");
    assert_eq!(json["role"], "caseworker");
    assert_eq!(json["item"]["kind"], "goal");
    assert_eq!(json["item"]["id"], ids.bus.to_string());
    assert!(
        json.get("origin").is_none(),
        "origin is omitted for plain edits"
    );
}

/// Typing "Mentor" letter by letter: one undo step, like any text editor; a pause, another
/// field or an undo starts a new step. The change log records the run as one entry.
#[test]
fn typing_into_one_field_is_undone_as_one_step() {
    let (mut plan, _) = mette_plan();
    let original = plan.without_log();
    let mut h = History::default();
    let t0 = at(20, 14);
    let ms = |n: i64| t0 + chrono::Duration::milliseconds(n);
    let log_before = plan.change_log.len();

    for (i, text) in ["M", "Me", "Men", "Ment", "Mento", "Mentor"]
        .iter()
        .enumerate()
    {
        let edit = Edit::SetTitle {
            title: text.to_string(),
        };
        h.apply_typing(&mut plan, edit, &mette(), ms(i as i64 * 300))
            .unwrap();
    }
    assert_eq!(plan.title, "Mentor");
    assert_eq!(plan.change_log.len(), log_before + 1);

    // A pause longer than the typing pause starts a new step.
    let later = ms(5 * 300 + TYPING_PAUSE_MS + 1);
    h.apply_typing(
        &mut plan,
        Edit::SetTitle {
            title: "Mentorstøtte".into(),
        },
        &mette(),
        later,
    )
    .unwrap();
    // Another field right away starts a new step too.
    let dreams = Edit::SetOwnWords {
        field: OwnWordsField::Dreams,
        text: "Et arbejde".into(),
    };
    h.apply_typing(&mut plan, dreams, &mette(), later).unwrap();

    assert!(h.undo(&mut plan, &mette(), later).unwrap());
    assert_eq!(
        plan.citizen.own_words.dreams,
        original.citizen.own_words.dreams
    );
    assert!(h.undo(&mut plan, &mette(), later).unwrap());
    assert_eq!(plan.title, "Mentor");
    assert!(h.undo(&mut plan, &mette(), later).unwrap());
    assert_eq!(plan.without_log(), original);
    assert!(!h.can_undo());

    // Redo replays the run as one step, and typing after an undo never merges into it.
    assert!(h.redo(&mut plan, &mette(), later).unwrap());
    assert_eq!(plan.title, "Mentor");
}

/// Edits that are not typing (adding a goal) are always their own step.
#[test]
fn apply_typing_leaves_other_edits_as_single_steps() {
    let (mut plan, _) = mette_plan();
    let mut h = History::default();
    let t = at(20, 14);
    let goals_before = plan.goals.len();
    for title in ["Gå en tur hver dag", "Sove bedre"] {
        let goal = Goal::new(GoalLevel::Goal, title, &mette(), t);
        h.apply_typing(
            &mut plan,
            Edit::AddGoal {
                goal,
                position: None,
            },
            &mette(),
            t,
        )
        .unwrap();
    }
    assert!(h.undo(&mut plan, &mette(), t).unwrap());
    assert_eq!(plan.goals.len(), goals_before + 1);
}

//! Undo and redo, built on the inverse edits that `apply` returns.
//!
//! Change log policy: undo and redo do not erase anything from the change log.
//! Each appends one entry, marked with origin `undo`/`redo`, whose summary is
//! the original edit's summary prefixed with "undo: " or "redo: " and whose
//! item is the original item. So the log stays an honest, append-only record,
//! and reading it never shows the confusing inverse ("removed goal …" for an
//! undone add). Everything else in the plan is restored exactly, including
//! authorship stamps: `plan.without_log()` before an edit equals it after undo.
//!
//! Other people's changes: when the plan moves on under this history (another device or
//! tab), the editor tells it through [`History::rebase_remote`], which moves the stored
//! inverses past those changes so undo never undoes or overwrites them (rules in
//! `history/remote.rs`). A step left with nothing of its own to undo is reported once
//! ([`EditError::ChangedSince`], or `NotFound` for a removed item) and skipped.

mod remote;

use chrono::{DateTime, Utc};

use super::apply::{apply_logged, apply_restore, LogLine};
use super::edit::{Edit, EditKind};
use super::error::EditError;
use super::people::Actor;
use super::plan::{ChangeOrigin, ItemRef, Plan};
use ChangeOrigin::{Redo, Undo};

/// How many steps undo can go back. Bounds memory in long sessions.
pub const MAX_UNDO_STEPS: usize = 500;

/// One undoable step: the edit that reverts it and how to describe it.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    edit: Edit,
    summary: String,
    action: EditKind,
    field: Option<String>,
    item: Option<ItemRef>,
    /// Set when other people's changes left nothing of this step to undo (or redo): why.
    overtaken: Option<EditError>,
}

/// Whether an undo or redo found a step (`Ok(false)`: nothing to undo or redo).
pub type Stepped = Result<bool, EditError>;

/// Typing edits to the same field this close together are undone as one step.
pub const TYPING_PAUSE_MS: i64 = 1500;

/// Undo/redo over applied edits.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The field the latest typing step wrote to, and when (see [`History::apply_typing`]).
    typing: Option<(String, DateTime<Utc>)>,
}

impl History {
    /// Applies an edit and records its inverse; clears the redo stack.
    pub fn apply(
        &mut self,
        plan: &mut Plan,
        edit: Edit,
        actor: &Actor,
        at: DateTime<Utc>,
    ) -> Result<(), EditError> {
        let field = edit.field();
        let (applied, action) = apply_logged(plan, edit, actor, at)?;
        self.typing = None;
        self.undo.push(Step {
            edit: applied.inverse,
            summary: applied.summary,
            action,
            field,
            item: applied.item,
            overtaken: None,
        });
        if self.undo.len() > MAX_UNDO_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(())
    }

    /// Applies an edit made by typing. Keystrokes into the same field (same `Edit`
    /// kind and item) less than [`TYPING_PAUSE_MS`] apart form one undo step, as in any
    /// text editor: the plan changes with every keystroke, but undo reverts the whole
    /// run (and the change log keeps one entry for it, see `change_log::folds_into`). Other edits start a new step as [`History::apply`] does.
    pub fn apply_typing(
        &mut self,
        plan: &mut Plan,
        edit: Edit,
        actor: &Actor,
        at: DateTime<Utc>,
    ) -> Result<(), EditError> {
        let Some(key) = typing_key(&edit) else {
            return self.apply(plan, edit, actor, at);
        };
        let continues = self.redo.is_empty()
            && !self.undo.is_empty()
            && self.typing.as_ref().is_some_and(|(last, when)| {
                *last == key && (at - *when).num_milliseconds() < TYPING_PAUSE_MS
            });
        if continues {
            let splice = matches!(edit, Edit::SpliceText { .. });
            let (applied, _) = apply_logged(plan, edit, actor, at)?;
            if let (true, Some(step)) = (splice, self.undo.last_mut()) {
                // A splice's inverse undoes that keystroke only: the run's step undoes
                // them all, newest first, so each lands where it was typed.
                // Kept flat, so a long run does not nest batches deeply.
                let mut edits = vec![applied.inverse];
                match std::mem::replace(&mut step.edit, Edit::Batch { edits: vec![] }) {
                    Edit::Batch { edits: earlier } => edits.extend(earlier),
                    earlier => edits.push(earlier),
                }
                step.edit = Edit::Batch { edits };
            }
            // Otherwise the step on the stack already restores the field as it was
            // before the run (a set-field or update carries the whole old value).
        } else {
            self.apply(plan, edit, actor, at)?;
        }
        self.typing = Some((key, at));
        Ok(())
    }

    /// Reverts the latest step. `Ok(false)`: nothing to undo. On error (e.g. the
    /// plan got locked) the step stays available and the plan is unchanged.
    pub fn undo(&mut self, plan: &mut Plan, actor: &Actor, at: DateTime<Utc>) -> Stepped {
        self.typing = None;
        Self::step(&mut self.undo, &mut self.redo, (plan, actor, at), Undo)
    }

    /// Re-applies the latest undone step.
    pub fn redo(&mut self, plan: &mut Plan, actor: &Actor, at: DateTime<Utc>) -> Stepped {
        self.typing = None;
        Self::step(&mut self.redo, &mut self.undo, (plan, actor, at), Redo)
    }

    fn step(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        (plan, actor, at): (&mut Plan, &Actor, DateTime<Utc>),
        origin: ChangeOrigin,
    ) -> Result<bool, EditError> {
        // A step that others' changes left with nothing to do (all of its text gone, say)
        // is dropped, and the undo goes on to the step before it: pressing undo must not
        // keep landing on a step that changes nothing.
        loop {
            match Self::step_once(from, to, (&mut *plan, actor, at), origin) {
                Err(EditError::NoChange) => {
                    from.pop();
                }
                other => return other,
            }
        }
    }

    fn step_once(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        (plan, actor, at): (&mut Plan, &Actor, DateTime<Utc>),
        origin: ChangeOrigin,
    ) -> Result<bool, EditError> {
        let Some(step) = from.pop() else {
            return Ok(false);
        };
        if let Some(reason) = step.overtaken {
            // Said once, then gone: the next undo goes on to the step before it.
            return Err(reason);
        }
        let prefix = if origin == ChangeOrigin::Undo {
            "undo"
        } else {
            "redo"
        };
        let line = LogLine {
            summary: format!("{prefix}: {}", step.summary),
            action: step.action,
            field: step.field.clone(),
            item: step.item,
            origin,
        };
        match apply_restore(plan, step.edit.clone(), actor, at, line) {
            Ok(inverse) => {
                to.push(Step {
                    edit: inverse,
                    ..step
                });
                Ok(true)
            }
            Err(err) => {
                from.push(step);
                Err(err)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The edit the next undo (`true`) or redo (`false`) applies: an editor that must replay
    /// its unsaved changes on a newer copy of the plan (another tab saved) records it.
    pub fn next_edit(&self, undo: bool) -> Option<&Edit> {
        let stack = if undo { &self.undo } else { &self.redo };
        stack.last().map(|s| &s.edit)
    }

    /// Tells the history that the plan went from `old` to `new` through someone else's
    /// edits (another device or tab), before this user edits `new`. Every undo and redo
    /// step is moved onto `new`: splices shift past their text, and what they changed or
    /// removed is left out of undo (see `history/remote.rs`). Call it with the plan the
    /// editor held and the one that replaces it, each time one replaces the other.
    pub fn rebase_remote(&mut self, old: &Plan, new: &Plan) {
        for stack in [&mut self.undo, &mut self.redo] {
            let mut walk = remote::Walk::new(old, new);
            // The newest step applies first, so the walk goes from the top of the stack.
            for (depth, step) in stack.iter_mut().rev().enumerate() {
                if step.overtaken.is_some() {
                    continue;
                }
                let edit = std::mem::replace(&mut step.edit, Edit::Batch { edits: vec![] });
                let rebased = walk.step(edit);
                step.edit = rebased.edit;
                if let Some(reason) = rebased.dropped {
                    if !remote::has_content(&step.edit) {
                        step.overtaken = Some(reason);
                    }
                    if depth == 0 {
                        // My next keystroke starts a new step rather than extend one
                        // that lost part of itself.
                        self.typing = None;
                    }
                }
            }
        }
    }

    /// Forgets all steps (e.g. when another plan is loaded).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

/// Which field a typing edit writes to, or `None` for edits that are not typing.
fn typing_key(edit: &Edit) -> Option<String> {
    Some(match edit {
        Edit::SetField { item, field, .. } | Edit::SpliceText { item, field, .. } => {
            let item = serde_json::to_string(item).unwrap_or_default();
            format!("field/{item}/{field}")
        }
        Edit::SetTitle { .. } => "title".to_string(),
        Edit::SetOwnWords { field, .. } => format!("own_words/{}", field.key()),
        Edit::SetCitizen { .. } => "citizen".to_string(),
        Edit::UpdateGoal { goal } => format!("goal/{}", goal.id),
        Edit::UpdateIntervention { intervention } => format!("intervention/{}", intervention.id),
        Edit::UpdatePerson { person } => format!("person/{}", person.id),
        Edit::UpdateFamilyMember { member } => format!("member/{}", member.id),
        Edit::UpdateConsent { consent } => format!("consent/{}", consent.id),
        Edit::UpdateFollowUp { follow_up } => format!("follow_up/{}", follow_up.id),
        Edit::SetAgreement { on, .. } => format!("agreement/{on:?}"),
        _ => return None,
    })
}

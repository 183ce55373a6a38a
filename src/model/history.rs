//! Undo and redo, built on the inverse edits that `apply` returns.
//!
//! Change log policy: undo and redo do not erase anything from the change log.
//! Each appends one entry, marked with origin `undo`/`redo`, whose summary is
//! the original edit's summary prefixed with "undo: " or "redo: " and whose
//! item is the original item. So the log stays an honest, append-only record,
//! and reading it never shows the confusing inverse ("removed goal …" for an
//! undone add). Everything else in the plan is restored exactly, including
//! authorship stamps: `plan.without_log()` before an edit equals it after undo.

use chrono::{DateTime, Utc};

use super::apply::{apply_logged, apply_restore, LogLine};
use super::edit::Edit;
use super::error::EditError;
use super::people::Actor;
use super::plan::{ChangeOrigin, ItemRef, Plan};

/// How many steps undo can go back. Bounds memory in long sessions.
pub const MAX_UNDO_STEPS: usize = 500;

/// One undoable step: the edit that reverts it and how to describe it.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    edit: Edit,
    summary: String,
    action: &'static str,
    item: Option<ItemRef>,
}

/// Undo/redo over applied edits.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
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
        let (applied, action) = apply_logged(plan, edit, actor, at)?;
        self.undo.push(Step {
            edit: applied.inverse,
            summary: applied.summary,
            action,
            item: applied.item,
        });
        if self.undo.len() > MAX_UNDO_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(())
    }

    /// Reverts the latest step. `Ok(false)`: nothing to undo. On error (e.g. the
    /// plan got locked) the step stays available and the plan is unchanged.
    pub fn undo(
        &mut self,
        plan: &mut Plan,
        actor: &Actor,
        at: DateTime<Utc>,
    ) -> Result<bool, EditError> {
        Self::step(
            &mut self.undo,
            &mut self.redo,
            plan,
            actor,
            at,
            ChangeOrigin::Undo,
        )
    }

    /// Re-applies the latest undone step.
    pub fn redo(
        &mut self,
        plan: &mut Plan,
        actor: &Actor,
        at: DateTime<Utc>,
    ) -> Result<bool, EditError> {
        Self::step(
            &mut self.redo,
            &mut self.undo,
            plan,
            actor,
            at,
            ChangeOrigin::Redo,
        )
    }

    fn step(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        plan: &mut Plan,
        actor: &Actor,
        at: DateTime<Utc>,
        origin: ChangeOrigin,
    ) -> Result<bool, EditError> {
        let Some(step) = from.pop() else {
            return Ok(false);
        };
        let prefix = if origin == ChangeOrigin::Undo {
            "undo"
        } else {
            "redo"
        };
        let line = LogLine {
            summary: format!("{prefix}: {}", step.summary),
            action: step.action,
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

    /// What undo would revert, in plain English (for a tooltip).
    pub fn undo_summary(&self) -> Option<&str> {
        self.undo.last().map(|s| s.summary.as_str())
    }

    /// What redo would re-apply, in plain English.
    pub fn redo_summary(&self) -> Option<&str> {
        self.redo.last().map(|s| s.summary.as_str())
    }

    /// Forgets all steps (e.g. when another plan is loaded).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

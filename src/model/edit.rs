//! Edit commands: every change to a plan is one [`Edit`] applied by [`apply`].

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::plan::{ChangeEntry, OwnWordsField, Plan};

/// Who is writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Citizen,
    Caseworker,
    Professional,
}

/// The person making an edit: a role and a display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub role: Role,
    pub name: String,
}

/// Every change a user can make to a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Edit {
    SetTitle { title: String },
    SetOwnWords { field: OwnWordsField, text: String },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("{0}")]
    Invalid(String),
}

/// Applies `edit` to `plan` for `actor` at `at`, logs it, and returns the inverse edit.
pub fn apply(
    plan: &mut Plan,
    edit: Edit,
    actor: &Actor,
    at: DateTime<Utc>,
) -> Result<Edit, EditError> {
    let (inverse, summary) = match edit {
        Edit::SetTitle { title } => {
            let old = std::mem::replace(&mut plan.title, title);
            (Edit::SetTitle { title: old }, "title".to_string())
        }
        Edit::SetOwnWords { field, text } => {
            let old = std::mem::replace(plan.own_words_mut(field), text);
            (
                Edit::SetOwnWords { field, text: old },
                "own_words".to_string(),
            )
        }
    };
    plan.change_log.push(ChangeEntry {
        at,
        role: actor.role,
        name: actor.name.clone(),
        summary,
    });
    Ok(inverse)
}

/// Undo/redo over applied edits.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Edit>,
    redo: Vec<Edit>,
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
        let inverse = apply(plan, edit, actor, at)?;
        self.undo.push(inverse);
        self.redo.clear();
        Ok(())
    }

    pub fn undo(
        &mut self,
        plan: &mut Plan,
        actor: &Actor,
        at: DateTime<Utc>,
    ) -> Result<bool, EditError> {
        let Some(edit) = self.undo.pop() else {
            return Ok(false);
        };
        let inverse = apply(plan, edit, actor, at)?;
        self.redo.push(inverse);
        Ok(true)
    }

    pub fn redo(
        &mut self,
        plan: &mut Plan,
        actor: &Actor,
        at: DateTime<Utc>,
    ) -> Result<bool, EditError> {
        let Some(edit) = self.redo.pop() else {
            return Ok(false);
        };
        let inverse = apply(plan, edit, actor, at)?;
        self.undo.push(inverse);
        Ok(true)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

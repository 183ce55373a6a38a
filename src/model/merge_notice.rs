//! What merging another device's changes did to the plan, as plain data for telling the
//! people affected: a short field whose value from this device lost to a value another
//! device wrote at the same moment ([`LostValue`]), and what the repair pass mended
//! ([`Repair`]). The shared document (`collab`, a feature) fills these; the editor shows
//! them in words (`i18n`) without depending on `collab`.

use serde_json::Value;

use super::{ApprovalRole, GoalId, GoalLevel, InterventionId, ItemRef};

/// One thing to tell about a merge.
#[derive(Debug, Clone, PartialEq)]
pub enum MergeNotice {
    Lost(LostValue),
    Repaired(Repair),
}

/// A short field (a date, a status, a code) that this device set while another device set
/// it too, without having seen this device's value: the other value won, the same on every
/// device. The person who wrote `mine` is told, with `mine` one click away.
#[derive(Debug, Clone, PartialEq)]
pub struct LostValue {
    /// The item (None: the plan's own fields).
    pub item: Option<ItemRef>,
    /// The field's path in the plan format, as a field edit names it (`period.start`).
    pub field: String,
    /// This device's value, as the plan format writes it (`null`: the field was empty).
    pub mine: Value,
    /// The value that replaced it.
    pub theirs: Value,
}

/// One thing the repair pass changed in a merged plan (`collab::repair`).
#[derive(Debug, Clone, PartialEq)]
pub enum Repair {
    /// An item was listed twice; the later place was dropped.
    DuplicateDropped {
        collection: &'static str,
        id: String,
    },
    /// A link to an item that is gone was dropped (`field` of the item `id`).
    LinkDropped {
        collection: &'static str,
        id: String,
        field: &'static str,
        to: String,
    },
    /// A rating or comment of a removed goal or intervention went with it.
    OrphanRemoved {
        collection: &'static str,
        id: String,
    },
    /// A goal lost its removed parent (and a sub-goal became a goal).
    ParentDropped { goal: GoalId, parent: GoalId },
    /// A goal no longer fitted under its parent (one device changed the parent's level
    /// while another put the goal under it): it took the level that fits, or (under a
    /// sub-goal, which has none below it) left the parent as a goal of its own.
    LevelFitted {
        goal: GoalId,
        level: GoalLevel,
        left_parent: bool,
    },
    /// A dependency circle was broken by dropping `intervention` depends on `depends_on`.
    CycleBroken {
        intervention: InterventionId,
        depends_on: InterventionId,
    },
    /// A second approval in the same capacity was dropped.
    ApprovalDropped { as_role: ApprovalRole },
    /// Both parties approved at the same time on two devices, each seeing only its own
    /// approval: the version is locked, as it is when the second approves.
    LockedByBoth,
}

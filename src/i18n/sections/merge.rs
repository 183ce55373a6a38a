//! Strings for what merging another device's changes did: a short field whose value from
//! this device lost to one written at the same moment elsewhere, and what the repair pass
//! mended (`model::merge_notice`).

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::i18n::Lang;
use crate::model::merge_notice::{LostValue, Repair};
use crate::model::{
    ConsentKind, DecisionStatus, ExpressedBy, GoalId, GoalLevel, GoalStatus, InterventionId,
    InterventionStatus, ItemRef, MemberId, PersonId, PersonKind, Plan, Sector,
};

pub struct MergeTexts {
    /// Heading of the list of notices.
    pub heading: &'static str,
    /// Put this device's value back.
    pub use_mine: &'static str,
    /// Announced once the user's value is back.
    pub used_mine: &'static str,
    /// Close one notice.
    pub dismiss: &'static str,
    /// A field of an item: the field's name, the item's kind with its article ("målet"),
    /// and the item's title when it has one.
    pub field_of: fn(&str, &str, Option<&str>) -> String,
    /// The field, what the other device set (None: emptied it) and what this one had
    /// (None: it was empty).
    pub lost: fn(&str, Option<&str>, Option<&str>) -> String,
    /// A field without a name of its own here: its name in the plan format follows.
    pub other_field: fn(&str) -> String,
    pub yes: &'static str,
    pub no: &'static str,
    // What the repair pass did, one sentence per kind; `»title«` where known.
    pub duplicate_dropped: &'static str,
    pub goal_link_dropped: fn(Option<&str>) -> String,
    pub dependency_dropped: fn(Option<&str>) -> String,
    pub responsible_dropped: fn(Option<&str>) -> String,
    pub member_dropped: fn(Option<&str>) -> String,
    pub result_dropped: &'static str,
    pub rating_removed: &'static str,
    pub comment_removed: &'static str,
    pub parent_dropped: fn(Option<&str>) -> String,
    /// A goal took the level that fits under its parent (`false`) or left a sub-goal
    /// parent to stand on its own (`true`).
    pub level_fitted: fn(Option<&str>, bool) -> String,
    pub cycle_broken: fn(Option<&str>, Option<&str>) -> String,
    pub approval_dropped: &'static str,
    pub locked_by_both: &'static str,
}

fn quoted_da(title: Option<&str>) -> String {
    title.map(|t| format!(" »{t}«")).unwrap_or_default()
}

fn quoted_en(title: Option<&str>) -> String {
    title.map(|t| format!(" “{t}”")).unwrap_or_default()
}

static DA: MergeTexts = MergeTexts {
    heading: "Ændret to steder på samme tid",
    use_mine: "Brug min værdi",
    used_mine: "Din værdi er sat ind igen.",
    dismiss: "Luk",
    field_of: |field, kind, title| match title {
        Some(title) => format!("{field} for {kind} »{title}«"),
        None => format!("{field} for {kind}"),
    },
    lost: |what, theirs, mine| {
        let theirs = match theirs {
            Some(value) => format!("En anden ændrede det samtidig til {value}."),
            None => "En anden slettede det samtidig.".to_string(),
        };
        let mine = match mine {
            Some(value) => format!("Din værdi var {value}."),
            None => "Du havde slettet det.".to_string(),
        };
        format!("{what}: {theirs} {mine}")
    },
    other_field: |path| format!("Feltet »{path}«"),
    yes: "ja",
    no: "nej",
    duplicate_dropped:
        "Et punkt blev flyttet to steder hen på samme tid. Det står nu kun det første sted.",
    goal_link_dropped: |title| {
        format!(
            "Et link til et mål, der var slettet, blev fjernet fra indsatsen{}.",
            quoted_da(title)
        )
    },
    dependency_dropped: |title| {
        format!(
            "Indsatsen{} ventede på en indsats, der var slettet. Det er fjernet.",
            quoted_da(title)
        )
    },
    responsible_dropped: |title| {
        format!(
            "Den ansvarlige person for indsatsen{} var slettet og er fjernet fra indsatsen.",
            quoted_da(title)
        )
    },
    member_dropped: |title| {
        format!(
            "Familiemedlemmet, som målet{} handlede om, var slettet og er fjernet fra målet.",
            quoted_da(title)
        )
    },
    result_dropped: "Et resultat for en indsats, der var slettet, blev fjernet fra en opfølgning.",
    rating_removed: "En vurdering af et mål, der var slettet, blev fjernet.",
    comment_removed: "En kommentar til noget, der var slettet, blev fjernet.",
    level_fitted: |title, left| {
        if left {
            format!(
                "Målet{} lå under et delmål, mens det blev ændret. Det står nu for sig selv.",
                quoted_da(title)
            )
        } else {
            format!("Målet{} passede ikke længere under sit overordnede mål og har fået det niveau, der passer.", quoted_da(title))
        }
    },
    parent_dropped: |title| {
        format!(
            "Målet{} hørte under et mål, der var slettet. Det står nu for sig selv.",
            quoted_da(title)
        )
    },
    cycle_broken: |first, second| {
        format!("Indsatserne{} og{} ventede på hinanden. Nu venter den første ikke længere på den anden.", quoted_da(first), quoted_da(second))
    },
    approval_dropped:
        "Planen blev godkendt to gange i samme rolle på samme tid. Den første godkendelse gælder.",
    locked_by_both:
        "Borgeren og sagsbehandleren godkendte planen på samme tid. Den er nu godkendt og låst.",
};

static EN: MergeTexts = MergeTexts {
    heading: "Changed in two places at the same time",
    use_mine: "Use my value",
    used_mine: "Your value is back.",
    dismiss: "Close",
    field_of: |field, kind, title| match title {
        Some(title) => format!("{field} of {kind} “{title}”"),
        None => format!("{field} of {kind}"),
    },
    lost: |what, theirs, mine| {
        let theirs = match theirs {
            Some(value) => format!("Someone else changed it at the same time to {value}."),
            None => "Someone else emptied it at the same time.".to_string(),
        };
        let mine = match mine {
            Some(value) => format!("Your value was {value}."),
            None => "You had emptied it.".to_string(),
        };
        format!("{what}: {theirs} {mine}")
    },
    other_field: |path| format!("The field “{path}”"),
    yes: "yes",
    no: "no",
    duplicate_dropped:
        "An entry was moved to two places at the same time. It now stays in the first place only.",
    goal_link_dropped: |title| {
        format!(
            "A link to a goal that was deleted was removed from the intervention{}.",
            quoted_en(title)
        )
    },
    dependency_dropped: |title| {
        format!(
            "The intervention{} waited for an intervention that was deleted. That is removed.",
            quoted_en(title)
        )
    },
    responsible_dropped: |title| {
        format!(
            "The responsible person of the intervention{} was deleted and is removed from it.",
            quoted_en(title)
        )
    },
    member_dropped: |title| {
        format!(
            "The family member the goal{} was about was deleted and is removed from the goal.",
            quoted_en(title)
        )
    },
    result_dropped: "A result for an intervention that was deleted was removed from a follow-up.",
    rating_removed: "A rating of a goal that was deleted was removed.",
    comment_removed: "A comment on something that was deleted was removed.",
    level_fitted: |title, left| {
        if left {
            format!("The goal{} was under a sub-goal while that was changed. It now stands on its own.", quoted_en(title))
        } else {
            format!("The goal{} no longer fitted under its parent goal and has taken the level that fits.", quoted_en(title))
        }
    },
    parent_dropped: |title| {
        format!(
            "The goal{} was under a goal that was deleted. It now stands on its own.",
            quoted_en(title)
        )
    },
    cycle_broken: |first, second| {
        format!("The interventions{} and{} waited for each other. Now the first no longer waits for the second.", quoted_en(first), quoted_en(second))
    },
    approval_dropped:
        "The plan was approved twice in the same role at the same time. The first approval counts.",
    locked_by_both:
        "The citizen and the caseworker approved the plan at the same time. It is now approved and locked.",
};

impl Lang {
    pub fn merge(self) -> &'static MergeTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    /// A lost value in words: which field of which item, what won and what was this
    /// user's, values as the editor shows them (dates in words, statuses by their names).
    pub fn lost_value(self, plan: &Plan, lost: &LostValue) -> String {
        let texts = self.merge();
        let field = self.field_name(lost.item, &lost.field);
        let what = match lost.item {
            None => field,
            Some(item) => (texts.field_of)(
                &field,
                self.item_the(item),
                item_title(plan, item).as_deref(),
            ),
        };
        let theirs = self.field_value(plan, &lost.field, &lost.theirs);
        let mine = self.field_value(plan, &lost.field, &lost.mine);
        (texts.lost)(&what, theirs.as_deref(), mine.as_deref())
    }

    /// What the repair pass did, in one sentence.
    pub fn repaired(self, plan: &Plan, repair: &Repair) -> String {
        let texts = self.merge();
        let goal = |id: &str| {
            id.parse()
                .ok()
                .and_then(|id| item_title(plan, ItemRef::Goal(GoalId(id))))
        };
        let intervention = |id: &str| {
            id.parse()
                .ok()
                .and_then(|id| item_title(plan, ItemRef::Intervention(InterventionId(id))))
        };
        match repair {
            Repair::DuplicateDropped { .. } => texts.duplicate_dropped.to_string(),
            Repair::LinkDropped { id, field, .. } => match *field {
                "goals" => (texts.goal_link_dropped)(intervention(id).as_deref()),
                "depends_on" => (texts.dependency_dropped)(intervention(id).as_deref()),
                "responsible_person" => (texts.responsible_dropped)(intervention(id).as_deref()),
                "member" => (texts.member_dropped)(goal(id).as_deref()),
                _ => texts.result_dropped.to_string(),
            },
            Repair::OrphanRemoved { collection, .. } => match *collection {
                "ratings" => texts.rating_removed.to_string(),
                _ => texts.comment_removed.to_string(),
            },
            Repair::ParentDropped { goal, .. } => {
                (texts.parent_dropped)(item_title(plan, ItemRef::Goal(*goal)).as_deref())
            }
            Repair::LevelFitted {
                goal, left_parent, ..
            } => (texts.level_fitted)(
                item_title(plan, ItemRef::Goal(*goal)).as_deref(),
                *left_parent,
            ),
            Repair::CycleBroken {
                intervention,
                depends_on,
            } => (texts.cycle_broken)(
                item_title(plan, ItemRef::Intervention(*intervention)).as_deref(),
                item_title(plan, ItemRef::Intervention(*depends_on)).as_deref(),
            ),
            Repair::ApprovalDropped { .. } => texts.approval_dropped.to_string(),
            Repair::LockedByBoth => texts.locked_by_both.to_string(),
        }
    }

    /// An item's kind with its definite article, as in "Slutdato for målet".
    fn item_the(self, item: ItemRef) -> &'static str {
        match item {
            ItemRef::Goal(_) => pick(self, "målet", "the goal"),
            ItemRef::Intervention(_) => pick(self, "indsatsen", "the intervention"),
            ItemRef::Person(_) => pick(self, "personen", "the person"),
            ItemRef::FamilyMember(_) => pick(self, "familiemedlemmet", "the family member"),
            ItemRef::Consent(_) => pick(self, "samtykket", "the consent"),
            ItemRef::FollowUp(_) => pick(self, "opfølgningen", "the follow-up"),
            ItemRef::Rating(_) => pick(self, "vurderingen", "the rating"),
            ItemRef::Comment(_) => pick(self, "kommentaren", "the comment"),
            ItemRef::AssessmentEntry(_) => pick(self, "beskrivelsen", "the description"),
            ItemRef::KnownFact(_) => pick(self, "oplysningen", "the piece of information"),
        }
    }

    /// A field's name in the user's words: the label the editor shows for it where that
    /// is a name (not a question), else a name of its own here, else its path.
    pub fn field_name(self, item: Option<ItemRef>, path: &str) -> String {
        let goals = self.goals();
        let iv = self.interventions();
        let people = self.people();
        let named = match (item, path) {
            (None, "citizen.name") => Some(pick(self, "Borgerens navn", "The citizen's name")),
            (None, "citizen.id") => Some(pick(self, "Borgerens id", "The citizen's id")),
            (Some(ItemRef::Goal(_)), "target_date") => Some(iv.end_label),
            (Some(ItemRef::Goal(_)), "status") => Some(goals.status_label),
            (Some(ItemRef::Goal(_)), "life_area") => Some(goals.life_area_label),
            (Some(ItemRef::Goal(_)), "level") => Some(pick(self, "Slags mål", "Kind of goal")),
            (Some(ItemRef::Goal(_)), "parent") => Some(pick(self, "Overordnet mål", "Parent goal")),
            (Some(ItemRef::Goal(_)), "expressed_by") => Some(pick(
                self,
                "Hvem der formulerede målet",
                "Who worded the goal",
            )),
            (Some(ItemRef::Goal(_)), "member") => {
                Some(pick(self, "Hvem målet handler om", "Who the goal is about"))
            }
            (Some(ItemRef::Intervention(_)), "status") => Some(iv.status_label),
            (Some(ItemRef::Intervention(_)), "period.start") => Some(iv.start_label),
            (Some(ItemRef::Intervention(_)), "period.end") => Some(iv.end_label),
            (Some(ItemRef::Intervention(_)), "sector") => Some(iv.sector_label),
            (Some(ItemRef::Intervention(_)), "kind") => Some(iv.kind_label),
            (Some(ItemRef::Intervention(_)), "legal_basis.law") => Some(iv.law_label),
            (Some(ItemRef::Intervention(_)), "legal_basis.paragraph") => Some(iv.paragraph_label),
            (Some(ItemRef::Intervention(_)), "responsible_authority") => Some(iv.authority_label),
            (Some(ItemRef::Intervention(_)), "responsible_person") => Some(iv.person_label),
            (Some(ItemRef::Intervention(_)), "provider") => {
                Some(pick(self, "Leverandør", "Provider"))
            }
            (Some(ItemRef::Intervention(_)), "frequency") => {
                Some(pick(self, "Hvor ofte", "How often"))
            }
            (Some(ItemRef::Intervention(_)), "decision.status") => {
                Some(pick(self, "Afgørelsens status", "Status of the decision"))
            }
            (Some(ItemRef::Intervention(_)), "decision.date") => Some(iv.decision_date_label),
            (Some(ItemRef::Person(_)), "name") | (Some(ItemRef::FamilyMember(_)), "name") => {
                Some(people.name_label)
            }
            (Some(ItemRef::Person(_)), "unit") => Some(people.unit_label),
            (Some(ItemRef::Person(_)), "kind") => Some(people.kind_label),
            (Some(ItemRef::Person(_)), "contact") => Some(pick(self, "Kontakt", "Contact")),
            (Some(ItemRef::FamilyMember(_)), "relation") => Some(people.relation_label),
            (Some(ItemRef::Consent(_)), "given") => Some(self.consents().given_label),
            (Some(ItemRef::Consent(_)), "withdrawn") => Some(self.consents().withdraw_date_label),
            (Some(ItemRef::FollowUp(_)), "date") => Some(self.follow_ups().date_label),
            (Some(ItemRef::FollowUp(_)), "next_date") => Some(self.follow_ups().next_label),
            (Some(ItemRef::FollowUp(_)), "participants") => {
                Some(self.follow_ups().participants_label)
            }
            _ => None,
        };
        named.map_or_else(|| (self.merge().other_field)(path), str::to_string)
    }

    /// A field's value as the editor shows it; None when it is empty.
    pub fn field_value(self, plan: &Plan, path: &str, value: &Value) -> Option<String> {
        fn as_<T: DeserializeOwned>(value: &Value) -> Option<T> {
            serde_json::from_value(value.clone()).ok()
        }
        let texts = self.merge();
        let last = path.rsplit('.').next().unwrap_or_default();
        let named = match (last, path) {
            (_, "decision.status") => as_::<DecisionStatus>(value).map(|s| self.decision_status(s)),
            ("status", _) => as_::<GoalStatus>(value)
                .map(|s| self.goal_status(s))
                .or_else(|| as_::<InterventionStatus>(value).map(|s| self.intervention_status(s))),
            ("level", _) => as_::<GoalLevel>(value).map(|l| self.goal_level(l)),
            ("expressed_by", _) => as_::<ExpressedBy>(value).map(|b| self.expressed_by(b)),
            ("sector", _) => as_::<Sector>(value).map(|s| self.sector(s)),
            ("kind", _) => as_::<PersonKind>(value)
                .map(|k| self.person_kind(k))
                .or_else(|| as_::<ConsentKind>(value).map(|k| self.consent_kind(k))),
            _ => None,
        };
        if let Some(named) = named {
            return Some(named.to_string());
        }
        let reference = match (last, value.as_str().and_then(|s| s.parse().ok())) {
            ("responsible_person", Some(id)) => item_title(plan, ItemRef::Person(PersonId(id))),
            ("member", Some(id)) => item_title(plan, ItemRef::FamilyMember(MemberId(id))),
            ("parent", Some(id)) => item_title(plan, ItemRef::Goal(GoalId(id))),
            _ => None,
        };
        if reference.is_some() {
            return reference;
        }
        match value {
            Value::Null => None,
            Value::Bool(b) => Some(if *b { texts.yes } else { texts.no }.to_string()),
            Value::String(s) if s.trim().is_empty() => None,
            Value::String(s) => Some(match s.parse::<NaiveDate>() {
                Ok(date) => self.format_date(date),
                Err(_) => s.clone(),
            }),
            Value::Array(values) if values.is_empty() => None,
            Value::Array(values) => Some(
                values
                    .iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            other => Some(other.to_string()),
        }
    }
}

fn pick(lang: Lang, da: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// An item's title (a person's or family member's name) in `plan`, when it has one.
fn item_title(plan: &Plan, item: ItemRef) -> Option<String> {
    match item {
        ItemRef::Goal(id) => plan.goal(id).map(|g| g.title.clone()),
        ItemRef::Intervention(id) => plan.intervention(id).map(|i| i.title.clone()),
        ItemRef::Person(id) => plan.person(id).map(|p| p.name.clone()),
        ItemRef::FamilyMember(id) => plan
            .family
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.name.clone()),
        _ => None,
    }
    .filter(|title| !title.trim().is_empty())
}

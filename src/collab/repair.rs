//! What two devices' edits can break together, mended the same way on every device.
//!
//! Each device reads the merged document and runs [`repair`] on what it read. The pass is
//! a function of the plan alone (its order, its ids; never the clock or the device), so
//! every device shows the same plan; running it again changes nothing. It does not write
//! back into the document: the document keeps the raw merge, and an edit made later is
//! written on top of it, so devices never race each other repairing.
//!
//! The rules, in the order they run:
//! 1. **An item listed twice** (two devices moved it at once) stays at its first place.
//! 2. **A link to an item that is gone** is dropped: an intervention's goals, its
//!    dependencies (also on itself), its responsible person, a goal's family member and
//!    the assessment entries it comes from, a follow-up's result for a removed
//!    intervention. Ratings and comments of a removed
//!    goal or intervention go with it, as they do when one device removes it.
//! 3. **A goal whose parent is gone** (its parent removed while a sub-goal was added
//!    under it) is kept, without the parent; a sub-goal becomes a goal, as a sub-goal
//!    cannot stand alone. Nothing anyone wrote is dropped.
//!    A goal whose parent has the wrong level for it (one device changed the parent's
//!    level while another put the goal under it) takes the level that fits under the
//!    parent; under a sub-goal, which has nothing below it, it leaves the parent and
//!    becomes a goal of its own.
//! 4. **A dependency circle** made from two sides (A after B here, B after A there) loses
//!    one edge: of the edges on the circle, the one whose two ids sort last. Repeated
//!    until no circle is left.
//! 5. **The version approved twice in one capacity** (two devices approving at once)
//!    keeps the first approval.
//! 6. **The version approved by both parties at once** (the citizen on one device, the
//!    caseworker on another, each seeing only its own approval, so neither locked) is
//!    locked, dated by the later approval: what `model::apply` does when the second party
//!    approves.

use std::collections::HashSet;

pub use crate::model::merge_notice::Repair;
use crate::model::{GoalId, GoalLevel, InterventionId, MemberId, PersonId, Plan, Target};

/// Mends `plan` by the rules in the module comment and says what it changed.
pub fn repair(plan: &mut Plan) -> Vec<Repair> {
    let mut done = Vec::new();
    duplicates(plan, &mut done);
    links(plan, &mut done);
    parents(plan, &mut done);
    levels(plan, &mut done);
    cycles(plan, &mut done);
    approvals(plan, &mut done);
    lock_when_both_approved(plan, &mut done);
    done
}

fn lock_when_both_approved(plan: &mut Plan, done: &mut Vec<Repair>) {
    use crate::model::ApprovalRole;
    let both =
        plan.is_approved_as(ApprovalRole::Citizen) && plan.is_approved_as(ApprovalRole::Caseworker);
    if plan.locked || !both {
        return;
    }
    plan.locked = true;
    plan.locked_at = plan.approvals.iter().map(|a| a.at).max();
    done.push(Repair::LockedByBoth);
}

/// Keeps the first item of each id in `list`.
fn first_of_each<T, K: std::hash::Hash + Eq + ToString>(
    list: &mut Vec<T>,
    id: impl Fn(&T) -> K,
    collection: &'static str,
    done: &mut Vec<Repair>,
) {
    let mut seen = HashSet::new();
    list.retain(|item| {
        let key = id(item);
        let first = !seen.contains(&key);
        if first {
            seen.insert(key);
        } else {
            done.push(Repair::DuplicateDropped {
                collection,
                id: key.to_string(),
            });
        }
        first
    });
}

fn duplicates(plan: &mut Plan, done: &mut Vec<Repair>) {
    first_of_each(&mut plan.family, |m| m.id, "family", done);
    first_of_each(&mut plan.people, |p| p.id, "people", done);
    first_of_each(&mut plan.assessment, |e| e.id, "assessment", done);
    first_of_each(&mut plan.known_facts, |f| f.id, "known_facts", done);
    first_of_each(&mut plan.goals, |g| g.id, "goals", done);
    first_of_each(&mut plan.ratings, |r| r.id, "ratings", done);
    first_of_each(&mut plan.interventions, |x| x.id, "interventions", done);
    first_of_each(&mut plan.consents, |c| c.id, "consents", done);
    first_of_each(&mut plan.follow_ups, |f| f.id, "follow_ups", done);
    first_of_each(&mut plan.comments, |c| c.id, "comments", done);
}

fn links(plan: &mut Plan, done: &mut Vec<Repair>) {
    let goals: HashSet<GoalId> = plan.goals.iter().map(|g| g.id).collect();
    let interventions: HashSet<InterventionId> = plan.interventions.iter().map(|x| x.id).collect();
    let people: HashSet<PersonId> = plan.people.iter().map(|p| p.id).collect();
    let members: HashSet<MemberId> = plan.family.iter().map(|m| m.id).collect();
    let entries: HashSet<_> = plan.assessment.iter().map(|e| e.id).collect();
    for item in &mut plan.interventions {
        let id = item.id;
        let drop = |field: &'static str, to: String| Repair::LinkDropped {
            collection: "interventions",
            id: id.to_string(),
            field,
            to,
        };
        let mut seen = HashSet::new();
        item.goals.retain(|goal| {
            let keep = goals.contains(goal) && seen.insert(*goal);
            if !keep {
                done.push(drop("goals", goal.to_string()));
            }
            keep
        });
        let mut seen = HashSet::new();
        item.depends_on.retain(|dep| {
            let keep = *dep != id && interventions.contains(dep) && seen.insert(*dep);
            if !keep {
                done.push(drop("depends_on", dep.to_string()));
            }
            keep
        });
        if let Some(person) = item.responsible_person.filter(|p| !people.contains(p)) {
            item.responsible_person = None;
            done.push(drop("responsible_person", person.to_string()));
        }
    }
    for goal in &mut plan.goals {
        let id = goal.id;
        let mut seen = HashSet::new();
        goal.assessment.retain(|entry| {
            let keep = entries.contains(entry) && seen.insert(*entry);
            if !keep {
                done.push(Repair::LinkDropped {
                    collection: "goals",
                    id: id.to_string(),
                    field: "assessment",
                    to: entry.to_string(),
                });
            }
            keep
        });
        if let Some(member) = goal.member.filter(|m| !members.contains(m)) {
            goal.member = None;
            done.push(Repair::LinkDropped {
                collection: "goals",
                id: goal.id.to_string(),
                field: "member",
                to: member.to_string(),
            });
        }
    }
    for meeting in &mut plan.follow_ups {
        let mut seen = HashSet::new();
        let id = meeting.id;
        meeting.results.retain(|result| {
            let keep =
                interventions.contains(&result.intervention) && seen.insert(result.intervention);
            if !keep {
                done.push(Repair::LinkDropped {
                    collection: "follow_ups",
                    id: id.to_string(),
                    field: "results",
                    to: result.intervention.to_string(),
                });
            }
            keep
        });
    }
    plan.ratings.retain(|rating| {
        let keep = goals.contains(&rating.goal);
        if !keep {
            done.push(Repair::OrphanRemoved {
                collection: "ratings",
                id: rating.id.to_string(),
            });
        }
        keep
    });
    plan.comments.retain(|comment| {
        let keep = match comment.on {
            Target::Goal(id) => goals.contains(&id),
            Target::Intervention(id) => interventions.contains(&id),
        };
        if !keep {
            done.push(Repair::OrphanRemoved {
                collection: "comments",
                id: comment.id.to_string(),
            });
        }
        keep
    });
}

fn parents(plan: &mut Plan, done: &mut Vec<Repair>) {
    let goals: HashSet<GoalId> = plan.goals.iter().map(|g| g.id).collect();
    for goal in &mut plan.goals {
        let Some(parent) = goal.parent.filter(|p| !goals.contains(p)) else {
            continue;
        };
        goal.parent = None;
        if goal.level == GoalLevel::SubGoal {
            goal.level = GoalLevel::Goal;
        }
        done.push(Repair::ParentDropped {
            goal: goal.id,
            parent,
        });
    }
}

/// Fits each goal under its parent's level (see rule 3); repeated until nothing changes,
/// since a goal that moves level can leave its own children misplaced.
fn levels(plan: &mut Plan, done: &mut Vec<Repair>) {
    for _ in 0..=plan.goals.len() {
        let levels: std::collections::HashMap<GoalId, GoalLevel> =
            plan.goals.iter().map(|g| (g.id, g.level)).collect();
        let mut changed = false;
        for goal in &mut plan.goals {
            let parent_level = goal.parent.and_then(|p| levels.get(&p).copied());
            let fits = match (goal.parent, parent_level) {
                (Some(parent), _) if parent == goal.id => false,
                (Some(_), Some(level)) => goal.level.parent_level() == Some(level),
                // No parent (or one rule 3 dropped): only a sub-goal needs one.
                _ => !goal.level.needs_parent(),
            };
            if fits {
                continue;
            }
            let below = match parent_level {
                Some(GoalLevel::Overall) => Some(GoalLevel::Goal),
                Some(GoalLevel::Goal) => Some(GoalLevel::SubGoal),
                _ => None,
            };
            let left_parent = below.is_none() || goal.parent == Some(goal.id);
            let level = match below {
                Some(level) if !left_parent => level,
                _ => {
                    goal.parent = None;
                    if goal.level == GoalLevel::SubGoal {
                        GoalLevel::Goal
                    } else {
                        goal.level
                    }
                }
            };
            goal.level = level;
            done.push(Repair::LevelFitted {
                goal: goal.id,
                level,
                left_parent,
            });
            changed = true;
        }
        if !changed {
            break;
        }
    }
}

fn cycles(plan: &mut Plan, done: &mut Vec<Repair>) {
    // Every round drops one edge, so this ends.
    while let Some(circle) = find_circle(plan) {
        let Some(&(from, to)) = circle.iter().max() else {
            break;
        };
        if let Some(item) = plan.interventions.iter_mut().find(|x| x.id == from) {
            item.depends_on.retain(|dep| *dep != to);
        }
        done.push(Repair::CycleBroken {
            intervention: from,
            depends_on: to,
        });
    }
}

/// The edges (intervention, depends on) of the first dependency circle in plan order.
fn find_circle(plan: &Plan) -> Option<Vec<(InterventionId, InterventionId)>> {
    let circle = crate::model::dependencies::circles(plan)
        .into_iter()
        .next()?;
    let id = |i: &usize| plan.interventions[*i].id;
    let ids: Vec<InterventionId> = circle.path.iter().map(id).collect();
    let mut edges: Vec<_> = ids.windows(2).map(|w| (w[0], w[1])).collect();
    edges.extend(ids.last().zip(ids.first()).map(|(l, f)| (*l, *f)));
    Some(edges)
}

fn approvals(plan: &mut Plan, done: &mut Vec<Repair>) {
    let mut seen = HashSet::new();
    plan.approvals.retain(|approval| {
        let first = seen.insert(approval.as_role);
        if !first {
            done.push(Repair::ApprovalDropped {
                as_role: approval.as_role,
            });
        }
        first
    });
}

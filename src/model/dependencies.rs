//! Circles in the interventions' `depends_on`: what `validate` reports and what the
//! shared document's repair breaks, found once, the same way for both.

use std::collections::HashMap;

use super::ids::InterventionId;
use super::plan::Plan;

/// One dependency circle, as a depth-first search in plan order meets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Circle {
    /// The link that closes the circle: the intervention (its index in
    /// `plan.interventions`) and the index of the link in its `depends_on`.
    pub closing: (usize, usize),
    /// The interventions on the circle, by index: each depends on the next, and the last
    /// on the first.
    pub path: Vec<usize>,
}

/// Every circle the search meets, in the order it meets them. Self-dependencies are not
/// circles here (`validate` reports them per item; repair drops them first). Iterative, so
/// 2,000 interventions cannot overflow the stack.
pub fn circles(plan: &Plan) -> Vec<Circle> {
    let index: HashMap<InterventionId, usize> = plan
        .interventions
        .iter()
        .enumerate()
        .map(|(i, x)| (x.id, i))
        .collect();
    #[derive(Clone, Copy, PartialEq)]
    enum Colour {
        White,
        Grey,
        Black,
    }
    let n = plan.interventions.len();
    let mut colour = vec![Colour::White; n];
    let mut found = Vec::new();
    for root in 0..n {
        if colour[root] != Colour::White {
            continue;
        }
        // (node, next dependency to look at)
        let mut stack = vec![(root, 0usize)];
        colour[root] = Colour::Grey;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let deps = &plan.interventions[node].depends_on;
            let Some(dep) = deps.get(*next) else {
                colour[node] = Colour::Black;
                stack.pop();
                continue;
            };
            let k = *next;
            *next += 1;
            let Some(&dep) = index.get(dep) else {
                continue;
            };
            if dep == node {
                continue;
            }
            match colour[dep] {
                Colour::White => {
                    colour[dep] = Colour::Grey;
                    stack.push((dep, 0));
                }
                Colour::Grey => {
                    let start = stack.iter().position(|(s, _)| *s == dep).unwrap_or(0);
                    found.push(Circle {
                        closing: (node, k),
                        path: stack[start..].iter().map(|(s, _)| *s).collect(),
                    });
                }
                Colour::Black => {}
            }
        }
    }
    found
}

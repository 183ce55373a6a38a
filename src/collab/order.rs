//! Rewriting an order array (`Y.Array` of ids) into a wanted order with the fewest
//! changes: the ids already in the right relative order (a longest increasing run) stay
//! where they are, every other id is deleted and inserted again at its place. A move is
//! therefore a delete and an insert of one id, as Yjs clients without a move operation
//! write it; two devices moving one item at once leave it listed twice, which
//! [`super::repair`] resolves (the first place wins).

use std::collections::{HashMap, HashSet};

use yrs::{Any, Array, ArrayRef, TransactionMut};

use super::doc::order_ids;

/// Makes `array` hold exactly `wanted` (ids, each once).
pub fn write_order(txn: &mut TransactionMut, array: &ArrayRef, wanted: &[String]) {
    let current = order_ids(txn, array);
    let place: HashMap<&str, usize> = wanted
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    // The first entry of each wanted id is a candidate to stay; duplicates and ids no
    // longer wanted go.
    let mut seen = HashSet::new();
    let candidates: Vec<(usize, usize)> = current
        .iter()
        .enumerate()
        .filter_map(|(index, id)| {
            let id = id.as_deref()?;
            let at = *place.get(id)?;
            seen.insert(id).then_some((index, at))
        })
        .collect();
    let places: Vec<usize> = candidates.iter().map(|&(_, at)| at).collect();
    let keep: HashSet<usize> = longest_increasing(&places)
        .into_iter()
        .filter_map(|k| candidates.get(k).map(|&(index, _)| index))
        .collect();
    for index in (0..current.len()).rev() {
        if !keep.contains(&index) {
            array.remove(txn, index_u32(index));
        }
    }
    let kept: HashSet<&str> = keep
        .iter()
        .filter_map(|&index| current.get(index).and_then(|id| id.as_deref()))
        .collect();
    // What stays is in wanted order; inserting the rest front to back puts each at its
    // index.
    for (i, id) in wanted.iter().enumerate() {
        if !kept.contains(id.as_str()) {
            array.insert(txn, index_u32(i), Any::String(id.as_str().into()));
        }
    }
}

/// Positions (into `values`) of one longest strictly increasing subsequence, in order
/// (patience sorting, O(n log n)).
pub fn longest_increasing(values: &[usize]) -> Vec<usize> {
    // tails[k]: index of the smallest last value of an increasing run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; values.len()];
    for (i, &value) in values.iter().enumerate() {
        let k = tails.partition_point(|&t| values[t] < value);
        previous[i] = k.checked_sub(1).and_then(|p| tails.get(p).copied());
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        run.push(i);
        at = previous[i];
    }
    run.reverse();
    run
}

/// A list index as yrs takes it. Plans hold far fewer than 2^32 items; past that the
/// index saturates (yrs then appends) rather than wrapping.
pub(super) fn index_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_increasing_keeps_all_but_a_moved_element() {
        // [B, C, A] wanted as [A, B, C]: places 1, 2, 0 → B and C stay, A moves.
        assert_eq!(longest_increasing(&[1, 2, 0]), vec![0, 1]);
        assert_eq!(longest_increasing(&[0, 1, 2, 3]), vec![0, 1, 2, 3]);
        assert_eq!(longest_increasing(&[3, 2, 1]).len(), 1);
        assert!(longest_increasing(&[]).is_empty());
    }
}

//! How the change log and the keystroke cost grow with typing: 50,000 keystrokes into one
//! field of the citizen's own words, through `History::apply_typing` as the editor applies
//! them. A benchmark that prints figures, not a test: nothing here passes or fails.
//!
//!   cargo run --release --example typing-log [KEYSTROKES]
//!
//! The typist: one character every 150 ms, a 2 s pause every 40 keystrokes, a new session
//! (the next morning) every 5,000. The text grows one character at a time; at the 10,000
//! characters own words may hold, it is rewritten from empty. Prints the exported plan's
//! size, the change-log entries and the cost of one keystroke (apply and log, not export).

use std::time::Instant;

use chrono::{Duration, TimeZone, Utc};
use helhedsplan::format;
use helhedsplan::model::limits::LONG_TEXT_MAX;
use helhedsplan::model::{Actor, Edit, History, OwnWordsField, Plan, Role};

const WORDS: &str = "Jeg vil gerne have et arbejde hvor jeg kan være noget for andre og ";

fn main() {
    let keystrokes: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(50_000)
        .max(1);
    let actor = Actor::new(Role::Citizen, "Mette Jensen");
    let mut plan = Plan::new("Mettes plan");
    let mut history = History::default();
    let mut at = Utc
        .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .single()
        .expect("a valid time");
    let source: Vec<char> = WORDS.chars().collect();
    let mut text = String::new();
    let mut costs = Vec::with_capacity(keystrokes);
    let mut largest_log = 0;
    for k in 0..keystrokes {
        at += if k > 0 && k % 5_000 == 0 {
            Duration::hours(24)
        } else if k % 40 == 0 {
            Duration::milliseconds(2_000)
        } else {
            Duration::milliseconds(150)
        };
        if text.chars().count() >= LONG_TEXT_MAX {
            text.clear();
        }
        text.push(source[k % source.len()]);
        let edit = Edit::SetOwnWords {
            field: OwnWordsField::Dreams,
            text: text.clone(),
        };
        let started = Instant::now();
        history
            .apply_typing(&mut plan, edit, &actor, at)
            .expect("the edit applies");
        costs.push(started.elapsed().as_secs_f64() * 1e6);
        largest_log = largest_log.max(plan.change_log.len());
    }
    let json = format::export_json(&plan);
    let imports = format::import_json(&json).is_ok();
    costs.sort_by(|a, b| a.total_cmp(b));
    let mean = costs.iter().sum::<f64>() / costs.len().max(1) as f64;
    let at_share = |share: f64| costs[((costs.len() as f64 * share) as usize).min(costs.len() - 1)];
    println!("keystrokes:          {keystrokes}");
    println!(
        "exported plan:       {} bytes ({:.2} MB; import limit {} bytes)",
        json.len(),
        json.len() as f64 / 1e6,
        format::MAX_BYTES
    );
    println!("imports again:       {imports}");
    println!(
        "change-log entries:  {} (largest on the way: {largest_log})",
        plan.change_log.len()
    );
    println!(
        "keystroke cost (µs): mean {mean:.1}, median {:.1}, p95 {:.1}, p99 {:.1}, max {:.1}",
        at_share(0.5),
        at_share(0.95),
        at_share(0.99),
        costs.last().copied().unwrap_or_default()
    );
}

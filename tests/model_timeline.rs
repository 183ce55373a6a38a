//! The timeline layout: axis range and padding, open ends, interventions without
//! dates, lanes that never overlap, overlap pairs (checked against a brute-force
//! count), double interventions from coherence, and markers — on the committed
//! samples, crafted plans and a 2,000-intervention plan.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Duration, NaiveDate};
use helhedsplan::model::coherence::check;
use helhedsplan::model::timeline::*;
use helhedsplan::model::*;
use model_support::fixtures::*;

fn samples() -> Vec<(&'static str, Plan)> {
    helhedsplan::format::samples::list()
        .iter()
        .map(|(name, _)| {
            let text = helhedsplan::format::samples::get(name).unwrap();
            (*name, helhedsplan::format::import_json(text).unwrap())
        })
        .collect()
}

fn iv(
    sector: Sector,
    title: &str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
) -> Intervention {
    let mut i = Intervention::new(sector, title, &jonas(), at(2, 11));
    i.period = Period { start, end };
    i.status = InterventionStatus::Active;
    i
}

fn plan_of(interventions: Vec<Intervention>) -> Plan {
    let mut plan = Plan::new("Prøveplan");
    plan.interventions = interventions;
    plan
}

fn today() -> NaiveDate {
    date(2026, 3, 15)
}

fn tl(plan: &Plan) -> Timeline {
    layout(plan, &check(plan, today()), today())
}

/// The days a bar takes on its lane, as packing counts them.
fn taken(bar: &Bar) -> (NaiveDate, NaiveDate) {
    let min = Options::default().min_bar_days;
    (bar.start, bar.end.max(bar.start + Duration::days(min - 1)))
}

/// Lanes never overlap, every bar is inside the axis, bars are in drawing order.
fn assert_well_formed(t: &Timeline, what: &str) {
    assert_eq!(
        t.start.day(),
        1,
        "{what}: axis starts on the first of a month"
    );
    assert_eq!(
        (t.end + Duration::days(1)).day(),
        1,
        "{what}: axis ends on the last of a month"
    );
    assert!(
        t.start <= t.today && t.today <= t.end,
        "{what}: today on the axis"
    );
    assert!(t.months().len() >= MIN_AXIS_MONTHS as usize, "{what}");
    assert_eq!(t.bands.len(), 4, "{what}: one band per sector");
    for (band, sector) in t.bands.iter().zip(Sector::ALL) {
        assert_eq!(band.sector, sector, "{what}");
        assert_eq!(
            band.lanes,
            band.lanes_of_first(band.bars.len()),
            "{what}: lanes counted"
        );
        let mut by_lane: HashMap<usize, Vec<(NaiveDate, NaiveDate)>> = HashMap::new();
        for bar in &band.bars {
            assert_eq!(bar.sector, sector, "{what}: {} in its sector", bar.title);
            assert!(
                t.start <= bar.start && bar.start <= bar.end && bar.end <= t.end,
                "{what}"
            );
            assert!(bar.lane < band.lanes, "{what}");
            by_lane.entry(bar.lane).or_default().push(taken(bar));
        }
        for (lane, mut spans) in by_lane {
            spans.sort();
            for pair in spans.windows(2) {
                assert!(
                    pair[0].1 < pair[1].0,
                    "{what}: {sector:?} lane {lane}: {:?} and {:?} overlap",
                    pair[0],
                    pair[1]
                );
            }
        }
        for pair in band.bars.windows(2) {
            assert!(
                (pair[0].start, pair[0].end) <= (pair[1].start, pair[1].end),
                "{what}"
            );
        }
    }
}

fn reach(p: &Period) -> (NaiveDate, NaiveDate) {
    (
        p.start.unwrap_or(NaiveDate::MIN),
        p.end.unwrap_or(NaiveDate::MAX),
    )
}

/// Every overlapping pair of dated, not cancelled interventions, the slow way.
fn brute_force_pairs(plan: &Plan) -> HashSet<(InterventionId, InterventionId)> {
    let live: Vec<&Intervention> = plan
        .interventions
        .iter()
        .filter(|i| i.status != InterventionStatus::Cancelled)
        .filter(|i| i.period.start.is_some() || i.period.end.is_some())
        .collect();
    let mut out = HashSet::new();
    for (n, a) in live.iter().enumerate() {
        for b in &live[n + 1..] {
            let (ra, rb) = (reach(&a.period), reach(&b.period));
            if ra.0 <= rb.1 && rb.0 <= ra.1 {
                out.insert((a.id, b.id));
            }
        }
    }
    out
}

fn assert_overlaps_exact(plan: &Plan, t: &Timeline, what: &str) {
    let pairs = brute_force_pairs(plan);
    assert_eq!(t.overlap_pairs, pairs.len(), "{what}: pair count");
    let mut per: HashMap<InterventionId, usize> = HashMap::new();
    for (a, b) in &pairs {
        *per.entry(*a).or_default() += 1;
        *per.entry(*b).or_default() += 1;
    }
    for bar in t.bands.iter().flat_map(|b| &b.bars) {
        assert_eq!(
            bar.overlaps,
            per.get(&bar.id).copied().unwrap_or(0),
            "{what}: {}",
            bar.title
        );
    }
    // Every listed pair that is not a double really overlaps, each at most once.
    let mut seen = HashSet::new();
    for o in t.overlaps.iter().filter(|o| !o.double) {
        assert!(
            pairs.contains(&(o.a, o.b)),
            "{what}: listed pair overlaps, in plan order"
        );
        assert!(seen.insert((o.a, o.b)), "{what}: listed once");
        let (a, b) = (
            plan.intervention(o.a).unwrap(),
            plan.intervention(o.b).unwrap(),
        );
        assert_eq!(o.same_sector, a.sector == b.sector, "{what}");
        assert_eq!(o.from, a.period.start.max(b.period.start), "{what}");
    }
}

// ---------------------------------------------------------------------------
// The samples.

#[test]
fn samples_every_dated_intervention_is_a_bar_in_its_sector() {
    for (name, plan) in samples() {
        let t = tl(&plan);
        assert_well_formed(&t, name);
        for i in &plan.interventions {
            let dated = i.period.start.is_some() || i.period.end.is_some();
            let bar = t.bar(i.id);
            assert_eq!(bar.is_some(), dated, "{name}: {}", i.title);
            assert_eq!(
                t.undated.iter().any(|u| u.id == i.id),
                !dated,
                "{name}: {} uden datoer",
                i.title
            );
            if let Some(bar) = bar {
                let band = t.bands.iter().find(|b| b.sector == i.sector).unwrap();
                assert!(band.bars.iter().any(|b| b.id == i.id), "{name}");
                assert_eq!(bar.title, i.title);
                assert_eq!(bar.period, i.period);
            }
        }
        let bars: usize = t.bands.iter().map(|b| b.bars.len()).sum();
        assert_eq!(bars + t.undated.len(), plan.interventions.len(), "{name}");
        // The axis covers every date of the plan, with some room.
        for i in &plan.interventions {
            for d in [i.period.start, i.period.end, i.decision.date]
                .into_iter()
                .flatten()
            {
                assert!(t.start + Duration::days(PADDING_DAYS) <= d, "{name}: {d}");
                assert!(d <= t.end - Duration::days(PADDING_DAYS), "{name}: {d}");
            }
        }
        assert_overlaps_exact(&plan, &t, name);
    }
}

#[test]
fn samples_have_their_markers() {
    for (name, plan) in samples() {
        let t = tl(&plan);
        let meetings: Vec<_> = t
            .markers
            .iter()
            .filter_map(|m| match m.kind {
                MarkerKind::FollowUp { id } => Some((id, m.date)),
                _ => None,
            })
            .collect();
        assert_eq!(meetings.len(), plan.follow_ups.len(), "{name}");
        for f in &plan.follow_ups {
            assert!(meetings.contains(&(f.id, f.date)), "{name}");
        }
        let latest = plan.follow_ups.iter().max_by_key(|f| f.date).unwrap();
        let next: Vec<_> = t
            .markers
            .iter()
            .filter(|m| matches!(m.kind, MarkerKind::NextFollowUp { .. }))
            .collect();
        assert_eq!(next.len(), 1, "{name}: one next follow-up");
        assert_eq!(Some(next[0].date), latest.next_date, "{name}");
        let decisions = t
            .markers
            .iter()
            .filter(|m| matches!(m.kind, MarkerKind::Decision { .. }))
            .count();
        let expected = plan
            .interventions
            .iter()
            .filter(|i| i.decision.date.is_some())
            .count();
        assert!(expected > 0, "{name}: the sample has decision dates");
        assert_eq!(decisions, expected, "{name}");
        assert!(
            t.markers.windows(2).all(|w| w[0].date <= w[1].date),
            "{name}"
        );
        for m in &t.markers {
            assert!(t.start <= m.date && m.date <= t.end, "{name}");
        }
    }
}

#[test]
fn sample_open_end_is_drawn_to_the_axis_edge() {
    let plan = samples()
        .into_iter()
        .find(|(n, _)| *n == "mor-med-angst")
        .unwrap()
        .1;
    let fvu = plan
        .interventions
        .iter()
        .find(|i| i.title.contains("FVU"))
        .unwrap();
    assert!(fvu.period.end.is_none());
    let t = tl(&plan);
    let bar = t.bar(fvu.id).unwrap();
    assert!(bar.open_end && !bar.open_start);
    assert_eq!(bar.end, t.end);
    assert_eq!(Some(bar.start), fvu.period.start);
}

#[test]
fn sample_without_dates_is_listed_apart() {
    let plan = samples()
        .into_iter()
        .find(|(n, _)| *n == "ung-efter-psykiatri")
        .unwrap()
        .1;
    let t = tl(&plan);
    let titles: Vec<&str> = t.undated.iter().map(|u| u.title.as_str()).collect();
    assert_eq!(titles, ["Gældsrådgivning"]);
    assert_eq!(t.undated[0].sector, Sector::Social);
}

// ---------------------------------------------------------------------------
// Crafted plans.

#[test]
fn axis_is_padded_to_whole_months_and_holds_today() {
    let plan = plan_of(vec![iv(
        Sector::Social,
        "Bostøtte",
        Some(date(2026, 1, 10)),
        Some(date(2026, 12, 20)),
    )]);
    let t = tl(&plan);
    assert_eq!(t.start, date(2025, 12, 1)); // 10 Jan − 14 days = 27 Dec
    assert_eq!(t.end, date(2027, 1, 31)); // 20 Dec + 14 days = 3 Jan
    assert_eq!(t.months().len(), 14);
    assert_eq!(t.months()[0], date(2025, 12, 1));
    assert_eq!(*t.months().last().unwrap(), date(2027, 1, 1));
    assert_eq!(t.position(t.start), 0.0);
    assert_eq!(t.position(t.end + Duration::days(1)), 1.0);
    assert!(t.position(date(2026, 6, 1)) > t.position(date(2026, 5, 1)));
    assert_eq!(t.position(date(2020, 1, 1)), 0.0, "clamped");

    // Today far later than the plan: still on the axis.
    let late = date(2028, 5, 2);
    let t = layout(&plan, &[], late);
    assert_eq!(t.end, date(2028, 5, 31));
    assert_eq!(t.start, date(2025, 12, 1));
}

#[test]
fn empty_plan_has_an_axis_of_at_least_six_months_around_today() {
    let t = tl(&plan_of(vec![]));
    assert_well_formed(&t, "empty");
    assert_eq!(t.start, date(2026, 3, 1));
    assert_eq!(t.end, date(2026, 8, 31));
    assert!(t.bands.iter().all(|b| b.bars.is_empty() && b.lanes == 0));
    assert!(t.undated.is_empty() && t.overlaps.is_empty() && t.markers.is_empty());
    assert_eq!(t.overlap_pairs, 0);
}

#[test]
fn open_start_and_open_end_reach_the_axis_edges() {
    let only_end = iv(Sector::Health, "Samtaler", None, Some(date(2026, 5, 31)));
    let only_start = iv(Sector::Education, "FVU", Some(date(2026, 4, 1)), None);
    let neither = iv(Sector::Social, "Gældsrådgivning", None, None);
    let plan = plan_of(vec![only_end.clone(), only_start.clone(), neither.clone()]);
    let t = tl(&plan);
    assert_well_formed(&t, "open ends");

    let a = t.bar(only_end.id).unwrap();
    assert!(a.open_start && !a.open_end);
    assert_eq!((a.start, a.end), (t.start, date(2026, 5, 31)));
    let b = t.bar(only_start.id).unwrap();
    assert!(!b.open_start && b.open_end);
    assert_eq!((b.start, b.end), (date(2026, 4, 1), t.end));
    assert!(t.bar(neither.id).is_none());
    assert_eq!(t.undated.len(), 1);
    assert_eq!(t.undated[0].id, neither.id);

    // Open start until 31 May and open end from 1 April share April and May.
    let pair = t.overlaps.iter().find(|o| o.a == only_end.id).unwrap();
    assert_eq!(pair.b, only_start.id);
    assert_eq!(
        (pair.from, pair.until),
        (Some(date(2026, 4, 1)), Some(date(2026, 5, 31)))
    );
    assert!(!pair.same_sector && !pair.double);
    assert_eq!(t.overlap_pairs, 1);
}

#[test]
fn an_end_before_the_start_is_a_one_day_bar() {
    let odd = iv(
        Sector::Social,
        "Bostøtte",
        Some(date(2026, 5, 1)),
        Some(date(2026, 4, 1)),
    );
    let t = tl(&plan_of(vec![odd.clone()]));
    let bar = t.bar(odd.id).unwrap();
    assert_eq!((bar.start, bar.end), (date(2026, 5, 1), date(2026, 5, 1)));
}

#[test]
fn overlapping_bars_of_one_sector_get_their_own_lanes() {
    let a = iv(
        Sector::Social,
        "A",
        Some(date(2026, 1, 1)),
        Some(date(2026, 6, 30)),
    );
    let b = iv(
        Sector::Social,
        "B",
        Some(date(2026, 3, 1)),
        Some(date(2026, 8, 31)),
    );
    // Starts the day after A ends: A's lane is free again.
    let c = iv(
        Sector::Social,
        "C",
        Some(date(2026, 7, 1)),
        Some(date(2026, 12, 31)),
    );
    // Another sector at the same time: its own band, lane 0.
    let d = iv(
        Sector::Health,
        "D",
        Some(date(2026, 1, 1)),
        Some(date(2026, 12, 31)),
    );
    let plan = plan_of(vec![c.clone(), b.clone(), a.clone(), d.clone()]);
    let t = tl(&plan);
    assert_well_formed(&t, "lanes");
    let social = &t.bands[0];
    assert_eq!(social.lanes, 2);
    let order: Vec<&str> = social.bars.iter().map(|b| b.title.as_str()).collect();
    assert_eq!(
        order,
        ["A", "B", "C"],
        "drawn in start order, not plan order"
    );
    assert_eq!(t.bar(a.id).unwrap().lane, 0);
    assert_eq!(t.bar(b.id).unwrap().lane, 1);
    assert_eq!(t.bar(c.id).unwrap().lane, 0);
    assert_eq!(t.bar(d.id).unwrap().lane, 0);
    assert_eq!(t.bands[3].lanes, 1);
    assert_eq!(social.lanes_of_first(1), 1);

    // Where a bar shares days with another of its sector.
    let span = |f, u| Span { from: f, until: u };
    assert_eq!(
        t.bar(a.id).unwrap().shared,
        [span(date(2026, 3, 1), date(2026, 6, 30))]
    );
    assert_eq!(
        t.bar(b.id).unwrap().shared,
        [span(date(2026, 3, 1), date(2026, 8, 31))],
        "with A, then C, as one span"
    );
    assert_eq!(
        t.bar(c.id).unwrap().shared,
        [span(date(2026, 7, 1), date(2026, 8, 31))]
    );
    assert!(
        t.bar(d.id).unwrap().shared.is_empty(),
        "other sectors do not count"
    );

    // Overlaps within and across sectors.
    assert_overlaps_exact(&plan, &t, "lanes");
    assert_eq!(t.overlap_pairs, 5, "A–B, B–C, and D with each of A, B, C");
    assert_eq!(t.bar(d.id).unwrap().overlaps, 3);
    assert_eq!(t.bar(a.id).unwrap().overlaps, 2);
    let mut others = t.overlapping(b.id);
    others.sort_by_key(|id| plan.interventions.iter().position(|i| i.id == *id));
    assert_eq!(others, [c.id, a.id, d.id]);
    assert!(t
        .overlaps
        .iter()
        .any(|o| o.same_sector && o.a == c.id && o.b == b.id));
    assert!(t
        .overlaps
        .iter()
        .any(|o| !o.same_sector && o.a == a.id && o.b == d.id));
    assert!(
        !t.overlaps.iter().any(|o| [o.a, o.b] == [c.id, a.id]),
        "C starts after A ends"
    );
}

#[test]
fn short_bars_close_together_do_not_share_a_lane() {
    // Two one-week courses a week apart: on a lane they would touch once drawn
    // at their minimum width.
    let a = iv(
        Sector::Education,
        "Kursus 1",
        Some(date(2026, 4, 1)),
        Some(date(2026, 4, 7)),
    );
    let b = iv(
        Sector::Education,
        "Kursus 2",
        Some(date(2026, 4, 14)),
        Some(date(2026, 4, 20)),
    );
    let far = iv(
        Sector::Education,
        "Kursus 3",
        Some(date(2026, 6, 1)),
        Some(date(2026, 6, 7)),
    );
    let plan = plan_of(vec![a.clone(), b.clone(), far.clone()]);
    let t = tl(&plan);
    assert_eq!(t.bar(a.id).unwrap().lane, 0);
    assert_eq!(t.bar(b.id).unwrap().lane, 1);
    assert_eq!(t.bar(far.id).unwrap().lane, 0);
    assert_eq!(t.overlap_pairs, 0, "they do not overlap in time");
    assert!(t.bar(b.id).unwrap().shared.is_empty());

    // With no minimum width they share a lane.
    let tight = layout_with(
        &plan,
        &[],
        today(),
        Options {
            min_bar_days: 1,
            ..Options::default()
        },
    );
    assert_eq!(tight.bands[2].lanes, 1);
}

#[test]
fn cancelled_interventions_are_drawn_but_overlap_nothing() {
    let a = iv(
        Sector::Social,
        "A",
        Some(date(2026, 1, 1)),
        Some(date(2026, 6, 30)),
    );
    let mut b = iv(
        Sector::Social,
        "B",
        Some(date(2026, 2, 1)),
        Some(date(2026, 3, 31)),
    );
    b.status = InterventionStatus::Cancelled;
    let plan = plan_of(vec![a.clone(), b.clone()]);
    let t = tl(&plan);
    assert_eq!(t.bands[0].lanes, 2, "still drawn, on its own lane");
    assert_eq!(t.overlap_pairs, 0);
    assert!(t.overlaps.is_empty());
    assert!(t.bar(a.id).unwrap().shared.is_empty());
    assert!(t.overlapping(a.id).is_empty());
    assert!(t.overlapping(b.id).is_empty());
}

#[test]
fn double_interventions_from_coherence_are_marked() {
    let mut mentor = iv(
        Sector::Employment,
        "Mentor",
        Some(date(2026, 2, 1)),
        Some(date(2026, 8, 31)),
    );
    mentor.kind = Some("mentor".into());
    let mut support = iv(
        Sector::Social,
        "Mentorstøtte",
        Some(date(2026, 4, 1)),
        Some(date(2026, 12, 31)),
    );
    support.kind = Some("mentor".into());
    let other = iv(
        Sector::Health,
        "Behandling for angst",
        Some(date(2026, 1, 1)),
        Some(date(2026, 12, 31)),
    );
    let plan = plan_of(vec![mentor.clone(), support.clone(), other.clone()]);
    let findings = check(&plan, today());
    assert_eq!(
        findings
            .iter()
            .filter(|f| f.rule == coherence::Rule::DoubleIntervention)
            .count(),
        1,
        "{findings:#?}"
    );
    let t = layout(&plan, &findings, today());
    assert_well_formed(&t, "double");
    assert!(t.overlaps[0].double, "double pairs first");
    assert_eq!((t.overlaps[0].a, t.overlaps[0].b), (mentor.id, support.id));
    assert_eq!(
        (t.overlaps[0].from, t.overlaps[0].until),
        (Some(date(2026, 4, 1)), Some(date(2026, 8, 31)))
    );
    assert_eq!(t.overlaps.iter().filter(|o| o.double).count(), 1);
    assert_eq!(
        t.overlaps
            .iter()
            .filter(|o| [o.a, o.b] == [mentor.id, support.id])
            .count(),
        1,
        "not listed twice"
    );
    assert_eq!(t.bar(mentor.id).unwrap().doubles, [support.id]);
    assert_eq!(t.bar(support.id).unwrap().doubles, [mentor.id]);
    assert!(t.bar(other.id).unwrap().doubles.is_empty());
    assert_eq!(t.overlap_pairs, 3, "the double pair is also an overlap");
    assert_overlaps_exact(&plan, &t, "double");

    // Without the findings nothing is a double.
    let plain = layout(&plan, &[], today());
    assert!(plain.overlaps.iter().all(|o| !o.double));
    assert_eq!(plain.overlaps.len(), 3);
}

#[test]
fn a_double_with_an_undated_intervention_is_listed() {
    let mut mentor = iv(
        Sector::Employment,
        "Mentor",
        Some(date(2026, 2, 1)),
        Some(date(2026, 8, 31)),
    );
    mentor.kind = Some("mentor".into());
    let mut support = iv(Sector::Social, "Mentorstøtte", None, None);
    support.kind = Some("mentor".into());
    let plan = plan_of(vec![mentor.clone(), support.clone()]);
    let t = tl(&plan);
    assert_eq!(t.undated[0].doubles, [mentor.id]);
    assert_eq!(t.bar(mentor.id).unwrap().doubles, [support.id]);
    assert_eq!(t.overlaps.len(), 1);
    assert!(t.overlaps[0].double);
    assert_eq!(t.overlap_pairs, 0, "no two bars overlap");
}

#[test]
fn follow_up_and_decision_markers() {
    let (mut plan, ids) = mette_plan();
    let t = layout(&plan, &[], today());
    let decision = t
        .markers
        .iter()
        .find(|m| matches!(m.kind, MarkerKind::Decision { .. }))
        .unwrap();
    assert_eq!(decision.date, date(2026, 2, 20));
    assert_eq!(
        decision.kind,
        MarkerKind::Decision {
            intervention: ids.bostoette,
            sector: Sector::Social,
            status: DecisionStatus::Granted,
            on_bar: false,
        },
        "bostøtte has no dates in the fixture"
    );
    assert!(t.markers.contains(&Marker {
        date: date(2026, 6, 1),
        kind: MarkerKind::FollowUp { id: ids.meeting },
    }));
    let next = Marker {
        date: date(2026, 9, 1),
        kind: MarkerKind::NextFollowUp {
            agreed_at: ids.meeting,
            overdue: false,
        },
    };
    assert!(t.markers.contains(&next));

    // Months later, the agreed date has passed: overdue.
    let t = layout(&plan, &[], date(2026, 10, 1));
    assert!(t.markers.iter().any(|m| m.kind
        == MarkerKind::NextFollowUp {
            agreed_at: ids.meeting,
            overdue: true
        }));

    // A later meeting is booked: only its own next date is "next".
    let booked = FollowUp {
        id: FollowUpId::new(),
        date: date(2026, 11, 3),
        participants: vec![],
        agreements: String::new(),
        results: vec![],
        next_date: None,
    };
    plan.follow_ups.push(booked.clone());
    let t = layout(&plan, &[], date(2026, 10, 1));
    assert!(!t
        .markers
        .iter()
        .any(|m| matches!(m.kind, MarkerKind::NextFollowUp { .. })));
    assert_eq!(
        t.markers
            .iter()
            .filter(|m| matches!(m.kind, MarkerKind::FollowUp { .. }))
            .count(),
        2
    );
    // On one day: the meeting before the decision.
    plan.interventions[0].decision = Decision {
        needed: true,
        status: DecisionStatus::Pending,
        date: Some(date(2026, 11, 3)),
        reasons: String::new(),
    };
    let t = layout(&plan, &[], date(2026, 10, 1));
    let same_day: Vec<_> = t
        .markers
        .iter()
        .filter(|m| m.date == date(2026, 11, 3))
        .map(|m| matches!(m.kind, MarkerKind::FollowUp { .. }))
        .collect();
    assert_eq!(same_day, [true, false]);
}

// ---------------------------------------------------------------------------
// Scale.

#[test]
fn generated_plans_are_well_formed_and_counted_exactly() {
    for (n, seed) in [(40, 1), (300, 2), (301, 3)] {
        let plan = generate::synthetic_plan(30, n, seed);
        let t = layout(&plan, &check(&plan, today()), today());
        assert_well_formed(&t, &format!("{n} interventions"));
        assert_overlaps_exact(&plan, &t, &format!("{n} interventions"));
        for bar in t.bands.iter().flat_map(|b| &b.bars).take(30) {
            let mut exact = t.overlapping(bar.id);
            exact.sort();
            assert_eq!(exact.len(), bar.overlaps, "{}", bar.title);
        }
    }
}

#[test]
fn a_plan_of_2000_interventions_is_laid_out_quickly_with_a_bounded_pair_list() {
    let plan = generate::synthetic_plan(300, 2000, 11);
    let findings = check(&plan, today());
    let started = std::time::Instant::now();
    let t = layout(&plan, &findings, today());
    let took = started.elapsed();
    eprintln!(
        "timeline of 2,000 interventions: {took:?}; {} overlapping pairs, {} listed, lanes {:?}",
        t.overlap_pairs,
        t.overlaps.len(),
        t.bands.iter().map(|b| b.lanes).collect::<Vec<_>>()
    );
    assert_well_formed(&t, "2,000");
    assert_overlaps_exact(&plan, &t, "2,000");
    let doubles = t.overlaps.iter().filter(|o| o.double).count();
    let expected_doubles = findings
        .iter()
        .filter(|f| f.rule == coherence::Rule::DoubleIntervention)
        .count();
    assert_eq!(doubles, expected_doubles);
    assert!(t.overlap_pairs > Options::default().overlap_limit);
    assert_eq!(t.overlaps.len() - doubles, Options::default().overlap_limit);
    assert!(took < std::time::Duration::from_secs(2), "{took:?}");
}

// ---------------------------------------------------------------------------
// Extreme dates: a Plan value may hold any date chrono accepts (a save from an
// older version, a host system's "no end" 9999-12-31, a fuzzer). No view of the
// model may panic on one or build an axis of thousands of years.

/// chrono's last and first day, case systems' "no end", and far outside the window
/// either way.
fn extreme_dates() -> Vec<NaiveDate> {
    vec![
        NaiveDate::MAX,
        NaiveDate::MIN,
        date(9999, 12, 31),
        date(262142, 12, 31),
        date(-262143, 1, 1),
        date(1, 1, 1),
    ]
}

/// Mette's plan with `far` written into every date an item can hold: starts, ends,
/// decisions, meetings, the next agreed meeting, consents and ratings, alone and
/// next to ordinary dates.
fn plan_with(far: NaiveDate) -> Plan {
    let (mut plan, _) = mette_plan();
    let normal = date(2026, 3, 1);
    plan.interventions[0].period = Period {
        start: Some(normal),
        end: Some(far),
    };
    plan.interventions[1].period = Period {
        start: Some(far),
        end: None,
    };
    plan.interventions[1].decision.date = Some(far);
    plan.interventions[2].period = Period {
        start: Some(far),
        end: Some(far),
    };
    plan.interventions
        .push(iv(Sector::Health, "Fra altid", None, Some(far)));
    plan.interventions
        .push(iv(Sector::Education, "Omvendt", Some(far), Some(normal)));
    plan.interventions.push(iv(
        Sector::Social,
        "Almindelig",
        Some(normal),
        Some(date(2026, 9, 30)),
    ));
    plan.follow_ups[0].next_date = Some(far);
    let mut meeting = plan.follow_ups[0].clone();
    meeting.id = FollowUpId::new();
    meeting.date = far;
    plan.follow_ups.push(meeting);
    plan.consents[0].given = far;
    plan.consents[1].withdrawn = Some(far);
    plan.ratings[0].date = far;
    plan
}

/// Everything the editor computes from a plan, as of `today`: the timeline (with its
/// months), coherence, progress, the decision summary and the life areas.
fn every_view(plan: &Plan, today: NaiveDate) -> Timeline {
    let findings = check(plan, today);
    let _ = progress::progress(plan, &findings, today);
    let catalogue = Catalogue::default_adult();
    let summary = decision::summary(plan, &catalogue, None, today);
    let _ = decision::to_json(&summary);
    let _ = life_areas::life_area_ratings(plan, &catalogue, None);
    let _ = life_areas::life_area_ratings(plan, &catalogue, Some(today));
    let _ = life_areas::comparison_dates(plan);
    let t = layout(plan, &findings, today);
    let _ = t.months();
    for bar in t.bands.iter().flat_map(|b| &b.bars) {
        let _ = t.position(bar.start);
        let _ = t.position(bar.end);
        let _ = t.overlapping(bar.id);
    }
    for m in &t.markers {
        let _ = t.position(m.date);
    }
    t
}

#[test]
fn extreme_dates_never_panic_and_the_axis_stays_small() {
    let todays = [today(), NaiveDate::MAX, NaiveDate::MIN, date(9999, 12, 31)];
    let (mut most_months, mut slowest) = (0, std::time::Duration::ZERO);
    for far in extreme_dates() {
        let plan = plan_with(far);
        for now in todays {
            let what = format!("{far} as of {now}");
            let started = std::time::Instant::now();
            let t = every_view(&plan, now);
            let took = started.elapsed();
            let months = t.months().len();
            // Twenty years around today, whole months and padding: a few hundred at most.
            assert!(months <= 12 * 21, "{what}: {months} months on the axis");
            assert!(months <= MAX_AXIS_MONTHS as usize, "{what}: {months}");
            most_months = most_months.max(months);
            slowest = slowest.max(took);
            assert!(months >= MIN_AXIS_MONTHS as usize, "{what}: {months}");
            assert!(t.days() <= 366 * 21, "{what}: {} days", t.days());
            assert!(t.start <= now && now <= t.end, "{what}: today on the axis");
            assert_eq!(
                t.bands.iter().map(|b| b.bars.len()).sum::<usize>(),
                6,
                "{what}"
            );
            for bar in t.bands.iter().flat_map(|b| &b.bars) {
                assert!(
                    t.start <= bar.start && bar.start <= bar.end && bar.end <= t.end,
                    "{what}: {} drawn inside the axis",
                    bar.title
                );
            }
            // A guard against an axis of millennia, not a benchmark.
            assert!(took < std::time::Duration::from_secs(1), "{what}: {took:?}");
        }
    }
    eprintln!("extreme dates: at most {most_months} months on an axis; slowest {slowest:?}");
}

#[test]
fn a_no_end_date_of_9999_keeps_the_axis_around_today_and_the_real_date() {
    let end = date(9999, 12, 31);
    let long = iv(
        Sector::Social,
        "Bostøtte",
        Some(date(2026, 1, 10)),
        Some(end),
    );
    let plan = plan_of(vec![long.clone()]);
    let t = tl(&plan);
    assert_well_formed(&t, "9999");
    assert_eq!(
        t.start,
        date(2025, 12, 1),
        "the real start still sets the axis start"
    );
    assert!(t.end < date(2037, 1, 1), "{}", t.end);
    let bar = t.bar(long.id).unwrap();
    assert_eq!(bar.period.end, Some(end), "the real date is kept");
    assert_eq!((bar.start, bar.end), (date(2026, 1, 10), t.end));
    assert!(bar.beyond_end && !bar.beyond_start && !bar.open_end);
    assert!(!t.shows(end) && t.shows(today()));
    assert_eq!(t.position(end), 1.0);
    assert_eq!(t.position_end(NaiveDate::MAX), 1.0);

    // An ordinary plan is not cut: its bars reach nothing beyond the axis.
    let t = tl(&plan_of(vec![iv(
        Sector::Social,
        "Bostøtte",
        Some(date(2026, 1, 10)),
        Some(date(2026, 12, 20)),
    )]));
    assert!(t
        .bands
        .iter()
        .flat_map(|b| &b.bars)
        .all(|b| !b.beyond_start && !b.beyond_end));

    // A start 30 years back is cut at ten years before today, and said.
    let old = iv(
        Sector::Health,
        "Gammel",
        Some(date(1996, 3, 1)),
        Some(date(2026, 5, 1)),
    );
    let t = tl(&plan_of(vec![old.clone()]));
    assert_well_formed(&t, "1996");
    assert_eq!(
        t.start,
        date(2016, 3, 1),
        "ten years and two weeks before 15 March 2026"
    );
    let bar = t.bar(old.id).unwrap();
    assert!(bar.beyond_start && !bar.beyond_end);
    assert_eq!(bar.start, t.start);
}

#[test]
fn a_timeline_built_by_hand_over_all_of_chrono_lists_a_bounded_axis() {
    let t = Timeline {
        start: NaiveDate::MIN,
        end: NaiveDate::MAX,
        today: today(),
        bands: vec![],
        undated: vec![],
        overlaps: vec![],
        overlap_pairs: 0,
        markers: vec![],
    };
    assert_eq!(t.months().len(), MAX_AXIS_MONTHS as usize);
    assert!(t.year_spans().len() <= MAX_AXIS_MONTHS as usize / 12 + 2);
    assert_eq!(t.position(NaiveDate::MIN), 0.0);
    assert_eq!(t.position_end(NaiveDate::MAX), 1.0);
    let middle = t.middle(today());
    assert!(0.0 < middle && middle < 1.0, "{middle}");
}

//! The timeline: the plan's interventions laid out on a time axis, one band per
//! sector, with the dates that matter around them (follow-up meetings, the next
//! agreed follow-up, decisions) and the interventions that run at the same time.
//!
//! [`layout`] is a pure function of the plan, its coherence findings and today's
//! date; the UI only scales its dates to pixels. The rules:
//!
//! - **Axis.** From the first to the last date in the plan (starts, ends,
//!   follow-up meetings, the next agreed follow-up, decision dates) and today,
//!   but never more than [`AXIS_YEARS`] years before or after today; padded by
//!   two weeks and widened to whole months, at least [`MIN_AXIS_MONTHS`] and at
//!   most [`MAX_AXIS_MONTHS`] months long. Today is always on the axis.
//! - **Bars.** An intervention with a start or an end date is a bar. An open
//!   end is drawn to the axis edge and marked open ([`Bar::open_start`],
//!   [`Bar::open_end`]); the real dates stay in [`Bar::period`]. A date beyond
//!   the axis is drawn at the edge too and marked ([`Bar::beyond_start`],
//!   [`Bar::beyond_end`]), so the view can say that the bar runs on. An end
//!   before the start (which validation refuses) is drawn as a one-day bar.
//!   Interventions with neither date are listed apart, "uden datoer"
//!   ([`Timeline::undated`]).
//! - **Lanes.** Within a sector, bars are placed greedily in start order on the
//!   first lane where they do not touch an earlier bar, counting each bar as at
//!   least `min_bar_days` long (room for a short bar's label). That is the
//!   fewest lanes possible, and lanes never overlap. Showing only the first *n*
//!   bars of a band (in [`Band::bars`] order) keeps the lanes of those bars.
//! - **Overlaps.** Two bars overlap when their real periods share a day (an open
//!   end runs for ever, an open start since always). Cancelled interventions
//!   never happened, so they overlap nothing. Each bar knows how many others it
//!   overlaps ([`Bar::overlaps`]) and where it shares days with another bar of its
//!   own sector ([`Bar::shared`]). The pairs themselves ([`Timeline::overlaps`])
//!   are listed in full up to `overlap_limit` (a plan of 2,000 interventions
//!   has millions), and [`Timeline::overlap_pairs`] gives the true number.
//! - **Double interventions.** The pairs that [`super::coherence::check`] found
//!   under [`Rule::DoubleIntervention`] are always listed, first, marked
//!   [`Overlap::double`] — also when one of them has no dates — and each bar
//!   names its double partners ([`Bar::doubles`]).
//! - **Markers.** Every follow-up meeting; the next follow-up agreed at the
//!   latest meeting (overdue when that meeting was held and the date has passed,
//!   as the coherence rule says); every decision date of an intervention.
//!   Markers keep their real dates; [`Timeline::shows`] tells whether one is on
//!   the axis.
//!
//! **Why the axis is capped around today.** A plan may hold any date chrono can
//! represent (an old save, a host system's 9999-12-31 for "no end", a typo such as
//! 2062 for 2026). Drawn faithfully, one such date makes an axis of millennia: the
//! plan's real months shrink to nothing and the page builds a tick per month (an
//! axis to 9999 froze the page for nearly two minutes). A citizen reads the
//! timeline to see what happens around now, so the axis keeps the plan's own span
//! when it is ordinary and is cut at [`AXIS_YEARS`] years either side of today when
//! it is not; what lies further out keeps its real date in words (the bar's name,
//! the table, the list of meetings) and the view says that it lies outside. All date
//! arithmetic here is checked and saturates at chrono's limits, and every loop over
//! the axis is bounded by [`MAX_AXIS_MONTHS`], so no date can panic or hang a view.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Days, Months, NaiveDate};

use super::coherence::{Detail, Finding, Rule};
use super::ids::{FollowUpId, InterventionId};
use super::intervention::{DecisionStatus, Intervention, InterventionStatus, Period, Sector};
use super::plan::{ItemRef, Plan};

/// The shortest axis, in months.
pub const MIN_AXIS_MONTHS: u32 = 6;
/// Days of padding before the first and after the last date.
pub const PADDING_DAYS: i64 = 14;
/// The axis reaches at most this many years before and after today.
pub const AXIS_YEARS: u32 = 10;
/// The longest axis, in months: [`AXIS_YEARS`] either side of today, plus the month
/// the padding may reach into at each end, plus today's own month.
pub const MAX_AXIS_MONTHS: u32 = 2 * 12 * AXIS_YEARS + 3;

/// How [`layout_with`] packs bars and how many overlap pairs it lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Each bar counts as at least this many days long when lanes are packed.
    pub min_bar_days: i64,
    /// At most this many overlap pairs that are not double interventions.
    pub overlap_limit: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_bar_days: 21,
            overlap_limit: 500,
        }
    }
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub from: NaiveDate,
    pub until: NaiveDate,
}

/// One intervention drawn as a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub id: InterventionId,
    pub title: String,
    pub sector: Sector,
    pub status: InterventionStatus,
    /// The real dates, as written in the plan.
    pub period: Period,
    /// Where the bar is drawn (open ends at the axis edge).
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub open_start: bool,
    pub open_end: bool,
    /// A real date of the bar lies before the axis start: it is drawn from the edge.
    pub beyond_start: bool,
    /// A real date of the bar lies after the axis end: it is drawn to the edge.
    pub beyond_end: bool,
    /// The lane within its sector's band, from 0.
    pub lane: usize,
    /// How many other interventions (any sector) run on some of the same days.
    pub overlaps: usize,
    /// Where it shares days with another intervention of its own sector, merged, in
    /// drawn dates.
    pub shared: Vec<Span>,
    /// The interventions coherence finds this one may double (other sectors).
    pub doubles: Vec<InterventionId>,
}

/// An intervention with neither a start nor an end date.
#[derive(Debug, Clone, PartialEq)]
pub struct Undated {
    pub id: InterventionId,
    pub title: String,
    pub sector: Sector,
    pub status: InterventionStatus,
    pub doubles: Vec<InterventionId>,
}

/// The bars of one sector.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub sector: Sector,
    /// Lanes used by all bars of the band.
    pub lanes: usize,
    /// In drawing order: by drawn start, then end, then plan order.
    pub bars: Vec<Bar>,
}

impl Band {
    /// Lanes used by the first `n` bars.
    pub fn lanes_of_first(&self, n: usize) -> usize {
        self.bars
            .iter()
            .take(n)
            .map(|b| b.lane + 1)
            .max()
            .unwrap_or(0)
    }
}

/// Two interventions that run at the same time. `a` comes before `b` in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    pub a: InterventionId,
    pub b: InterventionId,
    /// The shared days (None: open at that end).
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub same_sector: bool,
    /// Coherence finds them a possible double intervention.
    pub double: bool,
}

/// What a marker on the axis stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    /// A follow-up meeting (held or booked).
    FollowUp { id: FollowUpId },
    /// The next follow-up, agreed at the latest meeting.
    NextFollowUp {
        agreed_at: FollowUpId,
        overdue: bool,
    },
    /// The date of an intervention's decision.
    Decision {
        intervention: InterventionId,
        sector: Sector,
        status: DecisionStatus,
        /// Whether the intervention is drawn as a bar (else it is undated).
        on_bar: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub date: NaiveDate,
    pub kind: MarkerKind,
}

/// The whole timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// First day of the axis (the first of a month).
    pub start: NaiveDate,
    /// Last day of the axis (the last of a month).
    pub end: NaiveDate,
    pub today: NaiveDate,
    /// One band per sector, in [`Sector::ALL`] order, also when empty.
    pub bands: Vec<Band>,
    /// Interventions without dates, in plan order.
    pub undated: Vec<Undated>,
    /// Double-intervention pairs first (in findings order), then other pairs by
    /// the first shared day; at most `overlap_limit` of the others.
    pub overlaps: Vec<Overlap>,
    /// How many pairs of bars overlap in all (double pairs without dates not counted).
    pub overlap_pairs: usize,
    /// By date; on the same day follow-ups first, then the next follow-up, then decisions.
    pub markers: Vec<Marker>,
}

impl Timeline {
    /// Days on the axis.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Whether a date is on the axis.
    pub fn shows(&self, date: NaiveDate) -> bool {
        (self.start..=self.end).contains(&date)
    }

    /// Where a day begins on the axis, from 0.0 (the axis start) to 1.0 (the day
    /// after the axis end). Dates outside the axis are clamped.
    pub fn position(&self, date: NaiveDate) -> f64 {
        if date > self.end {
            return 1.0;
        }
        let date = date.max(self.start);
        (date - self.start).num_days() as f64 / self.days().max(1) as f64
    }

    /// Where a day ends on the axis (where the next day begins), clamped like
    /// [`Timeline::position`]; also for chrono's last day, which has no next day.
    pub fn position_end(&self, date: NaiveDate) -> f64 {
        match date.succ_opt() {
            Some(next) => self.position(next),
            None => 1.0,
        }
    }

    /// The middle of a day on the axis.
    pub fn middle(&self, date: NaiveDate) -> f64 {
        (self.position(date) + self.position_end(date)) / 2.0
    }

    /// The first day of every month on the axis (at most [`MAX_AXIS_MONTHS`]).
    pub fn months(&self) -> Vec<NaiveDate> {
        self.month_spans().into_iter().map(|s| s.from).collect()
    }

    /// Every month on the axis, first to last day, cut to the axis (at most
    /// [`MAX_AXIS_MONTHS`], also for a `Timeline` built by hand with a longer axis).
    pub fn month_spans(&self) -> Vec<Span> {
        let mut out = Vec::new();
        let mut month = Some(first_of_month(self.start));
        while let Some(first) = month.filter(|m| *m <= self.end) {
            if out.len() >= MAX_AXIS_MONTHS as usize {
                break;
            }
            let next = next_month(first);
            let last = next.and_then(|n| n.pred_opt()).unwrap_or(NaiveDate::MAX);
            out.push(Span {
                from: first.max(self.start),
                until: last.min(self.end),
            });
            month = next;
        }
        out
    }

    /// Every year on the axis, cut to the axis (as many as [`Timeline::month_spans`]
    /// reach).
    pub fn year_spans(&self) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        for month in self.month_spans() {
            match out.last_mut() {
                Some(year) if year.from.year() == month.from.year() => year.until = month.until,
                _ => out.push(month),
            }
        }
        out
    }

    /// The bar of an intervention, if it is drawn.
    pub fn bar(&self, id: InterventionId) -> Option<&Bar> {
        self.bands
            .iter()
            .flat_map(|b| b.bars.iter())
            .find(|b| b.id == id)
    }

    /// Every other bar that runs on some of the same days as this one, in band
    /// and drawing order (exact, also beyond `overlap_limit`; one pass over the bars).
    pub fn overlapping(&self, id: InterventionId) -> Vec<InterventionId> {
        let Some(me) = self.bar(id) else {
            return Vec::new();
        };
        if me.status == InterventionStatus::Cancelled {
            return Vec::new();
        }
        let mine = reach(&me.period);
        self.bands
            .iter()
            .flat_map(|b| b.bars.iter())
            .filter(|b| b.id != id && b.status != InterventionStatus::Cancelled)
            .filter(|b| shares_days(mine, reach(&b.period)))
            .map(|b| b.id)
            .collect()
    }
}

/// The timeline with the default [`Options`].
pub fn layout(plan: &Plan, findings: &[Finding], today: NaiveDate) -> Timeline {
    layout_with(plan, findings, today, Options::default())
}

/// The timeline of `plan` as of `today`; `findings` are the plan's coherence
/// findings (only [`Rule::DoubleIntervention`] ones are used).
pub fn layout_with(
    plan: &Plan,
    findings: &[Finding],
    today: NaiveDate,
    options: Options,
) -> Timeline {
    // Double pairs from coherence, by intervention.
    let mut double_pairs: Vec<Overlap> = Vec::new();
    let mut doubles_of: HashMap<InterventionId, Vec<InterventionId>> = HashMap::new();
    // By id once: a plan may have many double pairs (also within one sector), and a
    // search of the list per pair would make this quadratic.
    let by_id: HashMap<InterventionId, &Intervention> =
        plan.interventions.iter().map(|i| (i.id, i)).collect();
    for finding in findings
        .iter()
        .filter(|f| f.rule == Rule::DoubleIntervention)
    {
        let [ItemRef::Intervention(a), ItemRef::Intervention(b)] = finding.items[..] else {
            continue;
        };
        let (Some(ia), Some(ib)) = (by_id.get(&a), by_id.get(&b)) else {
            continue;
        };
        let (from, until) = match finding.detail {
            Detail::Overlap { from, until, .. } => (from, until),
            _ => (
                ia.period.start.max(ib.period.start),
                min_open(ia.period.end, ib.period.end),
            ),
        };
        double_pairs.push(Overlap {
            a,
            b,
            from,
            until,
            same_sector: ia.sector == ib.sector,
            double: true,
        });
        doubles_of.entry(a).or_default().push(b);
        doubles_of.entry(b).or_default().push(a);
    }

    // The axis.
    let latest_meeting = plan.follow_ups.iter().max_by_key(|f| f.date);
    let mut lo = today;
    let mut hi = today;
    let mut see = |d: NaiveDate| {
        lo = lo.min(d);
        hi = hi.max(d);
    };
    for i in &plan.interventions {
        i.period.start.into_iter().for_each(&mut see);
        i.period.end.into_iter().for_each(&mut see);
        i.decision.date.into_iter().for_each(&mut see);
    }
    for f in &plan.follow_ups {
        see(f.date);
    }
    if let Some(next) = latest_meeting.and_then(|f| f.next_date) {
        see(next);
    }
    // Never more than AXIS_YEARS either side of today (see the module comment).
    let reach = Months::new(12 * AXIS_YEARS);
    lo = lo.max(today.checked_sub_months(reach).unwrap_or(NaiveDate::MIN));
    hi = hi.min(today.checked_add_months(reach).unwrap_or(NaiveDate::MAX));
    let padding = Days::new(PADDING_DAYS.unsigned_abs());
    let start = first_of_month(lo.checked_sub_days(padding).unwrap_or(lo));
    let mut end_month = first_of_month(hi.checked_add_days(padding).unwrap_or(hi));
    while months_between(start, end_month) + 1 < MIN_AXIS_MONTHS {
        match next_month(end_month) {
            Some(next) => end_month = next,
            None => break, // chrono's last month: the axis ends there
        }
    }
    let end = next_month(end_month)
        .and_then(|next| next.pred_opt())
        .unwrap_or(NaiveDate::MAX);

    // Bars and undated interventions, per sector in plan order.
    let mut per_sector: HashMap<Sector, Vec<(usize, Bar)>> = HashMap::new();
    let mut undated = Vec::new();
    for (index, i) in plan.interventions.iter().enumerate() {
        let doubles = doubles_of.get(&i.id).cloned().unwrap_or_default();
        if i.period.start.is_none() && i.period.end.is_none() {
            undated.push(Undated {
                id: i.id,
                title: i.title.clone(),
                sector: i.sector,
                status: i.status,
                doubles,
            });
            continue;
        }
        // Drawn dates stay on the axis; a real date beyond it is marked.
        let bar_start = i.period.start.unwrap_or(start).clamp(start, end);
        let bar_end = i.period.end.unwrap_or(end).clamp(start, end).max(bar_start);
        let real = || i.period.start.into_iter().chain(i.period.end);
        per_sector.entry(i.sector).or_default().push((
            index,
            Bar {
                id: i.id,
                title: i.title.clone(),
                sector: i.sector,
                status: i.status,
                period: i.period,
                start: bar_start,
                end: bar_end,
                open_start: i.period.start.is_none(),
                open_end: i.period.end.is_none(),
                beyond_start: real().any(|d| d < start),
                beyond_end: real().any(|d| d > end),
                lane: 0,
                overlaps: 0,
                shared: Vec::new(),
                doubles,
            },
        ));
    }

    let mut bands = Vec::new();
    for sector in Sector::ALL {
        let mut bars = per_sector.remove(&sector).unwrap_or_default();
        bars.sort_by_key(|(index, b)| (b.start, b.end, *index));
        let mut bars: Vec<Bar> = bars.into_iter().map(|(_, b)| b).collect();
        let lanes = pack(&mut bars, options.min_bar_days);
        mark_shared(&mut bars);
        bands.push(Band {
            sector,
            lanes,
            bars,
        });
    }

    let (overlap_pairs, mut overlaps) = overlaps(plan, &mut bands, &double_pairs, options);
    let mut all = double_pairs;
    all.append(&mut overlaps);

    // Markers.
    let mut markers = Vec::new();
    for f in &plan.follow_ups {
        markers.push(Marker {
            date: f.date,
            kind: MarkerKind::FollowUp { id: f.id },
        });
    }
    if let Some(latest) = latest_meeting {
        if let Some(next) = latest.next_date {
            markers.push(Marker {
                date: next,
                kind: MarkerKind::NextFollowUp {
                    agreed_at: latest.id,
                    overdue: latest.date <= today && next < today,
                },
            });
        }
    }
    for i in &plan.interventions {
        if let Some(date) = i.decision.date {
            markers.push(Marker {
                date,
                kind: MarkerKind::Decision {
                    intervention: i.id,
                    sector: i.sector,
                    status: i.decision.status,
                    on_bar: i.period.start.is_some() || i.period.end.is_some(),
                },
            });
        }
    }
    let rank = |k: &MarkerKind| match k {
        MarkerKind::FollowUp { .. } => 0,
        MarkerKind::NextFollowUp { .. } => 1,
        MarkerKind::Decision { .. } => 2,
    };
    markers.sort_by_key(|m| (m.date, rank(&m.kind)));

    Timeline {
        start,
        end,
        today,
        bands,
        undated,
        overlaps: all,
        overlap_pairs,
        markers,
    }
}

// ---------------------------------------------------------------------------

fn first_of_month(d: NaiveDate) -> NaiveDate {
    // Day 1 exists in every month chrono can represent; `d` is the fallback only to
    // avoid a panic path.
    d.with_day(1).unwrap_or(d)
}

/// The first of the next month, None after chrono's last month.
fn next_month(first: NaiveDate) -> Option<NaiveDate> {
    first_of_month(first).checked_add_months(Months::new(1))
}

fn months_between(a: NaiveDate, b: NaiveDate) -> u32 {
    // i64: years apart can be ~524,000 at chrono's limits; times 12 fits easily.
    let n = (i64::from(b.year()) - i64::from(a.year())) * 12 + i64::from(b.month())
        - i64::from(a.month());
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

/// The earlier of two ends, None only when both are open.
fn min_open(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

/// A period's days with open ends as the far past and future.
fn reach(p: &Period) -> (NaiveDate, NaiveDate) {
    let from = p.start.unwrap_or(NaiveDate::MIN);
    let until = p.end.unwrap_or(NaiveDate::MAX).max(from);
    (from, until)
}

fn shares_days(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// Greedy interval partitioning in drawing order; returns the number of lanes.
fn pack(bars: &mut [Bar], min_days: i64) -> usize {
    // The last day taken on each lane.
    let mut lanes: Vec<NaiveDate> = Vec::new();
    for bar in bars.iter_mut() {
        let least = Days::new(min_days.max(1).unsigned_abs() - 1);
        let taken_until = bar
            .end
            .max(bar.start.checked_add_days(least).unwrap_or(NaiveDate::MAX));
        match lanes.iter().position(|last| *last < bar.start) {
            Some(lane) => {
                lanes[lane] = taken_until;
                bar.lane = lane;
            }
            None => {
                lanes.push(taken_until);
                bar.lane = lanes.len() - 1;
            }
        }
    }
    lanes.len()
}

/// Fills [`Bar::shared`]: where two or more live bars of the band run at once,
/// intersected with each bar (in drawn dates).
fn mark_shared(bars: &mut [Bar]) {
    // Coverage of two or more, from start/end events.
    let mut events: Vec<(NaiveDate, i32)> = Vec::new();
    for b in bars
        .iter()
        .filter(|b| b.status != InterventionStatus::Cancelled)
    {
        events.push((b.start, 1));
        events.push((b.end.succ_opt().unwrap_or(b.end), -1));
    }
    events.sort();
    let mut crowded: Vec<Span> = Vec::new();
    let mut level = 0;
    let mut open: Option<NaiveDate> = None;
    let mut k = 0;
    while k < events.len() {
        // All events of one day at once, so that one bar ending the day before
        // another starts does not split a crowded span.
        let day = events[k].0;
        while k < events.len() && events[k].0 == day {
            level += events[k].1;
            k += 1;
        }
        match (level >= 2, open) {
            (true, None) => open = Some(day),
            (false, Some(from)) => {
                let until = day.pred_opt().unwrap_or(day);
                crowded.push(Span { from, until });
                open = None;
            }
            _ => {}
        }
    }
    if crowded.is_empty() {
        return;
    }
    for b in bars
        .iter_mut()
        .filter(|b| b.status != InterventionStatus::Cancelled)
    {
        // The first crowded span that could touch the bar, then onwards.
        let first = crowded.partition_point(|s| s.until < b.start);
        for s in &crowded[first..] {
            if s.from > b.end {
                break;
            }
            b.shared.push(Span {
                from: s.from.max(b.start),
                until: s.until.min(b.end),
            });
        }
    }
}

/// Counts overlapping pairs of live bars, fills [`Bar::overlaps`], and lists
/// pairs (not already double pairs) up to the limit.
fn overlaps(
    plan: &Plan,
    bands: &mut [Band],
    doubles: &[Overlap],
    options: Options,
) -> (usize, Vec<Overlap>) {
    let order: HashMap<InterventionId, usize> = plan
        .interventions
        .iter()
        .enumerate()
        .map(|(n, i)| (i.id, n))
        .collect();
    /// A bar that can overlap, and where it is in `bands`.
    struct Live {
        reach: (NaiveDate, NaiveDate),
        sector: Sector,
        id: InterventionId,
        band: usize,
        bar: usize,
    }
    let mut live: Vec<Live> = Vec::new();
    for (band, b) in bands.iter().enumerate() {
        for (bar, x) in b.bars.iter().enumerate() {
            if x.status != InterventionStatus::Cancelled {
                live.push(Live {
                    reach: reach(&x.period),
                    sector: x.sector,
                    id: x.id,
                    band,
                    bar,
                });
            }
        }
    }
    live.sort_by_key(|l| (l.reach, order[&l.id]));
    let mut ends: Vec<NaiveDate> = live.iter().map(|l| l.reach.1).collect();
    ends.sort();
    let starts: Vec<NaiveDate> = live.iter().map(|l| l.reach.0).collect(); // sorted

    // Exact counts: others starting on or before my end, minus those ending before my start.
    let mut total = 0usize;
    for (n, l) in live.iter().enumerate() {
        let (from, until) = l.reach;
        let started = starts.partition_point(|s| *s <= until);
        let ended = ends.partition_point(|e| *e < from);
        bands[l.band].bars[l.bar].overlaps = started - ended - 1;
        // Every bar that ended before my start also started before me (earlier in
        // this order), so `n - ended` earlier bars are still running when I start:
        // each pair is counted once, by its later member.
        total += n - ended;
    }

    let known: HashSet<(InterventionId, InterventionId)> = doubles
        .iter()
        .flat_map(|d| [(d.a, d.b), (d.b, d.a)])
        .collect();
    let mut listed = Vec::new();
    let mut running: Vec<usize> = Vec::new();
    'sweep: for (n, me) in live.iter().enumerate() {
        let r = me.reach;
        running.retain(|&k| live[k].reach.1 >= r.0);
        for &k in &running {
            if listed.len() >= options.overlap_limit {
                break 'sweep;
            }
            let (ro, so, other) = (live[k].reach, live[k].sector, live[k].id);
            let (a, b) = if order[&other] < order[&me.id] {
                (other, me.id)
            } else {
                (me.id, other)
            };
            if known.contains(&(a, b)) {
                continue;
            }
            let from = r.0.max(ro.0);
            let until = r.1.min(ro.1);
            listed.push(Overlap {
                a,
                b,
                from: (from != NaiveDate::MIN).then_some(from),
                until: (until != NaiveDate::MAX).then_some(until),
                same_sector: so == me.sector,
                double: false,
            });
        }
        running.push(n);
    }
    listed.sort_by_key(|o| (o.from, order[&o.a], order[&o.b]));
    (total, listed)
}

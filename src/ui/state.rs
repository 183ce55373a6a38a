//! The editor's state, created in one place and shared through context.
//!
//! The plan lives in one signal that only this module can write: components get a
//! read-only [`ReadSignal`] of it and change it through [`EditorState::edit`], `undo`,
//! `redo` and the whole-plan doors [`EditorState::replace_plan`] and
//! [`EditorState::follow_plan`]. They read slices of it through memos, so a keystroke in
//! one field re-runs only the views that show that field. Beside the plan: what the host
//! decides ([`HostSettings`]), where the user is ([`Navigation`]) and what the editor tells
//! the user ([`Status`]), each its own context.

use std::rc::Rc;

use chrono::Utc;
use leptos::prelude::*;

use super::browser::{after_pause, element_by_id, focus_by_id, today};
use super::device_storage::DeviceStore;
use crate::i18n::{Lang, Texts, Voice};
use crate::model::coherence::{self, Finding};
use crate::model::merge_notice::MergeNotice;
use crate::model::splice::splice_between;
use crate::model::{Actor, Catalogue, Edit, EditError, History, ItemRef, Plan, Problem, Role};

/// The parts of the plan, each a screen of the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// The start page once a plan has content: every part's state, life areas at a glance.
    Overview,
    AboutMe,
    /// The joint assessment (samlet udredning): what is known per life area, in two voices.
    Assessment,
    Goals,
    Interventions,
    People,
    Consents,
    /// "Andre planer": the plans this one replaces or is coordinated with.
    LinkedPlans,
    FollowUps,
    /// The interventions on a time axis, by sector.
    Timeline,
    /// Coherence findings (sammenhæng): where the plan does not hang together.
    Coherence,
    /// The one-decision summary: every intervention that needs a decision.
    Decision,
    /// "Del med …": the plan as one party may see it by the consents.
    Share,
    Approval,
}

impl Section {
    pub const ALL: [Section; 14] = [
        Section::Overview,
        Section::AboutMe,
        Section::Assessment,
        Section::Goals,
        Section::Interventions,
        Section::People,
        Section::Consents,
        Section::LinkedPlans,
        Section::FollowUps,
        Section::Timeline,
        Section::Coherence,
        Section::Decision,
        Section::Share,
        Section::Approval,
    ];

    /// What "Vis hele planen" shows and prints.
    pub const PRINTED: [Section; 10] = [
        Section::AboutMe,
        Section::Assessment,
        Section::Goals,
        Section::Interventions,
        Section::People,
        Section::Consents,
        Section::LinkedPlans,
        Section::FollowUps,
        Section::Decision,
        Section::Approval,
    ];

    /// The parts a user fills in (the others are views of the whole).
    pub const PARTS: [Section; 8] = [
        Section::AboutMe,
        Section::Assessment,
        Section::Goals,
        Section::Interventions,
        Section::People,
        Section::Consents,
        Section::FollowUps,
        Section::Approval,
    ];

    /// Stable key, used in DOM ids and URLs.
    /// The section whose [`Section::key`] this is.
    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn key(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::AboutMe => "about-me",
            Section::Assessment => "assessment",
            Section::Goals => "goals",
            Section::Interventions => "interventions",
            Section::People => "people",
            Section::Consents => "consents",
            Section::LinkedPlans => "other-plans",
            Section::FollowUps => "follow-ups",
            Section::Timeline => "timeline",
            Section::Coherence => "coherence",
            Section::Decision => "decision",
            Section::Share => "share",
            Section::Approval => "approval",
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        let nav = lang.nav();
        match self {
            Section::Overview => nav.overview,
            Section::AboutMe => nav.about_me,
            Section::Assessment => nav.assessment,
            Section::Goals => nav.goals,
            Section::Interventions => nav.interventions,
            Section::People => nav.people,
            Section::Consents => nav.consents,
            Section::LinkedPlans => lang.linked_plans().overview_heading,
            Section::FollowUps => nav.follow_ups,
            Section::Timeline => nav.timeline,
            Section::Coherence => nav.coherence,
            Section::Decision => nav.decision,
            Section::Share => nav.share,
            Section::Approval => nav.approval,
        }
    }
}

/// Whether the latest plan reached storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Autosave is off: the host persists the plan itself.
    Off,
    Saved,
    /// Storage refused the write (full, blocked, private mode).
    Failed,
    /// Not saving until the user chooses: saving would overwrite a saved plan that could
    /// not be read nor kept aside (the platform's autosave).
    Held,
}

/// What the host decides (the page, `<helhedsplan-editor>`'s attributes), and the user's
/// own choices of language and name. Provided as a context ([`use_host`]).
#[derive(Clone, Copy)]
pub struct HostSettings {
    pub lang: RwSignal<Lang>,
    /// Who is writing: stamped on every edit.
    pub actor: RwSignal<Actor>,
    /// Set by the host: the role switch is hidden and the role cannot change.
    pub role_fixed: RwSignal<bool>,
    /// Set by the host (`<helhedsplan-editor readonly>`): the plan can be read, not changed.
    pub read_only: RwSignal<bool>,
    /// Inside `<helhedsplan-editor>` on a portal page: the editor is a region, not the main landmark.
    pub embedded: RwSignal<bool>,
    /// The heading level of the editor's name in the toolbar: `Some(1)` (an `<h1>`) on its
    /// own page; `None` (a plain paragraph) inside a portal, whose page has its own `<h1>`,
    /// unless the host sets `heading-level`.
    pub brand_heading: RwSignal<Option<u8>>,
    /// Life areas, sectors, legal bases and intervention types to choose from.
    pub catalogue: RwSignal<Catalogue>,
    /// The complaint-route text (klagevejledning) the host configured for the one-decision
    /// summary; `None` shows the editor's general text.
    pub complaint_route: RwSignal<Option<String>>,
    /// Full editor, guided mode or workshop mode (`ui::mode`).
    pub mode: RwSignal<super::mode::Mode>,
}

/// Where the user is in the editor. Provided as a context ([`use_navigation`]).
#[derive(Clone, Copy)]
pub struct Navigation {
    /// The section on screen.
    pub section: RwSignal<Section>,
    /// Shows every section at once, for printing.
    pub print_all: RwSignal<bool>,
    /// The item a view asked to open (a finding, a bar on the timeline): the section that
    /// shows it reveals it (clears filters, shows enough cards) and focus moves to it.
    pub reveal: RwSignal<Option<ItemRef>>,
    /// The item whose card holds the keyboard focus (its id), for co-authors' presence.
    pub editing: RwSignal<Option<String>>,
    /// Guided mode: the screen the citizen is on (and the area on the Today screen). The
    /// platform keeps it in storage beside the plan, so a reload resumes there.
    pub guided: RwSignal<crate::i18n::GuidedPlace>,
}

/// What the editor tells the user beside the plan. Provided as a context ([`use_status`]).
#[derive(Clone, Copy)]
pub struct Status {
    /// Polite status messages for screen readers (rendered in an aria-live region).
    pub announcement: RwSignal<String>,
    /// A problem found at start-up (e.g. a corrupt saved plan), shown until dismissed.
    pub notice: RwSignal<Option<String>>,
    pub save_status: RwSignal<SaveStatus>,
    /// The latest import that failed: the file's name and what is wrong with it.
    pub import_errors: RwSignal<Option<(String, Vec<crate::format::FormatError>)>>,
    /// A plan waiting for the user to confirm that it may replace the current one.
    pub pending_replace: RwSignal<Option<Plan>>,
    /// What merging another device's changes did that the user should hear of (a value of
    /// theirs that lost, a repair), shown near the top until closed ([`EditorState::tell_merge`]).
    pub merge_notices: RwSignal<Vec<MergeNotice>>,
    /// Live co-authoring: the connection and who else is here (`collab-url`).
    pub live: super::live::Live,
    /// Counts the times the facilitator ended a workshop ("Afslut workshop"): the element
    /// fires `workshop-end` on each.
    pub workshop_ended: RwSignal<u32>,
}

impl HostSettings {
    /// The strings of the current language (tracked).
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// Who the texts speak to: "du" for the citizen, "borgeren" for professionals
    /// (tracked, so switching "Hvem skriver?" rewords them at once).
    pub fn voice(&self) -> Voice {
        Voice::of(self.actor.with(|actor| actor.role))
    }

    /// [`Self::voice`] outside a reactive scope (event handlers).
    pub fn voice_untracked(&self) -> Voice {
        Voice::of(self.actor.with_untracked(|actor| actor.role))
    }

    /// Why an edit was refused, in the current language and to the current reader.
    pub fn refusal(&self, err: &crate::model::EditError) -> String {
        self.lang
            .get_untracked()
            .edit_error(err, self.voice_untracked())
    }
}

impl Status {
    /// Announces a status message to screen readers (and shows it in the status line).
    /// The message stays on screen for a few seconds; a newer one replaces it.
    pub fn announce(&self, message: impl Into<String>) {
        let message = message.into();
        self.announcement.set(message.clone());
        let announcement = self.announcement;
        set_timeout(
            move || {
                if announcement.try_get_untracked().as_ref() == Some(&message) {
                    announcement.set(String::new());
                }
            },
            std::time::Duration::from_secs(8),
        );
    }
}

/// The plan and its history. Private to this module: its fields cannot be named elsewhere,
/// so [`EditorState`]'s methods are the only way to change the plan.
#[derive(Clone, Copy)]
struct Document {
    plan: RwSignal<Plan>,
    history: StoredValue<History>,
    can_undo: RwSignal<bool>,
    can_redo: RwSignal<bool>,
    /// Why the latest edit was refused, for the field that asked (it keeps the typed text
    /// as a draft and says why); taken by [`EditorState::take_refusal`].
    refusal: StoredValue<Option<EditError>>,
    /// This editor's saves on this device; `None` when the host turned autosave off.
    device: StoredValue<Option<Rc<dyn DeviceStore>>, LocalStorage>,
    /// Told of the user's edits and whole-plan replacements ([`EditorState::on_record`]).
    recorders: StoredValue<Vec<Recorder>, LocalStorage>,
    /// Where the change log ended in the latest plan from other devices
    /// ([`EditorState::follow_remote`]).
    remote_mark: StoredValue<Option<(crate::model::change_log::Mark, Option<Actor>)>>,
}

/// What the user did to the plan here, for those who replay it elsewhere.
#[derive(Clone, Copy)]
pub enum Recorded<'a> {
    /// An edit (also an undo or redo: the edit it applied).
    Edit(&'a Edit),
    /// The whole plan was replaced ([`EditorState::replace_plan`]).
    Replaced,
}

type Recorder = Rc<dyn Fn(Recorded<'_>)>;

/// Everything the editor's components share. Cheap to copy: it holds signal handles.
#[derive(Clone, Copy)]
pub struct EditorState {
    /// The plan, to read. Only [`EditorState`]'s methods change it (`edit`, `undo`, `redo`,
    /// `replace_plan`, `follow_plan`).
    pub plan: ReadSignal<Plan>,
    /// Whether the plan is an approved, locked version (every field is then read-only).
    /// Also true while the host shows the plan read-only ([`HostSettings::read_only`]).
    pub locked: Memo<bool>,
    pub can_undo: ReadSignal<bool>,
    pub can_redo: ReadSignal<bool>,
    /// Coherence findings as of today (advisory; computed only while a view reads them).
    /// On a large plan they follow the plan once typing pauses ([`settle`]):
    /// checking 2,000 interventions takes longer than a keystroke may.
    pub findings: Memo<Vec<Finding>>,
    /// Rules of the plan it breaks (a restored save, a merged change): things to fix, shown
    /// at the top. Like [`EditorState::findings`], late on large plans.
    pub problems: Memo<Vec<Problem>>,
    pub host: HostSettings,
    pub nav: Navigation,
    pub status: Status,
    doc: Document,
    /// Prefix that makes DOM ids unique when several editors share a page.
    instance: u32,
}

thread_local! {
    static NEXT_INSTANCE: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

impl EditorState {
    /// `read` of the plan and the host's catalogue: tracked in a view (it reruns when
    /// either changes), untracked in a handler or a host call.
    pub fn with_plan_and_catalogue<T>(
        &self,
        tracked: bool,
        read: impl FnOnce(&Plan, &Catalogue) -> T,
    ) -> T {
        if tracked {
            self.host
                .catalogue
                .with(|catalogue| self.plan.with(|plan| read(plan, catalogue)))
        } else {
            self.host
                .catalogue
                .with_untracked(|catalogue| self.plan.with_untracked(|plan| read(plan, catalogue)))
        }
    }

    pub fn new(plan: Plan, actor: Actor, lang: Lang) -> Self {
        let plan = RwSignal::new(plan);
        let read_only = RwSignal::new(false);
        let settled = settle(plan);
        let doc = Document {
            plan,
            history: StoredValue::new(History::default()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            refusal: StoredValue::new(None),
            device: StoredValue::new_local(None),
            recorders: StoredValue::new_local(Vec::new()),
            remote_mark: StoredValue::new(None),
        };
        EditorState {
            plan: plan.read_only(),
            locked: Memo::new(move |_| read_only.get() || plan.with(|p| p.locked)),
            can_undo: doc.can_undo.read_only(),
            can_redo: doc.can_redo.read_only(),
            findings: Memo::new(move |_| {
                settled.track();
                plan.with_untracked(|p| coherence::check(p, today()))
            }),
            problems: Memo::new(move |_| {
                settled.track();
                plan.with_untracked(crate::model::validate)
            }),
            host: HostSettings {
                lang: RwSignal::new(lang),
                actor: RwSignal::new(actor),
                role_fixed: RwSignal::new(false),
                read_only,
                embedded: RwSignal::new(false),
                brand_heading: RwSignal::new(Some(1)),
                catalogue: RwSignal::new(Catalogue::default()),
                complaint_route: RwSignal::new(None),
                mode: RwSignal::new(super::mode::Mode::Full),
            },
            nav: Navigation {
                section: RwSignal::new(Section::AboutMe),
                print_all: RwSignal::new(false),
                reveal: RwSignal::new(None),
                editing: RwSignal::new(None),
                guided: RwSignal::new(crate::i18n::GuidedPlace::default()),
            },
            status: Status {
                announcement: RwSignal::new(String::new()),
                notice: RwSignal::new(None),
                save_status: RwSignal::new(SaveStatus::Off),
                import_errors: RwSignal::new(None),
                pending_replace: RwSignal::new(None),
                merge_notices: RwSignal::new(Vec::new()),
                live: super::live::Live::new(),
                workshop_ended: RwSignal::new(0),
            },
            doc,
            instance: NEXT_INSTANCE.with(|n| n.replace(n.get() + 1)),
        }
    }

    /// Provides this state and its parts as contexts, for [`use_editor`], [`use_host`],
    /// [`use_navigation`] and [`use_status`]. Called once, by the editor's root.
    pub fn provide(self) {
        provide_context(self);
        provide_context(self.host);
        provide_context(self.nav);
        provide_context(self.status);
    }

    /// Connects this editor's saves on this device (the platform's autosave). Edits, undo,
    /// redo and replacements are reported to it from now on.
    pub fn attach_device(&self, device: Rc<dyn DeviceStore>) {
        self.doc.device.set_value(Some(device));
    }

    /// Tells `recorder` of every edit the user makes from now on (also undo and redo) and
    /// of whole-plan replacements: the server sync replays them on a newer plan.
    pub fn on_record(&self, recorder: impl Fn(Recorded<'_>) + 'static) {
        self.doc
            .recorders
            .update_value(|all| all.push(Rc::new(recorder)));
    }

    fn records(&self) -> bool {
        self.doc.device.with_value(Option::is_some)
            || self.doc.recorders.with_value(|all| !all.is_empty())
    }

    fn tell_recorders(&self, what: Recorded<'_>) {
        let recorders = self.doc.recorders.try_get_value().unwrap_or_default();
        for recorder in recorders {
            recorder(what);
        }
    }

    /// This editor's saves on this device; `None` when the host turned autosave off.
    pub fn device(&self) -> Option<Rc<dyn DeviceStore>> {
        self.doc.device.get_value()
    }

    /// Why the latest edit was refused, once: `None` when it was applied.
    pub fn take_refusal(&self) -> Option<EditError> {
        self.doc.refusal.try_update_value(Option::take).flatten()
    }

    /// A DOM id unique to this editor, for `id`/`for`/`aria-*` references.
    pub fn dom_id(&self, local: &str) -> String {
        format!("hp{}-{local}", self.instance)
    }

    /// The strings of the current language (tracked).
    pub fn texts(&self) -> &'static Texts {
        self.host.texts()
    }

    /// Applies one edit as the current actor. A refused edit leaves the plan untouched
    /// and is announced. Keystrokes into one field form one undo step (`History::apply_typing`).
    pub fn edit(&self, edit: Edit) -> Result<(), EditError> {
        if self.host.read_only.get_untracked() {
            let err = EditError::Locked {
                version: self.plan.with_untracked(|p| p.version),
            };
            // Not "approved and locked": the host shows this plan read-only.
            let lang = self.host.lang.get_untracked();
            self.announce((lang.texts().edit_refused)(lang.sync().read_only));
            self.doc.refusal.set_value(Some(err.clone()));
            return Err(err);
        }
        let actor = self.host.actor.get_untracked();
        let record = self.records().then(|| edit.clone());
        let mut result = Ok(());
        self.doc.plan.update(|plan| {
            self.doc.history.update_value(|history| {
                result = history.apply_typing(plan, edit, &actor, Utc::now());
            })
        });
        // "Nothing changed" is no refusal worth a word (a field re-sent its own value).
        let refusal = result.as_ref().err().filter(|e| **e != EditError::NoChange);
        if let Some(err) = refusal {
            self.announce_error(err);
        }
        if let (Ok(()), Some(edit)) = (&result, record) {
            self.record(edit);
        }
        self.doc.refusal.set_value(refusal.cloned());
        self.refresh_history_flags();
        result
    }

    /// What a text field now holds, sent as a field edit: the one splice from the plan's
    /// text to `text` (UTF-16 offsets, as the browser counts), so co-authors typing in one
    /// field merge character by character. The same text again changes nothing.
    pub fn edit_text(
        &self,
        item: Option<ItemRef>,
        field: &str,
        text: String,
    ) -> Result<(), EditError> {
        let field = field.to_string();
        let current = self
            .plan
            .with_untracked(|p| crate::model::edit::field_text(p, item, &field));
        let edit = match current {
            Some(current) => match splice_between(&current, &text) {
                Some((at, delete, insert)) => Edit::SpliceText {
                    item,
                    field,
                    at,
                    delete,
                    insert,
                },
                None => return Ok(()),
            },
            // The item is gone (removed on another device): the model says so.
            None => Edit::SetField {
                item,
                field,
                value: serde_json::Value::String(text),
            },
        };
        self.edit(edit)
    }

    pub fn undo(&self) {
        self.step(true);
    }

    pub fn redo(&self) {
        self.step(false);
    }

    fn step(&self, undo: bool) {
        if self.host.read_only.get_untracked() {
            return;
        }
        let actor = self.host.actor.get_untracked();
        let texts = self.host.lang.get_untracked().texts();
        let mut outcome = Ok(false);
        let next = self
            .doc
            .history
            .with_value(|history| history.next_edit(undo).cloned());
        self.doc.plan.update(|plan| {
            self.doc.history.update_value(|history| {
                outcome = if undo {
                    history.undo(plan, &actor, Utc::now())
                } else {
                    history.redo(plan, &actor, Utc::now())
                };
            })
        });
        if let (Ok(true), Some(edit)) = (&outcome, next) {
            self.record(edit);
        }
        let message = match (outcome, undo) {
            (Ok(true), true) => texts.undone.to_string(),
            (Ok(true), false) => texts.redone.to_string(),
            (Ok(false), true) => texts.nothing_to_undo.to_string(),
            (Ok(false), false) => texts.nothing_to_redo.to_string(),
            (Err(err), _) => (texts.edit_refused)(&self.host.refusal(&err)),
        };
        self.announce(message);
        self.refresh_history_flags();
    }

    /// Shows a section and moves keyboard focus to its heading.
    pub fn show_section(&self, section: Section) {
        self.nav.section.set(section);
        let id = self.dom_id(&format!("{}-heading", section.key()));
        // After the section has rendered.
        request_animation_frame(move || focus_by_id(&id));
    }

    /// Why a section's fields cannot be changed, in words: the section's own "approved and
    /// locked" note for a locked version, or the read-only sentence when the host shows a
    /// plan that is not locked read-only (it may be a draft: never call it approved).
    pub fn lock_note(&self, locked_note: &'static str) -> &'static str {
        if !self.plan.with(|p| p.locked) && self.host.read_only.get() {
            self.host.lang.get().sync().read_only
        } else {
            locked_note
        }
    }

    /// Opens the section that shows an item, reveals it there and moves focus to it
    /// (to its card's heading).
    pub fn open_item(&self, item: ItemRef) {
        let (section, local) = match item {
            ItemRef::Goal(id) => (Section::Goals, format!("goal-{id}-heading")),
            ItemRef::Intervention(id) => (Section::Interventions, format!("iv-{id}-heading")),
            ItemRef::FollowUp(id) => (Section::FollowUps, format!("follow-up-{id}")),
            ItemRef::Person(id) => (Section::People, format!("person-{id}")),
            ItemRef::Consent(id) => (Section::Consents, format!("consent-{id}")),
            ItemRef::LinkedPlan(id) => (Section::LinkedPlans, format!("linked-plan-{id}")),
            ItemRef::AssessmentEntry(id) => (Section::Assessment, format!("assessment-{id}-text")),
            ItemRef::KnownFact(id) => (Section::Assessment, format!("known-{id}-what")),
            _ => return,
        };
        self.nav.print_all.set(false);
        self.nav.section.set(section);
        self.nav.reveal.set(Some(item));
        let id = self.dom_id(&local);
        let fallback = self.dom_id(&format!("{}-heading", section.key()));
        // Two frames: the section renders, then the revealed card (after "show more").
        request_animation_frame(move || {
            request_animation_frame(move || {
                if element_by_id(&id).is_some() {
                    focus_by_id(&id);
                    if let Some(el) = element_by_id(&id) {
                        el.scroll_into_view();
                    }
                } else {
                    focus_by_id(&fallback);
                }
            })
        });
    }

    /// Says, politely and in words, why an edit was refused.
    pub fn announce_error(&self, err: &EditError) {
        let lang = self.host.lang.get_untracked();
        self.status.announcement.set((lang.texts().edit_refused)(
            &lang.edit_error(err, self.host.voice_untracked()),
        ));
    }

    /// Announces a status message to screen readers (and shows it in the status line).
    /// The message stays on screen for a few seconds; a newer one replaces it.
    pub fn announce(&self, message: impl Into<String>) {
        self.status.announce(message);
    }

    /// Offers a plan from a file or a sample: replaces an empty plan at once, and asks first
    /// when the current plan has content.
    pub fn offer_plan(&self, plan: Plan) {
        self.status.import_errors.set(None);
        if self.plan.with_untracked(Plan::is_blank) {
            self.load_plan(plan);
        } else {
            self.status.pending_replace.set(Some(plan));
            let id = self.dom_id("replace-heading");
            request_animation_frame(move || focus_by_id(&id));
        }
    }

    /// Tells the user what merging another device's changes did (shown near the top, in
    /// a polite live region, until closed). A newer loss of the same field replaces the
    /// older notice: its value is the one to offer back. Give only what is new: the repair
    /// pass reports the same mend on every read until someone edits the plan.
    pub fn tell_merge(&self, notices: Vec<MergeNotice>) {
        if notices.is_empty() {
            return;
        }
        self.status.merge_notices.update(|shown| {
            for notice in notices {
                if let MergeNotice::Lost(lost) = &notice {
                    shown.retain(|old| {
                        !matches!(old, MergeNotice::Lost(o) if o.item == lost.item && o.field == lost.field)
                    });
                }
                if !shown.contains(&notice) {
                    shown.push(notice);
                }
            }
        });
    }

    /// Replaces the plan with the one waiting for confirmation.
    pub fn confirm_replace(&self) {
        if let Some(plan) = self.status.pending_replace.get_untracked() {
            self.status.pending_replace.set(None);
            self.load_plan(plan);
        }
    }

    fn load_plan(&self, plan: Plan) {
        let lang = self.host.lang.get_untracked();
        let title = if plan.title.trim().is_empty() {
            lang.texts().untitled_plan.to_string()
        } else {
            plan.title.clone()
        };
        self.replace_plan(plan);
        self.nav
            .section
            .set(self.plan.with_untracked(Section::start_for));
        self.announce((lang.files().loaded)(&title));
    }

    /// Shows why a file could not be imported; the current plan stays as it is.
    pub fn report_import_errors(&self, file_name: String, errors: Vec<crate::format::FormatError>) {
        self.status.pending_replace.set(None);
        self.status.import_errors.set(Some((file_name, errors)));
        let id = self.dom_id("import-errors");
        request_animation_frame(move || focus_by_id(&id));
    }

    /// Replaces the whole plan (import, load sample) and starts a fresh history. In workshop
    /// mode every plan that comes in is marked as an exercise (a file opened from the menu
    /// too), so its exports say so.
    pub fn replace_plan(&self, mut plan: Plan) {
        if self.host.mode.get_untracked() == super::mode::Mode::Workshop {
            plan.exercise = true;
        }
        self.doc.history.set_value(History::default());
        self.doc.plan.set(plan);
        self.refresh_history_flags();
        if let Some(device) = self.device() {
            device.replaced();
        }
        self.tell_recorders(Recorded::Replaced);
    }

    /// Takes a newer copy of the plan that another editor on this device saved (with this
    /// editor's unsaved edits replayed on it). Not an edit of this editor's user: nothing
    /// is recorded. The undo stack stays: its steps are inverse edits of single items, so
    /// undo still reverts this editor's own changes (one that no longer fits is refused).
    pub fn follow_plan(&self, plan: Plan) {
        // The undo stack keeps to this user's own edits: steps are moved past the others'
        // typing, and what someone else changed since is not undone (History::rebase_remote).
        self.doc.plan.with_untracked(|old| {
            self.doc
                .history
                .update_value(|history| history.rebase_remote(old, &plan));
        });
        self.doc.plan.set(plan);
        self.refresh_history_flags();
    }

    /// Shows the plan as co-authors on other devices made it (live co-authoring): not an
    /// edit of this user, so nothing is recorded and the undo stack stays (as
    /// [`EditorState::follow_plan`]). `author` made the newest of those changes; the host's
    /// `plan-change` names them ([`EditorState::remote_author`]).
    pub fn follow_remote(&self, plan: Plan, author: Option<Actor>) {
        let mark = crate::model::change_log::mark(&plan.change_log);
        self.doc.remote_mark.set_value(Some((mark, author)));
        self.follow_plan(plan);
    }

    /// Who made the latest change, when it came from another device: the plan's change
    /// log still ends where the latest remote plan left it.
    pub fn remote_author(&self, mark: &crate::model::change_log::Mark) -> Option<Actor> {
        self.doc.remote_mark.with_value(|remote| {
            remote
                .as_ref()
                .filter(|(remote, _)| remote == mark)
                .and_then(|(_, author)| author.clone())
        })
    }

    /// Tells autosave (and the server sync) about a local edit, to replay if another editor
    /// (or device) saved meanwhile.
    fn record(&self, edit: Edit) {
        self.tell_recorders(Recorded::Edit(&edit));
        if let Some(device) = self.device() {
            device.edited(edit);
        }
    }

    pub fn set_role(&self, role: Role) {
        if !self.host.role_fixed.get_untracked() {
            self.host.actor.update(|actor| actor.role = role);
        }
    }

    fn refresh_history_flags(&self) {
        self.doc.history.with_value(|history| {
            self.doc.can_undo.set(history.can_undo());
            self.doc.can_redo.set(history.can_redo());
        });
    }
}

/// Plans with more interventions than this get their findings after a pause in typing.
const SETTLE_ABOVE: usize = 150;
const SETTLE_MS: u64 = 400;

/// The trigger the findings and problems memos follow: it fires at once on every change of
/// an ordinary plan, and for large ones only after edits have paused for [`SETTLE_MS`].
fn settle(plan: RwSignal<Plan>) -> RwSignal<u64> {
    let settled = RwSignal::new(0u64);
    let pending = StoredValue::new(0u64);
    Effect::new(move |previous: Option<()>| {
        let large = plan.with(|p| p.interventions.len() > SETTLE_ABOVE);
        if previous.is_none() || !large {
            settled.update(|n| *n += 1);
            return;
        }
        after_pause(pending, SETTLE_MS, move || settled.update(|n| *n += 1));
    });
    settled
}

/// The editor state provided by the root component.
pub fn use_editor() -> EditorState {
    expect_context::<EditorState>()
}

/// What the host decides, for a component that needs nothing else.
pub fn use_host() -> HostSettings {
    expect_context::<HostSettings>()
}

/// Where the user is, for a component that needs nothing else.
pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

/// What the editor tells the user, for a component that needs nothing else.
pub fn use_status() -> Status {
    expect_context::<Status>()
}

impl Section {
    /// Where the editor opens: the overview once the plan has content, else "About me".
    pub fn start_for(plan: &Plan) -> Section {
        if plan.is_blank() {
            Section::AboutMe
        } else {
            Section::Overview
        }
    }
}

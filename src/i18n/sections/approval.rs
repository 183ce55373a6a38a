//! Strings of the approval part of the editor, Danish and English side by side.

use crate::i18n::{Lang, Voiced};

pub struct ApprovalTexts {
    pub intro: Voiced<&'static str>,
    pub version_heading: fn(u32) -> String,
    pub status_none: &'static str,
    pub approved_by: fn(&str, &str) -> String,
    pub not_yet_by_citizen: Voiced<&'static str>,
    pub not_yet_by_caseworker: &'static str,
    pub approve_as_citizen: &'static str,
    pub approve_as_caseworker: &'static str,
    pub revoke: &'static str,
    pub only_citizen_hint: &'static str,
    pub only_caseworker_hint: &'static str,
    pub locked_heading: fn(u32) -> String,
    pub locked_text: fn(&str) -> String,
    pub start_new_version: &'static str,
    pub started_new_version: fn(u32) -> String,
    pub approved_announcement: &'static str,
    pub before_approving: &'static str,
    pub disagreements: Voiced<fn(usize) -> String>,
    pub not_asked: Voiced<fn(usize) -> String>,
    pub all_agreed: Voiced<&'static str>,
    pub changes_withdraw: &'static str,
    pub earlier_versions: &'static str,
    pub earlier_version_line: fn(u32, &str) -> String,
    pub locked_banner: fn(u32, &str) -> String,
}

static DA: ApprovalTexts = ApprovalTexts {
    intro: Voiced {
        citizen: "Når I begge er enige om planen, godkender du og sagsbehandleren den hver for sig. Så bliver denne version låst og dateret.",
        professional: "Når I begge er enige om planen, godkender borgeren og sagsbehandleren den hver for sig. Så bliver denne version låst og dateret.",
    },
    version_heading: |v| format!("Version {v}"),
    status_none: "Planen er ikke godkendt endnu.",
    approved_by: |who, when| format!("Godkendt af {who}, {when}"),
    not_yet_by_citizen: Voiced { citizen: "Du har ikke godkendt endnu.", professional: "Borgeren har ikke godkendt endnu." },
    not_yet_by_caseworker: "Sagsbehandleren har ikke godkendt endnu.",
    approve_as_citizen: "Godkend som borger",
    approve_as_caseworker: "Godkend som sagsbehandler",
    revoke: "Træk min godkendelse tilbage",
    only_citizen_hint: "Kun borgeren kan godkende som borger. Skift under \u{201c}Hvem skriver?\u{201d}.",
    only_caseworker_hint: "Kun en sagsbehandler kan godkende som sagsbehandler. Skift under \u{201c}Hvem skriver?\u{201d}.",
    locked_heading: |v| format!("Version {v} er godkendt og låst"),
    locked_text: |when| format!("Låst {when}. Planen kan ikke ændres. Vil I ændre noget, så start en ny version: den gamle gemmes."),
    start_new_version: "Start en ny version",
    started_new_version: |v| format!("Version {v} er startet. I kan nu ændre planen."),
    approved_announcement: "Godkendelsen er registreret.",
    before_approving: "Før I godkender",
    disagreements: Voiced {
        citizen: |n| if n == 1 { "Du er uenig i 1 punkt.".to_string() } else { format!("Du er uenig i {n} punkter.") },
        professional: |n| if n == 1 { "Borgeren er uenig i 1 punkt.".to_string() } else { format!("Borgeren er uenig i {n} punkter.") },
    },
    not_asked: Voiced {
        citizen: |n| if n == 1 { "Du har ikke sagt din mening om 1 punkt.".to_string() } else { format!("Du har ikke sagt din mening om {n} punkter.") },
        professional: |n| if n == 1 { "Borgeren er ikke spurgt om 1 punkt.".to_string() } else { format!("Borgeren er ikke spurgt om {n} punkter.") },
    },
    all_agreed: Voiced { citizen: "Du er enig i alle mål og indsatser.", professional: "Borgeren er enig i alle mål og indsatser." },
    changes_withdraw: "Hvis nogen ændrer planen, før begge har godkendt, skal den godkendes igen.",
    earlier_versions: "Tidligere versioner",
    earlier_version_line: |v, when| format!("Version {v}, låst {when}"),
    locked_banner: |v, when| format!("Version {v} er godkendt af begge og låst {when}. Du kan læse den, men ikke ændre den."),
};

static EN: ApprovalTexts = ApprovalTexts {
    intro: Voiced {
        citizen: "When you both agree on the plan, you and the caseworker each approve it. This version is then locked and dated.",
        professional: "When you both agree on the plan, the citizen and the caseworker each approve it. This version is then locked and dated.",
    },
    version_heading: |v| format!("Version {v}"),
    status_none: "The plan is not approved yet.",
    approved_by: |who, when| format!("Approved by {who}, {when}"),
    not_yet_by_citizen: Voiced { citizen: "You have not approved yet.", professional: "The citizen has not approved yet." },
    not_yet_by_caseworker: "The caseworker has not approved yet.",
    approve_as_citizen: "Approve as citizen",
    approve_as_caseworker: "Approve as caseworker",
    revoke: "Take back my approval",
    only_citizen_hint: "Only the citizen can approve as citizen. Switch under \u{201c}Who is writing?\u{201d}.",
    only_caseworker_hint: "Only a caseworker can approve as caseworker. Switch under \u{201c}Who is writing?\u{201d}.",
    locked_heading: |v| format!("Version {v} is approved and locked"),
    locked_text: |when| format!("Locked {when}. The plan cannot be changed. To change something, start a new version: the old one is kept."),
    start_new_version: "Start a new version",
    started_new_version: |v| format!("Version {v} has started. You can now change the plan."),
    approved_announcement: "The approval is recorded.",
    before_approving: "Before you approve",
    disagreements: Voiced {
        citizen: |n| if n == 1 { "You disagree with 1 item.".to_string() } else { format!("You disagree with {n} items.") },
        professional: |n| if n == 1 { "The citizen disagrees with 1 item.".to_string() } else { format!("The citizen disagrees with {n} items.") },
    },
    not_asked: Voiced {
        citizen: |n| if n == 1 { "You have not given your view on 1 item.".to_string() } else { format!("You have not given your view on {n} items.") },
        professional: |n| if n == 1 { "The citizen has not been asked about 1 item.".to_string() } else { format!("The citizen has not been asked about {n} items.") },
    },
    all_agreed: Voiced { citizen: "You agree with every goal and intervention.", professional: "The citizen agrees with every goal and intervention." },
    changes_withdraw: "If anyone changes the plan before both have approved, it must be approved again.",
    earlier_versions: "Earlier versions",
    earlier_version_line: |v, when| format!("Version {v}, locked {when}"),
    locked_banner: |v, when| format!("Version {v} is approved by both and locked {when}. You can read it but not change it."),
};

impl Lang {
    pub fn approval(self) -> &'static ApprovalTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}

//! Names of things a plan refers to: catalogue entries (life areas, intervention types,
//! legal bases) and the people who wrote or rated something. Here rather than in one
//! section, because several sections show the same name and must show it the same way.

use std::sync::OnceLock;

use super::Lang;
use crate::model::catalogue::Label;
use crate::model::{Actor, Catalogue};

/// The catalogues that ship with the editor, parsed once: names for codes the current
/// catalogue does not know (e.g. a family plan's ICS areas under the adult catalogue).
fn builtin() -> &'static [Catalogue; 2] {
    static BUILTIN: OnceLock<[Catalogue; 2]> = OnceLock::new();
    BUILTIN.get_or_init(|| [Catalogue::default_adult(), Catalogue::children()])
}

impl Lang {
    /// A catalogue entry's label in this language.
    pub fn catalogue_label(self, label: &Label) -> &str {
        match self {
            Lang::Da => &label.da,
            Lang::En => &label.en,
        }
    }

    /// A life area's name in this language: from `catalogue`, else from the built-in
    /// catalogues; a code none of them knows is shown as it is.
    pub fn life_area_name(self, catalogue: &Catalogue, code: &str) -> String {
        std::iter::once(catalogue)
            .chain(builtin().iter())
            .find_map(|c| c.life_area(code))
            .map(|a| self.catalogue_label(&a.label).to_string())
            .unwrap_or_else(|| code.to_string())
    }

    /// Who wrote or rated something: "Maria Hansen (Borger)", or just "Borger" without a name.
    pub fn actor_name(self, actor: &Actor) -> String {
        if actor.name.trim().is_empty() {
            self.role(actor.role).to_string()
        } else {
            format!("{} ({})", actor.name, self.role(actor.role))
        }
    }
}

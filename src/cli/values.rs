//! Clap adaptors for the domain's enums.

use crate::domain::{
    CsvKind, DeclarationType, Document, FormKind, GroupKind, ProfileKind, ServiceKind,
};

/// The command line names a domain enum by its text (`domain::kinds`), with the help shown
/// in `--help`, the man page and completion. Clap's own derive would put clap in `domain/`.
macro_rules! value_enum {
    ($ty:ident { $($variant:ident $(=> $help:literal)?),+ $(,)? }) => {
        impl clap::ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                &[$($ty::$variant),+]
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                let value = clap::builder::PossibleValue::new(self.as_str());
                Some(match self {
                    $($ty::$variant => value $(.help($help))?,)+
                })
            }
        }
    };
}

value_enum!(GroupKind {
    Declarer => "Déclarer: the people who declare (FDA, FDF, approver)",
    Habiliter => "Habiliter: the people who give Afas profiles to members of `declarer`",
});
value_enum!(Document {
    Convention => "The access agreement",
    Contrat => "The Afas service contract",
    Bulletin => "The subscription form that designates the administrators",
});
value_enum!(ServiceKind {
    Alsh => "Accueil de loisirs sans hébergement",
    Ram => "Relais assistants maternels",
});
value_enum!(ProfileKind {
    Fda => "Fournisseur de données d'activité: at service level, or at one site (--site)",
    Fdf => "Fournisseur de données financières: service level only",
    Approbateur => "The approver, who checks and transmits: service level only, one per service",
});
value_enum!(DeclarationType {
    Previsionnel,
    Actualise,
    Reel
});
value_enum!(FormKind {
    Activity => "Activity data (one form per site, or one for the service)",
    Financial => "Financial data",
});
value_enum!(CsvKind {
    Partners,
    Accounts,
    Groups,
    Services,
    Sites,
    Profiles
});

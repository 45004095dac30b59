//! The closed sets of the domain (kinds, types, states) as enums, each with the one text
//! that names it on the command line, in the store, in JSON and in CSV.
//!
//! Their SQL conversions live in `store/`, their clap adaptors in `cli.rs`: this module
//! knows neither.

use std::fmt;

/// Declares a fieldless enum whose variants each have one text: `as_str`, `parse` (exact
/// text), `ALL` (in declaration order), `Display` and `Serialize` as that text.
macro_rules! named {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The variant named exactly `text`.
            pub fn from_text(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

named! {
    /// The two Afas groups every open partner needs.
    pub enum GroupKind {
        /// Déclarer: the people who declare (FDA, FDF, approver).
        Declarer = "declarer",
        /// Habiliter: the people who give Afas profiles to members of `declarer`.
        Habiliter = "habiliter",
    }
}

named! {
    /// The three documents a partner signs.
    pub enum Document {
        /// The access agreement.
        Convention = "convention",
        /// The Afas service contract.
        Contrat = "contrat",
        /// The subscription form that designates the administrators.
        Bulletin = "bulletin",
    }
}

named! {
    /// The kinds of service (équipement) Afas declares for.
    pub enum ServiceKind {
        /// Accueil de loisirs sans hébergement
        Alsh = "alsh",
        /// Relais assistants maternels
        Ram = "ram",
    }
}

named! {
    /// The three Afas profiles.
    pub enum ProfileKind {
        /// Fournisseur de données d'activité: at service level, or at one site (--site).
        Fda = "fda",
        /// Fournisseur de données financières: service level only.
        Fdf = "fdf",
        /// The approver, who checks and transmits: service level only, one per service.
        Approbateur = "approbateur",
    }
}

named! {
    /// What a call asks the partners to declare.
    pub enum DeclarationType {
        Previsionnel = "previsionnel",
        Actualise = "actualise",
        Reel = "reel",
    }
}

named! {
    /// The forms of a declaration.
    pub enum FormKind {
        /// Activity data (one form per site, or one for the service)
        Activity = "activity",
        /// Financial data
        Financial = "financial",
    }
}

named! {
    /// Where a declaration stands (SPEC §1 "Calls and declarations").
    pub enum DeclarationState {
        ASaisir = "a-saisir",
        SaisieEnCours = "saisie-en-cours",
        EnCoursApprobation = "en-cours-approbation",
        TransmiseCaf = "transmise-caf",
        ARevoir = "a-revoir",
    }
}

named! {
    /// Where one form of a declaration stands.
    pub enum FormState {
        ASaisir = "a-saisir",
        EnCours = "en-cours",
        Complet = "complet",
        Renvoye = "renvoye",
        NonDemande = "non-demande",
    }
}

named! {
    /// Whether a call still takes entries.
    pub enum CallStatus {
        Open = "open",
        Closed = "closed",
    }
}

named! {
    /// The six import and export formats, in import order.
    pub enum CsvKind {
        Partners = "partners",
        Accounts = "accounts",
        Groups = "groups",
        Services = "services",
        Sites = "sites",
        Profiles = "profiles",
    }
}

impl CsvKind {
    /// The columns, in the order export writes them.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            CsvKind::Partners => &[
                "code",
                "name",
                "siret",
                "caf_code",
                "convention",
                "contrat",
                "bulletin",
            ],
            CsvKind::Accounts => &[
                "login",
                "partner",
                "first_name",
                "last_name",
                "email",
                "admin",
            ],
            CsvKind::Groups => &["partner", "group", "login", "manager"],
            CsvKind::Services => &["code", "partner", "kind", "name"],
            CsvKind::Sites => &["service", "code", "name", "address"],
            CsvKind::Profiles => &["login", "profile", "service", "site"],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_reads_back_from_its_text() {
        for s in DeclarationState::ALL {
            assert_eq!(DeclarationState::from_text(s.as_str()), Some(*s));
        }
        for s in FormState::ALL {
            assert_eq!(FormState::from_text(s.as_str()), Some(*s));
        }
        assert_eq!(ProfileKind::from_text("approver"), None);
        assert_eq!(
            serde_json::to_string(&FormState::NonDemande)
                .ok()
                .as_deref(),
            Some("\"non-demande\"")
        );
    }
}

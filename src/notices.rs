//! Every e-mail afas writes, as pure functions that return (subject, body). The commands
//! queue them in the outbox, in the transaction of the change they tell of; `outbox send`
//! delivers them later.

use crate::domain::call::Recipient;
use crate::domain::declaration::Declaration;
use crate::domain::records::{Account, Partner, Workshop};

/// (subject, body)
pub type Notice = (String, String);

/// A call opens: to each profile holder of its services, once, listing them all.
pub fn call_opened(to: &Recipient, call: &str, deadline: &str) -> Notice {
    (
        format!("Afas : appel de déclaration {call}"),
        call_body(to, "La Caf ouvre un appel de déclaration pour", deadline),
    )
}

/// `call remind`: to each holder of a service whose declaration is not transmitted yet.
pub fn call_reminder(to: &Recipient, call: &str, deadline: &str) -> Notice {
    (
        format!("Afas : rappel, déclaration à transmettre ({call})"),
        call_body(
            to,
            "Rappel : ces déclarations ne sont pas encore transmises à la Caf",
            deadline,
        ),
    )
}

fn call_body(to: &Recipient, intro: &str, deadline: &str) -> String {
    let services: Vec<String> = to
        .services
        .iter()
        .map(|(code, name, id)| format!("  - {code} {name} (déclaration {id})"))
        .collect();
    format!(
        "Bonjour {} {},\n\n{intro} :\n{}\n\n\
         Connectez-vous sur mon-compte-partenaire (service Afas) pour télé-déclarer \
         vos données avant le {deadline}.\n",
        to.first_name,
        to.last_name,
        services.join("\n")
    )
}

/// The Caf sends a transmitted declaration back: to the service's approver.
pub fn declaration_sent_back(to: &Account, d: &Declaration, reason: &str) -> Notice {
    let id = d.id;
    (
        format!("Afas : déclaration {} à revoir ({})", id, d.service),
        format!(
            "Bonjour {} {},\n\nLa Caf vous renvoie pour correction la déclaration {id} \
             ({}, {} – appel {}).\n\nMotif : {reason}\n\n\
             Corrigez-la puis transmettez-la de nouveau.\n",
            to.first_name, to.last_name, d.service, d.service_name, d.call
        ),
    )
}

/// What a receipt says of the declaration the Caf received: when, by whom, its totals and
/// the controls that fired, as `declaration show` computes them.
pub struct Synthesis<'a> {
    pub at: &'a str,
    pub by: &'a str,
    /// Total hours (alsh) or ETP (ram), when entered.
    pub activity_total: Option<&'a str>,
    /// (charges, products, result) in euros, when the financial data is asked for.
    pub financial: Option<(&'a str, &'a str, &'a str)>,
    /// (code, message, justification) of each control that fired.
    pub controls: Vec<(&'a str, &'a str, Option<&'a str>)>,
}

/// A declaration is transmitted: the receipt (accusé de réception), to its approver and to
/// every holder of a profile on its service.
pub fn declaration_received(to: &Account, d: &Declaration, s: &Synthesis) -> Notice {
    let id = d.id;
    let mut totals = Vec::new();
    if let Some(a) = s.activity_total {
        let what = match d.service_kind {
            crate::domain::ServiceKind::Ram => "ETP d'animation",
            crate::domain::ServiceKind::Alsh => "Heures d'activité",
        };
        totals.push(format!("  - {what} : {a}"));
    }
    if let Some((c, p, r)) = s.financial {
        totals.push(format!(
            "  - Charges : {c} € · Produits : {p} € · Résultat : {r} €"
        ));
    }
    if totals.is_empty() {
        totals.push("  - (aucune donnée)".into());
    }
    let controls: Vec<String> = if s.controls.is_empty() {
        vec!["  - aucun contrôle ne s'est déclenché".into()]
    } else {
        s.controls
            .iter()
            .map(|(code, message, justification)| {
                format!(
                    "  - {code} : {message}\n    Justification : {}",
                    justification.unwrap_or("(aucune)")
                )
            })
            .collect()
    };
    (
        format!(
            "Afas : accusé de réception de la déclaration {id} ({})",
            d.service
        ),
        format!(
            "Bonjour {} {},\n\nLa Caf a bien reçu la déclaration {id} ({}, {} – appel {}), \
             transmise le {} par {}.\n\nSynthèse :\n{}\n\nContrôles de cohérence :\n{}\n\n\
             Ce message est un accusé de réception : vous n'avez rien à faire.\n",
            to.first_name,
            to.last_name,
            d.service,
            d.service_name,
            d.call,
            s.at,
            s.by,
            totals.join("\n"),
            controls.join("\n"),
        ),
    )
}

/// `group notify`: the manager of declarer (`from`) tells the manager of habiliter (`to`)
/// that its `members` are registered and wait for their profiles.
pub fn declarer_group_ready(
    to: &Account,
    from: &Account,
    partner: &Partner,
    members: &[String],
) -> Notice {
    let members: Vec<String> = members.iter().map(|m| format!("  - {m}")).collect();
    (
        format!("Afas : le groupe Déclarer de {} est prêt", partner.name),
        format!(
            "Bonjour {} {},\n\n\
             {} {}, responsable du groupe « Déclarer » de {} ({}), a terminé d'y enregistrer les \
             utilisateurs du service Afas :\n{}\n\n\
             Vous pouvez maintenant leur attribuer les profils (FDA, FDF, approbateur).\n",
            to.first_name,
            to.last_name,
            from.first_name,
            from.last_name,
            partner.name,
            partner.code,
            members.join("\n"),
        ),
    )
}

/// `workshop register`: to the person registered, with the session's date and place, and
/// who registered them when it was someone else (an administrator, a Caf agent).
pub fn workshop_registered(to: &Account, w: &Workshop, by: Option<&Account>) -> Notice {
    let date = french_date(&w.date);
    let by = match by {
        Some(b) if b.login != to.login => {
            format!(
                "\nInscription faite par {} {}.\n",
                b.first_name, b.last_name
            )
        }
        _ => String::new(),
    };
    (
        format!("Afas : inscription à l'atelier du {date}"),
        format!(
            "Bonjour {} {},\n\nVous êtes inscrit(e) à l'atelier d'accompagnement personnalisé \
             du service Afas (atelier {}) :\n  - date : {date}\n  - lieu : {}\n{by}\n\
             Si vous ne pouvez pas venir, libérez votre place pour un autre gestionnaire : \
             afas workshop unregister {} {}\n",
            to.first_name, to.last_name, w.id, w.place, w.id, to.login
        ),
    )
}

/// YYYY-MM-DD as French readers write it, DD/MM/YYYY.
fn french_date(iso: &str) -> String {
    match (iso.get(..4), iso.get(5..7), iso.get(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_lists_every_service_of_its_recipient() {
        let to = Recipient {
            login: "DUBOIS01".into(),
            first_name: "Jean".into(),
            last_name: "Dubois".into(),
            email: "j.dubois@example.fr".into(),
            services: vec![
                ("SC1".into(), "Centre A".into(), 1),
                ("SC2".into(), "Centre B".into(), 2),
            ],
        };
        let (subject, body) = call_opened(&to, "reel-2025-alsh", "2026-12-15");
        assert_eq!(subject, "Afas : appel de déclaration reel-2025-alsh");
        assert_eq!(
            body,
            "Bonjour Jean Dubois,\n\nLa Caf ouvre un appel de déclaration pour :\n  \
             - SC1 Centre A (déclaration 1)\n  - SC2 Centre B (déclaration 2)\n\n\
             Connectez-vous sur mon-compte-partenaire (service Afas) pour télé-déclarer vos \
             données avant le 2026-12-15.\n"
        );
        let (subject, body) = call_reminder(&to, "reel-2025-alsh", "2026-12-15");
        assert_eq!(
            subject,
            "Afas : rappel, déclaration à transmettre (reel-2025-alsh)"
        );
        assert!(body.contains(
            "Rappel : ces déclarations ne sont pas encore transmises à la Caf :\n  - SC1"
        ));
    }

    fn account(login: &str, first_name: &str, last_name: &str) -> Account {
        Account {
            login: login.into(),
            partner: Some("2016-00123".into()),
            caf_code: None,
            role: "user".into(),
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: format!("{login}@example.fr"),
            admin: false,
            status: "active".into(),
            groups: Vec::new(),
            manages: Vec::new(),
            created_at: "2025-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn a_declaration_sent_back_says_why() {
        let d = crate::domain::declaration::tests::declaration(
            crate::domain::DeclarationState::ARevoir,
        );
        let (subject, body) =
            declaration_sent_back(&account("DUBOIS01", "Jean", "Dubois"), &d, "heures");
        assert_eq!(subject, "Afas : déclaration 1 à revoir (SVC)");
        assert_eq!(
            body,
            "Bonjour Jean Dubois,\n\nLa Caf vous renvoie pour correction la déclaration 1 \
             (SVC, Centre – appel reel-2019-alsh).\n\nMotif : heures\n\n\
             Corrigez-la puis transmettez-la de nouveau.\n"
        );
    }

    #[test]
    fn a_receipt_gives_the_synthesis_and_the_justifications() {
        let d = crate::domain::declaration::tests::declaration(
            crate::domain::DeclarationState::TransmiseCaf,
        );
        let s = Synthesis {
            at: "2025-03-01T10:00:00Z",
            by: "DUBOIS01",
            activity_total: Some("2000.00"),
            financial: Some(("15000.00", "10000.00", "-5000.00")),
            controls: vec![("DEFICIT", "déficit de 33 %", Some("subvention"))],
        };
        let (subject, body) = declaration_received(&account("ROUX01", "Anne", "Roux"), &d, &s);
        assert_eq!(
            subject,
            "Afas : accusé de réception de la déclaration 1 (SVC)"
        );
        assert_eq!(
            body,
            "Bonjour Anne Roux,\n\nLa Caf a bien reçu la déclaration 1 (SVC, Centre – appel \
             reel-2019-alsh), transmise le 2025-03-01T10:00:00Z par DUBOIS01.\n\nSynthèse :\n  \
             - Heures d'activité : 2000.00\n  - Charges : 15000.00 € · Produits : 10000.00 € · \
             Résultat : -5000.00 €\n\nContrôles de cohérence :\n  - DEFICIT : déficit de 33 %\n    \
             Justification : subvention\n\n\
             Ce message est un accusé de réception : vous n'avez rien à faire.\n"
        );
        let quiet = Synthesis {
            activity_total: None,
            financial: None,
            controls: vec![],
            ..s
        };
        let (_, body) = declaration_received(&account("ROUX01", "Anne", "Roux"), &d, &quiet);
        assert!(body.contains("Synthèse :\n  - (aucune donnée)"), "{body}");
        assert!(
            body.contains("  - aucun contrôle ne s'est déclenché"),
            "{body}"
        );
    }

    #[test]
    fn the_declarer_group_is_ready() {
        let partner = Partner {
            code: "2016-00123".into(),
            name: "Mairie".into(),
            siret: String::new(),
            caf_code: String::new(),
            status: "open".into(),
            convention: None,
            contrat: None,
            bulletin: None,
            created_at: String::new(),
        };
        let (subject, body) = declarer_group_ready(
            &account("MARTIN01", "Anne", "Martin"),
            &account("DURAND01", "Paul", "Durand"),
            &partner,
            &["DUBOIS01".into(), "ROUX01".into()],
        );
        assert_eq!(subject, "Afas : le groupe Déclarer de Mairie est prêt");
        assert_eq!(
            body,
            "Bonjour Anne Martin,\n\nPaul Durand, responsable du groupe « Déclarer » de Mairie \
             (2016-00123), a terminé d'y enregistrer les utilisateurs du service Afas :\n  \
             - DUBOIS01\n  - ROUX01\n\n\
             Vous pouvez maintenant leur attribuer les profils (FDA, FDF, approbateur).\n"
        );
    }

    #[test]
    fn a_registration_is_confirmed_with_the_date_and_place() {
        let w = Workshop {
            id: 3,
            date: "2026-03-09".into(),
            place: "Caf, salle de formation".into(),
            capacity: 5,
            registered: 1,
            free: 4,
            created_by: "MARTIN01".into(),
            created_at: String::new(),
        };
        let me = account("DUBOIS01", "Jean", "Dubois");
        let (subject, body) = workshop_registered(&me, &w, Some(&me));
        assert_eq!(subject, "Afas : inscription à l'atelier du 09/03/2026");
        assert_eq!(
            body,
            "Bonjour Jean Dubois,\n\nVous êtes inscrit(e) à l'atelier d'accompagnement \
             personnalisé du service Afas (atelier 3) :\n  - date : 09/03/2026\n  \
             - lieu : Caf, salle de formation\n\nSi vous ne pouvez pas venir, libérez votre \
             place pour un autre gestionnaire : afas workshop unregister 3 DUBOIS01\n"
        );
        let (_, body) = workshop_registered(&me, &w, Some(&account("ADM1", "Anne", "Roux")));
        assert!(
            body.contains("\nInscription faite par Anne Roux.\n"),
            "{body}"
        );
    }
}

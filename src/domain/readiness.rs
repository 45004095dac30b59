//! Readiness (SPEC §1, `profile check`): what each open partner, service and site needs
//! before declarations can be made, found from facts the store counts in bulk.

use serde::Serialize;

use super::records::Holding;
use super::GroupKind;

/// A readiness problem found by `profile check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// The service has no approver.
    NoApprover,
    /// The service has no service-level FDA.
    NoFdaService,
    /// A site of the service has no FDA.
    NoFdaSite,
    /// The service has no FDF.
    NoFdf,
    /// A profile holder is suspended.
    HolderSuspended,
    /// An open partner has no active administrator.
    NoAdmin,
    /// An open partner lacks one of its two groups.
    MissingGroup,
    /// A group's manager is suspended: nobody manages it.
    ManagerSuspended,
}

impl Problem {
    pub fn code(self) -> &'static str {
        match self {
            Problem::NoApprover => "no_approver",
            Problem::NoFdaService => "no_fda_service",
            Problem::NoFdaSite => "no_fda_site",
            Problem::NoFdf => "no_fdf",
            Problem::HolderSuspended => "holder_suspended",
            Problem::NoAdmin => "no_admin",
            Problem::MissingGroup => "missing_group",
            Problem::ManagerSuspended => "manager_suspended",
        }
    }
}

/// The counts of active holders per profile of one service, as the store reads them.
#[derive(Clone, Copy, Debug, Default)]
pub struct ServiceHolders {
    pub approvers: usize,
    pub fda_service: usize,
    pub fdf: usize,
}

/// The minimums a service must meet to be ready (one approver, one service-level FDA,
/// one FDF; sites are checked one by one with `site_ready`). Only active holders count.
pub fn service_problems(h: ServiceHolders) -> Vec<Problem> {
    let mut problems = Vec::new();
    if h.approvers == 0 {
        problems.push(Problem::NoApprover);
    }
    if h.fda_service == 0 {
        problems.push(Problem::NoFdaService);
    }
    if h.fdf == 0 {
        problems.push(Problem::NoFdf);
    }
    problems
}

/// A site is ready with at least one active FDA of its own.
pub fn site_ready(active_fda: usize) -> bool {
    active_fda > 0
}

/// One open partner, as `profile check` sees it.
pub struct PartnerFacts {
    pub partner: String,
    pub active_admins: usize,
    /// The status of each group's manager (`active` or `suspended`); None: no such group.
    pub declarer_manager: Option<String>,
    pub habiliter_manager: Option<String>,
}

/// The active holders of each profile of one service.
pub struct ServiceFacts {
    pub partner: String,
    pub service: String,
    pub holders: ServiceHolders,
}

/// (partner, service, site, active FDA count) of one site.
pub type SiteFacts = (String, String, String, usize);

/// One thing `profile check` finds not ready.
#[derive(Debug, Serialize)]
pub struct Finding {
    pub partner: String,
    pub service: Option<String>,
    pub site: Option<String>,
    pub problem: &'static str,
    pub message: String,
    /// The command that fixes it (`todo` shows it; `profile check`'s columns stay as they
    /// were, its message already says what to do).
    #[serde(skip)]
    pub fix: String,
}

fn finding(
    partner: &str,
    service: Option<&str>,
    site: Option<&str>,
    problem: Problem,
    message: String,
    fix: String,
) -> Finding {
    Finding {
        partner: partner.to_string(),
        service: service.map(str::to_string),
        site: site.map(str::to_string),
        problem: problem.code(),
        message,
        fix,
    }
}

/// The profile a service-level problem asks for, as `profile grant` names it.
fn grant_fix(problem: Problem, service: &str) -> String {
    let profile = match problem {
        Problem::NoApprover => "approbateur",
        Problem::NoFdf => "fdf",
        _ => "fda",
    };
    format!("afas profile grant LOGIN {profile} --service {service}")
}

/// An open partner needs an active administrator, and its two groups each with an active
/// manager.
pub fn partner_findings(f: &PartnerFacts) -> Vec<Finding> {
    let mut out = Vec::new();
    let p = f.partner.as_str();
    if f.active_admins == 0 {
        out.push(finding(
            p,
            None,
            None,
            Problem::NoAdmin,
            "no active administrator: a Caf agent may name one (afas account admin LOGIN)".into(),
            "afas account admin LOGIN".into(),
        ));
    }
    for (kind, manager) in [
        (GroupKind::Declarer, &f.declarer_manager),
        (GroupKind::Habiliter, &f.habiliter_manager),
    ] {
        match manager.as_deref() {
            None => out.push(finding(
                p,
                None,
                None,
                Problem::MissingGroup,
                format!("no {kind} group: afas group create {p} {kind} --manager LOGIN"),
                format!("afas group create {p} {kind} --manager LOGIN"),
            )),
            Some("suspended") => out.push(finding(
                p,
                None,
                None,
                Problem::ManagerSuspended,
                format!("the manager of {kind} is suspended: name another (afas group manager)"),
                format!("afas group manager {p} {kind} LOGIN"),
            )),
            Some(_) => {}
        }
    }
    out
}

/// Everything not ready among the facts, by partner, service and site.
pub fn findings(
    partners: &[PartnerFacts],
    services: &[ServiceFacts],
    sites: &[SiteFacts],
    suspended: &[Holding],
) -> Vec<Finding> {
    let mut out: Vec<Finding> = partners.iter().flat_map(partner_findings).collect();
    for f in services {
        for problem in service_problems(f.holders) {
            let message = match problem {
                Problem::NoApprover => "no active approver (approbateur)",
                Problem::NoFdaService => "no active service-level FDA",
                Problem::NoFdf => "no active FDF",
                _ => "",
            };
            out.push(finding(
                &f.partner,
                Some(&f.service),
                None,
                problem,
                message.into(),
                grant_fix(problem, &f.service),
            ));
        }
    }
    for (partner, service, site, fda) in sites {
        if !site_ready(*fda) {
            out.push(finding(
                partner,
                Some(service),
                Some(site),
                Problem::NoFdaSite,
                format!("site {site} has no active FDA"),
                format!("afas profile grant LOGIN fda --service {service} --site {site}"),
            ));
        }
    }
    for h in suspended {
        out.push(finding(
            &h.partner,
            Some(&h.service),
            h.site.as_deref(),
            Problem::HolderSuspended,
            format!("{} holds {} but is suspended", h.login, h.profile),
            // Revoked rather than reactivated: the suspension was someone's decision.
            format!(
                "afas profile revoke {} {} --service {}{}",
                h.login,
                h.profile,
                h.service,
                h.site
                    .as_deref()
                    .map(|s| format!(" --site {s}"))
                    .unwrap_or_default()
            ),
        ));
    }
    out.sort_by(|a, b| (&a.partner, &a.service, &a.site).cmp(&(&b.partner, &b.service, &b.site)));
    out
}

impl super::access::OfPartner for Finding {
    fn partner(&self) -> Option<&str> {
        Some(&self.partner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readiness_minimums() {
        assert_eq!(
            service_problems(ServiceHolders::default()),
            vec![Problem::NoApprover, Problem::NoFdaService, Problem::NoFdf]
        );
        let ready = ServiceHolders {
            approvers: 1,
            fda_service: 1,
            fdf: 2,
        };
        assert!(service_problems(ready).is_empty());
        assert!(!site_ready(0));
        assert!(site_ready(1));
    }

    #[test]
    fn an_open_partner_needs_an_administrator_and_two_managed_groups() {
        let ready = PartnerFacts {
            partner: "P".into(),
            active_admins: 1,
            declarer_manager: Some("active".into()),
            habiliter_manager: Some("active".into()),
        };
        assert!(partner_findings(&ready).is_empty());
        let lacking = PartnerFacts {
            active_admins: 0,
            declarer_manager: None,
            habiliter_manager: Some("suspended".into()),
            ..ready
        };
        let problems: Vec<&str> = partner_findings(&lacking)
            .iter()
            .map(|f| f.problem)
            .collect();
        assert_eq!(problems, ["no_admin", "missing_group", "manager_suspended"]);
    }

    #[test]
    fn findings_come_by_partner_service_and_site() {
        let services = [ServiceFacts {
            partner: "A".into(),
            service: "S".into(),
            holders: ServiceHolders {
                approvers: 1,
                fda_service: 1,
                fdf: 0,
            },
        }];
        let sites = [("A".to_string(), "S".to_string(), "S1".to_string(), 0)];
        let partners = [PartnerFacts {
            partner: "B".into(),
            active_admins: 0,
            declarer_manager: Some("active".into()),
            habiliter_manager: Some("active".into()),
        }];
        let found = findings(&partners, &services, &sites, &[]);
        let problems: Vec<&str> = found.iter().map(|f| f.problem).collect();
        assert_eq!(problems, ["no_fdf", "no_fda_site", "no_admin"]);
        let fixes: Vec<&str> = found.iter().map(|f| f.fix.as_str()).collect();
        assert_eq!(
            fixes,
            [
                "afas profile grant LOGIN fdf --service S",
                "afas profile grant LOGIN fda --service S --site S1",
                "afas account admin LOGIN"
            ]
        );
    }
}

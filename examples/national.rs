//! A deterministic national-scale data set in the six import formats of `afas import`.
//!
//! ```sh
//! cargo run --release --example national -- --out DIR --seed 1
//! cargo run --release --example national -- --out DIR --partners 2000        # smaller
//! cargo run --release --example national -- --out DIR --accounts-only 1000000 # one file
//! ```
//!
//! At the default scale (`--partners 30000`) it writes 30 000 partners (all open), 150 000
//! accounts, both groups of every partner, 60 000 services, 120 000 sites and 300 000
//! profiles: per partner 5 accounts, 2 services and 20 profiles on average; per service 2
//! sites on average. Counts vary from one partner or service to the next, but in pairs, so
//! the totals are exact: accounts = 5 × partners, services = 2 × partners, sites = 2 ×
//! services, profiles = 5 × services.
//!
//! Every row passes the rules of the import: valid 14-digit Luhn SIRETs, Caf codes of the
//! 101 Cafs, logins of the generated form (3 letters, 6 digits, a check letter), at most two
//! administrators per partner, both groups with a manager, every account a member of
//! `declarer`, and per service exactly one approver, one FDF, one service-level FDA and one
//! FDA per site, all held by members of `declarer` of the service's partner. So every service
//! is ready and `afas profile check` finds nothing.
//!
//! `--alsh-percent 100` makes every service an ALSH, so that one call covers all of them
//! (the `call open` benchmark).
//!
//! `--accounts-only N` writes only `accounts.csv`, N rows spread over the partners of the
//! same scale (their codes depend on their rank only, not on the seed), for the import
//! benchmark: import `partners.csv` of the full set first, then this file.
//!
//! The only randomness is a splitmix64 generator seeded by `--seed`: the same arguments
//! always give the same bytes.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use afas::domain::{ids, luhn};
use clap::Parser;

#[derive(Parser)]
#[command(about = "Writes a national-scale data set for `afas import`")]
struct Args {
    /// The folder to write the CSV files into (created if missing)
    #[arg(long)]
    out: PathBuf,
    /// The seed of the generator: same seed, same files
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many partners; every other count follows from it
    #[arg(long, default_value_t = 30_000)]
    partners: usize,
    /// The share of services that are ALSH (the others are RAM), in percent; 100 makes
    /// one call (`call open --kind alsh`) cover every service
    #[arg(long, default_value_t = 75, value_parser = clap::value_parser!(u8).range(0..=100))]
    alsh_percent: u8,
    /// Write only accounts.csv, with this many rows, over the partners of this scale
    #[arg(long, value_name = "N")]
    accounts_only: Option<usize>,
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    assert!(args.partners > 0, "--partners must be at least 1");
    std::fs::create_dir_all(&args.out)?;
    let mut rng = Rng::new(args.seed);
    if let Some(n) = args.accounts_only {
        let rows = accounts_only(&args.out, &mut rng, args.partners, n)?;
        eprintln!("{}: accounts.csv {rows} rows", args.out.display());
        return Ok(());
    }
    let counts = national(&args.out, &mut rng, args.partners, args.alsh_percent.into())?;
    eprintln!(
        "{}: {} partners, {} accounts, {} group rows, {} services, {} sites, {} profiles",
        args.out.display(),
        counts.partners,
        counts.accounts,
        counts.group_rows,
        counts.services,
        counts.sites,
        counts.profiles
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------
// The generator

/// splitmix64: tiny, fast, and good enough for test data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (n > 0; the bias of the modulo is negligible here).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Splits `total` over `n` slots around `mean`, each slot within `mean ± spread`: the slots
/// vary in pairs (one gets +d, the next −d), so they sum to `total` exactly.
fn paired_counts(rng: &mut Rng, n: usize, mean: usize, spread: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let d = rng.below(2 * spread + 1);
        if out.len() + 1 < n {
            out.push(mean + d - spread);
            out.push(mean + spread - d);
        } else {
            out.push(mean);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// National set

#[derive(Default)]
struct Counts {
    partners: usize,
    accounts: usize,
    group_rows: usize,
    services: usize,
    sites: usize,
    profiles: usize,
}

struct Partner {
    code: String,
    caf: &'static str,
    town: String,
    postcode: String,
    domain: String,
}

fn national(
    out: &Path,
    rng: &mut Rng,
    n_partners: usize,
    alsh_percent: usize,
) -> std::io::Result<Counts> {
    let mut counts = Counts::default();
    let mut partners_csv = Csv::create(
        out,
        "partners.csv",
        "code,name,siret,caf_code,convention,contrat,bulletin",
    )?;
    let mut accounts_csv = Csv::create(
        out,
        "accounts.csv",
        "login,partner,first_name,last_name,email,admin",
    )?;
    let mut groups_csv = Csv::create(out, "groups.csv", "partner,group,login,manager")?;
    let mut services_csv = Csv::create(out, "services.csv", "code,partner,kind,name")?;
    let mut sites_csv = Csv::create(out, "sites.csv", "service,code,name,address")?;
    let mut profiles_csv = Csv::create(out, "profiles.csv", "login,profile,service,site")?;

    let accounts_per_partner = paired_counts(rng, n_partners, 5, 2); // 3..=7
    let services_per_partner = paired_counts(rng, n_partners, 2, 1); // 1..=3
    let n_services: usize = services_per_partner.iter().sum();
    let sites_per_service = paired_counts(rng, n_services, 2, 2); // 0..=4
    let mut next_account = 0usize;
    let mut next_service = 0usize;

    for (i, (&n_accounts, &n_services)) in accounts_per_partner
        .iter()
        .zip(&services_per_partner)
        .enumerate()
    {
        let p = partner(rng, i);
        let name = partner_name(rng, &p.town);
        let (convention, contrat, bulletin) = documents(rng);
        partners_csv.row(&[
            &p.code,
            &name,
            &siret(rng, i),
            p.caf,
            &convention,
            &contrat,
            &bulletin,
        ])?;
        counts.partners += 1;

        // Accounts: one or two administrators first, then the others.
        let admins = if rng.chance(60) { 2 } else { 1 };
        let mut logins = Vec::with_capacity(n_accounts);
        let mut emails = Emails::new();
        for k in 0..n_accounts {
            let (login, first, last, email) = person(rng, next_account, &p.domain, &mut emails);
            next_account += 1;
            let admin = if k < admins { "yes" } else { "no" };
            accounts_csv.row(&[&login, &p.code, first, last, &email, admin])?;
            counts.accounts += 1;
            logins.push(login);
        }

        // Groups: the first administrator manages habiliter (the second is a member);
        // declarer is managed by an administrator or by one of the others, and everybody
        // is a member of it.
        groups_csv.row(&[&p.code, "habiliter", &logins[0], "yes"])?;
        counts.group_rows += 1;
        if admins == 2 {
            groups_csv.row(&[&p.code, "habiliter", &logins[1], "no"])?;
            counts.group_rows += 1;
        }
        let declarer_manager = rng.below(n_accounts);
        groups_csv.row(&[&p.code, "declarer", &logins[declarer_manager], "yes"])?;
        counts.group_rows += 1;
        for (k, login) in logins.iter().enumerate() {
            if k != declarer_manager {
                groups_csv.row(&[&p.code, "declarer", login, "no"])?;
                counts.group_rows += 1;
            }
        }

        // Services, their sites, and one holder of each profile per scope.
        for _ in 0..n_services {
            let n_sites = sites_per_service[next_service];
            let alsh = rng.chance(alsh_percent);
            let code = format!(
                "{}-{}-{:06}",
                if alsh { "ALSH" } else { "RAM" },
                p.caf,
                next_service
            );
            next_service += 1;
            let name = if alsh {
                format!("{} {}", rng.pick(ALSH_NAMES), of(&p.town))
            } else {
                format!("{} {}", rng.pick(RAM_NAMES), of(&p.town))
            };
            services_csv.row(&[&code, &p.code, if alsh { "alsh" } else { "ram" }, &name])?;
            counts.services += 1;
            let mut used = Vec::with_capacity(n_sites);
            for s in 0..n_sites {
                let site = format!("S{}", s + 1);
                let mut place = *rng.pick(SITE_NAMES);
                while used.contains(&place) {
                    place = *rng.pick(SITE_NAMES);
                }
                used.push(place);
                let person = rng.pick(STREET_PEOPLE);
                let site_name = format!("{place} {person}");
                let address = if rng.chance(90) {
                    format!(
                        "{} {} {} {} {}",
                        1 + rng.below(120),
                        rng.pick(STREET_KINDS),
                        rng.pick(STREET_PEOPLE),
                        p.postcode,
                        p.town
                    )
                } else {
                    String::new()
                };
                sites_csv.row(&[&code, &site, &site_name, &address])?;
                counts.sites += 1;
                profiles_csv.row(&[rng.pick(&logins[..]).as_str(), "fda", &code, &site])?;
                counts.profiles += 1;
            }
            for kind in ["fda", "fdf", "approbateur"] {
                profiles_csv.row(&[rng.pick(&logins[..]).as_str(), kind, &code, ""])?;
                counts.profiles += 1;
            }
        }
    }
    for csv in [
        partners_csv,
        accounts_csv,
        groups_csv,
        services_csv,
        sites_csv,
        profiles_csv,
    ] {
        csv.finish()?;
    }
    Ok(counts)
}

/// The partner of rank `i`: its code depends on `i` only, so that `--accounts-only` files
/// point at the partners of the full set whatever the seed.
fn partner(rng: &mut Rng, i: usize) -> Partner {
    let code = format!("{}-{:05}", 2005 + i % 16, i / 16);
    let (caf, dept) = CAFS[i % CAFS.len()];
    let town = town(rng);
    let postcode = if dept.len() == 3 {
        format!("{dept}{:02}", rng.below(10) * 10)
    } else {
        format!("{dept}{:03}", rng.below(100) * 10)
    };
    let domain = if rng.chance(50) {
        format!("mairie-{}.fr", slug(&town))
    } else {
        format!("{}.asso.fr", slug(&town))
    };
    Partner {
        code,
        caf,
        town,
        postcode,
        domain,
    }
}

fn town(rng: &mut Rng) -> String {
    let root = rng.pick(TOWN_ROOTS);
    if rng.chance(40) {
        format!("{root}{}", rng.pick(TOWN_SUFFIXES))
    } else {
        (*root).to_string()
    }
}

fn partner_name(rng: &mut Rng, town: &str) -> String {
    format!("{} {}", rng.pick(PARTNER_KINDS), of(town))
}

/// "de Cognac", "d'Angoulême", "du Mans", "des Herbiers", "de La Couronne".
fn of(town: &str) -> String {
    if let Some(rest) = town.strip_prefix("Le ") {
        format!("du {rest}")
    } else if let Some(rest) = town.strip_prefix("Les ") {
        format!("des {rest}")
    } else if town
        .chars()
        .next()
        .is_some_and(|c| "AEIOUYÉÈÂÎ".contains(c))
    {
        format!("d'{town}")
    } else {
        format!("de {town}")
    }
}

/// Three receipt dates, in French or ISO form as spreadsheets give them.
fn documents(rng: &mut Rng) -> (String, String, String) {
    let year = 2018 + rng.below(3) as u32;
    let month = 1 + rng.below(12) as u32;
    let day = 1 + rng.below(20) as u32;
    let french = rng.chance(20);
    let date = |d: u32| {
        if french {
            format!("{d:02}/{month:02}/{year}")
        } else {
            format!("{year}-{month:02}-{d:02}")
        }
    };
    let second = day + rng.below(5) as u32;
    let third = second + rng.below(4) as u32;
    (date(day), date(second), date(third))
}

/// A SIRET of 14 digits whose SIREN (first 9) and whole number pass the Luhn check, unique
/// per partner rank.
fn siret(rng: &mut Rng, i: usize) -> String {
    // 8 digits unique per rank: an odd multiplier not divisible by 5 permutes 0..10^8.
    let base = ((i as u64).wrapping_mul(48_271_197) + 21_000_000) % 100_000_000;
    let siren = with_luhn_digit(&format!("{base:08}"));
    let nic = format!("{:04}", 1 + rng.below(40));
    with_luhn_digit(&format!("{siren}{nic}"))
}

/// `digits` followed by the digit that makes the whole Luhn-valid.
fn with_luhn_digit(digits: &str) -> String {
    (0..10)
        .map(|d| format!("{digits}{d}"))
        .find(|s| luhn::luhn_ok(s))
        .expect("one of ten digits always completes a Luhn number")
}

/// A person of a partner: (login, first name, last name, e-mail). The login has the form
/// afas generates (3 letters of the last name, 6 digits, the check letter) and is unique by
/// its digits, the person's rank in the file.
fn person(
    rng: &mut Rng,
    rank: usize,
    domain: &str,
    taken: &mut Emails,
) -> (String, &'static str, &'static str, String) {
    let first = *rng.pick(FIRST_NAMES);
    let last = *rng.pick(LAST_NAMES);
    let prefix = ids::login_prefix(last);
    let login = if rank < 1_000_000 {
        let stem = format!("{prefix}{rank:06}");
        let letter = ids::check_letter(&stem);
        format!("{stem}{letter}")
    } else {
        format!("{prefix}{rank}")
    };
    let local = format!("{}.{}", slug(first), slug(last));
    // the same name again within a partner: local2@, local3@… in turn
    let seen = taken.entry(local.clone()).or_insert(0);
    *seen += 1;
    let email = match *seen {
        1 => format!("{local}@{domain}"),
        n => format!("{local}{n}@{domain}"),
    };
    (login, first, last, email)
}

/// A partner's e-mails so far: how many times each local part was given. (A list searched
/// for each new address made a partner of a million accounts take hours.)
type Emails = std::collections::HashMap<String, usize>;

/// Lower-case ASCII letters, digits and single hyphens: for e-mail parts and domains.
fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in ids::fold_accents(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

// ---------------------------------------------------------------------------------------
// Accounts only

fn accounts_only(
    out: &Path,
    rng: &mut Rng,
    n_partners: usize,
    rows: usize,
) -> std::io::Result<usize> {
    let mut csv = Csv::create(
        out,
        "accounts.csv",
        "login,partner,first_name,last_name,email,admin",
    )?;
    // Rows are spread evenly, each partner's accounts together (as exported per partner);
    // the first of each partner is its administrator.
    let mut emails = Emails::new();
    let mut current = usize::MAX;
    let mut domain = String::new();
    for rank in 0..rows {
        let i = rank * n_partners / rows.max(1);
        let first_of_partner = i != current;
        if first_of_partner {
            current = i;
            emails.clear();
            let p = partner(rng, i);
            domain = p.domain;
        }
        let code = format!("{}-{:05}", 2005 + i % 16, i / 16);
        let (login, first, last, email) = person(rng, rank, &domain, &mut emails);
        csv.row(&[
            &login,
            &code,
            first,
            last,
            &email,
            if first_of_partner { "yes" } else { "no" },
        ])?;
    }
    csv.finish()?;
    Ok(rows)
}

// ---------------------------------------------------------------------------------------
// CSV writing

struct Csv {
    out: BufWriter<File>,
}

impl Csv {
    fn create(dir: &Path, name: &str, header: &str) -> std::io::Result<Csv> {
        let mut out = BufWriter::with_capacity(1 << 16, File::create(dir.join(name))?);
        writeln!(out, "{header}")?;
        Ok(Csv { out })
    }

    fn row(&mut self, cells: &[&str]) -> std::io::Result<()> {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            if cell.contains([',', '"', '\n', ';']) {
                write!(self.out, "\"{}\"", cell.replace('"', "\"\""))?;
            } else {
                self.out.write_all(cell.as_bytes())?;
            }
        }
        self.out.write_all(b"\n")
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

// ---------------------------------------------------------------------------------------
// Reference data

/// The 101 Cafs: (Caf code, the département part of postcodes). One Caf per département:
/// 94 in mainland France outside Corsica, the two of Corsica, the five overseas.
const CAFS: &[(&str, &str)] = &[
    ("011", "01"),
    ("021", "02"),
    ("031", "03"),
    ("041", "04"),
    ("051", "05"),
    ("061", "06"),
    ("071", "07"),
    ("081", "08"),
    ("091", "09"),
    ("101", "10"),
    ("111", "11"),
    ("121", "12"),
    ("131", "13"),
    ("141", "14"),
    ("151", "15"),
    ("161", "16"),
    ("171", "17"),
    ("181", "18"),
    ("191", "19"),
    ("201", "20"),
    ("202", "20"),
    ("211", "21"),
    ("221", "22"),
    ("231", "23"),
    ("241", "24"),
    ("251", "25"),
    ("261", "26"),
    ("271", "27"),
    ("281", "28"),
    ("291", "29"),
    ("301", "30"),
    ("311", "31"),
    ("321", "32"),
    ("331", "33"),
    ("341", "34"),
    ("351", "35"),
    ("361", "36"),
    ("371", "37"),
    ("381", "38"),
    ("391", "39"),
    ("401", "40"),
    ("411", "41"),
    ("421", "42"),
    ("431", "43"),
    ("441", "44"),
    ("451", "45"),
    ("461", "46"),
    ("471", "47"),
    ("481", "48"),
    ("491", "49"),
    ("501", "50"),
    ("511", "51"),
    ("521", "52"),
    ("531", "53"),
    ("541", "54"),
    ("551", "55"),
    ("561", "56"),
    ("571", "57"),
    ("581", "58"),
    ("591", "59"),
    ("601", "60"),
    ("611", "61"),
    ("621", "62"),
    ("631", "63"),
    ("641", "64"),
    ("651", "65"),
    ("661", "66"),
    ("671", "67"),
    ("681", "68"),
    ("691", "69"),
    ("701", "70"),
    ("711", "71"),
    ("721", "72"),
    ("731", "73"),
    ("741", "74"),
    ("751", "75"),
    ("761", "76"),
    ("771", "77"),
    ("781", "78"),
    ("791", "79"),
    ("801", "80"),
    ("811", "81"),
    ("821", "82"),
    ("831", "83"),
    ("841", "84"),
    ("851", "85"),
    ("861", "86"),
    ("871", "87"),
    ("881", "88"),
    ("891", "89"),
    ("901", "90"),
    ("911", "91"),
    ("921", "92"),
    ("931", "93"),
    ("941", "94"),
    ("951", "95"),
    ("971", "971"),
    ("972", "972"),
    ("973", "973"),
    ("974", "974"),
    ("976", "976"),
];

const PARTNER_KINDS: &[&str] = &[
    "Ville",
    "Commune",
    "Mairie",
    "Centre communal d'action sociale",
    "Communauté de communes",
    "Syndicat intercommunal",
    "Association Loisirs et Découvertes",
    "Association Familles Rurales",
    "Centre social et culturel",
    "Maison des jeunes et de la culture",
    "Association Enfance et Jeunesse",
    "Amicale laïque",
];

const TOWN_ROOTS: &[&str] = &[
    "Angoulême",
    "Cognac",
    "Beaulieu",
    "Montigny",
    "Villeneuve",
    "Fontaine",
    "Saint-Martin",
    "Saint-Jean",
    "Saint-Pierre",
    "Sainte-Marie",
    "Châteauneuf",
    "Neuville",
    "Champagne",
    "Mareuil",
    "Brissac",
    "Aubigny",
    "Bellevue",
    "Bonneval",
    "Chantilly",
    "Clermont",
    "Dampierre",
    "Écouen",
    "Ermont",
    "Fleury",
    "Gournay",
    "Issoire",
    "Jarnac",
    "Lagny",
    "Lunel",
    "Mauléon",
    "Mirebeau",
    "Montfort",
    "Nogent",
    "Orval",
    "Pontivy",
    "Quimperlé",
    "Rochefort",
    "Ruffec",
    "Sablé",
    "Saintes",
    "Segonzac",
    "Thouars",
    "Vendôme",
    "Verneuil",
    "Vic",
    "Vitré",
    "Arnac",
    "Aubeterre",
    "Barbezieux",
    "Chabanais",
    "Confolens",
    "La Couronne",
    "La Rochelle",
    "Le Mans",
    "Les Herbiers",
    "Lisieux",
    "Mérignac",
    "Pessac",
    "Talence",
    "Blagnac",
    "Colomiers",
    "Muret",
    "Albi",
    "Castres",
    "Millau",
    "Rodez",
    "Aurillac",
    "Brioude",
    "Annonay",
    "Privas",
    "Valence",
    "Romans",
    "Vienne",
    "Voiron",
    "Meylan",
    "Échirolles",
    "Annecy",
    "Thonon",
    "Cluses",
    "Oyonnax",
    "Bourg",
    "Mâcon",
    "Autun",
    "Beaune",
    "Dole",
    "Lons",
    "Pontarlier",
    "Belfort",
    "Épinal",
    "Vittel",
    "Toul",
    "Verdun",
    "Sedan",
    "Rethel",
    "Épernay",
    "Vitry",
    "Troyes",
    "Sens",
    "Auxerre",
    "Nevers",
    "Vierzon",
    "Issoudun",
    "Blois",
    "Amboise",
    "Chinon",
    "Loches",
    "Saumur",
    "Cholet",
    "Ancenis",
    "Redon",
    "Fougères",
    "Dinan",
    "Lannion",
    "Morlaix",
    "Carhaix",
    "Lorient",
    "Vannes",
    "Auray",
    "Oloron",
    "Orthez",
    "Dax",
    "Mimizan",
    "Arcachon",
    "Libourne",
    "Bergerac",
    "Sarlat",
    "Figeac",
    "Cahors",
    "Agen",
    "Nérac",
    "Marmande",
    "Auch",
    "Condom",
    "Tarbes",
    "Lourdes",
    "Foix",
    "Pamiers",
    "Limoux",
    "Narbonne",
    "Béziers",
    "Sète",
    "Alès",
    "Uzès",
    "Orange",
    "Apt",
    "Manosque",
    "Digne",
    "Gap",
    "Briançon",
    "Grasse",
    "Menton",
    "Fréjus",
    "Hyères",
    "Istres",
    "Aubagne",
    "Corte",
    "Bastia",
    "Ajaccio",
    "Sainte-Anne",
    "Le Lamentin",
    "Kourou",
    "Saint-Paul",
    "Mamoudzou",
];

const TOWN_SUFFIXES: &[&str] = &[
    "-sur-Charente",
    "-sur-Loire",
    "-sur-Mer",
    "-les-Bains",
    "-le-Château",
    "-la-Forêt",
    "-en-Vexin",
    "-sur-Seine",
    "-sur-Marne",
    "-d'Armagnac",
];

const FIRST_NAMES: &[&str] = &[
    "Claire",
    "Marc",
    "Léa",
    "Julie",
    "Paul",
    "Sylvie",
    "Thomas",
    "Nadia",
    "Hugo",
    "Inès",
    "Élodie",
    "Yves",
    "Agnès",
    "Marie",
    "Jean",
    "Pierre",
    "Nathalie",
    "Isabelle",
    "Sophie",
    "Catherine",
    "Philippe",
    "Michel",
    "Alain",
    "Patrick",
    "Nicolas",
    "Christophe",
    "Céline",
    "Sandrine",
    "Stéphanie",
    "Valérie",
    "Laurent",
    "Frédéric",
    "Sébastien",
    "Émilie",
    "Aurélie",
    "Camille",
    "Manon",
    "Chloé",
    "Emma",
    "Louise",
    "Jade",
    "Lucas",
    "Louis",
    "Gabriel",
    "Arthur",
    "Jules",
    "Raphaël",
    "Adam",
    "Maël",
    "Noé",
    "Zoé",
    "Anaïs",
    "Mathilde",
    "Pauline",
    "Laura",
    "Sarah",
    "Clément",
    "Antoine",
    "Maxime",
    "Alexandre",
    "Romain",
    "Julien",
    "Guillaume",
    "Benoît",
    "François",
    "Hélène",
    "Brigitte",
    "Martine",
    "Monique",
    "Françoise",
    "Jacqueline",
    "Danielle",
    "Bernard",
    "Daniel",
    "Gérard",
    "Olivier",
    "Didier",
    "Pascal",
    "Thierry",
    "Karine",
    "Virginie",
    "Delphine",
    "Caroline",
    "Audrey",
    "Mélanie",
    "Vanessa",
    "Fatima",
    "Mohamed",
    "Karim",
    "Yasmine",
    "Samir",
    "Leïla",
    "Mehdi",
    "Djamila",
    "Loïc",
    "Gaëlle",
    "Yann",
    "Soizic",
    "Maëlle",
    "Ophélie",
    "Anne-Marie",
    "Jean-Pierre",
    "Jean-Luc",
    "Marie-Claire",
];

const LAST_NAMES: &[&str] = &[
    "Durand",
    "Dubois",
    "Roux",
    "Moreau",
    "Petit",
    "Bernard",
    "Faure",
    "Girard",
    "Lambert",
    "Mercier",
    "Bonnet",
    "Chevalier",
    "Blanc",
    "Martin",
    "Thomas",
    "Robert",
    "Richard",
    "Dupont",
    "Leroy",
    "Lefebvre",
    "Garcia",
    "David",
    "Bertrand",
    "Morel",
    "Fournier",
    "Rousseau",
    "Vincent",
    "Muller",
    "Legrand",
    "Garnier",
    "Boyer",
    "Henry",
    "Rivière",
    "Lemoine",
    "Gauthier",
    "Perrin",
    "Robin",
    "Clément",
    "Morin",
    "Nicolas",
    "Mathieu",
    "Masson",
    "Marchand",
    "Duval",
    "Denis",
    "Dumont",
    "Marie",
    "Lemaire",
    "Noël",
    "Meyer",
    "Dufour",
    "Meunier",
    "Brun",
    "Blanchard",
    "Giraud",
    "Joly",
    "Rivière",
    "Lucas",
    "Brunet",
    "Gaillard",
    "Barbier",
    "Arnaud",
    "Martinez",
    "Gérard",
    "Roche",
    "Renard",
    "Schmitt",
    "Roy",
    "Leroux",
    "Colin",
    "Vidal",
    "Caron",
    "Picard",
    "Roger",
    "Fabre",
    "Aubert",
    "Lemoine",
    "Renaud",
    "Dumas",
    "Lacroix",
    "Olivier",
    "Philippe",
    "Bourgeois",
    "Pierre",
    "Benoît",
    "Rey",
    "Leclerc",
    "Payet",
    "Rolland",
    "Leclercq",
    "Guérin",
    "Lecomte",
    "Hoarau",
    "Le Gall",
    "Le Goff",
    "Kerhervé",
    "N'Diaye",
    "Benali",
    "Haddad",
    "Nguyen",
    "Da Silva",
    "Ferreira",
    "D'Almeida",
];

const ALSH_NAMES: &[&str] = &[
    "Accueil de loisirs",
    "Centre de loisirs",
    "ALSH municipal",
    "Accueil périscolaire",
    "Accueil de loisirs intercommunal",
];

const RAM_NAMES: &[&str] = &[
    "Relais petite enfance",
    "Relais assistants maternels",
    "RAM intercommunal",
];

const SITE_NAMES: &[&str] = &[
    "École",
    "École maternelle",
    "École élémentaire",
    "Groupe scolaire",
    "Maison de quartier",
    "Salle des fêtes",
    "Centre de loisirs",
    "Espace jeunes",
    "Gymnase",
    "Maison de l'enfance",
];

const STREET_KINDS: &[&str] = &[
    "rue",
    "avenue",
    "place",
    "boulevard",
    "chemin",
    "allée",
    "impasse",
    "route",
];

const STREET_PEOPLE: &[&str] = &[
    "Jules Ferry",
    "Victor Hugo",
    "Jean Jaurès",
    "Pierre Loti",
    "Jean Moulin",
    "Louis Pasteur",
    "Marie Curie",
    "Simone Veil",
    "Jacques Prévert",
    "Jean de La Fontaine",
    "Charles de Gaulle",
    "Georges Brassens",
    "Paul Éluard",
    "Albert Camus",
    "Condorcet",
    "Voltaire",
    "des Écoles",
    "de la Mairie",
    "du Stade",
    "des Tilleuls",
];

//! The eligibility rules on the built-in data, as a table: for every path of every credential,
//! a person it fits and the outcome, and the people who just miss it and what they are told.
//! Then the verdicts per credential (edge cases, the nearest route), and a property: more
//! experience, a higher degree or one more credential never makes an eligible person
//! ineligible.

use std::collections::BTreeSet;

use him::catalog::Catalog;
use him::data::model::{Degree, EligibilityPath, ProgramKind, Region, Stage, Status};
use him::data::period::Date;
use him::eligibility::{self, Accreditation, Outcome, Person, Verdict};
use proptest::prelude::*;

/// The date the CLI tests fix: the CI practice pathway (to 2025) has closed.
fn today() -> Date {
    Date {
        year: 2026,
        month: Some(11),
        day: Some(25),
    }
}

thread_local! {
    /// Loaded once per test thread: the property tests check hundreds of people.
    static CATALOG: &'static Catalog =
        Box::leak(Box::new(Catalog::builtin().expect("the built-in data loads")));
}

fn catalog() -> &'static Catalog {
    CATALOG.with(|catalog| *catalog)
}

/// A person, built up one fact at a time.
#[derive(Clone)]
struct P(Person);

fn nobody() -> P {
    P(Person::default())
}

impl P {
    fn degree(mut self, degree: Degree) -> P {
        self.0.degree = degree;
        self
    }
    fn program(mut self, discipline: &str) -> P {
        self.0.program = Some(discipline.to_string());
        self
    }
    fn accredited_by(mut self, org: &str) -> P {
        self.0.accreditation = Some(if org == "recognized" {
            Accreditation::Recognized
        } else {
            Accreditation::By(org.to_string())
        });
        self
    }
    fn kind(mut self, kind: ProgramKind) -> P {
        self.0.program_kind = kind;
        self
    }
    fn years(mut self, years: f64) -> P {
        self.0.years = years;
        self
    }
    fn holds(mut self, credential: &str) -> P {
        self.0.holds.insert(credential.to_string());
        self
    }
    fn license(mut self, license: &str) -> P {
        self.0.licenses.insert(license.to_string());
        self
    }
    fn final_term(mut self) -> P {
        self.0.final_term = true;
        self
    }
    fn outside_us(mut self) -> P {
        self.0.outside_us = true;
        self
    }
}

use Degree::{Associate, Bachelor, Doctorate, HighSchool, Master};

/// For each path of each credential (numbered as `him show` numbers them), a person it fits,
/// and the outcome. A path with anything left to confirm is at best `Possible`.
fn fitting_people() -> Vec<(&'static str, usize, P, Outcome)> {
    let him_cahiim = |d| nobody().degree(d).program("him").accredited_by("cahiim");
    vec![
        ("rhia", 1, him_cahiim(Bachelor), Outcome::Met),
        (
            "rhia",
            2,
            him_cahiim(Bachelor).kind(ProgramKind::PostBaccalaureateCertificate),
            Outcome::Met,
        ),
        (
            "rhia",
            3,
            nobody().degree(Bachelor).program("him").outside_us(),
            Outcome::Possible,
        ),
        ("rhia", 4, him_cahiim(Bachelor).final_term(), Outcome::Met),
        ("rhit", 1, him_cahiim(Associate), Outcome::Met),
        (
            "rhit",
            2,
            nobody().degree(Associate).program("him").outside_us(),
            Outcome::Possible,
        ),
        ("rhit", 3, him_cahiim(Associate).final_term(), Outcome::Met),
        ("cca", 1, nobody().degree(HighSchool), Outcome::Met),
        ("ccs", 1, nobody().holds("rhit"), Outcome::Met),
        // Completing a coding program is a condition him cannot check.
        ("ccs", 2, nobody(), Outcome::Possible),
        ("ccs", 3, nobody().years(2.0), Outcome::Met),
        ("ccs", 4, nobody().holds("cca").years(1.0), Outcome::Met),
        // Unconfirmed, and its requirements unknown.
        ("ccs-p", 1, nobody(), Outcome::Possible),
        // The article's routes: status "article" counts, an unknown number of years does not.
        ("chda", 1, nobody().years(1.0), Outcome::Possible),
        (
            "chda",
            2,
            nobody()
                .degree(Master)
                .program("informatics")
                .accredited_by("cahiim"),
            Outcome::Met,
        ),
        (
            "chda",
            3,
            nobody().degree(Bachelor).years(1.0),
            Outcome::Possible,
        ),
        (
            "chda",
            4,
            nobody().holds("rhia").years(1.0),
            Outcome::Possible,
        ),
        (
            "chps",
            1,
            nobody().degree(HighSchool).years(6.0),
            Outcome::Met,
        ),
        (
            "chps",
            2,
            nobody().degree(Associate).years(4.0),
            Outcome::Met,
        ),
        ("chps", 3, nobody().holds("ccs").years(4.0), Outcome::Met),
        (
            "chps",
            4,
            nobody().degree(Bachelor).years(2.0),
            Outcome::Met,
        ),
        ("chps", 5, nobody().holds("rhia").years(2.0), Outcome::Met),
        ("chps", 6, nobody().degree(Master).years(1.0), Outcome::Met),
        // CDIP's routes are all unconfirmed.
        (
            "cdip",
            1,
            nobody().holds("ccs").years(2.0),
            Outcome::Possible,
        ),
        (
            "cdip",
            2,
            nobody().license("do").years(2.0),
            Outcome::Possible,
        ),
        (
            "cdip",
            3,
            nobody().degree(Associate).years(3.0),
            Outcome::Possible,
        ),
        (
            "cphims",
            1,
            nobody().degree(Bachelor).years(5.0),
            Outcome::Possible,
        ),
        (
            "cphims",
            2,
            nobody().degree(Master).years(3.0),
            Outcome::Possible,
        ),
        ("cahims", 1, nobody().degree(HighSchool), Outcome::Possible),
        // AHIC's tracks name a share of working time him cannot check.
        (
            "ahic",
            1,
            nobody()
                .degree(Master)
                .program("informatics")
                .accredited_by("recognized")
                .years(4.0),
            Outcome::Possible,
        ),
        (
            "ahic",
            2,
            nobody()
                .degree(Master)
                .program("informatics")
                .accredited_by("cahiim")
                .years(6.0),
            Outcome::Possible,
        ),
        (
            "ahic",
            3,
            nobody()
                .degree(Master)
                .program("nursing")
                .accredited_by("recognized")
                .years(6.0),
            Outcome::Possible,
        ),
        (
            "ahic",
            4,
            nobody()
                .degree(Doctorate)
                .program("computing")
                .accredited_by("recognized")
                .years(8.0),
            Outcome::Possible,
        ),
        (
            "ahic",
            5,
            nobody()
                .degree(Bachelor)
                .program("public-health")
                .years(1.0),
            Outcome::Possible,
        ),
        (
            "ancc-informatics-nursing",
            1,
            nobody()
                .degree(Bachelor)
                .program("nursing")
                .license("rn")
                .years(2.0),
            Outcome::Possible,
        ),
        (
            "ancc-informatics-nursing",
            2,
            nobody()
                .degree(Bachelor)
                .program("nursing")
                .license("rn")
                .years(2.0),
            Outcome::Possible,
        ),
        (
            "ancc-informatics-nursing",
            3,
            nobody()
                .degree(Master)
                .program("nursing")
                .license("rn")
                .years(2.0),
            Outcome::Possible,
        ),
        (
            "clinical-informatics",
            1,
            nobody()
                .degree(Doctorate)
                .license("md")
                .program("clinical-informatics")
                .kind(ProgramKind::Fellowship),
            Outcome::Possible,
        ),
        // Closed after 2025: never counted, whoever applies.
        (
            "clinical-informatics",
            2,
            nobody().degree(Doctorate).license("do").years(3.0),
            Outcome::Closed,
        ),
    ]
}

#[test]
fn every_path_of_every_credential_has_a_person_it_fits() {
    let catalog = catalog();
    let rows = fitting_people();
    for credential in catalog.data.credentials() {
        for number in 1..=credential.paths.len() {
            assert!(
                rows.iter()
                    .any(|(id, n, _, _)| *id == credential.id && *n == number),
                "no row for {} path {number}",
                credential.id
            );
        }
    }
    for (id, number, person, expected) in rows {
        let credential = catalog.credential(id).expect("a built-in credential");
        let path = &credential.paths[number - 1];
        let check = eligibility::check_path(catalog, number - 1, path, &person.0, today());
        assert_eq!(
            check.outcome, expected,
            "{id} path {number} ({}): missing {:?}, to confirm {:?}",
            path.name, check.missing, check.to_confirm
        );
        if expected == Outcome::Met || expected == Outcome::Possible {
            assert!(
                check.missing.is_empty(),
                "{id} {number}: {:?}",
                check.missing
            );
        }
        assert_eq!(
            check.to_confirm.is_empty(),
            expected == Outcome::Met,
            "{id} {number}: a met path has nothing to confirm, a possible one has"
        );
    }
}

/// People who just miss a path, and exactly what they are told.
#[test]
fn a_person_who_just_misses_a_path_is_told_what_is_missing() {
    let catalog = catalog();
    let him = |d| nobody().degree(d).program("him");
    let cases: Vec<(&str, usize, P, &[&str])> = vec![
        (
            "rhia",
            1,
            him(Bachelor),
            &["needs a program accredited by CAHIIM"],
        ),
        (
            "rhia",
            1,
            him(Associate).accredited_by("cahiim"),
            &["needs a bachelor's degree or higher"],
        ),
        (
            "rhia",
            1,
            nobody(),
            &[
                "needs a bachelor's degree or higher",
                "needs a degree in health information management from a program accredited by CAHIIM",
            ],
        ),
        (
            "rhia",
            1,
            nobody()
                .degree(Bachelor)
                .program("nursing")
                .accredited_by("cahiim"),
            &["needs a degree in health information management"],
        ),
        // A degree is not the certificate the second route asks for.
        (
            "rhia",
            2,
            him(Bachelor).accredited_by("cahiim"),
            &[
                "needs a post-baccalaureate certificate in health information management from a program approved by CAHIIM",
            ],
        ),
        // A graduate is not a last-term student; a last-term student has not graduated.
        (
            "rhia",
            4,
            him(Bachelor).accredited_by("cahiim"),
            &[
                "needs to be in the last term of the program (a route for students about to graduate)",
            ],
        ),
        (
            "rhia",
            1,
            him(Bachelor).accredited_by("cahiim").final_term(),
            &["needs to finish the program you are in the last term of"],
        ),
        (
            "chps",
            4,
            nobody().degree(Bachelor).years(1.0),
            &["needs 1 more year of experience in healthcare privacy or security management"],
        ),
        (
            "chps",
            4,
            nobody().degree(Bachelor).years(1.5),
            &["needs 0.5 more years of experience in healthcare privacy or security management"],
        ),
        (
            "chps",
            4,
            nobody().degree(Associate).years(2.0),
            &["needs a bachelor's degree or higher"],
        ),
        (
            "chps",
            1,
            nobody(),
            &[
                "needs a high-school diploma or higher",
                "needs 6 years of experience in healthcare privacy or security management",
            ],
        ),
        (
            "ccs",
            1,
            nobody().holds("cca"),
            &["needs to hold RHIA, RHIT or CCS-P"],
        ),
        (
            "ahic",
            1,
            nobody().degree(Master).program("informatics").years(4.0),
            &["needs an accredited program or institution"],
        ),
        (
            "ancc-informatics-nursing",
            1,
            nobody().degree(Bachelor).program("nursing").years(2.0),
            &["needs an RN license"],
        ),
        (
            "cdip",
            2,
            nobody().license("rn"),
            &["needs 2 years of experience in clinical documentation improvement"],
        ),
        (
            "chda",
            1,
            nobody(),
            &["needs experience in healthcare data management"],
        ),
        (
            "clinical-informatics",
            1,
            nobody().degree(Doctorate).license("md"),
            &["needs a fellowship in clinical informatics"],
        ),
    ];
    for (id, number, person, expected) in cases {
        let credential = catalog.credential(id).unwrap();
        let check = eligibility::check_path(
            catalog,
            number - 1,
            &credential.paths[number - 1],
            &person.0,
            today(),
        );
        assert_eq!(check.outcome, Outcome::NotMet, "{id} {number}");
        assert_eq!(check.missing, expected, "{id} {number}");
    }
}

#[test]
fn reciprocity_routes_are_checked_only_for_programs_abroad() {
    let catalog = catalog();
    let rhia = catalog.credential("rhia").unwrap();
    let person = nobody().degree(Bachelor).program("him");
    let check = eligibility::check(catalog, rhia, &person.0, today());
    assert_eq!(check.paths[2].outcome, Outcome::NotChecked);
    assert_eq!(check.verdict, Verdict::NotEligible);
    assert_eq!(check.chosen, Some(0));
    let abroad = eligibility::check(catalog, rhia, &person.outside_us().0, today());
    assert_eq!(abroad.verdict, Verdict::Possible);
    assert_eq!(abroad.chosen, Some(2));
    assert!(abroad.paths[2].to_confirm[0].contains("reciprocity agreement with AHIMA"));
}

/// (credential, person, verdict, path number chosen: the one met, the possible one, or the
/// nearest).
#[test]
fn verdicts_per_credential() {
    let catalog = catalog();
    let him_cahiim = |d| nobody().degree(d).program("him").accredited_by("cahiim");
    let cases: Vec<(&str, P, Verdict, Option<usize>)> = vec![
        // Exactly the years required.
        (
            "chps",
            nobody().degree(Bachelor).years(2.0),
            Verdict::Eligible,
            Some(4),
        ),
        (
            "ccs",
            nobody().holds("cca").years(1.0),
            Verdict::Eligible,
            Some(4),
        ),
        // A higher degree meets a lower minimum; the first route met is named.
        (
            "chps",
            nobody().degree(Doctorate).years(2.0),
            Verdict::Eligible,
            Some(4),
        ),
        (
            "cca",
            nobody().degree(Doctorate),
            Verdict::Eligible,
            Some(1),
        ),
        ("rhit", him_cahiim(Bachelor), Verdict::Eligible, Some(1)),
        ("rhia", him_cahiim(Master), Verdict::Eligible, Some(1)),
        // A prerequisite credential stands in for a degree.
        (
            "chps",
            nobody().holds("rhia").years(2.0),
            Verdict::Eligible,
            Some(5),
        ),
        (
            "chps",
            nobody().holds("rhit").years(4.0),
            Verdict::Eligible,
            Some(3),
        ),
        ("ccs", nobody().holds("ccs-p"), Verdict::Eligible, Some(1)),
        // Unconfirmed or partly unknown routes are never enough.
        (
            "cahims",
            nobody().degree(Doctorate),
            Verdict::Possible,
            Some(1),
        ),
        (
            "cdip",
            nobody().holds("rhia").years(20.0),
            Verdict::Possible,
            Some(1),
        ),
        (
            "cphims",
            nobody().degree(Master).years(20.0),
            Verdict::Possible,
            Some(1),
        ),
        (
            "chda",
            nobody().holds("rhia").years(5.0),
            Verdict::Possible,
            Some(1),
        ),
        // The article's CHDA route counts, with its source.
        (
            "chda",
            nobody()
                .degree(Master)
                .program("informatics")
                .accredited_by("cahiim"),
            Verdict::Eligible,
            Some(2),
        ),
        // A closed route is never chosen, even when everything else fits it.
        (
            "clinical-informatics",
            nobody().degree(Doctorate).license("md").years(10.0),
            Verdict::NotEligible,
            Some(1),
        ),
        // A last-term student: the early-testing route, not the graduate's.
        (
            "rhia",
            him_cahiim(Bachelor).final_term(),
            Verdict::Eligible,
            Some(4),
        ),
        (
            "rhit",
            him_cahiim(Associate).final_term(),
            Verdict::Eligible,
            Some(3),
        ),
        // Finishing a program CAHIIM does not accredit: the early route is nearest, and it
        // needs the accreditation.
        (
            "rhia",
            nobody().degree(Bachelor).program("him").final_term(),
            Verdict::NotEligible,
            Some(4),
        ),
        // ... who holds a high-school diploma but not yet the bachelor's degree.
        (
            "cca",
            him_cahiim(Bachelor).final_term(),
            Verdict::Eligible,
            Some(1),
        ),
        (
            "chps",
            him_cahiim(Bachelor).final_term().years(2.0),
            Verdict::NotEligible,
            Some(4),
        ),
        // The nearest route: the fewest missing conditions; on a tie, the one where only
        // experience is missing, then the fewest years to go.
        ("chps", nobody(), Verdict::NotEligible, Some(1)),
        (
            "chps",
            nobody().degree(Bachelor).years(1.0),
            Verdict::NotEligible,
            Some(4),
        ),
        (
            "chps",
            nobody().degree(Associate).years(3.0),
            Verdict::NotEligible,
            Some(2),
        ),
        (
            "chps",
            nobody().degree(Master),
            Verdict::NotEligible,
            Some(6),
        ),
        ("rhia", nobody(), Verdict::NotEligible, Some(1)),
    ];
    for (id, person, verdict, chosen) in cases {
        let credential = catalog.credential(id).unwrap();
        let check = eligibility::check(catalog, credential, &person.0, today());
        assert_eq!(
            (check.verdict, check.chosen.map(|i| i + 1)),
            (verdict, chosen),
            "{id} for {:?}",
            person.0
        );
        assert_eq!(check.eligible(), verdict == Verdict::Eligible);
    }
}

#[test]
fn a_recognized_accreditor_is_any_accreditor_but_not_a_named_one() {
    let catalog = catalog();
    let cahiim = Accreditation::By("cahiim".to_string());
    assert!(eligibility::satisfies(catalog, &cahiim, "cahiim"));
    assert!(eligibility::satisfies(catalog, &cahiim, "recognized"));
    assert!(eligibility::satisfies(
        catalog,
        &Accreditation::Recognized,
        "recognized"
    ));
    assert!(!eligibility::satisfies(
        catalog,
        &Accreditation::Recognized,
        "cahiim"
    ));
    // An organization that accredits nothing does not make a program accredited.
    let ahima = Accreditation::By("ahima".to_string());
    assert!(!eligibility::satisfies(catalog, &ahima, "recognized"));
}

#[test]
fn the_accepted_disciplines_and_licenses_come_from_the_data() {
    let catalog = catalog();
    let disciplines = eligibility::disciplines(catalog);
    for expected in [
        "him",
        "informatics",
        "nursing",
        "medicine",
        "computing",
        "public-health",
    ] {
        assert!(disciplines.contains(&expected), "{disciplines:?}");
    }
    assert_eq!(eligibility::licenses(catalog), ["rn", "md", "do"]);
}

// --- the property ----------------------------------------------------------------------------

fn degree() -> impl Strategy<Value = Degree> {
    prop::sample::select(Degree::ALL.to_vec())
}

fn any_person(credentials: Vec<String>) -> impl Strategy<Value = Person> {
    let disciplines = vec![
        "him",
        "informatics",
        "nursing",
        "medicine",
        "computing",
        "clinical-informatics",
    ];
    (
        degree(),
        prop::option::of(prop::sample::select(disciplines)),
        prop::sample::select(vec![
            ProgramKind::Degree,
            ProgramKind::PostBaccalaureateCertificate,
            ProgramKind::Fellowship,
        ]),
        prop::option::of(prop::sample::select(vec!["cahiim", "recognized"])),
        any::<bool>(),
        any::<bool>(),
        0u32..=24,
        prop::sample::subsequence(credentials, 0..=3),
        prop::sample::subsequence(vec!["rn", "md", "do"], 0..=2),
    )
        .prop_map(
            |(
                degree,
                program,
                kind,
                accredited,
                final_term,
                outside_us,
                half_years,
                holds,
                licenses,
            )| {
                Person {
                    degree,
                    program: program.map(str::to_string),
                    program_kind: kind,
                    accreditation: accredited.map(|a| {
                        if a == "recognized" {
                            Accreditation::Recognized
                        } else {
                            Accreditation::By(a.to_string())
                        }
                    }),
                    final_term,
                    outside_us,
                    years: f64::from(half_years) / 2.0,
                    holds: holds.into_iter().collect::<BTreeSet<_>>(),
                    licenses: licenses.into_iter().map(str::to_string).collect(),
                }
            },
        )
}

/// Paths beyond the built-in ones: any mix of the conditions the data model allows.
fn any_path(credentials: Vec<String>) -> impl Strategy<Value = EligibilityPath> {
    (
        prop::option::of(degree()),
        prop::sample::subsequence(vec!["him", "informatics", "nursing"], 0..=2),
        prop::sample::select(vec![
            ProgramKind::Degree,
            ProgramKind::PostBaccalaureateCertificate,
            ProgramKind::Fellowship,
        ]),
        prop::option::of(prop::sample::select(vec!["cahiim", "recognized"])),
        prop::option::of(0u32..=8),
        any::<bool>(),
        prop::sample::subsequence(credentials, 0..=2),
        prop::sample::subsequence(vec!["rn", "md"], 0..=1),
        prop::sample::select(vec![Stage::Graduate, Stage::FinalTermStudent]),
        prop::sample::select(vec![Region::Us, Region::OutsideUs]),
    )
        .prop_map(
            |(
                degree,
                programs,
                kind,
                accredited,
                years,
                says_field,
                holds,
                licenses,
                stage,
                region,
            )| {
                EligibilityPath {
                    name: "generated".to_string(),
                    degree,
                    programs: programs.into_iter().map(str::to_string).collect(),
                    program_kind: kind,
                    accredited_by: accredited.map(str::to_string),
                    experience_years: years,
                    experience_in: says_field.then(|| "health data".to_string()),
                    credentials_any: holds,
                    licenses_any: licenses.into_iter().map(str::to_string).collect(),
                    also_requires: Vec::new(),
                    unknown: Vec::new(),
                    region,
                    stage,
                    closes: None,
                    source: "article-2020".to_string(),
                    status: Status::Confirmed,
                    note: None,
                }
            },
        )
}

/// The same person with one more advantage: more experience, the next degree up, or one more
/// credential.
#[derive(Clone, Debug)]
enum Gain {
    Years(u32),
    HigherDegree,
    Credential(String),
}

fn gained(person: &Person, gain: &Gain) -> Person {
    let mut better = person.clone();
    match gain {
        Gain::Years(half_years) => better.years += f64::from(*half_years) / 2.0,
        Gain::HigherDegree => {
            if let Some(next) = Degree::ALL.iter().find(|d| **d > person.degree) {
                better.degree = *next;
            }
        }
        Gain::Credential(id) => {
            better.holds.insert(id.clone());
        }
    }
    better
}

fn any_gain(credentials: Vec<String>) -> impl Strategy<Value = Gain> {
    prop_oneof![
        (1u32..=12).prop_map(Gain::Years),
        Just(Gain::HigherDegree),
        prop::sample::select(credentials).prop_map(Gain::Credential),
    ]
}

fn credential_ids(catalog: &Catalog) -> Vec<String> {
    catalog
        .data
        .credentials()
        .iter()
        .map(|c| c.id.clone())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_gain_never_takes_eligibility_away_on_the_built_in_data(
        (person, gain) in {
            let ids = credential_ids(catalog());
            (any_person(ids.clone()), any_gain(ids))
        }
    ) {
        let catalog = catalog();
        let better = gained(&person, &gain);
        for credential in catalog.data.credentials() {
            let before = eligibility::check(catalog, credential, &person, today());
            let after = eligibility::check(catalog, credential, &better, today());
            if before.eligible() {
                prop_assert!(
                    after.eligible(),
                    "{} lost with {:?}: {:?}",
                    credential.id,
                    gain,
                    after.paths.iter().map(|p| (&p.outcome, &p.missing)).collect::<Vec<_>>()
                );
            }
            // No route the person met, nor a possible one, is lost either.
            for (b, a) in before.paths.iter().zip(&after.paths) {
                if matches!(b.outcome, Outcome::Met | Outcome::Possible) {
                    prop_assert_eq!(b.outcome, a.outcome, "{} path {}", credential.id, b.index + 1);
                }
            }
        }
    }

    #[test]
    fn a_gain_never_takes_eligibility_away_on_any_path(
        (path, person, gain) in {
            let ids = credential_ids(catalog());
            (any_path(ids.clone()), any_person(ids.clone()), any_gain(ids))
        }
    ) {
        let catalog = catalog();
        let before = eligibility::check_path(catalog, 0, &path, &person, today());
        let after = eligibility::check_path(catalog, 0, &path, &gained(&person, &gain), today());
        if before.outcome == Outcome::Met {
            prop_assert_eq!(after.outcome, Outcome::Met, "{:?} with {:?}", path, gain);
        }
        // And what is missing never grows.
        prop_assert!(after.missing.len() <= before.missing.len(), "{:?}", after.missing);
    }
}

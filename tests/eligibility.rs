//! The eligibility rules on the built-in data, as tables: for every path of every credential,
//! a person it fits and the outcome, and the people who just miss it and what they are told.
//! Then whole persons and their verdict for every credential, edge cases of the verdicts and
//! the nearest route, experience by kind, and a property: more experience (of any kind), a
//! higher degree or one more credential never makes an eligible person ineligible.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use him::catalog::Catalog;
use him::data::model::{
    Degree, EligibilityPath, ExperiencePart, ProgramKind, Region, Stage, Status,
};
use him::domain::eligibility::{self, Accreditation, Doubt, Need, Outcome, Person, Verdict};
use proptest::prelude::*;

use common::{catalog, timing};

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
    /// Years of experience of one kind (`--experience KIND=YEARS`).
    fn experience(mut self, kind: &str, years: f64) -> P {
        self.0.experience.insert(kind.to_string(), years);
        self
    }
    /// Years of experience of a kind not said (`--years`).
    fn years(mut self, years: f64) -> P {
        self.0.unspecified_years = years;
        self
    }
    fn holds(mut self, credential: &str) -> P {
        self.0.holds.insert(credential.to_string());
        self
    }
    /// A credential held in its apprentice form (`--holds cpc-a`).
    fn apprentice(mut self, credential: &str) -> P {
        self.0.holds.insert(credential.to_string());
        self.0.apprentice.insert(credential.to_string());
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
/// and the outcome. A path with anything left to confirm is at best `Possible`; one whose rule
/// only a secondary source or the article states, or whose source is older than three years,
/// at best `Likely`.
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
        // AHIMA's CCA page is dated by its holder count of 31 December 2023: 35 months old.
        ("cca", 1, nobody().degree(HighSchool), Outcome::Met),
        // CCS now asks only for a diploma (AHIMA's current page, undated).
        ("ccs", 1, nobody().degree(HighSchool), Outcome::Met),
        // Unconfirmed, and its requirements unknown.
        ("ccs-p", 1, nobody(), Outcome::Possible),
        // The article's and a prep site's routes: AHIMA's current CHDA routes were not found.
        (
            "chda",
            1,
            nobody().experience("healthcare-data", 1.0),
            Outcome::Possible,
        ),
        (
            "chda",
            2,
            nobody()
                .degree(Master)
                .program("informatics")
                .accredited_by("cahiim"),
            Outcome::Possible,
        ),
        (
            "chda",
            3,
            nobody().degree(Bachelor).experience("healthcare-data", 1.0),
            Outcome::Possible,
        ),
        (
            "chda",
            4,
            nobody().holds("rhia").experience("healthcare-data", 1.0),
            Outcome::Possible,
        ),
        // AHIMA's CHPS page is dated by its 2020 figures: older than three years.
        (
            "chps",
            1,
            nobody()
                .degree(HighSchool)
                .experience("privacy-security", 6.0),
            Outcome::Likely,
        ),
        (
            "chps",
            2,
            nobody()
                .degree(Associate)
                .experience("privacy-security", 4.0),
            Outcome::Likely,
        ),
        (
            "chps",
            3,
            nobody().holds("ccs").experience("privacy-security", 4.0),
            Outcome::Likely,
        ),
        (
            "chps",
            4,
            nobody()
                .degree(Bachelor)
                .experience("privacy-security", 2.0),
            Outcome::Likely,
        ),
        (
            "chps",
            5,
            nobody().holds("rhia").experience("privacy-security", 2.0),
            Outcome::Likely,
        ),
        (
            "chps",
            6,
            nobody().degree(Master).experience("privacy-security", 1.0),
            Outcome::Likely,
        ),
        // CDIP's routes are all unconfirmed.
        (
            "cdip",
            1,
            nobody().holds("ccs").experience("cdi", 2.0),
            Outcome::Possible,
        ),
        (
            "cdip",
            2,
            nobody().license("do").experience("cdi", 2.0),
            Outcome::Possible,
        ),
        (
            "cdip",
            3,
            nobody().degree(Associate).experience("cdi", 3.0),
            Outcome::Possible,
        ),
        // Healthcare information systems years count toward information systems.
        (
            "cphims",
            1,
            nobody()
                .degree(Bachelor)
                .experience("healthcare-information-systems", 5.0),
            Outcome::Possible,
        ),
        (
            "cphims",
            2,
            nobody()
                .degree(Master)
                .experience("information-systems", 3.0)
                .experience("healthcare-information-systems", 2.0),
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
                .experience("health-informatics", 4.0),
            Outcome::Possible,
        ),
        (
            "ahic",
            2,
            nobody()
                .degree(Master)
                .program("informatics")
                .accredited_by("cahiim")
                .experience("health-informatics", 6.0),
            Outcome::Possible,
        ),
        (
            "ahic",
            3,
            nobody()
                .degree(Master)
                .program("nursing")
                .accredited_by("recognized")
                .experience("health-informatics", 6.0),
            Outcome::Possible,
        ),
        (
            "ahic",
            4,
            nobody()
                .degree(Doctorate)
                .program("computing")
                .accredited_by("recognized")
                .experience("health-informatics", 8.0),
            Outcome::Possible,
        ),
        (
            "ahic",
            5,
            nobody()
                .degree(Bachelor)
                .program("informatics")
                .experience("health-informatics", 1.0),
            Outcome::Possible,
        ),
        (
            "ancc-informatics-nursing",
            1,
            nobody()
                .degree(Bachelor)
                .program("nursing")
                .license("rn")
                .experience("nursing", 2.0),
            Outcome::Possible,
        ),
        (
            "ancc-informatics-nursing",
            2,
            nobody()
                .degree(Bachelor)
                .program("nursing")
                .license("rn")
                .experience("nursing", 2.0),
            Outcome::Possible,
        ),
        (
            "ancc-informatics-nursing",
            3,
            nobody()
                .degree(Master)
                .program("nursing")
                .license("rn")
                .experience("nursing", 2.0),
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
            nobody()
                .degree(Doctorate)
                .license("do")
                .experience("clinical-informatics", 3.0),
            Outcome::Closed,
        ),
        // Anyone may sit AAPC's exams.
        ("cpc", 1, nobody(), Outcome::Met),
        ("coc", 1, nobody(), Outcome::Met),
        ("crc", 1, nobody(), Outcome::Met),
        ("cic", 1, nobody(), Outcome::Met),
        // CCDS asks for current CDI work, which him cannot check.
        (
            "ccds",
            1,
            nobody().license("rn").experience("inpatient-cdi", 2.0),
            Outcome::Possible,
        ),
        (
            "ccds",
            2,
            nobody().holds("rhit").experience("inpatient-cdi", 2.0),
            Outcome::Possible,
        ),
        (
            "ccds",
            3,
            nobody().degree(Associate).experience("inpatient-cdi", 3.0),
            Outcome::Possible,
        ),
        (
            "ccds",
            4,
            nobody().experience("inpatient-cdi", 3.0),
            Outcome::Possible,
        ),
        (
            "ccds",
            5,
            nobody().holds("ccs-p").experience("inpatient-cdi", 3.0),
            Outcome::Possible,
        ),
        (
            "ccds-o",
            1,
            nobody().license("rn").experience("outpatient-cdi", 2.0),
            Outcome::Met,
        ),
        // One outpatient and one inpatient year make the two years of CDI.
        (
            "ccds-o",
            2,
            nobody()
                .holds("cpc")
                .experience("outpatient-cdi", 1.0)
                .experience("inpatient-cdi", 1.0),
            Outcome::Met,
        ),
        (
            "cpdhts",
            1,
            nobody()
                .degree(Bachelor)
                .accredited_by("recognized")
                .experience("healthcare-information-systems", 5.0),
            Outcome::Met,
        ),
        (
            "cpdhts",
            2,
            nobody()
                .degree(Master)
                .experience("information-systems", 3.0)
                .experience("healthcare-information-systems", 2.0),
            Outcome::Met,
        ),
        (
            "cpdhts",
            3,
            nobody().experience("information-systems", 10.0),
            Outcome::Possible,
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
        let check = eligibility::check_path(catalog, number - 1, path, &person.0, timing());
        assert_eq!(
            check.outcome,
            expected,
            "{id} path {number} ({}): missing {:?}, to confirm {:?}",
            path.name,
            check.missing_words(),
            check.to_confirm_words()
        );
        assert!(
            check.missing.is_empty(),
            "{id} {number}: {:?}",
            check.missing_words()
        );
        if expected.is_open() {
            assert_eq!(
                check.to_confirm.is_empty(),
                expected != Outcome::Possible,
                "{id} {number}: a met or likely path has nothing to confirm, a possible one has"
            );
        }
    }
}

/// People who just miss a path, and exactly what they are told.
#[test]
fn a_person_who_just_misses_a_path_is_told_what_is_missing() {
    let catalog = catalog();
    let him = |d| nobody().degree(d).program("him");
    let privacy = "privacy-security";
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
        // RHIT names associate-level programs only.
        (
            "rhit",
            1,
            nobody().degree(Associate).program("him"),
            &["needs a program accredited by CAHIIM"],
        ),
        (
            "chps",
            4,
            nobody().degree(Bachelor).experience(privacy, 1.0),
            &["needs 1 more year of experience in healthcare privacy or security management"],
        ),
        (
            "chps",
            4,
            nobody().degree(Bachelor).experience(privacy, 1.5),
            &["needs 0.5 more years of experience in healthcare privacy or security management"],
        ),
        (
            "chps",
            4,
            nobody().degree(Associate).experience(privacy, 2.0),
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
        // Experience of another kind is named, and not counted.
        (
            "chps",
            4,
            nobody().degree(Bachelor).experience("nursing", 2.0),
            &[
                "needs 2 years of experience in healthcare privacy or security management (your 2 years of nursing practice do not count toward it)",
            ],
        ),
        (
            "chps",
            5,
            nobody().holds("rhia").experience("coding", 3.0),
            &[
                "needs 2 years of experience in healthcare privacy or security management (your 3 years of medical coding do not count toward it)",
            ],
        ),
        (
            "cdip",
            1,
            nobody().holds("ccs").experience("coding", 3.0),
            &[
                "needs 2 years of experience in clinical documentation improvement (your 3 years of medical coding do not count toward it)",
            ],
        ),
        (
            "ahic",
            1,
            nobody()
                .degree(Master)
                .program("informatics")
                .experience("health-informatics", 4.0),
            &["needs an accredited program or institution"],
        ),
        // Track 2's disciplines are examples, but a degree must be given.
        (
            "ahic",
            3,
            nobody()
                .degree(Master)
                .accredited_by("recognized")
                .experience("health-informatics", 6.0),
            &[
                "needs a degree in medicine, nursing, pharmacy, dentistry, public health, computing or other health professions",
            ],
        ),
        (
            "ancc-informatics-nursing",
            1,
            nobody()
                .degree(Bachelor)
                .program("nursing")
                .experience("nursing", 2.0),
            &["needs an RN license"],
        ),
        // Since May 2024, only a nursing bachelor's.
        (
            "ancc-informatics-nursing",
            1,
            nobody()
                .degree(Bachelor)
                .program("computing")
                .license("rn")
                .experience("nursing", 2.0),
            &["needs a degree in nursing"],
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
        // Two years of CDI, but no outpatient year among them.
        (
            "ccds-o",
            1,
            nobody().license("rn").experience("inpatient-cdi", 2.0),
            &[
                "needs 1 year of experience in outpatient CDI (your 2 years of inpatient CDI do not count toward it)",
            ],
        ),
        (
            "cpdhts",
            1,
            nobody()
                .degree(Bachelor)
                .accredited_by("recognized")
                .experience("healthcare-information-systems", 2.0),
            &[
                "needs 3 more years of experience in information and management systems",
                "needs 1 more year of experience in information and management systems in healthcare",
            ],
        ),
    ];
    for (id, number, person, expected) in cases {
        let credential = catalog.credential(id).unwrap();
        let check = eligibility::check_path(
            catalog,
            number - 1,
            &credential.paths[number - 1],
            &person.0,
            timing(),
        );
        assert_eq!(check.outcome, Outcome::NotMet, "{id} {number}");
        assert_eq!(check.missing_words(), expected, "{id} {number}");
    }
}

/// What is missing is kept structured, for a planner: which kind of experience and how much.
#[test]
fn what_is_missing_is_structured() {
    let catalog = catalog();
    let chps = catalog.credential("chps").unwrap();
    let nurse = nobody().degree(Bachelor).experience("nursing", 2.0);
    let check = eligibility::check_path(catalog, 3, &chps.paths[3], &nurse.0, timing());
    match &check.missing[0].need {
        Need::Experience {
            kind,
            years,
            has,
            short,
            not_counting,
        } => {
            assert_eq!(kind, "privacy-security");
            assert_eq!((*years, *has, *short), (Some(2.0), 0.0, Some(2.0)));
            assert_eq!(not_counting.len(), 1);
            assert_eq!(not_counting[0].kind, "nursing");
        }
        other => panic!("{other:?}"),
    }
    let rhia = catalog.credential("rhia").unwrap();
    let check = eligibility::check_path(catalog, 0, &rhia.paths[0], &nobody().0, timing());
    assert_eq!(
        check.missing.iter().map(|g| &g.need).collect::<Vec<_>>(),
        [
            &Need::Degree { minimum: Bachelor },
            &Need::Program {
                kind: ProgramKind::Degree,
                disciplines: vec!["him".to_string()],
                also: None,
                accredited_by: Some("cahiim".to_string()),
            },
        ]
    );
}

#[test]
fn reciprocity_routes_are_checked_only_for_programs_abroad() {
    let catalog = catalog();
    let rhia = catalog.credential("rhia").unwrap();
    let person = nobody().degree(Bachelor).program("him");
    let check = eligibility::check(catalog, rhia, &person.0, timing());
    assert_eq!(check.paths[2].outcome, Outcome::NotChecked);
    assert_eq!(check.verdict, Verdict::NotEligible);
    assert_eq!(check.chosen, Some(0));
    let abroad = eligibility::check(catalog, rhia, &person.outside_us().0, timing());
    assert_eq!(abroad.verdict, Verdict::Possible);
    assert_eq!(abroad.chosen, Some(2));
    assert!(
        abroad.paths[2].to_confirm[0]
            .words
            .contains("reciprocity agreement with AHIMA")
    );
}

/// (credential, person, verdict, path number chosen: the one met or likely, the possible one,
/// or the nearest).
#[test]
fn verdicts_per_credential() {
    let catalog = catalog();
    let him_cahiim = |d| nobody().degree(d).program("him").accredited_by("cahiim");
    let privacy = "privacy-security";
    let cases: Vec<(&str, P, Verdict, Option<usize>)> = vec![
        // Exactly the years required; CHPS's rules are dated 2020: likely, not eligible.
        (
            "chps",
            nobody().degree(Bachelor).experience(privacy, 2.0),
            Verdict::Likely,
            Some(4),
        ),
        // A higher degree meets a lower minimum; the first route met is named.
        (
            "chps",
            nobody().degree(Doctorate).experience(privacy, 2.0),
            Verdict::Likely,
            Some(4),
        ),
        (
            "cca",
            nobody().degree(Doctorate),
            Verdict::Eligible,
            Some(1),
        ),
        // RHIT's page names associate-level programs: a bachelor's is possible, not eligible.
        ("rhit", him_cahiim(Associate), Verdict::Eligible, Some(1)),
        ("rhit", him_cahiim(Bachelor), Verdict::Possible, Some(1)),
        ("rhia", him_cahiim(Master), Verdict::Eligible, Some(1)),
        // A prerequisite credential stands in for a degree.
        (
            "chps",
            nobody().holds("rhia").experience(privacy, 2.0),
            Verdict::Likely,
            Some(5),
        ),
        (
            "chps",
            nobody().holds("rhit").experience(privacy, 4.0),
            Verdict::Likely,
            Some(3),
        ),
        // CCS needs a diploma only: experience and credentials are recommended, not required.
        (
            "ccs",
            nobody().degree(HighSchool),
            Verdict::Eligible,
            Some(1),
        ),
        (
            "ccs",
            nobody().holds("ccs-p"),
            Verdict::NotEligible,
            Some(1),
        ),
        // Unconfirmed or partly unknown routes are never enough.
        (
            "cahims",
            nobody().degree(Doctorate),
            Verdict::Possible,
            Some(1),
        ),
        (
            "cdip",
            nobody().holds("rhia").experience("cdi", 20.0),
            Verdict::Possible,
            Some(1),
        ),
        (
            "cphims",
            nobody()
                .degree(Master)
                .experience("healthcare-information-systems", 20.0),
            Verdict::Possible,
            Some(1),
        ),
        (
            "chda",
            nobody().holds("rhia").experience("healthcare-data", 5.0),
            Verdict::Possible,
            Some(1),
        ),
        // The article's CHDA route: AHIMA's current routes were not found, so possible only.
        (
            "chda",
            nobody()
                .degree(Master)
                .program("informatics")
                .accredited_by("cahiim"),
            Verdict::Possible,
            Some(2),
        ),
        // A closed route is never chosen, even when everything else fits it.
        (
            "clinical-informatics",
            nobody()
                .degree(Doctorate)
                .license("md")
                .experience("clinical-informatics", 10.0),
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
            him_cahiim(Bachelor).final_term().experience(privacy, 2.0),
            Verdict::NotEligible,
            Some(4),
        ),
        // The nearest route: the fewest missing conditions; on a tie, the one where only
        // experience is missing, then the fewest years to go.
        ("chps", nobody(), Verdict::NotEligible, Some(1)),
        (
            "chps",
            nobody().degree(Bachelor).experience(privacy, 1.0),
            Verdict::NotEligible,
            Some(4),
        ),
        (
            "chps",
            nobody().degree(Associate).experience(privacy, 3.0),
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
        // A credential held in its apprentice form is possible where a route names it.
        (
            "ccds-o",
            nobody().apprentice("cpc").experience("outpatient-cdi", 2.0),
            Verdict::Possible,
            Some(2),
        ),
        (
            "ccds-o",
            nobody().holds("cpc").experience("outpatient-cdi", 2.0),
            Verdict::Eligible,
            Some(2),
        ),
        // An unlisted discipline where the route gives examples: possible, not refused.
        (
            "ahic",
            nobody()
                .degree(Master)
                .program("biology")
                .accredited_by("recognized")
                .experience("health-informatics", 6.0),
            Verdict::Possible,
            Some(3),
        ),
    ];
    for (id, person, verdict, chosen) in cases {
        let credential = catalog.credential(id).unwrap();
        let check = eligibility::check(catalog, credential, &person.0, timing());
        assert_eq!(
            (check.verdict, check.chosen.map(|i| i + 1)),
            (verdict, chosen),
            "{id} for {:?}",
            person.0
        );
        assert_eq!(check.eligible(), verdict == Verdict::Eligible);
    }
}

/// Whole persons, and the verdict for every credential, each with the route that decides it
/// (`Yes` eligible, `Maybe` possible, `No` not yet, with the route's number: the one met, the
/// possible one, or the nearest). Likely verdicts are in `verdicts_per_credential`.
#[test]
fn whole_persons_get_a_verdict_for_every_credential() {
    use Verdict::{Eligible as Yes, NotEligible as No, Possible as Maybe};
    type Row = (&'static str, Verdict, usize);
    let nurse = nobody()
        .degree(Bachelor)
        .program("nursing")
        .license("rn")
        .experience("nursing", 2.0);
    let coder = nobody()
        .degree(Associate)
        .experience("coding", 3.0)
        .holds("cpc");
    let hi_master = nobody().degree(Master).program("informatics");
    let hi_master_working = nobody()
        .degree(Master)
        .program("informatics")
        .accredited_by("cahiim")
        .experience("health-informatics", 4.0);
    let him_bachelor = nobody()
        .degree(Bachelor)
        .program("him")
        .accredited_by("cahiim");
    let high_school = nobody().degree(HighSchool);
    // The credentials the six have in common: AHIMA's coding credentials and AAPC's exams.
    let open_to_all: [Row; 6] = [
        ("cca", Yes, 1),
        ("ccs", Yes, 1),
        ("cpc", Yes, 1),
        ("coc", Yes, 1),
        ("crc", Yes, 1),
        ("cic", Yes, 1),
    ];
    let people: Vec<(&str, P, Vec<Row>)> = vec![
        (
            "a nurse with two years of nursing",
            nurse,
            vec![
                ("rhia", No, 1),
                ("rhit", No, 1),
                ("ccs-p", Maybe, 1),
                ("chda", No, 1),
                // Her nursing years are not privacy or security management.
                ("chps", No, 4),
                ("cdip", No, 2),
                ("cphims", No, 1),
                ("cahims", Maybe, 1),
                ("ahic", No, 5),
                // Everything him can check holds; the informatics hours are hers to confirm.
                ("ancc-informatics-nursing", Maybe, 1),
                ("clinical-informatics", No, 1),
                ("ccds", No, 1),
                ("ccds-o", No, 1),
                ("cpdhts", No, 3),
            ],
        ),
        (
            "a coder with an associate degree, three years of coding and CPC",
            coder,
            vec![
                ("rhia", No, 1),
                ("rhit", No, 1),
                ("ccs-p", Maybe, 1),
                ("chda", No, 1),
                ("chps", No, 2),
                ("cdip", No, 3),
                ("cphims", No, 1),
                ("cahims", Maybe, 1),
                ("ahic", No, 1),
                ("ancc-informatics-nursing", No, 1),
                ("clinical-informatics", No, 1),
                ("ccds", No, 3),
                // CPC counts toward CCDS-O; CDI years are missing.
                ("ccds-o", No, 2),
                ("cpdhts", No, 3),
            ],
        ),
        (
            "an HI master's graduate with no experience",
            hi_master,
            vec![
                ("rhia", No, 1),
                ("rhit", No, 1),
                ("ccs-p", Maybe, 1),
                // At best possible: the article's route needs CAHIIM, the others experience.
                ("chda", No, 1),
                ("chps", No, 6),
                ("cdip", No, 3),
                ("cphims", No, 2),
                ("cahims", Maybe, 1),
                ("ahic", No, 5),
                ("ancc-informatics-nursing", No, 1),
                ("clinical-informatics", No, 1),
                ("ccds", No, 3),
                ("ccds-o", No, 1),
                ("cpdhts", No, 3),
            ],
        ),
        (
            "an accredited HI master's graduate with four years of informatics",
            hi_master_working,
            vec![
                ("rhia", No, 1),
                ("rhit", No, 1),
                ("ccs-p", Maybe, 1),
                ("chda", Maybe, 2),
                ("chps", No, 6),
                ("cdip", No, 3),
                ("cphims", No, 2),
                ("cahims", Maybe, 1),
                // Track 1: the share of working time is to confirm.
                ("ahic", Maybe, 1),
                ("ancc-informatics-nursing", No, 1),
                ("clinical-informatics", No, 1),
                ("ccds", No, 3),
                ("ccds-o", No, 1),
                ("cpdhts", No, 3),
            ],
        ),
        (
            "a CAHIIM HIM bachelor's graduate",
            him_bachelor,
            vec![
                ("rhia", Yes, 1),
                // RHIT's page names associate-level programs only.
                ("rhit", Maybe, 1),
                ("ccs-p", Maybe, 1),
                ("chda", No, 1),
                ("chps", No, 4),
                ("cdip", No, 3),
                ("cphims", No, 1),
                ("cahims", Maybe, 1),
                ("ahic", No, 5),
                ("ancc-informatics-nursing", No, 1),
                ("clinical-informatics", No, 1),
                ("ccds", No, 3),
                ("ccds-o", No, 1),
                ("cpdhts", No, 3),
            ],
        ),
        (
            "a high-school graduate",
            high_school,
            vec![
                ("rhia", No, 1),
                ("rhit", No, 1),
                ("ccs-p", Maybe, 1),
                ("chda", No, 1),
                ("chps", No, 1),
                ("cdip", No, 1),
                ("cphims", No, 1),
                ("cahims", Maybe, 1),
                ("ahic", No, 1),
                ("ancc-informatics-nursing", No, 1),
                ("clinical-informatics", No, 1),
                ("ccds", No, 4),
                ("ccds-o", No, 1),
                ("cpdhts", No, 3),
            ],
        ),
    ];
    let catalog = catalog();
    for (who, person, rows) in people {
        let mut expected: BTreeMap<&str, (Verdict, usize)> = open_to_all
            .iter()
            .map(|(id, v, n)| (*id, (*v, *n)))
            .collect();
        expected.extend(rows.iter().map(|(id, v, n)| (*id, (*v, *n))));
        assert_eq!(
            expected.len(),
            catalog.data.credentials().len(),
            "{who}: every credential has a verdict"
        );
        for credential in catalog.data.credentials() {
            let check = eligibility::check(catalog, credential, &person.0, timing());
            let got = (check.verdict, check.chosen.map_or(0, |i| i + 1));
            assert_eq!(
                got,
                expected[credential.id.as_str()],
                "{who}: {} (missing {:?}, to confirm {:?})",
                credential.id,
                check.chosen_path().map(|p| p.missing_words()),
                check.chosen_path().map(|p| p.to_confirm_words())
            );
        }
    }
}

/// The nurse's CCS verdict rests on the diploma, not on her nursing years; its recommended
/// coding experience says her years do not count toward it.
#[test]
fn the_nurse_sits_ccs_by_the_diploma_not_by_her_nursing_years() {
    let catalog = catalog();
    let nurse = nobody()
        .degree(Bachelor)
        .program("nursing")
        .license("rn")
        .experience("nursing", 2.0);
    let ccs = eligibility::check(
        catalog,
        catalog.credential("ccs").unwrap(),
        &nurse.0,
        timing(),
    );
    let route = ccs.chosen_path().unwrap();
    assert_eq!(route.path.name, "High-school diploma");
    assert!(route.path.experience_in.is_none());
    let two_years = ccs
        .recommended
        .iter()
        .find(|r| r.path.name == "Two years of coding")
        .unwrap();
    assert_eq!(two_years.outcome, Outcome::NotMet);
    assert_eq!(
        two_years.missing_words(),
        [
            "needs 2 years of experience in medical coding (your 2 years of nursing practice do not count toward it)"
        ]
    );
}

/// Anyone can sit CPC; the apprentice mark comes off after two years of coding.
#[test]
fn cpc_is_sat_as_an_apprentice_until_two_years_of_coding() {
    let catalog = catalog();
    let cpc = catalog.credential("cpc").unwrap();
    let school = eligibility::check(catalog, cpc, &nobody().degree(HighSchool).0, timing());
    assert_eq!(school.verdict, Verdict::Eligible);
    let apprentice = school.apprentice.as_ref().unwrap();
    assert_eq!(apprentice.abbreviation, "CPC-A");
    assert_eq!(apprentice.verdict, Verdict::NotEligible);
    let rule = apprentice.chosen_removal().unwrap();
    assert_eq!(rule.path.name, "Two years of coding");
    assert_eq!(
        rule.missing_words(),
        ["needs 2 years of experience in medical coding"]
    );
    // With the years, the mark can be avoided once AAPC has the letters.
    let coder = nobody().experience("coding", 3.0);
    let check = eligibility::check(catalog, cpc, &coder.0, timing());
    let apprentice = check.apprentice.as_ref().unwrap();
    assert_eq!(apprentice.verdict, Verdict::Possible);
    assert!(
        apprentice.chosen_removal().unwrap().to_confirm_words()[0].contains("two signed letters")
    );
}

// --- experience by kind ----------------------------------------------------------------------

#[test]
fn narrower_kinds_count_toward_broader_ones() {
    let catalog = catalog();
    let years = |person: &P, kind: &str| eligibility::years_of(catalog, &person.0, kind);
    // An outpatient and an inpatient year are two years of CDI.
    let split = nobody()
        .experience("outpatient-cdi", 1.0)
        .experience("inpatient-cdi", 1.0);
    assert_eq!(years(&split, "cdi"), 2.0);
    assert_eq!(years(&split, "outpatient-cdi"), 1.0);
    // The broader kind's years are all of it, the narrower ones among them.
    let among = nobody()
        .experience("cdi", 3.0)
        .experience("outpatient-cdi", 1.0);
    assert_eq!(years(&among, "cdi"), 3.0);
    // Healthcare information systems are information systems, not the other way round.
    let hc = nobody().experience("healthcare-information-systems", 4.0);
    assert_eq!(years(&hc, "information-systems"), 4.0);
    let is = nobody().experience("information-systems", 4.0);
    assert_eq!(years(&is, "healthcare-information-systems"), 0.0);
    // Unrelated kinds never count.
    assert_eq!(years(&nobody().experience("nursing", 9.0), "coding"), 0.0);
    assert_eq!(
        eligibility::broader_kinds(catalog, "outpatient-cdi"),
        ["cdi"]
    );
}

/// `--years` says how long, not what: a route asking for one kind is possible at best.
#[test]
fn years_of_a_kind_not_said_make_a_route_possible_never_met() {
    let catalog = catalog();
    let chps = catalog.credential("chps").unwrap();
    let person = nobody().degree(Bachelor).years(2.0);
    let check = eligibility::check(catalog, chps, &person.0, timing());
    assert_eq!(check.verdict, Verdict::Possible);
    let route = check.chosen_path().unwrap();
    assert_eq!(route.index + 1, 4);
    assert_eq!(
        route.to_confirm_words(),
        ["met if your 2 years (kind not said) are in healthcare privacy or security management"]
    );
    assert!(matches!(
        route.to_confirm[0].doubt,
        Doubt::ExperienceKind { from: None, .. }
    ));
    // Fewer years than the route asks for are still missing.
    let short = eligibility::check(
        catalog,
        chps,
        &nobody().degree(Bachelor).years(1.0).0,
        timing(),
    );
    assert_eq!(short.verdict, Verdict::NotEligible);
    // Years of a broader kind count only if they were of the narrower one.
    let cpdhts = catalog.credential("cpdhts").unwrap();
    let it = nobody()
        .degree(Master)
        .experience("information-systems", 5.0);
    let check = eligibility::check(catalog, cpdhts, &it.0, timing());
    assert_eq!(check.verdict, Verdict::Possible);
    assert_eq!(
        check.chosen_path().unwrap().to_confirm_words(),
        [
            "met if 2 of your 5 years of information and management systems are in information and management systems in healthcare"
        ]
    );
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

/// Every experience kind of the built-in data.
fn experience_kinds(catalog: &Catalog) -> Vec<String> {
    catalog
        .data
        .experience()
        .iter()
        .map(|k| k.id.clone())
        .collect()
}

fn any_person(credentials: Vec<String>, kinds: Vec<String>) -> impl Strategy<Value = Person> {
    let disciplines = vec![
        "him",
        "informatics",
        "nursing",
        "medicine",
        "computing",
        "clinical-informatics",
        "biology",
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
        prop::collection::btree_map(prop::sample::select(kinds), 1u32..=24, 0..=3),
        0u32..=8,
        prop::sample::subsequence(credentials, 0..=3),
        prop::sample::subsequence(vec!["cpc", "coc"], 0..=2),
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
                experience,
                unspecified_half_years,
                holds,
                apprentice,
                licenses,
            )| {
                let mut holds = holds.into_iter().collect::<BTreeSet<_>>();
                let apprentice: BTreeSet<String> = apprentice
                    .into_iter()
                    .map(str::to_string)
                    .filter(|id| !holds.contains(id))
                    .collect();
                holds.extend(apprentice.iter().cloned());
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
                    experience: experience
                        .into_iter()
                        .map(|(kind, half_years)| (kind, f64::from(half_years) / 2.0))
                        .collect(),
                    unspecified_years: f64::from(unspecified_half_years) / 2.0,
                    holds,
                    apprentice,
                    licenses: licenses.into_iter().map(str::to_string).collect(),
                }
            },
        )
}

/// Paths beyond the built-in ones: any mix of the conditions the data model allows.
fn any_path(
    credentials: Vec<String>,
    kinds: Vec<String>,
) -> impl Strategy<Value = EligibilityPath> {
    (
        (
            prop::option::of(degree()),
            prop::sample::subsequence(vec!["him", "informatics", "nursing"], 0..=2),
            any::<bool>(),
            prop::sample::select(vec![
                ProgramKind::Degree,
                ProgramKind::PostBaccalaureateCertificate,
                ProgramKind::Fellowship,
            ]),
            prop::option::of(prop::sample::select(vec!["cahiim", "recognized"])),
        ),
        (
            prop::option::of(1u32..=8),
            prop::option::of(prop::sample::select(kinds)),
            any::<bool>(),
        ),
        prop::sample::subsequence(credentials, 0..=2),
        prop::sample::subsequence(vec!["rn", "md"], 0..=1),
        prop::sample::select(vec![Stage::Graduate, Stage::FinalTermStudent]),
        prop::sample::select(vec![Region::Us, Region::OutsideUs]),
        prop::sample::select(vec![
            Status::Confirmed,
            Status::Secondary,
            Status::Unconfirmed,
        ]),
    )
        .prop_map(
            |(
                (degree, programs, examples, kind, accredited),
                (years, experience_in, with_part),
                holds,
                licenses,
                stage,
                region,
                status,
            )| {
                // A part of the years is of a kind narrower than the whole: healthcare
                // information systems within information systems.
                let part = (with_part
                    && years.is_some()
                    && experience_in.as_deref() == Some("information-systems"))
                .then(|| ExperiencePart {
                    years: 1.0,
                    kind: "healthcare-information-systems".to_string(),
                });
                EligibilityPath {
                    name: "generated".to_string(),
                    degree,
                    degree_exact: false,
                    programs: programs.into_iter().map(str::to_string).collect(),
                    programs_also: examples.then(|| "related fields".to_string()),
                    program_kind: kind,
                    accredited_by: accredited.map(str::to_string),
                    experience_years: years.map(f64::from),
                    experience_in,
                    experience_of_which: part,
                    credentials_any: holds,
                    licenses_any: licenses.into_iter().map(str::to_string).collect(),
                    also_requires: Vec::new(),
                    unknown: Vec::new(),
                    region,
                    stage,
                    closes: None,
                    source: "ahima-ccs".to_string(),
                    status,
                    note: None,
                }
            },
        )
}

/// The same person with one more advantage: more experience (of one kind, or of a kind not
/// said), the next degree up, or one more credential (or the full form of one held as an
/// apprentice).
#[derive(Clone, Debug)]
enum Gain {
    Experience(String, u32),
    UnspecifiedYears(u32),
    HigherDegree,
    Credential(String),
}

fn gained(person: &Person, gain: &Gain) -> Person {
    let mut better = person.clone();
    match gain {
        Gain::Experience(kind, half_years) => {
            *better.experience.entry(kind.clone()).or_insert(0.0) += f64::from(*half_years) / 2.0;
        }
        Gain::UnspecifiedYears(half_years) => {
            better.unspecified_years += f64::from(*half_years) / 2.0;
        }
        Gain::HigherDegree => {
            if let Some(next) = Degree::ALL.iter().find(|d| **d > person.degree) {
                better.degree = *next;
            }
        }
        Gain::Credential(id) => {
            better.holds.insert(id.clone());
            better.apprentice.remove(id);
        }
    }
    better
}

fn any_gain(credentials: Vec<String>, kinds: Vec<String>) -> impl Strategy<Value = Gain> {
    prop_oneof![
        (prop::sample::select(kinds), 1u32..=12).prop_map(|(k, y)| Gain::Experience(k, y)),
        (1u32..=12).prop_map(Gain::UnspecifiedYears),
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

/// How good an outcome is: met before likely before possible before anything else.
fn rank(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Met => 0,
        Outcome::Likely => 1,
        Outcome::Possible => 2,
        _ => 3,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A route that names one degree level only (RHIT's associate-level programs) does not
    /// say a higher degree counts: for it, a higher degree is a possible route, so the degree
    /// gain is not asked to keep it.
    #[test]
    fn a_gain_never_takes_eligibility_away_on_the_built_in_data(
        (person, gain) in {
            let ids = credential_ids(catalog());
            let kinds = experience_kinds(catalog());
            (any_person(ids.clone(), kinds.clone()), any_gain(ids, kinds))
        }
    ) {
        let catalog = catalog();
        let better = gained(&person, &gain);
        for credential in catalog.data.credentials() {
            let before = eligibility::check(catalog, credential, &person, timing());
            let after = eligibility::check(catalog, credential, &better, timing());
            let exact = |index: usize| credential.paths[index].degree_exact;
            let degree_gain = matches!(gain, Gain::HigherDegree);
            if before.eligible() && !(degree_gain && before.chosen.is_some_and(exact)) {
                prop_assert!(
                    after.eligible(),
                    "{} lost with {:?}: {:?}",
                    credential.id,
                    gain,
                    after.paths.iter().map(|p| (p.outcome, p.missing_words())).collect::<Vec<_>>()
                );
            }
            // No route the person met, found likely or possible gets worse either.
            for (b, a) in before.paths.iter().zip(&after.paths) {
                if degree_gain && exact(b.index) {
                    continue;
                }
                if b.outcome.is_open() {
                    prop_assert!(
                        rank(a.outcome) <= rank(b.outcome),
                        "{} path {}: {:?} became {:?} with {:?}",
                        credential.id, b.index + 1, b.outcome, a.outcome, gain
                    );
                }
            }
        }
    }

    #[test]
    fn a_gain_never_takes_eligibility_away_on_any_path(
        (path, person, gain) in {
            let ids = credential_ids(catalog());
            let kinds = experience_kinds(catalog());
            (
                any_path(ids.clone(), kinds.clone()),
                any_person(ids.clone(), kinds.clone()),
                any_gain(ids, kinds),
            )
        }
    ) {
        let catalog = catalog();
        let before = eligibility::check_path(catalog, 0, &path, &person, timing());
        let after = eligibility::check_path(catalog, 0, &path, &gained(&person, &gain), timing());
        if before.outcome.is_open() {
            prop_assert!(
                rank(after.outcome) <= rank(before.outcome),
                "{:?} became {:?}: {:?} with {:?}", before.outcome, after.outcome, path, gain
            );
        }
        // And what is missing never grows.
        prop_assert!(after.missing.len() <= before.missing.len(), "{:?}", after.missing_words());
    }
}

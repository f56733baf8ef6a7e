//! The checks of credentials and their routes, the kinds of experience they count, the chains
//! of credentials requiring credentials, and courses.

use super::*;

use super::chains::{References, too_long_chains};
use super::names::is_kebab_case;

impl<'a> Checker<'a> {
    pub(super) fn credentials(&mut self) {
        let data = self.data;
        for (i, cred) in data.credentials().iter().enumerate() {
            let at = (Kind::Credential, i);
            self.reference(at, || vec![key("issuer")], Kind::Organization, &cred.issuer);
            if let Some(body) = &cred.governed_by {
                self.reference(at, || vec![key("governed_by")], Kind::Organization, body);
            }
            self.references(at, "fields", Kind::Field, &cred.fields);
            if let Some(exam) = &cred.exam {
                self.reference(
                    at,
                    || vec![key("exam"), key("source")],
                    Kind::Source,
                    &exam.source,
                );
            }
            if let Some(renewal) = &cred.renewal {
                if renewal.cycle_years == Some(0) {
                    self.report(
                        Severity::Error,
                        Kind::Credential,
                        i,
                        vec![key("renewal"), key("cycle_years")],
                        "a renewal cycle of 0 years is not a cycle".to_string(),
                        Some("give the years between renewals, or leave `cycle_years` out when the source does not say".to_string()),
                    );
                }
                self.reference(
                    at,
                    || vec![key("renewal"), key("source")],
                    Kind::Source,
                    &renewal.source,
                );
            }
            for (f, fee) in cred.fees.iter().enumerate() {
                self.reference(
                    at,
                    || vec![key("fee"), idx(f), key("source")],
                    Kind::Source,
                    &fee.source,
                );
            }
            for (p, path) in cred.paths.iter().enumerate() {
                self.path(i, cred, path, vec![key("path"), idx(p)]);
            }
            for (p, path) in cred.recommended.iter().enumerate() {
                self.path(i, cred, path, vec![key("recommended"), idx(p)]);
            }
            if let Some(apprentice) = &cred.apprentice {
                self.reference(
                    at,
                    || vec![key("apprentice"), key("source")],
                    Kind::Source,
                    &apprentice.source,
                );
                for (p, path) in apprentice.removals.iter().enumerate() {
                    self.path(
                        i,
                        cred,
                        path,
                        vec![key("apprentice"), key("removal"), idx(p)],
                    );
                }
            }
            self.sources_of(at, &cred.sources);
        }
        self.credential_chains();
    }

    /// One path of credential `i` (a route, a recommendation, a way to remove an apprentice
    /// mark), found at `at` inside the credential.
    pub(super) fn path(
        &mut self,
        i: usize,
        cred: &Credential,
        path: &EligibilityPath,
        at: Vec<Step>,
    ) {
        let here = |name: &'static str| {
            let mut steps = at.clone();
            steps.push(key(name));
            steps
        };
        let record = (Kind::Credential, i);
        if let Some(body) = &path.accredited_by
            && body != ANY_RECOGNIZED_ACCREDITOR
        {
            self.reference(record, || here("accredited_by"), Kind::Organization, body);
        }
        for (c, held) in path.credentials_any.iter().enumerate() {
            let mut steps = here("credentials_any");
            steps.push(idx(c));
            if held == &cred.id {
                self.report(
                    Severity::Error,
                    Kind::Credential,
                    i,
                    steps,
                    "a path cannot require the credential it leads to".to_string(),
                    None,
                );
            } else {
                self.reference(record, || steps, Kind::Credential, held);
            }
        }
        let list = |name: &'static str| {
            let at = at.clone();
            move |n| {
                let mut steps = at.clone();
                steps.extend([key(name), idx(n)]);
                steps
            }
        };
        self.repeats(
            record,
            list("credentials_any"),
            "credentials_any",
            &path.credentials_any,
        );
        self.repeats(record, list("programs"), "programs", &path.programs);
        self.repeats(
            record,
            list("licenses_any"),
            "licenses_any",
            &path.licenses_any,
        );
        for (n, word) in path.programs.iter().chain(&path.licenses_any).enumerate() {
            let (name, index) = if n < path.programs.len() {
                ("programs", n)
            } else {
                ("licenses_any", n - path.programs.len())
            };
            if !is_kebab_case(word) {
                let mut steps = here(name);
                steps.push(idx(index));
                self.report(Severity::Error, Kind::Credential, i, steps, format!("`{word}` is not lowercase kebab-case"), Some("disciplines and licenses are short ids such as `him`, `public-health`, `rn`".to_string()));
            }
        }
        if let Some(years) = path.experience_years {
            self.experience_years(i, here("experience_years"), years);
            if path.experience_in.is_none() {
                self.report(
                    Severity::Error,
                    Kind::Credential,
                    i,
                    here("experience_years"),
                    "years of experience without their kind".to_string(),
                    Some("add `experience_in` with the id of a kind of experience from experience.toml".to_string()),
                );
            }
        }
        if let Some(kind) = &path.experience_in {
            self.reference(record, || here("experience_in"), Kind::Experience, kind);
        }
        if let Some(part) = &path.experience_of_which {
            let mut steps = here("experience_of_which");
            steps.push(key("in"));
            self.reference(record, || steps.clone(), Kind::Experience, &part.kind);
            let mut years = here("experience_of_which");
            years.push(key("years"));
            self.experience_years(i, years.clone(), part.years);
            match (&path.experience_in, path.experience_years) {
                (Some(whole), Some(total)) => {
                    if part.years > total {
                        self.report(
                            Severity::Error,
                            Kind::Credential,
                            i,
                            years,
                            format!(
                                "{} of the years is more than the {total} the path asks for",
                                part.years
                            ),
                            None,
                        );
                    }
                    if self.ids[&Kind::Experience].contains(part.kind.as_str())
                        && !counts_toward(self.data, &part.kind, whole)
                    {
                        self.report(
                            Severity::Error,
                            Kind::Credential,
                            i,
                            steps,
                            format!("experience in `{}` does not count toward `{whole}`, the kind the path asks for", part.kind),
                            Some(format!("the part must be a narrower kind: set `counts_toward = \"{whole}\"` on `{}` in experience.toml, or fix the id", part.kind)),
                        );
                    }
                }
                _ => self.report(
                    Severity::Error,
                    Kind::Credential,
                    i,
                    here("experience_of_which"),
                    "a part of the years needs the years: `experience_years` and `experience_in`"
                        .to_string(),
                    None,
                ),
            }
        }
        if path.status != Status::Unconfirmed && path.unknown.iter().any(|u| u.trim().is_empty()) {
            self.report(
                Severity::Error,
                Kind::Credential,
                i,
                here("unknown"),
                "an entry of `unknown` is empty".to_string(),
                None,
            );
        }
        self.reference(record, || here("source"), Kind::Source, &path.source);
    }

    pub(super) fn experience_years(&mut self, i: usize, steps: Vec<Step>, years: f64) {
        if !(years.is_finite() && years > 0.0 && years <= 60.0) {
            self.report(
                Severity::Error,
                Kind::Credential,
                i,
                steps,
                format!("{years} years of experience is not a plausible requirement"),
                Some("give a number of years above 0 and at most 60, such as 2 or 0.5".to_string()),
            );
        }
    }

    pub(super) fn experience(&mut self) {
        let data = self.data;
        for (i, kind) in data.experience().iter().enumerate() {
            let at = (Kind::Experience, i);
            if let Some(broader) = &kind.counts_toward {
                if broader == &kind.id {
                    self.report(
                        Severity::Error,
                        Kind::Experience,
                        i,
                        vec![key("counts_toward")],
                        "a kind of experience cannot count toward itself".to_string(),
                        None,
                    );
                } else {
                    self.reference(at, || vec![key("counts_toward")], Kind::Experience, broader);
                    if counts_toward(data, broader, &kind.id) {
                        self.report(
                            Severity::Error,
                            Kind::Experience,
                            i,
                            vec![key("counts_toward")],
                            format!("`{}` counts toward `{broader}`, which counts back toward it: the kinds form a cycle", kind.id),
                            Some("a narrower kind counts toward a broader one, never the other way round; remove one `counts_toward`".to_string()),
                        );
                    }
                }
            }
            self.sources_of(at, &kind.sources);
        }
    }

    /// A chain of credentials, each required by a path of the one before, may be at most
    /// `MAX_CHAIN` long.
    pub(super) fn credential_chains(&mut self) {
        let credentials = self.data.credentials();
        let by_id: FxHashMap<&str, usize> = credentials
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let next = References::of(credentials, |credential, refs| {
            for (p, path) in credential.paths.iter().enumerate() {
                for (c, id) in path.credentials_any.iter().enumerate() {
                    if let Some(&target) = by_id.get(id.as_str()) {
                        refs.push(((p, c), target));
                    }
                }
            }
        });
        for (credential, (p, c)) in too_long_chains(&next) {
            self.report(
                Severity::Error,
                Kind::Credential,
                credential,
                vec![key("path"), idx(p), key("credentials_any"), idx(c)],
                format!(
                    "`{}` starts a chain of more than {MAX_CHAIN} credentials, each required by a path of the one before",
                    credentials[credential].id
                ),
                Some(format!("him follows a chain of at most {MAX_CHAIN} credentials (real ones are two or three deep): check the `credentials_any` of the credentials that follow")),
            );
        }
    }

    pub(super) fn courses(&mut self) {
        let data = self.data;
        for (i, course) in data.courses().iter().enumerate() {
            let at = (Kind::Course, i);
            self.reference(at, || vec![key("field")], Kind::Field, &course.field);
            self.references(at, "teaches", Kind::Skill, &course.teaches);
            self.sources_of(at, &course.sources);
        }
    }
}

/// Whether experience of kind `narrow` counts toward `broad`: the same kind, or `broad` reached
/// by following `counts_toward`. A cycle ends the walk (reported where it is).
fn counts_toward(data: &Dataset, narrow: &str, broad: &str) -> bool {
    let kinds = data.experience();
    let mut current = narrow;
    for _ in 0..=kinds.len() {
        if current == broad {
            return true;
        }
        match kinds
            .iter()
            .find(|k| k.id == current)
            .and_then(|k| k.counts_toward.as_deref())
        {
            Some(next) => current = next,
            None => return false,
        }
    }
    false
}

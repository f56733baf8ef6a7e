//! The checks of sources, organizations, skills, fields, specializations and titles (their
//! ladders among them).

use super::*;

use super::chains::{References, too_long_chains};
use super::values::outlook_value_problem;

impl<'a> Checker<'a> {
    pub(super) fn sources(&mut self) {
        let data = self.data;
        for (i, source) in data.sources().iter().enumerate() {
            if let Some(period) = source.period {
                self.not_in_the_future((Kind::Source, i), || vec![key("period")], period);
            }
            if let Some(via) = &source.via {
                if via == &source.id {
                    self.report(
                        Severity::Error,
                        Kind::Source,
                        i,
                        vec![key("via")],
                        "a source cannot come via itself".to_string(),
                        None,
                    );
                } else {
                    self.reference((Kind::Source, i), || vec![key("via")], Kind::Source, via);
                }
            }
            if let Some(host) = source.url.as_deref().and_then(test_host) {
                self.report(
                    Severity::Warning,
                    Kind::Source,
                    i,
                    vec![key("url")],
                    format!("`url` points at `{host}`, a test or QA server, not the publisher's own address"),
                    Some("give the production address in `url`; when it is not known, move this one to `seen_at`, which him shows as the address of a copy".to_string()),
                );
            }
        }
    }

    pub(super) fn organizations(&mut self) {
        let data = self.data;
        for (i, org) in data.organizations().iter().enumerate() {
            let at = (Kind::Organization, i);
            if org.kinds.is_empty() {
                self.report(
                    Severity::Error,
                    Kind::Organization,
                    i,
                    vec![key("kinds")],
                    "`kinds` is empty".to_string(),
                    Some("use association, accreditor or certifying-body".to_string()),
                );
            }
            self.references(at, "fields", Kind::Field, &org.fields);
            if let Some(parent) = &org.parent {
                if parent == &org.id {
                    self.report(
                        Severity::Error,
                        Kind::Organization,
                        i,
                        vec![key("parent")],
                        "an organization cannot be its own parent".to_string(),
                        None,
                    );
                } else {
                    self.reference(at, || vec![key("parent")], Kind::Organization, parent);
                }
            }
            if let Some(founded) = &org.founded {
                self.year(at, vec![key("founded"), key("year")], founded.year);
                self.reference(
                    at,
                    || vec![key("founded"), key("source")],
                    Kind::Source,
                    &founded.source,
                );
            }
            self.sources_of(at, &org.sources);
        }
    }

    pub(super) fn skills(&mut self) {
        let data = self.data;
        for (i, skill) in data.skills().iter().enumerate() {
            self.sources_of((Kind::Skill, i), &skill.sources);
        }
    }

    pub(super) fn fields(&mut self) {
        let data = self.data;
        for (i, field) in data.fields().iter().enumerate() {
            let at = (Kind::Field, i);
            self.references(at, "workflows", Kind::Skill, &field.workflows);
            self.references(at, "skills", Kind::Skill, &field.skills);
            for (o, outlook) in field.outlook.iter().enumerate() {
                if let Some((message, hint)) = outlook_value_problem(outlook) {
                    self.report(
                        Severity::Error,
                        Kind::Field,
                        i,
                        vec![key("outlook"), idx(o), key("value")],
                        message,
                        hint,
                    );
                }
                self.not_in_the_future(
                    at,
                    || vec![key("outlook"), idx(o), key("period")],
                    outlook.period,
                );
                if let Some(soc) = &outlook.soc {
                    self.soc(at, vec![key("outlook"), idx(o), key("soc")], soc);
                }
                self.reference(
                    at,
                    || vec![key("outlook"), idx(o), key("source")],
                    Kind::Source,
                    &outlook.source,
                );
            }
            self.sources_of(at, &field.sources);
        }
    }

    pub(super) fn specializations(&mut self) {
        let data = self.data;
        for (i, spec) in data.specializations().iter().enumerate() {
            let at = (Kind::Specialization, i);
            self.reference(at, || vec![key("field")], Kind::Field, &spec.field);
            self.references(at, "skills", Kind::Skill, &spec.skills);
            self.sources_of(at, &spec.sources);
        }
    }

    pub(super) fn titles(&mut self) {
        let data = self.data;
        let by_id: FxHashMap<&str, usize> = data
            .titles()
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect();
        let specializations: HashMap<&str, &Specialization> = data
            .specializations()
            .iter()
            .map(|s| (s.id.as_str(), s))
            .collect();
        for (i, title) in data.titles().iter().enumerate() {
            let at = (Kind::Title, i);
            self.reference(at, || vec![key("field")], Kind::Field, &title.field);
            self.soc(at, vec![key("soc")], &title.soc);
            if let Some(spec_id) = &title.specialization {
                self.reference(
                    at,
                    || vec![key("specialization")],
                    Kind::Specialization,
                    spec_id,
                );
                if let Some(spec) = specializations.get(spec_id.as_str())
                    && spec.field != title.field
                {
                    self.report(
                        Severity::Error,
                        Kind::Title,
                        i,
                        vec![key("specialization")],
                        format!("specialization `{spec_id}` belongs to field `{}`, but this title is in `{}`", spec.field, title.field),
                        None,
                    );
                }
            }
            for (n, next) in title.leads_to.iter().enumerate() {
                let steps = vec![key("leads_to"), idx(n)];
                if next == &title.id {
                    self.report(
                        Severity::Error,
                        Kind::Title,
                        i,
                        steps,
                        "a title cannot lead to itself".to_string(),
                        None,
                    );
                    continue;
                }
                self.reference(at, || steps.clone(), Kind::Title, next);
                if let Some(&target) = by_id.get(next.as_str()) {
                    let target = &data.titles()[target];
                    if target.level < title.level {
                        self.report(
                            Severity::Warning,
                            Kind::Title,
                            i,
                            steps,
                            format!(
                                "`{}` ({}) leads down the ladder to `{}` ({})",
                                title.id,
                                title.level.as_str(),
                                target.id,
                                target.level.as_str()
                            ),
                            Some(
                                "a ladder step usually goes to the same level or higher"
                                    .to_string(),
                            ),
                        );
                    }
                }
            }
            for (n, step) in title.lower_median_steps.iter().enumerate() {
                if !title.leads_to.contains(step) {
                    self.report(
                        Severity::Error,
                        Kind::Title,
                        i,
                        vec![key("lower_median_steps"), idx(n)],
                        format!("`{step}` is not one of this title's `leads_to`"),
                        Some("lower_median_steps names next steps of leads_to whose lower BLS median is known; add it to leads_to or drop it here".to_string()),
                    );
                }
            }
            self.repeats(
                at,
                |n| vec![key("leads_to"), idx(n)],
                "leads_to",
                &title.leads_to,
            );
            self.references(at, "credentials", Kind::Credential, &title.credentials);
            for (p, pay) in title.pay.iter().enumerate() {
                self.not_in_the_future(at, || vec![key("pay"), idx(p), key("period")], pay.period);
                if pay.median == 0 {
                    self.report(
                        Severity::Error,
                        Kind::Title,
                        i,
                        vec![key("pay"), idx(p), key("median")],
                        "a median pay of 0 is not a figure".to_string(),
                        Some("leave the figure out when the source gives none".to_string()),
                    );
                }
                self.reference(
                    at,
                    || vec![key("pay"), idx(p), key("source")],
                    Kind::Source,
                    &pay.source,
                );
            }
            self.sources_of(at, &title.sources);
        }
        self.ladder_cycles(&by_id);
        let next = References::of(data.titles(), |title, refs| {
            for (n, id) in title.leads_to.iter().enumerate() {
                if let Some(&target) = by_id.get(id.as_str()) {
                    refs.push((n, target));
                }
            }
        });
        for (title, n) in too_long_chains(&next) {
            self.report(
                Severity::Error,
                Kind::Title,
                title,
                vec![key("leads_to"), idx(n)],
                format!(
                    "`{}` starts a ladder of more than {MAX_CHAIN} titles, each leading to the next",
                    data.titles()[title].id
                ),
                Some(format!("him follows a ladder of at most {MAX_CHAIN} titles (a real one has a handful): check the `leads_to` of the titles that follow")),
            );
        }
    }

    /// A ladder must end: reports each `leads_to` that closes a cycle.
    pub(super) fn ladder_cycles(&mut self, by_id: &FxHashMap<&str, usize>) {
        let titles = &self.data.titles();
        // 0 = unvisited, 1 = on the current path, 2 = done. Every index here is a position in
        // `titles` (`by_id` was built from it), so `state` and `titles` are indexed in range.
        let mut state = vec![0u8; titles.len()];
        let mut cycles = Vec::new();
        for start in 0..titles.len() {
            if state[start] != 0 {
                continue;
            }
            // Iterative depth-first search: (title, next edge to follow).
            let mut stack = vec![(start, 0usize)];
            state[start] = 1;
            while let Some(&mut (node, ref mut edge)) = stack.last_mut() {
                let next = titles[node].leads_to.get(*edge);
                *edge += 1;
                match next.and_then(|id| by_id.get(id.as_str())) {
                    Some(&target) if state[target] == 1 => cycles.push((node, *edge - 1, target)),
                    Some(&target) if state[target] == 0 => {
                        state[target] = 1;
                        stack.push((target, 0));
                    }
                    Some(_) => {}
                    None if next.is_some() => {}
                    None => {
                        state[node] = 2;
                        stack.pop();
                    }
                }
            }
        }
        for (node, edge, target) in cycles {
            if node == target {
                continue; // reported as "cannot lead to itself"
            }
            self.report(
                Severity::Error,
                Kind::Title,
                node,
                vec![key("leads_to"), idx(edge)],
                format!(
                    "`{}` leads back to `{}`: the ladder has a cycle",
                    titles[node].id, titles[target].id
                ),
                Some("a career ladder must go somewhere; remove one of the steps".to_string()),
            );
        }
    }
}

/// The host of `url` when it is a test or QA server (`cms-qa.ahima.org`,
/// `conference-test.ahima.org`): a label, or a hyphen-separated part of one, that says so.
fn test_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.split(['.', '-'])
        .any(|part| {
            matches!(
                part.to_ascii_lowercase().as_str(),
                "test" | "qa" | "staging" | "uat"
            )
        })
        .then_some(host)
}

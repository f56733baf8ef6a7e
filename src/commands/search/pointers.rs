//! Words that ask for something a command answers better than the records do (pay, eligibility,
//! the ladder ...), and the command to point to.

/// A command that answers what a query asks about better than the records do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pointer {
    pub topic: &'static str,
    pub command: &'static str,
    pub answers: &'static str,
}

/// Words that ask for something a command answers, and the command.
pub(super) const POINTERS: &[(&[&str], Pointer)] = &[
    (
        &[
            "salary",
            "salaries",
            "pay",
            "paid",
            "wage",
            "wages",
            "earnings",
            "earn",
            "income",
            "compensation",
        ],
        Pointer {
            topic: "Pay",
            command: "him salary",
            answers: "median pay of each job title, by state, metro area and work setting, with its source and date",
        },
    ),
    (
        &[
            "accredited",
            "accreditation",
            "accredit",
            "accreditor",
            "accrediting",
            "cahiim",
        ],
        Pointer {
            topic: "Accreditation",
            command: "him credentials --requires cahiim",
            answers: "which credentials need a degree from a CAHIIM-accredited program",
        },
    ),
    (
        &[
            "certification",
            "certifications",
            "certified",
            "certify",
            "credential",
            "credentials",
            "exam",
            "exams",
        ],
        Pointer {
            topic: "Credentials",
            command: "him credentials",
            answers: "every credential, who issues it and whether it needs an accredited degree",
        },
    ),
    (
        &[
            "eligible",
            "eligibility",
            "qualify",
            "qualifies",
            "prerequisite",
            "prerequisites",
        ],
        Pointer {
            topic: "Eligibility",
            command: "him eligible",
            answers: "which credentials you can sit for now, and by which route",
        },
    ),
    (
        &[
            "ladder",
            "promotion",
            "promotions",
            "advancement",
            "progression",
        ],
        Pointer {
            topic: "Career ladder",
            command: "him ladder",
            answers: "each field's titles from entry to executive, with pay at each step",
        },
    ),
    (
        &[
            "outlook",
            "growth",
            "projection",
            "projections",
            "compare",
            "comparison",
            "difference",
            "differences",
            "versus",
        ],
        Pointer {
            topic: "The two fields",
            command: "him compare informatics him",
            answers: "health informatics and HIM side by side: skills, titles, pay, outlook, credentials",
        },
    ),
    (
        &["plan", "roadmap"],
        Pointer {
            topic: "Your plan",
            command: "him plan --to \"HIM director\" --degree associate --holds cca",
            answers: "the steps from where you stand to the job you want, with pay and sources",
        },
    ),
    (
        &["jobs", "job", "titles", "careers"],
        Pointer {
            topic: "Job titles",
            command: "him list titles",
            answers: "every job title of both fields, by level",
        },
    ),
    (
        &["skill", "skills", "fit"],
        Pointer {
            topic: "Your skills",
            command: "him fit --skills \"python, sql\"",
            answers: "which field and specialization your skills fit, and what is missing",
        },
    ),
];

/// The commands that answer what the plain words of a query ask about, each once.
pub(super) fn pointers(plain: &[String]) -> Vec<Pointer> {
    let mut found: Vec<Pointer> = Vec::new();
    for word in plain {
        for (words, pointer) in POINTERS {
            if words.contains(&word.as_str()) && !found.contains(pointer) {
                found.push(pointer.clone());
            }
        }
    }
    found
}

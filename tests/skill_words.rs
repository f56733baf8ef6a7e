//! What `him fit` reads each typed phrase as: the words people put on a résumé, with their
//! typos, plurals and abbreviations. Each phrase must read as one skill, be ambiguous (never
//! counted), or be unknown with the right skill among the nearest names.

use him::catalog::Catalog;
use him::domain::skills::{Reading, read_skill};

/// What a phrase must be read as.
enum Expect {
    /// This skill (by id).
    Skill(&'static str),
    /// Several skills, none counted.
    Ambiguous,
    /// No skill; this skill's name among the nearest (`None`: nothing near).
    Unknown(Option<&'static str>),
}

use Expect::{Ambiguous, Skill, Unknown};

const PHRASES: &[(&str, Expect)] = &[
    // A software developer moving into health IT (the ten).
    ("python", Skill("software-programming")),
    ("sql", Skill("database-management")),
    ("javascript", Skill("software-programming")),
    ("react", Skill("software-programming")),
    ("aws", Skill("systems-design-and-development")),
    ("git", Skill("software-programming")),
    ("rest apis", Skill("systems-design-and-development")),
    ("docker", Skill("systems-design-and-development")),
    ("databases", Skill("database-management")),
    ("agile", Skill("project-management")),
    // The words the issue found unknown.
    ("java", Skill("software-programming")),
    ("hl7", Skill("information-dissemination")),
    ("fhir", Skill("information-dissemination")),
    ("epic", Skill("ehr-and-cpoe-systems")),
    ("hipaa", Skill("privacy-and-security")),
    ("etl", Skill("data-storage")),
    ("machine learning", Skill("data-analysis")),
    // Analytics and BI tools.
    ("Tableau", Skill("data-visualization")),
    ("Power BI", Skill("data-visualization")),
    ("power-bi", Skill("data-visualization")),
    ("Microsoft Excel", Skill("data-analysis")),
    ("excel", Skill("data-analysis")),
    ("R", Skill("data-analysis")),
    ("SAS", Skill("data-analysis")),
    ("SPSS", Skill("data-analysis")),
    ("statistics", Skill("data-analysis")),
    ("predictive modeling", Skill("data-analysis")),
    // Health data standards and systems.
    ("DICOM", Skill("information-dissemination")),
    ("ICD-10-CM", Skill("disease-classification")),
    ("ICD-10", Skill("disease-classification")),
    ("ICD-10-PCS", Skill("medical-coding")),
    ("ICD-10-CM/PCS", Skill("medical-coding")),
    ("CPT", Skill("medical-coding")),
    ("HCPCS", Skill("medical-coding")),
    ("SNOMED CT", Skill("healthcare-vocabularies")),
    ("LOINC", Skill("healthcare-vocabularies")),
    ("Cerner", Skill("ehr-and-cpoe-systems")),
    ("Oracle Health", Skill("ehr-and-cpoe-systems")),
    ("MEDITECH", Skill("ehr-and-cpoe-systems")),
    ("MyChart", Skill("patient-portals")),
    ("interoperability", Skill("information-dissemination")),
    ("Mirth Connect", Skill("information-dissemination")),
    // Privacy, compliance, revenue cycle, documentation.
    ("release of information", Skill("privacy-and-security")),
    ("HITECH", Skill("privacy-and-security")),
    ("cybersecurity", Skill("privacy-and-security")),
    ("revenue cycle management", Skill("billing")),
    ("claims processing", Skill("billing")),
    (
        "clinical documentation improvement",
        Skill("clinical-data-collection"),
    ),
    ("chart abstraction", Skill("clinical-data-collection")),
    ("Joint Commission", Skill("compliance-tracking")),
    ("master patient index", Skill("records-management")),
    // Project and change management.
    ("Scrum", Skill("project-management")),
    ("change management", Skill("project-management")),
    ("Jira", Skill("project-management")),
    ("PMP", Skill("project-management")),
    ("Lean Six Sigma", Skill("quality-management")),
    // Clinical background.
    ("registered nurse", Skill("nursing-practice")),
    ("nursing", Skill("nursing-practice")),
    ("pharmacist", Skill("pharmacy-practice")),
    ("pharmacy", Skill("pharmacy-practice")),
    ("PharmD", Skill("pharmacy-practice")),
    // Cloud, DevOps, databases, design.
    ("kubernetes", Skill("systems-design-and-development")),
    ("Azure", Skill("systems-design-and-development")),
    ("CI/CD", Skill("systems-design-and-development")),
    ("PostgreSQL", Skill("database-management")),
    ("MongoDB", Skill("database-management")),
    ("data warehouse", Skill("data-storage")),
    (
        "natural language processing",
        Skill("unstructured-data-processing"),
    ),
    ("Figma", Skill("interface-design")),
    ("human factors", Skill("cognitive-science")),
    ("REDCap", Skill("clinical-trial-data")),
    ("C++", Skill("software-programming")),
    ("C#", Skill("software-programming")),
    ("Node.js", Skill("software-programming")),
    // Roles people write.
    ("software engineer", Skill("software-programming")),
    ("developer", Skill("software-programming")),
    ("business analyst", Skill("systems-analysis")),
    ("coder", Skill("medical-coding")),
    // Names of the data, in any case.
    ("Data Visualization", Skill("data-visualization")),
    ("medical-coding", Skill("medical-coding")),
    ("budgeting", Skill("resource-allocation")),
    ("data governance", Skill("policy-implementation")),
    ("problem solving", Skill("decision-making")),
    ("medication reconciliation", Skill("medication-safety")),
    ("epidemiology", Skill("health-trend-analysis")),
    ("wearables", Skill("patient-generated-data")),
    // Plurals and singulars.
    ("dashboard", Skill("data-visualization")),
    ("EHRs", Skill("ehr-and-cpoe-systems")),
    ("patient portal", Skill("patient-portals")),
    ("clinical trial", Skill("clinical-trial-data")),
    ("data visualizations", Skill("data-visualization")),
    ("clinical workflow", Skill("clinical-workflow-design")),
    ("APIs", Skill("systems-design-and-development")),
    ("clinical terminology", Skill("healthcare-vocabularies")),
    ("stored procedure", Skill("database-management")),
    ("relational database", Skill("database-management")),
    // Abbreviations.
    ("ML", Skill("data-analysis")),
    ("AI", Skill("data-analysis")),
    ("NLP", Skill("unstructured-data-processing")),
    ("EMR", Skill("ehr-and-cpoe-systems")),
    ("CDI", Skill("clinical-data-collection")),
    ("RCM", Skill("billing")),
    ("HIE", Skill("information-dissemination")),
    ("UX", Skill("interface-design")),
    ("BI", Skill("data-analysis")),
    ("PHI", Skill("privacy-and-security")),
    ("RN", Skill("nursing-practice")),
    ("CDS", Skill("clinical-decision-support")),
    // Typos: not counted, the meant skill among the nearest names.
    ("pyhton", Unknown(Some("Software programming"))),
    ("javascirpt", Unknown(Some("Software programming"))),
    ("tablaeu", Unknown(Some("Data visualization"))),
    ("hippa", Unknown(Some("Health data privacy and security"))),
    ("programing", Unknown(Some("Software programming"))),
    ("datbase", Unknown(Some("Database management"))),
    ("kubernets", Unknown(Some("Systems design and development"))),
    ("icd10", Unknown(Some("Disease classification"))),
    // Not a skill's words, but near one.
    ("data analyst", Unknown(Some("Data analysis"))),
    // Words several skills share: said, never counted.
    ("coding", Ambiguous),
    ("oracle", Ambiguous),
    ("data", Ambiguous),
    ("management", Ambiguous),
    ("analyst", Ambiguous),
    ("design", Ambiguous),
    // Nothing like a skill of the data.
    ("knitting", Unknown(None)),
];

#[test]
fn every_typed_phrase_reads_as_its_skill() {
    let catalog = Catalog::builtin().expect("the built-in data loads");
    assert!(PHRASES.len() >= 100, "{} phrases", PHRASES.len());
    let mut wrong = Vec::new();
    for (typed, expect) in PHRASES {
        let reading = read_skill(&catalog, typed);
        let ok = match (expect, &reading) {
            (Skill(id), Reading::Recognized(c)) => c.id == *id,
            (Ambiguous, Reading::Ambiguous { candidates }) => candidates.len() > 1,
            (Unknown(None), Reading::Unknown { suggestions }) => suggestions.is_empty(),
            (Unknown(Some(name)), Reading::Unknown { suggestions }) => {
                suggestions.iter().any(|s| s.skill == *name)
            }
            _ => false,
        };
        if !ok {
            wrong.push(format!("`{typed}` read as {reading:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_developers_ten_skills_are_all_read() {
    let catalog = Catalog::builtin().expect("the built-in data loads");
    let ten = "python, sql, javascript, react, aws, git, rest apis, docker, databases, agile";
    let read = ten
        .split(", ")
        .filter(|typed| matches!(read_skill(&catalog, typed), Reading::Recognized(_)))
        .count();
    assert_eq!(read, 10);
}

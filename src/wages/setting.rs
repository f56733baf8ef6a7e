//! The work settings: the industries BLS publishes national wages for, by their BLS code, their
//! command-line id and their names.

use serde::Serialize;

/// A work setting: the industries BLS publishes national wages for. `All` is every industry
/// together (the figures for areas).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum Setting {
    /// All industries together (the default)
    #[value(alias = "all-industries")]
    All,
    /// Hospitals
    #[value(alias = "hospital")]
    Hospitals,
    /// Offices of physicians
    #[value(alias = "physicians", alias = "physician-office")]
    PhysicianOffices,
    /// Outpatient care centers
    #[value(alias = "outpatient")]
    OutpatientCare,
    /// Ambulatory health care services (physician offices, outpatient centers and the like)
    #[value(alias = "ambulatory")]
    AmbulatoryCare,
    /// Nursing and residential care facilities
    #[value(alias = "nursing", alias = "nursing-residential")]
    NursingCare,
    /// Insurance carriers and related activities
    #[value(alias = "insurance-carriers")]
    Insurance,
    /// Computer systems design and related services
    #[value(alias = "computer-systems")]
    ComputerSystemsDesign,
    /// Management, scientific and technical consulting services
    #[value(alias = "management-consulting")]
    Consulting,
    /// State government, excluding schools and hospitals
    #[value(alias = "state")]
    StateGovernment,
}

impl Setting {
    pub const ALL: [Setting; 10] = [
        Setting::All,
        Setting::Hospitals,
        Setting::PhysicianOffices,
        Setting::OutpatientCare,
        Setting::AmbulatoryCare,
        Setting::NursingCare,
        Setting::Insurance,
        Setting::ComputerSystemsDesign,
        Setting::Consulting,
        Setting::StateGovernment,
    ];

    /// The BLS industry code (NAICS, or an OEWS designation).
    pub fn code(self) -> &'static str {
        match self {
            Setting::All => "000000",
            Setting::Hospitals => "622000",
            Setting::PhysicianOffices => "621100",
            Setting::OutpatientCare => "621400",
            Setting::AmbulatoryCare => "621000",
            Setting::NursingCare => "623000",
            Setting::Insurance => "524000",
            Setting::ComputerSystemsDesign => "541500",
            Setting::Consulting => "541600",
            Setting::StateGovernment => "999200",
        }
    }

    /// The id used on the command line and in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Setting::All => "all",
            Setting::Hospitals => "hospitals",
            Setting::PhysicianOffices => "physician-offices",
            Setting::OutpatientCare => "outpatient-care",
            Setting::AmbulatoryCare => "ambulatory-care",
            Setting::NursingCare => "nursing-care",
            Setting::Insurance => "insurance",
            Setting::ComputerSystemsDesign => "computer-systems-design",
            Setting::Consulting => "consulting",
            Setting::StateGovernment => "state-government",
        }
    }

    /// The industry's name as BLS gives it.
    pub fn name(self) -> &'static str {
        match self {
            Setting::All => "All industries",
            Setting::Hospitals => "Hospitals",
            Setting::PhysicianOffices => "Offices of Physicians",
            Setting::OutpatientCare => "Outpatient Care Centers",
            Setting::AmbulatoryCare => "Ambulatory Health Care Services",
            Setting::NursingCare => "Nursing and Residential Care Facilities",
            Setting::Insurance => "Insurance Carriers and Related Activities",
            Setting::ComputerSystemsDesign => "Computer Systems Design and Related Services",
            Setting::Consulting => "Management, Scientific, and Technical Consulting Services",
            Setting::StateGovernment => "State Government, excluding Schools and Hospitals",
        }
    }

    /// A short name for column headers.
    pub fn short_name(self) -> &'static str {
        match self {
            Setting::All => "All industries",
            Setting::Hospitals => "Hospitals",
            Setting::PhysicianOffices => "Physician offices",
            Setting::OutpatientCare => "Outpatient care",
            Setting::AmbulatoryCare => "Ambulatory care",
            Setting::NursingCare => "Nursing care",
            Setting::Insurance => "Insurance",
            Setting::ComputerSystemsDesign => "Computer systems design",
            Setting::Consulting => "Consulting",
            Setting::StateGovernment => "State government",
        }
    }

    pub fn from_code(code: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl Serialize for Setting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("id", self.id())?;
        map.serialize_entry("code", self.code())?;
        map.serialize_entry("name", self.name())?;
        map.end()
    }
}

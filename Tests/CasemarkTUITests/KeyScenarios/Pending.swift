@testable import CasemarkTUI

extension KeyScenarios {
    static let stillToCover: Set<String> = [
        "Marking", "Results", "Reading a case", "Moderation", "Choose an officer", "Help", "Evidence note", "Search", "Filter",
        "Confirm", "QA comment", "Return to the marker", "Reopen", "Cases (QA review)", "Marking (QA review)",
        "Reading a case (QA review)",
    ]
    static let marking: [KeyScenario] = []
    static let results: [KeyScenario] = []
    static let reading: [KeyScenario] = []
    static let moderation: [KeyScenario] = []
    static let officerPicker: [KeyScenario] = []
    static let help: [KeyScenario] = []
    static let noteEditor: [KeyScenario] = []
    static let search: [KeyScenario] = []
    static let filter: [KeyScenario] = []
    static let confirm: [KeyScenario] = []
    static let comment: [KeyScenario] = []
    static let returnReason: [KeyScenario] = []
    static let reopenReason: [KeyScenario] = []
    static let reviewing: [KeyScenario] = []
}

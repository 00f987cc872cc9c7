import CasemarkTestSupport
import Foundation
import Testing

/// What import accepts, validate accepts: an NA cell on a key question the case's attributes
/// already rule out (2.2.3 where rosh_issues_apply is N) says what the attribute says, so nothing
/// is recorded for it. Before, the import kept an `na` answer there and validate then reported
/// every such case as an error.
@Suite struct ImportThenValidateTests {
    @Test("NA on a sub-sample key question the attributes rule out: imported, counted not applicable, and validate finds no error")
    func notApplicableByAttribute() throws {
        let scratch = TestFolder()
        try scratch.write("rows.csv", """
            case_id,responsible_officer,sample,2.2.1,2.2.3,rosh_issues_apply
            A-1,Chloé Duval,case-supervision,Y,NA,N
            A-2,Chloé Duval,case-supervision,N,Y,Y

            """)
        let env = ["CASEMARK_INSPECTOR": "T"]
        #expect(try CasemarkBinary.run(["import", "insp", "--csv", "rows.csv"], in: scratch.path, environment: env).status == 0)
        let validate = try CasemarkBinary.run(["validate", "insp"], in: scratch.path, environment: env)
        #expect(validate.status == 0, "\(validate.all)")
        let report = try CasemarkBinary.run(["report", "insp", "--format", "json"], in: scratch.path, environment: env)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let k223 = try #require((root["keyQuestions"] as? [String: [String: Any]])?["2.2.3"])
        #expect(k223["yes"] as? Int == 1)
        #expect(k223["notApplicable"] as? Int == 1)
        #expect(k223["percent"] as? Int == 100)
    }
}

import Foundation
import Testing

/// `smileid compare` refuses keys it does not know, by default, with the key and a hint.
@Suite("smileid compare: unknown keys") struct CompareUnknownKeyTests {
    @Test func oneCase() throws {
        let run = try SmileIDProcess.run(
            ["compare", "-"], text: #"{"id_authority": {"firstName": "Ada"}, "document": {"first_name": "Ada"}}"#)
        #expect(run.status == 1)
        #expect(
            run.errorLines == [
                #"smileid: compare: standard input: id_authority.firstName is not a key of UserInfo; did you mean "first_name"?"#
            ])
    }

    @Test func jsonLines() throws {
        let lines = [
            #"{"id_authority": {"dob": "1990-01-01"}, "document": {"dob": "1990-01-01"}}"#,
            #"{"id_authority": {"dob": "1990-01-01"}, "document": {"dob_": "1990-01-01"}}"#,
        ]
        let run = try SmileIDProcess.run(["compare", "--jsonl", "-"], text: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 1)
        #expect(run.outputLines.count == 2)
        #expect(
            run.outputLines.last
                == #"{"error":"document.dob_ is not a key of UserInfo; did you mean \"dob\"?","line":2}"#)
    }
}

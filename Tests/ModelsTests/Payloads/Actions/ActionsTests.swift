import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct ActionsTests {
    @Test func decodesTypedEntriesAndKeepsUnknownKeysAndValues() throws {
        let actions = try decode(
            Actions.self,
            """
            {"Liveness_Check": "Passed", "Verify_ID_Number": "Partially Verified", "Brand_New_Check": "Passed"}
            """)
        #expect(actions[.livenessCheck] == .passed)
        #expect(actions[.verifyIDNumber] == ActionResult(rawValue: "Partially Verified"))
        #expect(actions[ActionKey(rawValue: "Brand_New_Check")] == .passed)
        #expect(actions[.selfieCheck] == nil)
        #expect(actions.unknownKeys == ["Brand_New_Check"])
        #expect(actions.unknownValues.map(\.key) == [.verifyIDNumber])
        #expect(actions.count == 3)
    }

    @Test func encodesBackUnchanged() throws {
        let json =
            #"{"Zeta_Check": "Odd Value", "Name": "Transposed", "Alpha_Check": "Passed", "Liveness_Check": "Failed"}"#
        let actions = try decode(Actions.self, json)
        #expect(try jsonValue(JSONEncoder().encode(actions)) == jsonValue(Data(json.utf8)))
    }

    @Test func orderIsKnownKeysInAllCasesOrderThenUnknownSorted() throws {
        let actions = Actions([
            ActionKey(rawValue: "Zeta"): .passed, .livenessCheck: .passed, ActionKey(rawValue: "Alpha"): .failed,
            .idVerification: .exactMatch, .returnPersonalInfo: .notApplicable,
        ])
        #expect(
            actions.ordered.map(\.key.rawValue) == [
                "Return_Personal_Info", "ID_Verification", "Liveness_Check", "Alpha", "Zeta",
            ])
    }

    @Test func aNonStringValueIsAnErrorNamingTheKey() {
        let error = #expect(throws: DecodingError.self) {
            try decode(Actions.self, #"{"Liveness_Check": 1}"#)
        }
        #expect(error.flatMap(DecodingFailure.init)?.path == "Liveness_Check")
    }
}

import Models
import TestSupport
import Testing

@Suite struct ActionKeyTests {
    static let seedKeys = [
        "Document_Check", "Human_Review_Compare", "Human_Review_Document_Check",
        "Human_Review_Liveness_Check", "Human_Review_Selfie_Check", "Human_Review_Update_Selfie",
        "Liveness_Check", "Selfie_Check", "Register_Selfie", "Return_Personal_Info", "Selfie_Provided",
        "Selfie_To_ID_Authority_Compare", "Selfie_To_ID_Card_Compare",
        "Selfie_To_Registered_Selfie_Compare", "Update_Registered_Selfie_On_File", "Verify_Document",
        "Verify_ID_Number", "Name", "DOB", "Gender", "PhoneNumber", "Address", "ExpirationDate",
        "ID_Verification",
    ]

    @Test func everySeedKeyIsKnownOnce() {
        #expect(Set(ActionKey.allCases.map(\.rawValue)) == Set(Self.seedKeys))
        #expect(ActionKey.allCases.count == Self.seedKeys.count)
        for key in Self.seedKeys {
            #expect(ActionKey(rawValue: key).isKnown, "\(key)")
            #expect(ActionKey(rawValue: key).rawValue == key)
        }
    }

    @Test func compareKeysComeFirstInTheSeedResponseOrder() {
        #expect(
            ActionKey.allCases.prefix(9).map(\.rawValue) == [
                "Return_Personal_Info", "Verify_ID_Number", "Name", "DOB", "Gender", "PhoneNumber",
                "Address", "ExpirationDate", "ID_Verification",
            ])
    }

    @Test(arguments: ["liveness_check", "Selfie_To_Future_Compare", ""])
    func unknownKeysAreKept(text: String) {
        #expect(ActionKey(rawValue: text) == ActionKey(rawValue: text))
        #expect(ActionKey(rawValue: text).rawValue == text)
        #expect(!ActionKey(rawValue: text).isKnown)
    }

    /// A key is its text: one built from a known key's text is that static member, in `==`, in
    /// hashing (so in sets and as a dictionary key) and in the encoding order.
    @Test(arguments: ActionKey.allCases)
    func aKeyIsItsText(key: ActionKey) {
        let spelled = ActionKey(rawValue: key.rawValue)
        #expect(spelled == key)
        #expect(key == spelled)
        #expect(spelled.hashValue == key.hashValue)
        #expect(Set([key, spelled]).count == 1)
        #expect([key: 1][spelled] == 1)
        #expect(spelled.isKnown)
        #expect(spelled.rawValue == key.rawValue)
    }

    @Test func differentTextsAreDifferentKeys() {
        #expect(ActionKey(rawValue: "Name") != .dob)
        #expect(ActionKey(rawValue: "name") != .name)
        #expect(ActionKey(rawValue: "Future_Key") != ActionKey(rawValue: "Other_Key"))
        #expect(ActionKey(rawValue: "Future_Key") == ActionKey(rawValue: "Future_Key"))
        #expect(Set(ActionKey.allCases).count == ActionKey.allCases.count)
    }

    /// The table (``ActionKey/allCases``, in encoding order) has an entry for every static
    /// member, and a static member for every entry, each once.
    @Test func theTableListsEveryStaticMemberOnce() throws {
        let declared = try DeclaredStaticMembers.of(fileAt: "Sources/Models/Payloads/Actions/ActionKey.swift")
        #expect(declared.count == Self.seedKeys.count)
        #expect(ActionKey.allCases.map(\.rawValue) == declared.map(\.rawValue))
        for member in declared {
            #expect(ActionKey(rawValue: member.rawValue).isKnown, "\(member)")
        }
    }

    @Test func aKeyBuiltFromAKnownTextSortsAsThatKey() {
        let actions = Actions([ActionKey(rawValue: "Liveness_Check"): .passed, .name: .exactMatch])
        #expect(actions.ordered.map(\.key) == [.name, .livenessCheck])
        #expect(actions[.livenessCheck] == .passed)
        #expect(actions.unknownKeys.isEmpty)
    }
}

import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct UserInfoTests {
    static let json = #"""
        {"first_name": "Adaeze", "middle_name": "Testina", "last_name": "Okonkwo-Sample",
         "full_name": "Adaeze Testina Okonkwo-Sample", "dob": "1990-02-14", "gender": "F",
         "phone_number": "+234 000 000 0001", "address": "1 Sample Close, Test Estate",
         "expiration_date": "2030-01-31"}
        """#

    @Test func decodesSnakeCaseKeysAndRoundTrips() throws {
        let info = try decode(UserInfo.self, Self.json)
        #expect(info.firstName == "Adaeze")
        #expect(info.lastName == "Okonkwo-Sample")
        #expect(info.phoneNumber == "+234 000 000 0001")
        #expect(info.expirationDate == "2030-01-31")
        #expect(info.presentFields.count == 9)
        #expect(try jsonValue(JSONEncoder().encode(info)) == jsonValue(Data(Self.json.utf8)))
    }

    @Test func everyRenderingIsRedacted() throws {
        let info = try decode(UserInfo.self, Self.json)
        var dumped = ""
        dump(info, to: &dumped)
        let values = ["Adaeze", "Testina", "Okonkwo", "1990-02-14", "000 000", "Sample Close", "2030-01-31"]
        for rendering in [String(describing: info), String(reflecting: info), "\(info)", dumped] {
            for value in values {
                #expect(!rendering.contains(value), "\(value) leaked")
            }
            #expect(rendering.contains("first_name: <redacted>") || rendering.contains("first_name"))
        }
        #expect(String(describing: UserInfo(dob: "1990-01-01")) == "UserInfo(dob: <redacted>)")
        #expect(String(describing: UserInfo()) == "UserInfo()")
    }
}

import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `CodingUserInfoKey.rejectsUnknownKeys` on `UserInfo`: the key and a hint, or ignored.
@Suite struct UnknownKeyPolicyTests {
    static func strictDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[.rejectsUnknownKeys] = true
        return decoder
    }

    @Test(
        "a misspelt key is refused with the key meant",
        arguments: [
            (#"{"firstName": "Ada"}"#, #"firstName is not a key of UserInfo; did you mean "first_name"?"#),
            (#"{"dob_": "1990-01-01"}"#, #"dob_ is not a key of UserInfo; did you mean "dob"?"#),
            (#"{"Last-Name": "Test"}"#, #"Last-Name is not a key of UserInfo; did you mean "last_name"?"#),
            (#"{"adress": "1 Test Street"}"#, #"adress is not a key of UserInfo; did you mean "address"?"#),
            (
                #"{"dob": "1990-01-01", "zz_top": "x", "aa": "y"}"#,
                "aa is not a key of UserInfo; the keys are first_name, middle_name, last_name, full_name, dob, gender, phone_number, address, expiration_date"
            ),
        ])
    func refused(_ json: String, _ message: String) throws {
        let error = try #require(throws: DecodingError.self) {
            try Self.strictDecoder().decode(UserInfo.self, from: Data(json.utf8))
        }
        let failure = Models.DecodingFailure(error)
        #expect(failure.description == message)
        #expect(failure.kind == .unknownKey)
        #expect(!failure.description.contains("Ada") && !failure.description.contains("1990"))
    }

    @Test func withoutTheOptionUnknownKeysAreIgnored() throws {
        let info = try JSONDecoder().decode(
            UserInfo.self, from: Data(#"{"firstName": "Ada", "dob": "1990-01-01"}"#.utf8))
        #expect(info == UserInfo(dob: "1990-01-01"))
    }

    @Test func knownKeysDecodeTheSameWithTheOption() throws {
        let json = Data(#"{"first_name": "Ada", "last_name": null, "dob": "1990-01-01"}"#.utf8)
        #expect(
            try Self.strictDecoder().decode(UserInfo.self, from: json)
                == JSONDecoder().decode(UserInfo.self, from: json))
    }

    @Test func theOptionSetToFalseIgnores() throws {
        let decoder = JSONDecoder()
        decoder.userInfo[.rejectsUnknownKeys] = false
        #expect(try decoder.decode(UserInfo.self, from: Data(#"{"firstName": "Ada"}"#.utf8)) == UserInfo())
    }
}

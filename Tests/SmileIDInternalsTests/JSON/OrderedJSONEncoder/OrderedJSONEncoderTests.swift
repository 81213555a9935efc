import Models
import SmileIDInternals
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite("OrderedJSONEncoder: key order, containers and errors")
struct OrderedJSONEncoderTests {
    private func compact<Value: Encodable>(_ value: Value) throws -> String {
        try OrderedJSONEncoder().encodeToString(value)
    }

    // MARK: Key order

    @Test func keysKeepTheOrderTheyWereEncodedIn() throws {
        #expect(try compact(ZAM()) == #"{"z":1,"a":2,"m":3}"#)
    }

    @Test func nestedObjectsAndArraysKeepTheirOrder() throws {
        let value = Outer(
            zulu: ZAM(),
            list: [ZAM(), ZAM()],
            alpha: ["y", "x"]
        )
        #expect(
            try compact(value)
                == #"{"zulu":{"z":1,"a":2,"m":3},"list":[{"z":1,"a":2,"m":3},{"z":1,"a":2,"m":3}],"alpha":["y","x"]}"#)
    }

    @Test func repeatedKeyedContainersMergeIntoOneObjectInOrder() throws {
        #expect(try compact(TwoPasses()) == #"{"second":2,"first":1,"third":3,"fourth":4}"#)
    }

    @Test func partnerParamsPutsModelledKeysFirstThenAdditionalOnesSorted() throws {
        let params = PartnerParams(
            userID: "user-test-001",
            jobID: "job-test-001",
            jobType: .compareUserInfo,
            additionalParameters: [
                "zeta": .string("last"),
                "alpha": .integer(1),
                "mid": .object(["y": .bool(true), "b": .null]),
                "beta": .array([.number(0.5), .string("s")]),
            ]
        )
        #expect(
            try compact(params)
                == #"{"user_id":"user-test-001","job_id":"job-test-001","job_type":9,"alpha":1,"beta":[0.5,"s"],"mid":{"b":null,"y":true},"zeta":"last"}"#
        )
    }

    @Test func encodingAKeyAgainReplacesItsValueInPlace() throws {
        #expect(try compact(RepeatedKey()) == #"{"a":"second","b":2,"n":[3]}"#)
    }

    @Test func nestedContainersAtTheSameKeyMerge() throws {
        #expect(try compact(NestedTwice()) == #"{"inner":{"x":1,"y":2},"list":[1,2]}"#)
    }

    @Test func sortedKeysSortsEveryObjectByUTF8Bytes() throws {
        let encoder = OrderedJSONEncoder(outputFormatting: .sortedKeys)
        let value = Outer(zulu: ZAM(), list: [ZAM()], alpha: [])
        #expect(
            try encoder.encodeToString(value)
                == #"{"alpha":[],"list":[{"a":2,"m":3,"z":1}],"zulu":{"a":2,"m":3,"z":1}}"#)
        #expect(try encoder.encodeToString(["b": 1, "B": 2, "é": 3, "a": 4]) == #"{"B":2,"a":4,"b":1,"é":3}"#)
    }

    @Test func dictionariesAreWrittenSortedByKey() throws {
        #expect(try compact(["m": 1, "z": 2, "a": 3, "B": 4]) == #"{"B":4,"a":3,"m":1,"z":2}"#)
        #expect(try compact([10: "x", 2: "y", -1: "z"]) == #"{"-1":"z","2":"y","10":"x"}"#)
        let value = JSONValue.object(["q": .integer(1), "c": .object(["k": .null, "d": .bool(false)])])
        #expect(try compact(value) == #"{"c":{"d":false,"k":null},"q":1}"#)
    }

    // MARK: Foundation types, as JSONEncoder writes them

    @Test func foundationTypesMatchJSONEncodersDefaults() throws {
        let value = FoundationTypes(
            data: Data([1, 2, 3, 255]),
            url: try #require(URL(string: "https://example.com/a?b=c")),
            decimal: try #require(Decimal(string: "3.14")),
            date: Date(timeIntervalSinceReferenceDate: 12.5)
        )
        #expect(
            try compact(value) == #"{"data":"AQID/w==","url":"https://example.com/a?b=c","decimal":3.14,"date":12.5}"#)
        let decoded = try JSONDecoder().decode(FoundationTypes.self, from: OrderedJSONEncoder().encodeToData(value))
        #expect(decoded == value)
    }

    // MARK: Coding paths

    @Test func codingPathsNameEachValue() throws {
        let expected =
            #"{"probe":"probe","list":["list/Index 0",["list/Index 1/Index 0"]],"nested":{"probe":"nested/probe"},"super":"super","custom":"custom","after":["after/Index 0"]}"#
        #expect(try compact(PathTree()) == expected)
    }

    /// Values encoded through `encode(_:forKey:)` and arrays have the same paths as with
    /// `JSONEncoder`. (Its paths inside *nested containers* leave out the container's key on
    /// this toolchain, `Index 0` instead of `list/Index 0`, so those are checked above instead.)
    @Test func codingPathsOfEncodedValuesMatchJSONEncoders() throws {
        let value = ProbeHolder(
            probe: PathProbe(),
            list: [[PathProbe()], [PathProbe(), PathProbe()]],
            map: ["key": ProbeHolder(probe: PathProbe(), list: [[PathProbe()]], map: [:])]
        )
        let ours = try JSONDecoder().decode(JSONValue.self, from: OrderedJSONEncoder().encodeToData(value))
        let theirs = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        #expect(ours == theirs)
        let expected =
            #"{"probe":"probe","list":[["list/Index 0/Index 0"],["list/Index 1/Index 0","list/Index 1/Index 1"]],"map":{"key":{"probe":"map/key/probe","list":[["map/key/list/Index 0/Index 0"]],"map":{}}}}"#
        #expect(try compact(value) == expected)
    }

    @Test func aSuperEncoderThatEncodesNothingWritesAnEmptyObject() throws {
        #expect(try compact(EmptySuper()) == #"{"super":{},"after":1}"#)
    }

    // MARK: Errors

    @Test func aTopLevelValueThatEncodesNothingThrows() throws {
        #expect(throws: EncodingError.self) { try OrderedJSONEncoder().encode(EncodesNothing()) }
        #expect(try compact([EncodesNothing()]) == "[{}]")
    }

    @Test func twoValuesThroughOneSingleValueContainerThrow() throws {
        let error = try #require(throws: EncodingError.self) {
            try OrderedJSONEncoder().encode(["x": TwoSingleValues()])
        }
        #expect(Self.path(of: error) == ["x"])
    }

    @Test func aKeyedContainerAfterAnUnkeyedOneThrows() throws {
        let error = try #require(throws: EncodingError.self) { try OrderedJSONEncoder().encode([MixedContainers()]) }
        #expect(Self.path(of: error) == ["Index 0"])
    }

    @Test func otherErrorsAreWrappedWithThePathOfTheValueThatThrew() throws {
        let value = ["outer": [FailingValue()]]
        let error = try #require(throws: EncodingError.self) { try OrderedJSONEncoder().encode(value) }
        guard case .invalidValue(_, let context) = error else {
            Issue.record("expected invalidValue, got \(error)")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["outer", "Index 0"])
        #expect(context.underlyingError is FailingValue.Failure)
    }

    // MARK: Conveniences

    @Test func dataAndStringConveniencesHoldTheSameBytes() throws {
        let encoder = OrderedJSONEncoder(outputFormatting: .prettyPrinted)
        let bytes = try encoder.encode(Outer(zulu: ZAM(), list: [], alpha: ["ü"]))
        #expect(try encoder.encodeToData(Outer(zulu: ZAM(), list: [], alpha: ["ü"])) == Data(bytes))
        #expect(try Array(encoder.encodeToString(Outer(zulu: ZAM(), list: [], alpha: ["ü"])).utf8) == bytes)
    }

    @Test func userInfoReachesTheEncodedValues() throws {
        var encoder = OrderedJSONEncoder()
        let key = try #require(CodingUserInfoKey(rawValue: "probe"))
        encoder.userInfo[key] = "from userInfo"
        #expect(try encoder.encodeToString([UserInfoProbe(key: key)]) == #"["from userInfo"]"#)
    }

    static func path(of error: EncodingError) -> [String]? {
        guard case .invalidValue(_, let context) = error else { return nil }
        return context.codingPath.map(\.stringValue)
    }
}

// MARK: Test types

/// Keys deliberately out of alphabetical order.
private struct ZAM: Encodable {
    var z = 1
    var a = 2
    var m = 3
}

private struct Outer: Encodable {
    var zulu: ZAM
    var list: [ZAM]
    var alpha: [String]
}

private struct TwoPasses: Encodable {
    enum FirstKeys: String, CodingKey { case second, first }
    enum SecondKeys: String, CodingKey { case third, fourth }

    func encode(to encoder: any Encoder) throws {
        var first = encoder.container(keyedBy: FirstKeys.self)
        try first.encode(2, forKey: .second)
        try first.encode(1, forKey: .first)
        var second = encoder.container(keyedBy: SecondKeys.self)
        try second.encode(3, forKey: .third)
        try second.encode(4, forKey: .fourth)
    }
}

private struct RepeatedKey: Encodable {
    enum Keys: String, CodingKey { case a, b, n }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("first", forKey: .a)
        try container.encode(2, forKey: .b)
        var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .n)
        try nested.encode(1, forKey: .a)
        try container.encode("second", forKey: .a)
        var again = encoder.container(keyedBy: Keys.self)
        try again.encode([3], forKey: .n)
    }
}

private struct NestedTwice: Encodable {
    enum Keys: String, CodingKey { case inner, list, x, y }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var first = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
        try first.encode(1, forKey: .x)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode(1)
        var second = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
        try second.encode(2, forKey: .y)
        var listAgain = container.nestedUnkeyedContainer(forKey: .list)
        try listAgain.encode(2)
    }
}

private struct FoundationTypes: Codable, Equatable {
    var data: Data
    var url: URL
    var decimal: Decimal
    var date: Date
}

/// Encodes its encoder's coding path, joined with `/`.
private struct PathProbe: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoder.codingPath.map(\.stringValue).joined(separator: "/"))
    }
}

private struct ProbeHolder: Encodable {
    var probe: PathProbe
    var list: [[PathProbe]]
    var map: [String: ProbeHolder]
}

/// Puts ``PathProbe``s behind every kind of container.
private struct PathTree: Encodable {
    enum Keys: String, CodingKey { case probe, list, nested, custom, after }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(PathProbe(), forKey: .probe)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode(PathProbe())
        var inner = list.nestedUnkeyedContainer()
        try inner.encode(PathProbe())
        var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
        try nested.encode(PathProbe(), forKey: .probe)
        try PathProbe().encode(to: container.superEncoder())
        try PathProbe().encode(to: container.superEncoder(forKey: .custom))
        var after = container.nestedUnkeyedContainer(forKey: .after)
        try PathProbe().encode(to: after.superEncoder())
    }
}

private struct EmptySuper: Encodable {
    enum Keys: String, CodingKey { case after }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        _ = container.superEncoder()
        try container.encode(1, forKey: .after)
    }
}

private struct EncodesNothing: Encodable {
    func encode(to encoder: any Encoder) throws {}
}

private struct TwoSingleValues: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(1)
        try container.encode(2)
    }
}

private struct MixedContainers: Encodable {
    enum Keys: String, CodingKey { case a }

    func encode(to encoder: any Encoder) throws {
        var list = encoder.unkeyedContainer()
        try list.encode(1)
        var keyed = encoder.container(keyedBy: Keys.self)
        try keyed.encode(2, forKey: .a)
    }
}

private struct FailingValue: Encodable {
    struct Failure: Error {}

    func encode(to encoder: any Encoder) throws {
        throw Failure()
    }
}

private struct UserInfoProbe: Encodable {
    let key: CodingUserInfoKey

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoder.userInfo[key] as? String ?? "missing")
    }
}

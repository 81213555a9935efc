import Models
import ResultCodes
import Testing

@testable import UserInfoCompare

/// A small deterministic PRNG (SplitMix64), so that every run generates the same records.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates records from small pools, so that fields often agree, nearly agree or are blank.
struct RecordGenerator {
    var random: SplitMix64

    static let names = [
        "Adaeze", "ADAEZE", "Okonkwo-Test", "Chioma", "José", "Jose\u{301}", "Adébáyọ̀", "ADEBAYO", "O'Brien",
        "O’Brien", "OBRIEN", "Łukasz", "Weiß", "WEISS", "Kofi", "Mensah", ", .", " ", "", "İlkay", "Ελένη",
    ]
    static let dates = [
        "1990-03-04", "04/03/1990", "1990-04-03", "1990-03-05", "1991-03-04", "4 MAR 1990", "March 4, 1990",
        "19900304", "1990-03-04T08:00:00Z", "30/02/2001", "unknown", "1990-13-04", "", "  ", "04.03.1990",
    ]
    static let genders = ["M", "male", "Man", "F", "Female", "woman", "X", "x", "", "Ⅹ"]
    static let phones = [
        "+234 803 000 0001", "08030000001", "2348030000001", "00234 8030000001", "8030000001", "N/A",
        "+233 24 000 0001", "0240000001", "", "٠٨٠٣",
    ]
    static let addresses = [
        "12 Admiralty Way, Lekki", "12 admiralty way lekki", "Lekki 12 Admiralty Rd", "12 Admiralty Road",
        "3 Rue de l’Église", "3 RUE DE L EGLISE", "-", "", "Plot 5 Unity Cl", "Plot 5 Unity Close Garki",
        "caf\u{E9} 9", "cafe\u{301} 9",
    ]
    static let countries: [String?] = ["NG", "ng", "GH", "US", nil, "XX", ""]

    mutating func pick<T>(_ pool: [T]) -> T {
        pool[Int(random.next() % UInt64(pool.count))]
    }

    mutating func maybe(_ pool: [String]) -> String? {
        random.next() % 5 == 0 ? nil : pick(pool)
    }

    mutating func record() -> UserInfo {
        UserInfo(
            firstName: maybe(Self.names), middleName: maybe(Self.names), lastName: maybe(Self.names),
            fullName: maybe(Self.names.map { $0 + " " + $0.uppercased() }), dob: maybe(Self.dates),
            gender: maybe(Self.genders), phoneNumber: maybe(Self.phones), address: maybe(Self.addresses),
            expirationDate: maybe(Self.dates))
    }

    mutating func options() -> CompareOptions {
        CompareOptions(
            foldsDiacritics: random.next() % 2 == 0, dropsApostrophes: random.next() % 2 == 0,
            dateOrder: random.next() % 2 == 0 ? .dayFirst : .monthFirst,
            addressPartialThreshold: pick([0, 0.5, 0.75, 1]))
    }
}

@Suite struct UserInfoComparatorPropertyTests {
    typealias Outcome = Result<UserInfoComparison, UserInfoComparisonError>

    func compare(_ comparator: UserInfoComparator, _ first: UserInfo, _ second: UserInfo, _ country: String?) -> Outcome
    {
        Result { () throws(UserInfoComparisonError) in
            try comparator.compare(idAuthority: first, document: second, country: country)
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func symmetricDeterministicAndConsistent(seed: UInt64) throws {
        var generator = RecordGenerator(random: SplitMix64(state: seed))
        var results: Set<CompareUserInfoCode> = []
        for _ in 0..<1_000 {
            let comparator = UserInfoComparator(options: generator.options())
            let (first, second) = (generator.record(), generator.record())
            let country = generator.pick(RecordGenerator.countries)
            let result = compare(comparator, first, second, country)
            #expect(compare(comparator, second, first, country) == result, "not symmetric")
            #expect(compare(comparator, first, second, country) == result, "not deterministic")
            if case .success(let comparison) = result {
                results.insert(comparison.resultCode)
                #expect(UserInfoComparison.resultCode(for: comparison.outcomes.map(\.outcome)) == comparison.resultCode)
                let response = comparison.response()
                #expect(response.resultCode == comparison.resultCode.rawValue)
                #expect(response.actions[.idVerification]?.rawValue == response.resultText)
                #expect(response.actions.count == 9)
            } else {
                #expect(result == .failure(.nothingToCompare))
            }
        }
        #expect(results.isSuperset(of: [.partialMatch, .noMatch]), "the generator should reach 1021 and 1022")
    }

    @Test(arguments: [5, 6] as [UInt64])
    func reflexive(seed: UInt64) {
        var generator = RecordGenerator(random: SplitMix64(state: seed))
        for _ in 0..<1_000 {
            let comparator = UserInfoComparator(options: generator.options())
            let record = generator.record()
            switch compare(comparator, record, record, generator.pick(RecordGenerator.countries)) {
            case .success(let comparison):
                for (field, outcome) in comparison.outcomes {
                    #expect(outcome == .exactMatch || outcome == .notProvided, "\(field) is \(outcome) against itself")
                }
                #expect(comparison.resultCode == .exactMatch)
            case .failure(let error):
                #expect(error == .nothingToCompare)
            }
        }
    }

    @Test func overallCodeFollowsFromEveryCombinationOfOutcomes() throws {
        let all = FieldOutcome.allCases
        for name in all {
            for dob in all {
                for gender in all {
                    for phone in all {
                        for address in all {
                            for expiration in all {
                                let outcomes = [name, dob, gender, phone, address, expiration]
                                let provided = outcomes.filter(\.isProvided)
                                let comparison = Result { () throws(UserInfoComparisonError) in
                                    try UserInfoComparison(
                                        name: name, dob: dob, gender: gender, phoneNumber: phone,
                                        address: address, expirationDate: expiration)
                                }
                                switch comparison {
                                case .failure(let error):
                                    #expect(provided.isEmpty && error == .nothingToCompare)
                                case .success(let comparison):
                                    let expected: CompareUserInfoCode =
                                        provided.allSatisfy { $0 == .exactMatch }
                                        ? .exactMatch
                                        : provided.allSatisfy { $0 == .noMatch } ? .noMatch : .partialMatch
                                    #expect(comparison.resultCode == expected)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

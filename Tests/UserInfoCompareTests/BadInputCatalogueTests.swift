import Models
public import TestSupport
public import Testing
@_spi(SmileIDTesting) import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension BadInputCase: CustomTestStringConvertible {
    /// The case's identifier, as the test results name it.
    public var testDescription: String { id }
}

/// Feeds the comparator's cases of `Fixtures/bad-inputs/catalogue.json` (`CompareCase`,
/// `UserInfoComparator.compare`, `CompareLineProcessor.process`) and checks each case's exact
/// behaviour. ModelsTests' BadInputCatalogueTests runs the other entry points and checks the
/// catalogue as a whole.
@Suite struct BadInputCatalogueTests {
    static let entries: Set<String> = ["CompareCase", "UserInfoComparator.compare", "CompareLineProcessor.process"]

    @Test func everyEntryPointHasCases() {
        #expect(Set(BadInputCatalogue.cases(for: Self.entries).map(\.entry)) == Self.entries)
    }

    @Test(arguments: BadInputCatalogue.cases(for: entries))
    func behavesAsCatalogued(_ badCase: BadInputCase) {
        let actual = Self.behaviour(of: badCase)
        #expect(actual == badCase.expect, "\(badCase.about)")
    }

    /// The public strict path, `CompareCase(json:)` then `UserInfoComparator.compare(_:)`, gives
    /// every line case the line processor's outcome: the same response, or the same failure
    /// with the document called `the input` rather than `the line`.
    @Test(arguments: BadInputCatalogue.cases(for: ["CompareLineProcessor.process"]))
    func thePublicPathAgreesWithTheLine(_ badCase: BadInputCase) {
        let line = CompareLineProcessor().process(line: badCase.bytes)
        let viaCase: Result<CompareUserInfoResponse, any Error> = Result {
            try UserInfoComparator().compare(try CompareCase(json: badCase.bytes)).response()
        }
        switch (line, viaCase) {
        case (.success(let fromLine), .success(let fromCase)):
            #expect(fromLine == fromCase)
        case (.failure(.decoding(let fromLine)), .failure(let fromCase as DecodingFailure)):
            #expect(fromCase.kind == fromLine.kind && fromCase.path == fromLine.path)
            #expect(fromCase.documentName == "the input" && fromLine.documentName == "the line")
            if fromLine.kind == .invalidJSON, fromLine.requirement != "is empty" {
                #expect(fromCase.requirement == "is not valid JSON (or not UTF-8)")
            } else {
                #expect(fromCase.requirement == fromLine.requirement)
            }
        case (.failure(.comparison(let fromLine)), .failure(let fromCase as UserInfoComparisonError)):
            #expect(fromCase == fromLine)
        default:
            Issue.record("the line gave \(line), the public path \(viaCase)")
        }
    }

    // MARK: Running one case

    static func behaviour(of badCase: BadInputCase) -> BadInputBehaviour {
        switch badCase.entry {
        case "CompareCase":
            do {
                return .init(value: summary(try JSONDecoder().decode(CompareCase.self, from: Data(badCase.bytes))))
            } catch {
                return BadInputBehaviour(error: error)
            }
        case "UserInfoComparator.compare":
            // The catalogue writes the two records as a CompareCase, which must decode.
            guard let compareCase = try? JSONDecoder().decode(CompareCase.self, from: Data(badCase.bytes)) else {
                return .init(value: "the case does not decode")
            }
            let comparator = UserInfoComparator(options: compareCase.options ?? .default)
            do throws(UserInfoComparisonError) {
                let comparison = try comparator.compare(
                    idAuthority: compareCase.idAuthority, document: compareCase.document, country: compareCase.country)
                return .init(value: "\(comparison)")
            } catch {
                return .init(comparisonError: error.description)
            }
        case "CompareLineProcessor.process":
            switch CompareLineProcessor().process(line: badCase.bytes) {
            case .success(let response): return .init(value: summary(response))
            case .failure(let error): return .init(lineError: error.description)
            }
        default:
            return .init(value: "no runner for \(badCase.entry)")
        }
    }

    static func summary(_ compareCase: CompareCase) -> String {
        "country \(compareCase.country ?? "none"), \(compareCase.idAuthority), \(compareCase.document), "
            + (compareCase.options.map { "options \($0 == .default ? "default" : "custom")" } ?? "no options")
    }

    /// The result code and the provided fields' outcomes.
    static func summary(_ response: CompareUserInfoResponse) -> String {
        let fields: [ActionKey] = [.name, .dob, .gender, .phoneNumber, .address, .expirationDate]
        let provided = fields.compactMap { key in
            response.actions[key].flatMap { $0 == .notProvided ? nil : "\(key.rawValue): \($0.rawValue)" }
        }
        return "\(response.resultCode) \(response.resultText) (\(provided.joined(separator: ", ")))"
    }
}
